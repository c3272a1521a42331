/**
 * Noodcontacten: who to call, at what number, when. Every one is restricted: it shows only to the
 * roles and deelnemers named on it (`magZien`); others see that it exists and that it is shielded
 * for their role, never the name, number or its length.
 */
import { useId, useMemo, useState } from 'react';
import type { Noodcontact } from '../../../shared/model/index.js';
import {
  AddForm,
  AfgeschermdMelding,
  CheckboxGroup,
  DraftField,
  EntityList,
  RemoveButton,
  TextField,
  type Write,
  useAfschermingStaat,
  useCollection,
  useWrite,
} from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { rolOptions, ZICHTBAAR_ROLLEN, zichtbaarVoorInWoorden, type ZichtbaarRol } from './options.js';

export function Noodcontacten({ planId }: { readonly planId: string }) {
  const t = useT();
  const { canEdit } = useWorkspace();
  const alle = useCollection('noodcontacten');
  const { write, error } = useWrite();
  const headingId = useId();
  const contacten = useMemo(() => alle.filter((c) => c.planId === planId), [alle, planId]);
  return (
    <div className="tafel-plan__blok">
      <EntityList
        headingId={headingId}
        heading={t('plan.noodcontacten.heading')}
        emptyText={t('plan.noodcontacten.empty')}
        items={contacten}
        canEdit={canEdit}
        error={error}
        renderItem={(c) => <Contact contact={c} naam={t('plan.noodcontact.naam', { nummer: contacten.indexOf(c) + 1 })} write={write} />}
      />
      {canEdit && <NieuwNoodcontact planId={planId} />}
    </div>
  );
}

/** A noodcontact as this viewer may see it: open, or only for whom it is shielded (sealed for its audience, docs/afscherming.md). */
function Contact({ contact, naam, write }: { readonly contact: Noodcontact; readonly naam: string; readonly write: Write }) {
  const t = useT();
  const { model } = useWorkspace();
  const deelnemers = useCollection('deelnemers');
  const plaats = `noodcontacten/${contact.id}`;
  const staat = useAfschermingStaat(plaats, contact.zichtbaarVoor);
  const melding = (
    <AfgeschermdMelding
      plaats={plaats}
      zichtbaarVoor={contact.zichtbaarVoor}
      wie={zichtbaarVoorInWoorden(t, contact.zichtbaarVoor, deelnemers)}
      staat={staat}
      onToegang={(id) => write(() => model.noodcontacten.update(contact.id, { zichtbaarVoor: [...contact.zichtbaarVoor, id] }))}
    />
  );
  if (staat !== 'open')
    return (
      <div className="tafel-plan__afgeschermd">
        <p className="utrecht-paragraph">{naam}</p>
        {melding}
      </div>
    );
  return (
    <>
      <ZichtbaarContact contact={contact} naam={naam} write={write} />
      {melding}
    </>
  );
}

function ZichtbaarContact({ contact, naam, write }: { readonly contact: Noodcontact; readonly naam: string; readonly write: Write }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const deelnemers = useCollection('deelnemers');
  const update = (patch: Parameters<typeof model.noodcontacten.update>[1]): void => {
    write(() => model.noodcontacten.update(contact.id, patch));
  };
  return (
    <div className="tafel-plan__contact">
      <p className="utrecht-paragraph tafel-plan__zichtbaar">
        {t('plan.noodcontact.zichtbaarVoorTekst', { naam, wie: zichtbaarVoorInWoorden(t, contact.zichtbaarVoor, deelnemers) })}
      </p>
      <div className="tafel-plan__velden">
        <TextField
          label={t('plan.noodcontact.wieVan', { naam })}
          required
          value={contact.naam}
          readOnly={!canEdit}
          onCommit={(v) => v.trim() !== '' && update({ naam: v.trim() })}
        />
        <TextField
          label={t('plan.noodcontact.telefoonVan', { naam })}
          type="tel"
          value={contact.telefoon}
          readOnly={!canEdit}
          onCommit={(v) => update({ telefoon: v.trim() })}
        />
        <TextField
          label={t('plan.noodcontact.wanneerVan', { naam })}
          value={contact.wanneer}
          readOnly={!canEdit}
          onCommit={(v) => update({ wanneer: v.trim() })}
        />
      </div>
      {canEdit && (
        <CheckboxGroup
          legend={t('plan.noodcontact.zichtbaarVoorVan', { naam })}
          options={rolOptions(t)}
          selected={contact.zichtbaarVoor}
          emptyText=""
          // Deelnemers named on it stay named: this group chooses roles only.
          onChange={(rollen) =>
            update({ zichtbaarVoor: [...rollen, ...contact.zichtbaarVoor.filter((v) => !(ZICHTBAAR_ROLLEN as readonly string[]).includes(v))] })
          }
        />
      )}
      <RemoveButton label={t('plan.noodcontact.remove', { naam })} hidden={!canEdit} onRemove={() => write(() => model.noodcontacten.remove(contact.id))} />
    </div>
  );
}

function NieuwNoodcontact({ planId }: { readonly planId: string }) {
  const t = useT();
  const { model, viewer } = useWorkspace();
  const { write } = useWrite();
  const eigenRollen = useMemo(() => ZICHTBAAR_ROLLEN.filter((r) => viewer.rollen.includes(r)), [viewer]);
  const [naam, setNaam] = useState('');
  const [telefoon, setTelefoon] = useState('');
  const [wanneer, setWanneer] = useState('');
  const [rollen, setRollen] = useState<ZichtbaarRol[]>(eigenRollen);
  const [personen, setPersonen] = useState<string[]>([]);
  const deelnemers = useCollection('deelnemers');
  const submit = (): string | null => {
    if (naam.trim() === '') return t('plan.noodcontact.vulNaam');
    if (rollen.length + personen.length === 0) return t('plan.noodcontact.kiesRollen');
    const zichtbaarVoor = [...rollen, ...personen];
    const ok = write(() => model.noodcontacten.add({ planId, naam: naam.trim(), telefoon: telefoon.trim(), wanneer: wanneer.trim(), zichtbaarVoor }));
    if (!ok) return t('fields.error.invalid');
    setNaam('');
    setTelefoon('');
    setWanneer('');
    return null;
  };
  return (
    <AddForm heading={t('plan.noodcontact.nieuw')} submitLabel={t('plan.noodcontact.add')} onSubmit={submit}>
      <DraftField label={t('plan.noodcontact.wie')} value={naam} onChange={setNaam} />
      <DraftField label={t('plan.noodcontact.telefoon')} type="tel" value={telefoon} onChange={setTelefoon} />
      <DraftField label={t('plan.noodcontact.wanneer')} value={wanneer} onChange={setWanneer} />
      <CheckboxGroup legend={t('plan.noodcontact.zichtbaarVoor')} options={rolOptions(t)} selected={rollen} emptyText="" onChange={setRollen} />
      <CheckboxGroup
        legend={t('plan.noodcontact.zichtbaarVoorPersonen')}
        options={deelnemers.filter((d) => d.vertrokkenOp === undefined).map((d) => ({ value: d.id, label: d.naam }))}
        selected={personen}
        emptyText=""
        onChange={setPersonen}
      />
    </AddForm>
  );
}
