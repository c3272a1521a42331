/** The case list's entry of a case (title, phase, werkfase, erase date, last change), from the case itself. */
import { levensloopStand, werkfaseVan, type CaseModel } from '../../shared/model/index.js';
import type { CaseIndexEntry } from '../../shared/sync/local/caseIndex.js';

export function caseIndexEntryOf(model: CaseModel, lastChange: number = Date.now()): CaseIndexEntry {
  const meta = model.meta.get();
  const stand = levensloopStand(model);
  return {
    title: meta.titel,
    status: stand.fase,
    fase: werkfaseVan(meta.fase),
    lastChange,
    ...(stand.wisOp === undefined ? {} : { wisOp: stand.wisOp }),
  };
}
