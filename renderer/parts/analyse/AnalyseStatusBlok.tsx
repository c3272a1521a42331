/** Where the analysis stands: concept, discussed with the gezin, or agreed (and when), and the werkhypothese. */
import { useId } from 'react';
import type { AnalyseStatus, CaseModel } from '../../../shared/model/index.js';
import { SelectField, TextField, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';
import { analyseStatusOptions } from './options.js';

const readAnalyse = (model: CaseModel): AnalyseStatus => model.analyse.get();
const readWerkTitel = (model: CaseModel): string | null => {
  const id = model.analyse.get().werkhypotheseId;
  return id === undefined ? null : (model.hypothesen.get(id)?.titel ?? null);
};

export function AnalyseStatusBlok() {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const analyse = usePart({ soort: 'analyse' }, readAnalyse);
  const werkTitel = usePart({ soort: 'collectie', naam: 'hypothesen' }, readWerkTitel);
  const { write, error } = useWrite();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="tafel-analyse__status">
      <h3 id={headingId} className="utrecht-heading-3">
        {t('analyse.status.heading')}
      </h3>
      <div className="tafel-analyse__fields">
        <SelectField
          label={t('analyse.status.label')}
          value={analyse.status}
          options={analyseStatusOptions(t)}
          readOnly={!canEdit}
          onChange={(status) => status !== '' && write(() => model.analyse.update({ status }))}
        />
        <TextField
          label={t('analyse.status.vastgesteldOp')}
          type="date"
          value={analyse.vastgesteldOp ?? ''}
          readOnly={!canEdit}
          onCommit={(dag) => write(() => model.analyse.update({ vastgesteldOp: dag === '' ? undefined : dag }))}
        />
      </div>
      <p className="utrecht-paragraph">
        {werkTitel === null ? t('analyse.status.geenWerkhypothese') : t('analyse.status.werkhypothese', { titel: werkTitel })}
      </p>
      <WriteError error={error} />
    </section>
  );
}
