/** Betrokken hulpverleners: which help is or was given, by which organisation, when, with what result. */
import { useId, useState } from 'react';
import type { BetrokkenHulpverlener } from '../../../shared/model/index.js';
import {
  AddForm,
  DraftField,
  EntityList,
  optionalText,
  RemoveButton,
  SelectField,
  TextField,
  type SelectOption,
  type Write,
  useCollection,
  useWrite,
  useOrganisatieOpties,
} from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { dagInWoorden } from '../../i18n/dagen.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { Wijzigen } from './Wijzigen.js';

export function Hulpverleners() {
  const t = useT();
  const { canEdit } = useWorkspace();
  const hulp = useCollection('hulpverleners');
  const { write, error } = useWrite();
  const headingId = useId();
  const orgOpties = useOrganisatieOpties();
  return (
    <EntityList
      headingId={headingId}
      heading={t('gezin.hulp.heading')}
      emptyText={t('gezin.hulp.empty')}
      items={hulp}
      renderItem={(h) => <HulpItem hulp={h} organisaties={orgOpties} write={write} />}
      addForm={<NieuweHulp organisaties={orgOpties} />}
      canEdit={canEdit}
      error={error}
      classNames={{ section: 'tafel-gezin__blok', list: 'tafel-lijst', item: null }}
    />
  );
}

function HulpItem({
  hulp,
  organisaties,
  write,
}: {
  readonly hulp: BetrokkenHulpverlener;
  readonly organisaties: readonly SelectOption<string>[];
  readonly write: Write;
}) {
  const t = useT();
  const locale = useLocale();
  const { model } = useWorkspace();
  const headingId = useId();
  const organisatie = organisaties.find((o) => o.value === hulp.organisatieId)?.label ?? t('overzicht.onbekend');
  const update = (patch: Parameters<typeof model.hulpverleners.update>[1]): void => {
    write(() => model.hulpverleners.update(hulp.id, patch));
  };
  const sinds = hulp.sinds === undefined ? undefined : dagInWoorden(locale, hulp.sinds);
  const periode =
    sinds === undefined
      ? undefined
      : hulp.tot === undefined
        ? t('gezin.hulp.sinds', { sinds })
        : t('gezin.hulp.periode', { sinds, tot: dagInWoorden(locale, hulp.tot) });
  const details = [hulp.naam, periode, hulp.resultaat === undefined ? undefined : t('gezin.hulp.resultaatKort', { tekst: hulp.resultaat })].filter(
    (d): d is string => d !== undefined && d !== '',
  );
  const wat = hulp.wat;
  return (
    <article className="tafel-item" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('gezin.hulp.kop', { organisatie, wat })}
      </h4>
      {details.length > 0 && <p className="utrecht-paragraph tafel-item__kenmerken">{details.join(' · ')}</p>}
      <Wijzigen label={t('gezin.hulp.wijzig', { organisatie, wat })}>
        <div className="tafel-velden">
          <SelectField
            label={t('gezin.hulp.organisatie')}
            value={hulp.organisatieId}
            options={organisaties}
            onChange={(v) => v !== '' && update({ organisatieId: v })}
          />
          <TextField label={t('gezin.hulp.naam')} value={hulp.naam ?? ''} onCommit={(v) => update({ naam: optionalText(v) })} />
          <TextField label={t('gezin.hulp.wat')} required value={wat} onCommit={(v) => v.trim() !== '' && update({ wat: v.trim() })} />
          <TextField label={t('gezin.hulp.van')} type="date" value={hulp.sinds ?? ''} onCommit={(v) => update({ sinds: optionalText(v) })} />
          <TextField label={t('gezin.hulp.tot')} type="date" value={hulp.tot ?? ''} onCommit={(v) => update({ tot: optionalText(v) })} />
        </div>
        <TextField label={t('gezin.hulp.resultaat')} multiline value={hulp.resultaat ?? ''} onCommit={(v) => update({ resultaat: optionalText(v) })} />
        <RemoveButton label={t('gezin.hulp.remove', { organisatie, wat })} onRemove={() => write(() => model.hulpverleners.remove(hulp.id))} />
      </Wijzigen>
    </article>
  );
}

function NieuweHulp({ organisaties }: { readonly organisaties: readonly SelectOption<string>[] }) {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [orgId, setOrgId] = useState('');
  const [wat, setWat] = useState('');
  const [sinds, setSinds] = useState('');
  const submit = (): string | null => {
    if (orgId === '') return t('gezin.hulp.kiesOrganisatie');
    if (wat.trim() === '') return t('gezin.hulp.vulWat');
    if (!write(() => model.hulpverleners.add({ organisatieId: orgId, wat: wat.trim(), sinds: optionalText(sinds) }))) return t('fields.error.invalid');
    setWat('');
    setSinds('');
    return null;
  };
  return (
    <AddForm heading={t('gezin.hulp.nieuw')} submitLabel={t('gezin.hulp.add')} onSubmit={submit}>
      <SelectField label={t('gezin.hulp.organisatie')} value={orgId} options={organisaties} emptyLabel={t('fields.choose')} onChange={setOrgId} />
      <DraftField label={t('gezin.hulp.wat')} value={wat} onChange={setWat} />
      <DraftField label={t('gezin.hulp.van')} type="date" value={sinds} onChange={setSinds} />
    </AddForm>
  );
}
