/**
 * The collection `voorstellen`: the reason (toelichting) an author gives with a proposal, one
 * entity per proposal that has one, keyed by the proposal's id. The proposal itself lives in the
 * text (voorstelTekst.ts); this only adds the author's words (voorstelRedenen.ts writes it).
 */
import { z } from 'zod';
import { kortSchema } from './fields.js';
import { defineCollection } from './spec.js';

/** Longest reason: a sentence or two. */
export const MAX_REDEN = 300;

/** The author's reason for a proposal (id = the proposal's id). */
export const voorstellen = defineCollection({
  name: 'voorstellen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({ reden: kortSchema.max(MAX_REDEN) }),
  refs: [],
});
