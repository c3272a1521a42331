/**
 * Relaties between gezinsleden, with the direction of violence said with the names ("van Mark
 * naar Sanne"), the omgangsregeling and whether there is a contactverbod.
 */
import { useId, useMemo, useState } from 'react';
import type { Persoon, Relatie } from '../../../shared/model/index.js';
import { AddForm, optionalText, RemoveButton, SelectField, TextField, type Write, useCollection, useWrite, EntityList } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import {
  alsJaNee,
  jaNeeOptions,
  naamVan,
  relatieTypeOptions,
  richtingInWoorden,
  richtingOptions,
  uitJaNee,
  type GeweldRichting,
  type RelatieType,
} from './options.js';
import { Wijzigen } from './Wijzigen.js';

export function Relaties() {
  const t = useT();
  const { canEdit } = useWorkspace();
  const relaties = useCollection('relaties');
  const personen = useCollection('personen');
  const { write, error } = useWrite();
  const headingId = useId();
  return (
    <EntityList
      headingId={headingId}
      heading={t('gezin.relaties.heading')}
      emptyText={t('gezin.relaties.empty')}
      items={relaties}
      renderItem={(r) => <RelatieItem relatie={r} personen={personen} write={write} />}
      addForm={personen.length < 2 ? <p className="utrecht-paragraph tafel-empty">{t('gezin.relaties.teWeinig')}</p> : <NieuweRelatie personen={personen} />}
      canEdit={canEdit}
      error={error}
      classNames={{ section: 'tafel-gezin__blok', list: 'tafel-lijst', item: null }}
    />
  );
}

function RelatieItem({ relatie, personen, write }: { readonly relatie: Relatie; readonly personen: readonly Persoon[]; readonly write: Write }) {
  const t = useT();
  const { model } = useWorkspace();
  const headingId = useId();
  const van = naamVan(personen, relatie.vanPersoonId);
  const naar = naamVan(personen, relatie.naarPersoonId);
  const persoonOpties = useMemo(() => personen.map((p) => ({ value: p.id, label: p.roepnaam })), [personen]);
  const update = (patch: Parameters<typeof model.relaties.update>[1]): void => {
    write(() => model.relaties.update(relatie.id, patch));
  };
  const details = [
    t('gezin.relatie.geweld', { richting: richtingInWoorden(t, relatie.geweldRichting, van, naar) }),
    relatie.omgangsregeling === undefined ? undefined : t('gezin.relatie.omgangKort', { tekst: relatie.omgangsregeling }),
    relatie.contactverbod === true ? t('gezin.relatie.contactverbodKort') : undefined,
  ].filter((d): d is string => d !== undefined);
  return (
    <article className="tafel-item" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('gezin.relatie.kop', { van, naar, type: t(`gezin.relatieType.${relatie.type}`) })}
      </h4>
      <p className="utrecht-paragraph tafel-item__kenmerken">{details.join(' · ')}</p>
      <Wijzigen label={t('gezin.relatie.wijzig', { van, naar })}>
        <div className="tafel-velden">
          <SelectField
            label={t('gezin.relatie.van')}
            value={relatie.vanPersoonId}
            options={persoonOpties}
            onChange={(v) => v !== '' && update({ vanPersoonId: v })}
          />
          <SelectField
            label={t('gezin.relatie.naar')}
            value={relatie.naarPersoonId}
            options={persoonOpties}
            onChange={(v) => v !== '' && update({ naarPersoonId: v })}
          />
          <SelectField<RelatieType>
            label={t('gezin.relatie.type')}
            value={relatie.type}
            options={relatieTypeOptions(t)}
            onChange={(v) => v !== '' && update({ type: v })}
          />
          <SelectField<GeweldRichting>
            label={t('gezin.relatie.richting')}
            value={relatie.geweldRichting}
            options={richtingOptions(t, van, naar)}
            onChange={(v) => v !== '' && update({ geweldRichting: v })}
          />
          <TextField label={t('gezin.relatie.omgang')} value={relatie.omgangsregeling ?? ''} onCommit={(v) => update({ omgangsregeling: optionalText(v) })} />
          <SelectField
            label={t('gezin.relatie.contactverbod')}
            value={alsJaNee(relatie.contactverbod)}
            options={jaNeeOptions(t)}
            emptyLabel={t('gezin.onbekend')}
            onChange={(v) => update({ contactverbod: uitJaNee(v) })}
          />
        </div>
        <RemoveButton label={t('gezin.relatie.remove', { van, naar })} onRemove={() => write(() => model.relaties.remove(relatie.id))} />
      </Wijzigen>
    </article>
  );
}

function NieuweRelatie({ personen }: { readonly personen: readonly Persoon[] }) {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [vanId, setVanId] = useState('');
  const [naarId, setNaarId] = useState('');
  const [type, setType] = useState<RelatieType>('partner');
  const [richting, setRichting] = useState<GeweldRichting>('onbekend');
  const opties = personen.map((p) => ({ value: p.id, label: p.roepnaam }));
  const submit = (): string | null => {
    if (vanId === '' || naarId === '' || vanId === naarId) return t('gezin.relatie.kiesTwee');
    if (!write(() => model.relaties.add({ vanPersoonId: vanId, naarPersoonId: naarId, type, geweldRichting: richting }))) return t('fields.error.invalid');
    setVanId('');
    setNaarId('');
    setRichting('onbekend');
    return null;
  };
  const van = vanId === '' ? '…' : naamVan(personen, vanId);
  const naar = naarId === '' ? '…' : naamVan(personen, naarId);
  return (
    <AddForm heading={t('gezin.relatie.nieuw')} submitLabel={t('gezin.relatie.add')} onSubmit={submit}>
      <SelectField label={t('gezin.relatie.van')} value={vanId} options={opties} emptyLabel={t('fields.choose')} onChange={setVanId} />
      <SelectField label={t('gezin.relatie.naar')} value={naarId} options={opties} emptyLabel={t('fields.choose')} onChange={setNaarId} />
      <SelectField<RelatieType> label={t('gezin.relatie.type')} value={type} options={relatieTypeOptions(t)} onChange={(v) => v !== '' && setType(v)} />
      <SelectField<GeweldRichting>
        label={t('gezin.relatie.richting')}
        value={richting}
        options={richtingOptions(t, van, naar)}
        onChange={(v) => v !== '' && setRichting(v)}
      />
    </AddForm>
  );
}
