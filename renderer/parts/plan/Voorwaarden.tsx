/** Veiligheidsvoorwaarden: the bodemeisen (usually Veilig Thuis) no afspraak may fall below. */
import { useId, useMemo, useState } from 'react';
import {
  AddForm,
  DraftField,
  EntityList,
  RemoveButton,
  SelectField,
  TextField,
  useCollection,
  useWrite,
  useOrganisatieOpties,
} from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

export function Voorwaarden({ planId }: { readonly planId: string }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const alle = useCollection('veiligheidsvoorwaarden');
  const { write, error } = useWrite();
  const headingId = useId();
  const voorwaarden = useMemo(() => alle.filter((v) => v.planId === planId), [alle, planId]);
  const orgOpties = useOrganisatieOpties();
  const [tekst, setTekst] = useState('');
  const [orgId, setOrgId] = useState('');
  return (
    <div className="tafel-plan__blok">
      <EntityList
        headingId={headingId}
        heading={t('plan.voorwaarden.heading')}
        emptyText={t('plan.voorwaarden.empty')}
        items={voorwaarden}
        canEdit={canEdit}
        error={error}
        renderItem={(v) => {
          const naam = t('plan.voorwaarde.naam', { nummer: voorwaarden.indexOf(v) + 1 });
          return (
            <div className="tafel-plan__velden">
              <TextField
                className="tafel-plan__breed"
                label={naam}
                required
                multiline
                value={v.tekst}
                readOnly={!canEdit}
                onCommit={(x) => x.trim() !== '' && write(() => model.veiligheidsvoorwaarden.update(v.id, { tekst: x.trim() }))}
              />
              <SelectField
                label={t('plan.voorwaarde.gesteldDoor', { naam })}
                value={v.gesteldDoorOrgId}
                options={orgOpties}
                readOnly={!canEdit}
                onChange={(x) => x !== '' && write(() => model.veiligheidsvoorwaarden.update(v.id, { gesteldDoorOrgId: x }))}
              />
              <RemoveButton
                label={t('plan.voorwaarde.remove', { naam })}
                hidden={!canEdit}
                onRemove={() => write(() => model.veiligheidsvoorwaarden.remove(v.id))}
              />
            </div>
          );
        }}
      />
      {canEdit && (
        <AddForm
          heading={t('plan.voorwaarde.nieuw')}
          submitLabel={t('plan.voorwaarde.add')}
          onSubmit={() => {
            if (tekst.trim() === '') return t('plan.voorwaarde.vulTekst');
            if (orgId === '') return t('plan.voorwaarde.kiesOrganisatie');
            if (!write(() => model.veiligheidsvoorwaarden.add({ planId, tekst: tekst.trim(), gesteldDoorOrgId: orgId }))) return t('fields.error.invalid');
            setTekst('');
            return null;
          }}
        >
          <DraftField label={t('plan.voorwaarde.tekst')} value={tekst} onChange={setTekst} multiline />
          <SelectField label={t('plan.voorwaarde.gesteldDoorKort')} value={orgId} options={orgOpties} emptyLabel={t('fields.choose')} onChange={setOrgId} />
        </AddForm>
      )}
    </div>
  );
}
