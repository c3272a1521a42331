/**
 * The netwerk's part in the plan: which person from the gezin's netwerk does what, and which
 * afspraken they keep an eye on. The people themselves live in Gezin & netwerk.
 */
import { useId, useMemo, useState } from 'react';
import { AddForm, CheckboxGroup, DraftField, EntityList, RemoveButton, SelectField, TextField, useCollection, useWrite } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useOpenCase } from '../../store/openCase.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useAfsprakenAlsTekst } from './readers.js';

export function NetwerkRollen({ planId }: { readonly planId: string }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const alle = useCollection('netwerkRollen');
  const netwerk = useCollection('netwerk');
  const alleAfspraken = useAfsprakenAlsTekst();
  const setPart = useOpenCase((s) => s.setPart);
  const { write, error } = useWrite();
  const headingId = useId();
  const rollen = useMemo(() => alle.filter((r) => r.planId === planId), [alle, planId]);
  const netwerkOpties = useMemo(() => netwerk.map((n) => ({ value: n.id, label: n.naam })), [netwerk]);
  const afspraakOpties = useMemo(
    () =>
      alleAfspraken
        .filter((a) => a.planId === planId)
        .map((a) => ({ value: a.id, label: t('plan.netwerkRol.afspraakLabel', { wanneer: a.wanneer, wat: a.wat }) })),
    [alleAfspraken, planId, t],
  );
  const [lidId, setLidId] = useState('');
  const [taak, setTaak] = useState('');
  return (
    <div className="tafel-plan__blok">
      <EntityList
        headingId={headingId}
        heading={t('plan.netwerkRollen.heading')}
        emptyText={t('plan.netwerkRollen.empty')}
        items={rollen}
        canEdit={canEdit}
        error={error}
        renderItem={(r) => {
          const naam = netwerkOpties.find((n) => n.value === r.netwerkLidId)?.label ?? t('plan.onbekend');
          return (
            <div className="tafel-plan__netwerkrol">
              <p className="utrecht-paragraph">
                <strong>{naam}</strong>{' '}
                <button type="button" className="utrecht-button utrecht-button--subtle tafel-plan__naar-netwerk" onClick={() => setPart('gezin')}>
                  {t('plan.netwerkRol.naarNetwerk', { naam })}
                </button>
              </p>
              <TextField
                label={t('plan.netwerkRol.taakVan', { naam })}
                required
                multiline
                value={r.taak}
                readOnly={!canEdit}
                onCommit={(v) => v.trim() !== '' && write(() => model.netwerkRollen.update(r.id, { taak: v.trim() }))}
              />
              <CheckboxGroup
                legend={t('plan.netwerkRol.controleertVan', { naam })}
                options={afspraakOpties}
                selected={r.controleertAfspraakIds}
                readOnly={!canEdit}
                emptyText={t('plan.netwerkRol.geenAfspraken')}
                onChange={(controleertAfspraakIds) => write(() => model.netwerkRollen.update(r.id, { controleertAfspraakIds }))}
              />
              <RemoveButton label={t('plan.netwerkRol.remove', { naam })} hidden={!canEdit} onRemove={() => write(() => model.netwerkRollen.remove(r.id))} />
            </div>
          );
        }}
      />
      {canEdit && (
        <AddForm
          heading={t('plan.netwerkRol.nieuw')}
          submitLabel={t('plan.netwerkRol.add')}
          onSubmit={() => {
            if (lidId === '') return netwerkOpties.length === 0 ? t('plan.netwerkRol.eerstNetwerk') : t('plan.netwerkRol.kiesLid');
            if (taak.trim() === '') return t('plan.netwerkRol.vulTaak');
            if (!write(() => model.netwerkRollen.add({ planId, netwerkLidId: lidId, taak: taak.trim() }))) return t('fields.error.invalid');
            setLidId('');
            setTaak('');
            return null;
          }}
        >
          <SelectField label={t('plan.netwerkRol.lid')} value={lidId} options={netwerkOpties} emptyLabel={t('fields.choose')} onChange={setLidId} />
          <DraftField label={t('plan.netwerkRol.taak')} value={taak} onChange={setTaak} multiline />
        </AddForm>
      )}
    </div>
  );
}
