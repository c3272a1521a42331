/**
 * Writing and reading the reason an author gives with a proposal (the `voorstellen` collection,
 * voorstellenCollectie.ts). Only the author writes it, so the one entity per proposal id is never
 * created concurrently by two people.
 */
import type { CaseModel } from './caseModel.js';
import { ModelError } from './errors.js';
import { isVoorstelVan } from './voorstelId.js';

/** Sets (or clears, with '') the reason of the acting user's own proposal; anyone else's is refused. */
export function zetVoorstelReden(model: CaseModel, voorstelId: string, reden: string): void {
  if (!isVoorstelVan(voorstelId, model.ctx.actor.deelnemerId)) throw new ModelError('niet_toegestaan', 'voorstellen.reden');
  const tekst = reden.trim();
  if (model.voorstellen.has(voorstelId)) model.voorstellen.update(voorstelId, { reden: tekst });
  else if (tekst !== '') model.voorstellen.add({ reden: tekst }, { id: voorstelId });
}

/** The reasons of proposals by id (only those that have one). */
export function voorstelRedenen(model: CaseModel): Map<string, string> {
  return new Map(model.voorstellen.list().flatMap((v) => (v.reden === '' ? [] : [[v.id, v.reden] as const])));
}
