/**
 * The gezinsleden: who they are, where and how they live, in their own words, and the restricted
 * adres and veilig contact that only the roles and people named on them may see.
 */
import { useId, useMemo, useState } from 'react';
import { ROLLEN_IN_GEZIN } from '../../../shared/model/gezin.js';
import type { Persoon } from '../../../shared/model/index.js';
import {
  AddForm,
  DraftField,
  optionalText,
  RemoveButton,
  SelectField,
  TextField,
  type Write,
  useCollection,
  useWrite,
  EntityList,
} from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { Afgeschermd } from './Afgeschermd.js';
import { alsJaNee, jaNeeOptions, rolInGezinOptions, uitJaNee, type RolInGezin } from './options.js';
import { Wijzigen } from './Wijzigen.js';

export function Gezinsleden() {
  const t = useT();
  const { canEdit } = useWorkspace();
  const alle = useCollection('personen');
  const personen = useMemo(() => opRol(alle), [alle]);
  const { write, error } = useWrite();
  const headingId = useId();
  return (
    <EntityList
      headingId={headingId}
      heading={t('gezin.personen.heading')}
      emptyText={t('gezin.personen.empty')}
      items={personen}
      renderItem={(p) => <Gezinslid persoon={p} write={write} />}
      addForm={<NieuwGezinslid />}
      canEdit={canEdit}
      error={error}
      classNames={{ section: 'tafel-gezin__blok', list: 'tafel-lijst', item: null }}
    />
  );
}

/** Parents and partners first, then children (oldest first), as a genogram reads. */
function opRol(personen: readonly Persoon[]): Persoon[] {
  const plaats = (p: Persoon): number => ROLLEN_IN_GEZIN.indexOf(p.rolInGezin);
  return [...personen].sort((a, b) => plaats(a) - plaats(b) || (a.geboortejaar ?? 9999) - (b.geboortejaar ?? 9999) || a.roepnaam.localeCompare(b.roepnaam));
}

/** A birth year as the model wants it: a whole number, or undefined when left empty. */
function geboortejaar(v: string): number | undefined | null {
  if (v.trim() === '') return undefined;
  const jaar = Number(v);
  return Number.isInteger(jaar) && jaar >= 1900 && jaar <= 2200 ? jaar : null;
}

function Gezinslid({ persoon, write }: { readonly persoon: Persoon; readonly write: Write }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const headingId = useId();
  const naam = persoon.roepnaam;
  const update = (patch: Parameters<typeof model.personen.update>[1]): void => {
    write(() => model.personen.update(persoon.id, patch));
  };
  const kenmerken = [
    persoon.initialen,
    persoon.geboortejaar === undefined ? undefined : t('gezin.persoon.geboren', { jaar: persoon.geboortejaar }),
    persoon.gezag === undefined ? undefined : t(persoon.gezag ? 'gezin.persoon.metGezag' : 'gezin.persoon.zonderGezag'),
    persoon.woonsituatie,
    persoon.taalTolkNodig === undefined ? undefined : t('gezin.persoon.tolkKort', { tekst: persoon.taalTolkNodig }),
    persoon.beperkingen,
  ].filter((k): k is string => k !== undefined && k !== '');
  const { adres, veiligContact } = persoon;
  return (
    <article className="tafel-item" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('gezin.persoon.kop', { naam, rol: t(`gezin.rol.${persoon.rolInGezin}`) })}
      </h4>
      {kenmerken.length > 0 && <p className="utrecht-paragraph tafel-item__kenmerken">{kenmerken.join(' · ')}</p>}
      {persoon.stemVanPersoon !== undefined && persoon.stemVanPersoon !== '' && (
        <p className="utrecht-paragraph tafel-item__stem">{t('gezin.persoon.stemKort', { tekst: persoon.stemVanPersoon })}</p>
      )}
      <div className="tafel-gezin__beperkt">
        <Afgeschermd
          plaats={`personen/${persoon.id}/adres`}
          heading={t('gezin.adres.heading')}
          value={adres}
          geenTekst={t('gezin.adres.geen')}
          vastleggenLabel={t('gezin.adres.vastleggen', { naam })}
          onVastleggen={(zichtbaarVoor) => update({ adres: { waarde: '', geheim: false, zichtbaarVoor } })}
          wissenLabel={t('gezin.adres.wissen', { naam })}
          onWissen={() => update({ adres: undefined })}
          zichtbaarVoorLabel={t('gezin.zichtbaarVoor.wijzig', { veld: t('gezin.veld.adres'), naam })}
          onZichtbaarVoor={(zichtbaarVoor) => adres !== undefined && update({ adres: { ...adres, zichtbaarVoor } })}
        >
          {adres !== undefined && (
            <div className="tafel-velden">
              <TextField
                label={t('gezin.adres.waarde', { naam })}
                value={adres.waarde}
                readOnly={!canEdit}
                onCommit={(waarde) => update({ adres: { ...adres, waarde: waarde.trim() } })}
              />
              <SelectField
                label={t('gezin.adres.geheimKort')}
                value={alsJaNee(adres.geheim)}
                options={jaNeeOptions(t)}
                readOnly={!canEdit}
                onChange={(v) => v !== '' && update({ adres: { ...adres, geheim: v === 'ja' } })}
              />
            </div>
          )}
        </Afgeschermd>
        <Afgeschermd
          plaats={`personen/${persoon.id}/veiligContact`}
          heading={t('gezin.veiligContact.heading')}
          value={veiligContact}
          geenTekst={t('gezin.veiligContact.geen')}
          vastleggenLabel={t('gezin.veiligContact.vastleggen', { naam })}
          onVastleggen={(zichtbaarVoor) => update({ veiligContact: { zichtbaarVoor } })}
          wissenLabel={t('gezin.veiligContact.wissen', { naam })}
          onWissen={() => update({ veiligContact: undefined })}
          zichtbaarVoorLabel={t('gezin.zichtbaarVoor.wijzig', { veld: t('gezin.veld.veiligContact'), naam })}
          onZichtbaarVoor={(zichtbaarVoor) => veiligContact !== undefined && update({ veiligContact: { ...veiligContact, zichtbaarVoor } })}
        >
          {veiligContact !== undefined && (
            <div className="tafel-velden">
              <TextField
                label={t('gezin.veiligContact.telefoon', { naam })}
                type="tel"
                value={veiligContact.telefoon ?? ''}
                readOnly={!canEdit}
                onCommit={(v) => update({ veiligContact: { ...veiligContact, telefoon: optionalText(v) } })}
              />
              <TextField
                label={t('gezin.veiligContact.tijden', { naam })}
                value={veiligContact.tijden ?? ''}
                readOnly={!canEdit}
                onCommit={(v) => update({ veiligContact: { ...veiligContact, tijden: optionalText(v) } })}
              />
              <TextField
                label={t('gezin.veiligContact.codewoord', { naam })}
                value={veiligContact.codewoord ?? ''}
                readOnly={!canEdit}
                onCommit={(v) => update({ veiligContact: { ...veiligContact, codewoord: optionalText(v) } })}
              />
            </div>
          )}
        </Afgeschermd>
      </div>
      <Wijzigen label={t('gezin.persoon.wijzig', { naam })}>
        <div className="tafel-velden">
          <TextField label={t('gezin.persoon.roepnaam')} required value={naam} onCommit={(v) => v.trim() !== '' && update({ roepnaam: v.trim() })} />
          <TextField label={t('gezin.persoon.initialen')} value={persoon.initialen ?? ''} onCommit={(v) => update({ initialen: optionalText(v) })} />
          <TextField
            label={t('gezin.persoon.geboortejaar')}
            type="number"
            value={persoon.geboortejaar === undefined ? '' : String(persoon.geboortejaar)}
            onCommit={(v) => {
              const jaar = geboortejaar(v);
              if (jaar !== null) update({ geboortejaar: jaar });
            }}
          />
          <SelectField<RolInGezin>
            label={t('gezin.persoon.rol')}
            value={persoon.rolInGezin}
            options={rolInGezinOptions(t)}
            onChange={(v) => v !== '' && update({ rolInGezin: v })}
          />
          <SelectField
            label={t('gezin.persoon.gezag')}
            value={alsJaNee(persoon.gezag)}
            options={jaNeeOptions(t)}
            emptyLabel={t('gezin.onbekend')}
            onChange={(v) => update({ gezag: uitJaNee(v) })}
          />
          <TextField label={t('gezin.persoon.woonsituatie')} value={persoon.woonsituatie ?? ''} onCommit={(v) => update({ woonsituatie: optionalText(v) })} />
          <TextField label={t('gezin.persoon.tolk')} value={persoon.taalTolkNodig ?? ''} onCommit={(v) => update({ taalTolkNodig: optionalText(v) })} />
          <TextField label={t('gezin.persoon.beperkingen')} value={persoon.beperkingen ?? ''} onCommit={(v) => update({ beperkingen: optionalText(v) })} />
        </div>
        <TextField
          label={t('gezin.persoon.stem')}
          multiline
          value={persoon.stemVanPersoon ?? ''}
          onCommit={(v) => update({ stemVanPersoon: optionalText(v) })}
        />
        <RemoveButton label={t('gezin.persoon.remove', { naam })} onRemove={() => write(() => model.personen.remove(persoon.id))} />
      </Wijzigen>
    </article>
  );
}

function NieuwGezinslid() {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [roepnaam, setRoepnaam] = useState('');
  const [rol, setRol] = useState<RolInGezin>('kind');
  const [jaar, setJaar] = useState('');
  const submit = (): string | null => {
    if (roepnaam.trim() === '') return t('gezin.persoon.vulRoepnaam');
    const geboren = geboortejaar(jaar);
    if (geboren === null) return t('gezin.persoon.ongeldigJaar');
    if (!write(() => model.personen.add({ roepnaam: roepnaam.trim(), rolInGezin: rol, geboortejaar: geboren }))) return t('fields.error.invalid');
    setRoepnaam('');
    setJaar('');
    return null;
  };
  return (
    <AddForm heading={t('gezin.persoon.nieuw')} submitLabel={t('gezin.persoon.add')} onSubmit={submit}>
      <DraftField label={t('gezin.persoon.roepnaam')} value={roepnaam} onChange={setRoepnaam} />
      <SelectField<RolInGezin> label={t('gezin.persoon.rol')} value={rol} options={rolInGezinOptions(t)} onChange={(v) => v !== '' && setRol(v)} />
      <DraftField label={t('gezin.persoon.geboortejaar')} type="number" value={jaar} onChange={setJaar} />
    </AddForm>
  );
}
