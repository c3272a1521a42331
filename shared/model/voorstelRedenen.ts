/**
 * The reason (toelichting) an author gives with a proposal: one entity per proposal that has
 * one, keyed by the proposal's id. The proposal itself lives in the text (voorstelTekst.ts);
 * this only adds the author's words. Only the author writes it, so the one entity per id is
 * never created concurrently by two people.
 */
import { z } from 'zod';
import type { CaseModel } from './caseModel.js';
import { ModelError } from './errors.js';
import { kortSchema } from './fields.js';
import { defineCollection } from './spec.js';
import { isVoorstelVan } from './voorstelId.js';

/** Longest reason: a sentence or two. */
export const MAX_REDEN = 300;

/** The author's reason for a proposal (id = the proposal's id). */
export const voorstellen = defineCollection({
  name: 'voorstellen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({ reden: kortSchema.max(MAX_REDEN) }),
  refs: [],
});

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
