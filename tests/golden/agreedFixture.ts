/**
 * The fictional demo case agreed at a fixed time, for the export tests and the golden files:
 * imported into a fresh Y.Doc, opened as its voorzitter (Ingrid, Veilig Thuis), agreed in the
 * casusoverleg ov-1 on 10 March 2025 at 15:00 Dutch time.
 */
import * as Y from 'yjs';
import { demoCaseJson, importCase, openCase, type CaseModel, type ModelContext } from '../../shared/model/index.js';
import { vaststellen, type AgreedVersion } from '../../shared/export/index.js';

export const CHAIR = 'dn-ingrid';
export const AGREED_AT = '2025-03-10T14:00:00.000Z';
export const ATTENDEES = ['dn-ingrid', 'dn-lotte', 'dn-fatima', 'p-sanne'];
export const subtle = globalThis.crypto.subtle;

/** A context with a fixed clock and counting ids, so repeated runs write the same document. */
export function fixedContext(deelnemerId: string, orgId: string, now = AGREED_AT): ModelContext {
  let n = 0;
  return { actor: { deelnemerId, orgId }, now: () => now, newId: () => `${deelnemerId}-id-${++n}` };
}

/** The demo case in a fresh document, opened as `deelnemerId`. */
export function demoModel(deelnemerId = CHAIR, orgId = 'org-vt', doc = new Y.Doc()): CaseModel {
  const result = importCase(doc, demoCaseJson(), deelnemerId);
  if (!result.ok) throw new Error('demo case did not import');
  return openCase(doc, fixedContext(deelnemerId, orgId));
}

/** The demo case agreed by its chair in ov-1 at AGREED_AT. */
export async function agreedDemo(model = demoModel()): Promise<AgreedVersion> {
  return vaststellen(model, { voorzitterId: CHAIR, aanwezigen: ATTENDEES, op: AGREED_AT, overlegId: 'ov-1', subtle });
}
