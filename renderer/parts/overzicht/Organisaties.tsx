/**
 * The organisaties at the table. They can be added and renamed, not removed here: deelnemers,
 * hulp and attribution of everything they contributed point at them.
 */
import { useId, useState } from 'react';
import type { Organisatie } from '../../../shared/model/index.js';
import { AddForm, DraftField, SelectField, TextField, type Write, useCollection, useWrite, EntityList } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { Wijzigen } from '../gezin/Wijzigen.js';
import { orgTypeOptions, type OrganisatieType } from './options.js';

export function Organisaties() {
  const t = useT();
  const { canManage } = useWorkspace();
  const organisaties = useCollection('organisaties');
  const { write, error } = useWrite();
  const headingId = useId();
  return (
    <EntityList
      headingId={headingId}
      heading={t('overzicht.organisaties.heading')}
      emptyText={t('overzicht.organisaties.empty')}
      items={organisaties}
      renderItem={(o) => <OrganisatieItem organisatie={o} write={write} />}
      addForm={<NieuweOrganisatie />}
      canEdit={canManage}
      error={error}
      classNames={{ section: 'tafel-gezin__blok', list: 'tafel-lijst tafel-lijst--compact', item: null }}
    />
  );
}

function OrganisatieItem({ organisatie, write }: { readonly organisatie: Organisatie; readonly write: Write }) {
  const t = useT();
  const { model, canManage } = useWorkspace();
  const update = (patch: Parameters<typeof model.organisaties.update>[1]): void => {
    write(() => model.organisaties.update(organisatie.id, patch));
  };
  return (
    <div className="tafel-overzicht__regel">
      <p className="utrecht-paragraph tafel-overzicht__naam">
        <strong>{organisatie.naam}</strong> <span className="tafel-item__kenmerken">({t(`overzicht.orgType.${organisatie.type}`)})</span>
      </p>
      <Wijzigen label={t('overzicht.organisatie.wijzig', { naam: organisatie.naam })} mag={canManage}>
        <div className="tafel-velden">
          <TextField
            label={t('overzicht.organisatie.naam')}
            required
            value={organisatie.naam}
            onCommit={(v) => v.trim() !== '' && update({ naam: v.trim() })}
          />
          <SelectField<OrganisatieType>
            label={t('overzicht.organisatie.type')}
            value={organisatie.type}
            options={orgTypeOptions(t)}
            onChange={(v) => v !== '' && update({ type: v })}
          />
        </div>
      </Wijzigen>
    </div>
  );
}

function NieuweOrganisatie() {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [naam, setNaam] = useState('');
  const [type, setType] = useState<OrganisatieType>('Overig');
  const submit = (): string | null => {
    if (naam.trim() === '') return t('overzicht.organisatie.vulNaam');
    if (!write(() => model.organisaties.add({ naam: naam.trim(), type }))) return t('fields.error.invalid');
    setNaam('');
    return null;
  };
  return (
    <AddForm heading={t('overzicht.organisatie.nieuw')} submitLabel={t('overzicht.organisatie.add')} onSubmit={submit}>
      <DraftField label={t('overzicht.organisatie.naam')} value={naam} onChange={setNaam} />
      <SelectField<OrganisatieType> label={t('overzicht.organisatie.type')} value={type} options={orgTypeOptions(t)} onChange={(v) => v !== '' && setType(v)} />
    </AddForm>
  );
}
