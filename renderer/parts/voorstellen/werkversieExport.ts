/**
 * "Werkversie met voorstellen downloaden (Word)": the analysis and the plan as they are now, open
 * proposals as Word revisions (shared/export/werkversie*.ts), handed to the host like every other
 * export and recorded in the access log (NEN 7513) as a werkversie.
 */
import { werkversieLogRegel, werkversieMetVoorstellen, writeWerkversieDocx, type ExportLogRegel } from '../../../shared/export/index.js';
import type { HostApi } from '../../../shared/host/hostApi.js';
import type { CaseModel, Viewer } from '../../../shared/model/index.js';
import { loadWordLibrary } from '../../export/exportDocument.js';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type WerkversieUitkomst =
  { readonly ok: true; readonly fileName: string; readonly regel: ExportLogRegel } | { readonly ok: false; readonly geannuleerd: boolean };

/** Writes and saves the werkversie for `viewer` (their own organisation is named in the watermark). */
export async function exporteerWerkversie(host: HostApi, model: CaseModel, viewer: Viewer, now: () => Date = () => new Date()): Promise<WerkversieUitkomst> {
  const op = now().toISOString();
  const docx = await loadWordLibrary();
  const data = await writeWerkversieDocx(werkversieMetVoorstellen(model, { op, ontvangerOrgId: viewer.orgId }), docx);
  // No names or case text in the file name, as with the other exports.
  const result = await host.exportFile({ suggestedName: `tafel-werkversie-${op.slice(0, 10)}.docx`, mimeType: DOCX_MIME, data });
  if (!result.ok) return { ok: false, geannuleerd: result.error.code === 'cancelled' };
  const regel = werkversieLogRegel({ op, door: viewer.deelnemerId, namensOrgId: viewer.orgId, formaat: 'docx', ontvangerOrgId: viewer.orgId });
  return { ok: true, fileName: result.value.fileName, regel };
}
