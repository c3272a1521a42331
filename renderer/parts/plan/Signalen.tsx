/** Signalen: what tells us it is going wrong again, and what then happens (who does what). */
import { useId, useMemo, useState } from 'react';
import { AddForm, DraftField, EntityList, RemoveButton, SelectField, TextField, useCollection, useWrite } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

export function Signalen({ planId }: { readonly planId: string }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const alle = useCollection('signalen');
  const personen = useCollection('personen');
  const { write, error } = useWrite();
  const headingId = useId();
  const signalen = useMemo(() => alle.filter((s) => s.planId === planId), [alle, planId]);
  const persoonOpties = useMemo(() => personen.map((p) => ({ value: p.id, label: p.roepnaam })), [personen]);
  const [signaal, setSignaal] = useState('');
  const [watDan, setWatDan] = useState('');
  const [persoonId, setPersoonId] = useState('');
  return (
    <div className="tafel-plan__blok">
      <EntityList
        headingId={headingId}
        heading={t('plan.signalen.heading')}
        emptyText={t('plan.signalen.empty')}
        items={signalen}
        canEdit={canEdit}
        error={error}
        renderItem={(s) => {
          const naam = t('plan.signaal.naam', { nummer: signalen.indexOf(s) + 1 });
          const update = (patch: Parameters<typeof model.signalen.update>[1]): void => {
            write(() => model.signalen.update(s.id, patch));
          };
          return (
            <div className="tafel-plan__velden">
              <TextField
                className="tafel-plan__breed"
                label={naam}
                required
                multiline
                value={s.signaal}
                readOnly={!canEdit}
                onCommit={(x) => x.trim() !== '' && update({ signaal: x.trim() })}
              />
              <TextField
                className="tafel-plan__breed"
                label={t('plan.signaal.watDanVan', { naam })}
                multiline
                value={s.watDanTeDoen}
                readOnly={!canEdit}
                onCommit={(x) => update({ watDanTeDoen: x.trim() })}
              />
              <SelectField
                label={t('plan.signaal.bijWieVan', { naam })}
                value={s.persoonId ?? ''}
                options={persoonOpties}
                emptyLabel={t('plan.signaal.iedereen')}
                readOnly={!canEdit}
                onChange={(x) => update({ persoonId: x === '' ? undefined : x })}
              />
              <RemoveButton label={t('plan.signaal.remove', { naam })} hidden={!canEdit} onRemove={() => write(() => model.signalen.remove(s.id))} />
            </div>
          );
        }}
      />
      {canEdit && (
        <AddForm
          heading={t('plan.signaal.nieuw')}
          submitLabel={t('plan.signaal.add')}
          onSubmit={() => {
            if (signaal.trim() === '') return t('plan.signaal.vulSignaal');
            const ok = write(() =>
              model.signalen.add({ planId, signaal: signaal.trim(), watDanTeDoen: watDan.trim(), persoonId: persoonId === '' ? undefined : persoonId }),
            );
            if (!ok) return t('fields.error.invalid');
            setSignaal('');
            setWatDan('');
            setPersoonId('');
            return null;
          }}
        >
          <DraftField label={t('plan.signaal.signaal')} value={signaal} onChange={setSignaal} multiline />
          <DraftField label={t('plan.signaal.watDan')} value={watDan} onChange={setWatDan} multiline />
          <SelectField
            label={t('plan.signaal.bijWie')}
            value={persoonId}
            options={persoonOpties}
            emptyLabel={t('plan.signaal.iedereen')}
            onChange={setPersoonId}
          />
        </AddForm>
      )}
    </div>
  );
}
