/**
 * The deelnemers: the professionals at the table (the need-to-know list), with their organisation,
 * function and roles in this case. Added and changed here by the chair (an expert changes only
 * their own name and function); who may join the relay is the invite's job.
 */
import { useId, useState } from 'react';
import { ROLLEN, type CasusDeelnemer, type Rol } from '../../../shared/model/index.js';
import {
  AddForm,
  CheckboxGroup,
  DraftField,
  EntityList,
  optionalText,
  SelectField,
  TextField,
  type SelectOption,
  type Write,
  useCollection,
  useWrite,
  useOrganisatieOpties,
} from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { rolOptions } from '../gezin/options.js';
import { Wijzigen } from '../gezin/Wijzigen.js';

export function Deelnemers() {
  const t = useT();
  const { canManage } = useWorkspace();
  const deelnemers = useCollection('deelnemers');
  const { write, error } = useWrite();
  const headingId = useId();
  const orgOpties = useOrganisatieOpties();
  return (
    <EntityList
      headingId={headingId}
      heading={t('overzicht.deelnemers.heading')}
      emptyText={t('overzicht.deelnemers.empty')}
      items={deelnemers}
      renderItem={(d) => <DeelnemerItem deelnemer={d} organisaties={orgOpties} write={write} />}
      addForm={<NieuweDeelnemer organisaties={orgOpties} />}
      canEdit={canManage}
      error={error}
      classNames={{ section: 'tafel-gezin__blok', list: 'tafel-lijst tafel-lijst--compact', item: null }}
    />
  );
}

interface DeelnemerItemProps {
  readonly deelnemer: CasusDeelnemer;
  readonly organisaties: readonly SelectOption<string>[];
  readonly write: Write;
}

function DeelnemerItem({ deelnemer: d, organisaties, write }: DeelnemerItemProps) {
  const t = useT();
  const { model, canEdit, canManage, viewer } = useWorkspace();
  const update = (patch: Parameters<typeof model.deelnemers.update>[1]): void => {
    write(() => model.deelnemers.update(d.id, patch));
  };
  const organisatie = organisaties.find((o) => o.value === d.organisatieId)?.label ?? t('overzicht.onbekend');
  const rollen = d.rollen.length === 0 ? t('overzicht.deelnemer.geenRol') : d.rollen.map((r) => t(`overzicht.rol.${r}`)).join(', ');
  return (
    <div className="tafel-overzicht__regel">
      <p className="utrecht-paragraph tafel-overzicht__naam">
        <strong>{d.naam}</strong>
        {' · '}
        {d.functie === undefined ? organisatie : t('overzicht.deelnemer.bij', { functie: d.functie, organisatie })}
        {' · '}
        <span className="tafel-item__kenmerken">{t('overzicht.deelnemer.rollen', { rollen })}</span>
      </p>
      <Wijzigen label={t('overzicht.deelnemer.wijzig', { naam: d.naam })} mag={canManage || (canEdit && d.id === viewer.deelnemerId)}>
        <div className="tafel-velden">
          <TextField label={t('overzicht.deelnemer.naam')} required value={d.naam} onCommit={(v) => v.trim() !== '' && update({ naam: v.trim() })} />
          {/* Organisation and roles decide what someone may read and decide: the chair's to set. */}
          {canManage && (
            <SelectField
              label={t('overzicht.deelnemer.organisatie')}
              value={d.organisatieId}
              options={organisaties}
              onChange={(v) => v !== '' && update({ organisatieId: v })}
            />
          )}
          <TextField label={t('overzicht.deelnemer.functie')} value={d.functie ?? ''} onCommit={(v) => update({ functie: optionalText(v) })} />
        </div>
        {canManage && (
          <CheckboxGroup<Rol>
            legend={t('overzicht.deelnemer.rollenKeuze')}
            options={rolOptions(t)}
            selected={d.rollen}
            emptyText=""
            onChange={(gekozen) => update({ rollen: ROLLEN.filter((r) => gekozen.includes(r)) })}
          />
        )}
      </Wijzigen>
    </div>
  );
}

function NieuweDeelnemer({ organisaties }: { readonly organisaties: readonly SelectOption<string>[] }) {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [naam, setNaam] = useState('');
  const [orgId, setOrgId] = useState('');
  const [functie, setFunctie] = useState('');
  const [rollen, setRollen] = useState<Rol[]>(['expert']);
  const submit = (): string | null => {
    if (naam.trim() === '') return t('overzicht.deelnemer.vulNaam');
    if (orgId === '') return t('overzicht.deelnemer.kiesOrganisatie');
    if (!write(() => model.deelnemers.add({ naam: naam.trim(), organisatieId: orgId, functie: optionalText(functie), rollen })))
      return t('fields.error.invalid');
    setNaam('');
    setFunctie('');
    return null;
  };
  return (
    <AddForm heading={t('overzicht.deelnemer.nieuw')} submitLabel={t('overzicht.deelnemer.add')} onSubmit={submit}>
      <DraftField label={t('overzicht.deelnemer.naam')} value={naam} onChange={setNaam} />
      <SelectField label={t('overzicht.deelnemer.organisatie')} value={orgId} options={organisaties} emptyLabel={t('fields.choose')} onChange={setOrgId} />
      <DraftField label={t('overzicht.deelnemer.functie')} value={functie} onChange={setFunctie} />
      <CheckboxGroup<Rol> legend={t('overzicht.deelnemer.rollenKeuze')} options={rolOptions(t)} selected={rollen} emptyText="" onChange={setRollen} />
    </AddForm>
  );
}
