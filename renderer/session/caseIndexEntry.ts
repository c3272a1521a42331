/**
 * The case list's entry of a case (title, phase, werkfase, erase date, last change), from the case
 * itself, with its summary for Mijn tafel and the region's figures as the model's user may see it.
 */
import { levensloopStand, werkfaseVan, type CaseModel } from '../../shared/model/index.js';
import type { CaseIndexEntry } from '../../shared/sync/local/caseIndex.js';
import { samenvattingSchema, samenvattingVan } from '../../shared/tafel/samenvatting.js';
import { vandaag } from '../i18n/dagen.js';

export function caseIndexEntryOf(model: CaseModel, lastChange: number = Date.now()): CaseIndexEntry {
  const meta = model.meta.get();
  const stand = levensloopStand(model);
  return {
    title: meta.titel,
    status: stand.fase,
    fase: werkfaseVan(meta.fase),
    lastChange,
    ...(stand.wisOp === undefined ? {} : { wisOp: stand.wisOp }),
    ...tafelVan(model),
  };
}

/** The summary, or nothing when the case holds more than a summary keeps (the list entry must still be written). */
function tafelVan(model: CaseModel): Pick<CaseIndexEntry, 'tafel'> {
  const parsed = samenvattingSchema.safeParse(samenvattingVan(model, vandaag()));
  return parsed.success ? { tafel: parsed.data } : {};
}
