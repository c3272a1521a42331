/**
 * The JSON form of a whole case (export, import, the demo case): one object with the meta, the
 * analysis status and section texts, the gezinsprofiel and one array per collection. Validated by
 * a zod schema built from the same collection specs the document uses.
 */
import { z } from 'zod';
import { analyseSchema } from './analyse.js';
import { entityMetaSchema, type Entity } from './fields.js';
import { gezinsprofielSchema, type GezinsprofielBeoordeling } from './gezinsprofiel.js';
import { casusSchema, type CasusMeta } from './meta.js';
import { COLLECTIONS, type CollectionName } from './registry.js';
import { richTextSchema, type RichDoc } from './richText.js';
import { CASE_JSON_FORMAT } from './docLayout.js';

/** The analysis as exchanged: its status plus each section's text by section id. */
export const analyseJsonSchema = analyseSchema.extend({
  teksten: z.record(z.string().max(100), richTextSchema).default({}),
});
/** The analysis as exchanged. */
export type AnalyseJson = z.output<typeof analyseJsonSchema>;

/** The entities of one collection as exchanged. */
export type CollectionJson<N extends CollectionName> = Array<Entity<z.output<(typeof COLLECTIONS)[N]['schema']>>>;

/** A whole case as JSON. */
export type CaseJson = {
  formaat: typeof CASE_JSON_FORMAT;
  schemaVersie: number;
  /** Set on exports filtered for one viewer: restricted values they may not see are left out. */
  gefilterdVoor?: string;
  casus: CasusMeta;
  analyse: AnalyseJson;
  gezinsprofiel: GezinsprofielBeoordeling;
} & { [N in CollectionName]: CollectionJson<N> };

/**
 * A whole case as JSON, as a caller may write it. Typed loosely on purpose: import takes untrusted
 * input and the schema below decides.
 */
export type CaseJsonInput = unknown;

const collectionShapes = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, spec]) => [name, z.array(z.strictObject({ ...entityMetaSchema.shape, ...spec.schema.shape })).default([])]),
) as unknown as Record<CollectionName, z.ZodDefault<z.ZodArray<z.ZodObject>>>;

const caseJsonObject = z.strictObject({
  formaat: z.literal(CASE_JSON_FORMAT),
  schemaVersie: z.number().int().min(1),
  gefilterdVoor: z.string().optional(),
  casus: casusSchema,
  analyse: analyseJsonSchema.default({ status: 'concept', teksten: {} }),
  gezinsprofiel: gezinsprofielSchema.default({ oordelen: {}, machtsongelijkheid: 'onbekend', toelichting: { type: 'doc', content: [] } }),
  ...collectionShapes,
});

/** Schema of a whole case as JSON. */
export const caseJsonSchema: z.ZodType<CaseJson, CaseJsonInput> = caseJsonObject as unknown as z.ZodType<CaseJson, CaseJsonInput>;

/** Re-exported for callers that build section texts. */
export type { RichDoc };
