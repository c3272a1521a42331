/**
 * How a collection is declared: the zod schema of its data (the one source for types, validation
 * and storage layout) and its references to other collections.
 */
import { z } from 'zod';
import { richTextSchema } from './richText.js';
import type { Actor } from './context.js';
import type { Gevoeligheid } from './fields.js';

/** A reference from a data field to entities of other collections. */
export interface RefSpec {
  /** The data field holding one id (string) or several (array of strings). */
  readonly field: string;
  /** Collections the id may point into. */
  readonly to: readonly string[];
}

/** A collection: entities keyed by id, each stored as a Y.Map of fields. */
export interface CollectionSpec<S extends z.ZodObject = z.ZodObject> {
  readonly name: string;
  readonly schema: S;
  readonly refs: readonly RefSpec[];
  /** Default sensitivity class of new entities. */
  readonly gevoeligheid: Gevoeligheid;
  /**
   * True if a restricted entity (e.g. a noodcontact): its `zichtbaarVoor` field decides who may
   * see the whole entity.
   */
  readonly restrictedEntity?: boolean;
  /** Write rules beyond the schema, checked by every `add`, `update` and `remove`. */
  readonly bewaking?: SchrijfBewaking;
}

/** What a write guard may ask about the case and who is writing. */
export interface BewakingContext {
  readonly actor: Actor;
  /** True if `id` is a deelnemer of the case (live or removed): a person at the table, not a gezinslid. */
  isDeelnemer(id: string): boolean;
  /** The case roles of deelnemer `id` (empty when unknown). */
  rollenVan(id: string): readonly string[];
}

/**
 * A collection's own write rules beyond its schema (e.g. personal statements, persoonlijk.ts).
 * Each check throws a ModelError to refuse; `add` and `update` return fields the model fills in
 * itself (such as the writing device), merged into what is written.
 */
export interface SchrijfBewaking {
  add?(data: Readonly<Record<string, unknown>>, ctx: BewakingContext): Record<string, unknown>;
  update?(huidig: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>>, ctx: BewakingContext): Record<string, unknown>;
  remove?(huidig: Readonly<Record<string, unknown>>, ctx: BewakingContext): void;
}

/** Declares a collection (keeps the schema type for inference). */
export function defineCollection<S extends z.ZodObject>(spec: CollectionSpec<S>): CollectionSpec<S> {
  return spec;
}

/** How a field is stored: a plain value, a Y.Array of scalars, or a Y.XmlFragment. */
export type FieldKind = 'value' | 'list' | 'rich';

/** Field kinds and optionality, derived from a schema's shape. */
export interface FieldInfo {
  readonly kind: FieldKind;
  readonly optional: boolean;
}

const fieldInfoCache = new WeakMap<z.ZodObject, ReadonlyMap<string, FieldInfo>>();

/** Field kinds of a data schema (cached). */
export function fieldsOf(schema: z.ZodObject): ReadonlyMap<string, FieldInfo> {
  const cached = fieldInfoCache.get(schema);
  if (cached) return cached;
  const out = new Map<string, FieldInfo>();
  for (const [name, field] of Object.entries(schema.shape)) {
    let s: z.ZodType = field as z.ZodType;
    let optional = false;
    while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) {
      if (s instanceof z.ZodOptional) optional = true;
      s = s.unwrap() as z.ZodType;
    }
    const kind: FieldKind = s === richTextSchema ? 'rich' : s instanceof z.ZodArray ? 'list' : 'value';
    out.set(name, { kind, optional });
  }
  fieldInfoCache.set(schema, out);
  return out;
}
