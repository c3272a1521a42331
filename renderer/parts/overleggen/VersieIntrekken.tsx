/**
 * "Deze versie intrekken": the chair withdraws an agreed version that no longer holds (a mistake
 * in it), with the reason. The version stays readable and verifiable; exporting it stops.
 */
import { useState } from 'react';
import { ExportError, trekVersieIn } from '../../../shared/export/index.js';
import { AddForm, DraftField } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { exportFout } from './exportFout.js';

export function VersieIntrekken({ versieId }: { readonly versieId: string }) {
  const t = useT();
  const { model, viewer } = useWorkspace();
  const [reden, setReden] = useState('');
  const submit = (): string | null => {
    try {
      trekVersieIn(model, { versieId, voorzitterId: viewer.deelnemerId, reden, op: new Date().toISOString() });
      return null;
    } catch (caught) {
      // The model's own refusal (e.g. a reason over 500 characters) is said in general words.
      return caught instanceof ExportError ? exportFout(t, caught) : t('fields.error.invalid');
    }
  };
  return (
    <AddForm heading={t('overleggen.intrekken.heading')} submitLabel={t('overleggen.intrekken.submit')} onSubmit={submit} headingLevel={5}>
      <DraftField label={t('overleggen.intrekken.reden')} description={t('overleggen.intrekken.uitleg')} value={reden} onChange={setReden} multiline />
    </AddForm>
  );
}
