/**
 * Annotation threads: an expert's question, addition or objection, anchored to a range of text by
 * Yjs relative positions (which every peer resolves to the same place, however the text changes)
 * or to a whole item. Replies are a collection of their own so concurrent replies never collide.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { idSchema, kortSchema, momentSchema, tekstSchema } from './fields.js';
import { defineCollection } from './spec.js';

const yId = z.strictObject({ client: z.number().int().min(0), clock: z.number().int().min(0) });

/** A Yjs relative position as JSON (`Y.relativePositionToJSON`). */
export const relatievePositieSchema = z.strictObject({
  type: yId.optional(),
  tname: z.string().max(200).optional(),
  item: yId.optional(),
  assoc: z.number().int().optional(),
});
/** A Yjs relative position as JSON. */
export type RelatievePositie = z.infer<typeof relatievePositieSchema>;

/** Where a thread is anchored inside the text of its target. */
export const ankerSchema = z.strictObject({
  start: relatievePositieSchema,
  eind: relatievePositieSchema,
  /** The quoted text at the time of anchoring, to show when the text is gone. */
  citaat: kortSchema.optional(),
});

/** Collections an annotation may point at (a section, an item, a meeting's minutes ...). */
export const ANNOTATIE_DOELEN = ['secties', 'factoren', 'hypothesen', 'gebeurtenissen', 'plannen', 'afspraken', 'overleggen', 'besluiten'] as const;

/** An annotation thread's opening comment. */
export const annotaties = defineCollection({
  name: 'annotaties',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    doelId: idSchema,
    /** Which rich field of the target, when the target has several (e.g. 'omschrijving'). */
    doelVeld: kortSchema.optional(),
    anker: ankerSchema.optional(),
    soort: z.enum(['vraag', 'aanvulling', 'correctie', 'bezwaar', 'bron']),
    tekst: tekstSchema.min(1),
    zichtbaarheid: z.enum(['alle_deelnemers', 'eigen_organisatie', 'voorzitter']).default('alle_deelnemers'),
    status: z.enum(['open', 'verwerkt', 'afgewezen']).default('open'),
    afgehandeldDoor: idSchema.optional(),
    afgehandeldOp: momentSchema.optional(),
  }),
  refs: [
    { field: 'doelId', to: ANNOTATIE_DOELEN },
    { field: 'afgehandeldDoor', to: ['deelnemers'] },
  ],
});

/** A reply in a thread. */
export const reacties = defineCollection({
  name: 'reacties',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({ annotatieId: idSchema, tekst: tekstSchema.min(1) }),
  refs: [{ field: 'annotatieId', to: ['annotaties'] }],
});

/** A relative position for `index` in `type` (a Y.XmlText inside a section, for instance). */
export function ankerPositie(type: Parameters<typeof Y.createRelativePositionFromTypeIndex>[0], index: number, assoc = 0): RelatievePositie {
  const rpos = Y.createRelativePositionFromTypeIndex(type, index, assoc);
  const out: RelatievePositie = { assoc: rpos.assoc };
  if (rpos.type) out.type = { client: rpos.type.client, clock: rpos.type.clock };
  if (rpos.tname) out.tname = rpos.tname;
  if (rpos.item) out.item = { client: rpos.item.client, clock: rpos.item.clock };
  return out;
}

/** Where an anchor position is now: the type and index, or null if its text is gone. */
export function resolveAnkerPositie(doc: Y.Doc, positie: RelatievePositie): { type: Y.AbstractType<unknown>; index: number } | null {
  const rpos = Y.createRelativePositionFromJSON(positie);
  const abs = Y.createAbsolutePositionFromRelativePosition(rpos, doc);
  return abs ? { type: abs.type, index: abs.index } : null;
}
