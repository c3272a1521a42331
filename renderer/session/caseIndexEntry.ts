/** The case list's entry of a case (title, status, fase, last change), from the case's own meta. */
import type { CaseModel } from '../../shared/model/index.js';
import type { CaseIndexEntry } from '../../shared/sync/local/caseIndex.js';

export function caseIndexEntryOf(model: CaseModel, lastChange: number = Date.now()): CaseIndexEntry {
  const meta = model.meta.get();
  return { title: meta.titel, status: meta.status, fase: meta.fase, lastChange };
}
