/**
 * The generic engine behind every collection: entities keyed by id in a root Y.Map, each entity a
 * Y.Map of fields, so concurrent edits to different fields of one entity merge.
 *
 * Removal leaves a tombstone (metadata + `verwijderdOp`, data cleared) instead of deleting the
 * entity map. A peer that concurrently links to a removed entity therefore never creates a
 * dangling id: references to tombstones read as absent, and an entity whose required reference
 * points to a removed entity reads as removed itself.
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import type { ModelContext } from './context.js';
import { ModelError } from './errors.js';
import type { Entity, EntityMeta, Gevoeligheid } from './fields.js';
import { localOrigin } from './origins.js';
import { newRichFragment, readRichDoc, writeRichDoc, type RichDoc } from './richText.js';
import { collectionRootName, SCHEMA_VERSION } from './docLayout.js';
import { schemaVersion } from './version.js';
import { fieldsOf, type BewakingContext, type CollectionSpec, type FieldInfo } from './spec.js';

/** Reads and liveness checks across collections, without a write context. */
export class CaseReader {
  constructor(
    readonly doc: Y.Doc,
    readonly specs: ReadonlyMap<string, CollectionSpec>,
  ) {}

  /**
   * Throws unless this code may write the document: a peer running a newer Tafel may have
   * migrated it to a schema this code does not know.
   */
  assertWritable(): void {
    if (schemaVersion(this.doc) > SCHEMA_VERSION) throw new ModelError('versie_te_nieuw');
  }

  /** The root map of a collection. */
  root(collection: string): Y.Map<Y.Map<unknown>> {
    return this.doc.getMap(collectionRootName(collection));
  }

  /** The spec of a collection (throws on an unknown name: a programming error). */
  spec(collection: string): CollectionSpec {
    const spec = this.specs.get(collection);
    if (!spec) throw new Error(`Unknown collection ${collection}`);
    return spec;
  }

  /**
   * True if the entity exists, is not removed, and every required single reference points to a
   * live entity. `memo` caches answers within one read.
   */
  isLive(collection: string, id: string, memo: Map<string, boolean> = new Map()): boolean {
    const key = collection + '\u0000' + id;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false); // guards against reference cycles
    const ymap = this.root(collection).get(id);
    let live = ymap instanceof Y.Map && ymap.get('verwijderdOp') === undefined;
    if (live && ymap) {
      const spec = this.spec(collection);
      const fields = fieldsOf(spec.schema);
      for (const ref of spec.refs) {
        const info = fields.get(ref.field);
        if (!info || info.kind !== 'value' || info.optional) continue;
        const target = ymap.get(ref.field);
        if (typeof target !== 'string' || !this.isLiveIn(ref.to, target, memo)) {
          live = false;
          break;
        }
      }
    }
    memo.set(key, live);
    return live;
  }

  /** True if `id` is live in one of `collections`. */
  isLiveIn(collections: readonly string[], id: string, memo: Map<string, boolean> = new Map()): boolean {
    return collections.some((c) => this.isLive(c, id, memo));
  }

  /** True if `id` exists (live or removed) in one of `collections`. */
  existsIn(collections: readonly string[], id: string): boolean {
    return collections.some((c) => this.root(c).has(id));
  }

  /** Reads one entity as plain data, references to removed entities left out. */
  read(collection: string, ymap: Y.Map<unknown>, memo: Map<string, boolean>): Entity<Record<string, unknown>> {
    const spec = this.spec(collection);
    const refTargets = new Map(spec.refs.map((r) => [r.field, r.to]));
    const out: Record<string, unknown> = {};
    for (const meta of ['id', 'aangemaaktOp', 'aangemaaktDoor', 'gewijzigdOp', 'gewijzigdDoor', 'bronOrgId', 'gevoeligheid']) {
      out[meta] = ymap.get(meta);
    }
    for (const [name, info] of fieldsOf(spec.schema)) {
      const raw = ymap.get(name);
      const to = refTargets.get(name);
      if (info.kind === 'rich') {
        out[name] = raw instanceof Y.XmlFragment ? readRichDoc(raw) : { type: 'doc', content: [] };
      } else if (info.kind === 'list') {
        const items = raw instanceof Y.Array ? (raw.toArray() as unknown[]) : [];
        // Concurrent additions of the same item merge into one.
        const unique = [...new Set(items)];
        out[name] = to ? unique.filter((v) => typeof v === 'string' && this.isLiveIn(to, v, memo)) : unique;
      } else if (raw !== undefined) {
        if (to && typeof raw === 'string' && !this.isLiveIn(to, raw, memo)) continue;
        out[name] = raw;
      }
    }
    return out as Entity<Record<string, unknown>>;
  }
}

/** Options for adding an entity. */
export interface AddOptions {
  /** A fixed id (import, migrations); default: a fresh random id. */
  readonly id?: string;
  /** Overrides the collection's default sensitivity class. */
  readonly gevoeligheid?: Gevoeligheid;
}

/** Typed access to one collection. Get one from `CaseModel`, never construct it in UI code. */
export class Collection<S extends z.ZodObject> {
  constructor(
    private readonly reader: CaseReader,
    private readonly ctx: ModelContext,
    readonly spec: CollectionSpec<S>,
  ) {}

  private get root(): Y.Map<Y.Map<unknown>> {
    return this.reader.root(this.spec.name);
  }

  private transact(fn: () => void): void {
    this.reader.assertWritable();
    this.reader.doc.transact(fn, localOrigin(this.ctx.actor.deelnemerId));
  }

  private get bewakingContext(): BewakingContext {
    return {
      actor: this.ctx.actor,
      isDeelnemer: (id) => this.reader.existsIn(['deelnemers'], id),
      rollenVan: (id) => {
        const rollen = this.reader.root('deelnemers').get(id)?.get('rollen');
        return rollen instanceof Y.Array ? (rollen.toArray() as string[]) : [];
      },
    };
  }

  private parse<T>(schema: z.ZodType<T>, input: unknown): T {
    const result = schema.safeParse(input);
    if (!result.success) {
      const path = result.error.issues[0]?.path.map(String).join('.') ?? '';
      throw new ModelError('ongeldige_invoer', `${this.spec.name}.${path}`);
    }
    return result.data;
  }

  private checkRefs(data: Record<string, unknown>): void {
    const memo = new Map<string, boolean>();
    for (const ref of this.spec.refs) {
      const value = data[ref.field];
      const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
      for (const id of ids) {
        if (typeof id !== 'string' || !this.reader.isLiveIn(ref.to, id, memo)) {
          throw new ModelError('verwijzing_bestaat_niet', `${this.spec.name}.${ref.field}`);
        }
      }
    }
  }

  /** Adds an entity and returns its id. Throws ModelError on invalid input or a dangling reference. */
  add(input: z.input<S>, options: AddOptions = {}): string {
    let data = this.parse(this.spec.schema, input) as Record<string, unknown>;
    const bewaking = this.spec.bewaking?.add;
    if (bewaking) data = this.parse(this.spec.schema, { ...data, ...bewaking(data, this.bewakingContext) }) as Record<string, unknown>;
    this.checkRefs(data);
    const id = options.id ?? this.ctx.newId();
    if (this.root.has(id)) throw new ModelError('ongeldige_invoer', `${this.spec.name}.id`);
    const now = this.ctx.now();
    const { deelnemerId, orgId } = this.ctx.actor;
    const meta: EntityMeta = {
      id,
      aangemaaktOp: now,
      aangemaaktDoor: deelnemerId,
      gewijzigdOp: now,
      gewijzigdDoor: deelnemerId,
      bronOrgId: orgId,
      gevoeligheid: options.gevoeligheid ?? this.spec.gevoeligheid,
    };
    this.transact(() => writeEntity(this.reader.root(this.spec.name), this.spec, meta, data));
    return id;
  }

  /** Changes the given fields of a live entity; `undefined` clears an optional field. */
  update(id: string, patch: Partial<z.input<S>>): void {
    const ymap = this.liveMap(id);
    let parsed = this.parse(this.spec.schema.partial(), patch) as Record<string, unknown>;
    let keys = Object.keys(patch as object);
    const bewaking = this.spec.bewaking?.update;
    if (bewaking) {
      const huidig = this.reader.read(this.spec.name, ymap, new Map());
      const extra = bewaking(huidig, Object.fromEntries(keys.map((k) => [k, parsed[k]])), this.bewakingContext);
      if (Object.keys(extra).length > 0) {
        parsed = this.parse(this.spec.schema.partial(), { ...parsed, ...extra }) as Record<string, unknown>;
        for (const [k, v] of Object.entries(extra)) if (v === undefined) parsed[k] = undefined;
        keys = [...new Set([...keys, ...Object.keys(extra)])];
      }
    }
    const fields = fieldsOf(this.spec.schema);
    for (const key of keys) {
      const info = fields.get(key);
      if (parsed[key] === undefined && info && !info.optional) throw new ModelError('ongeldige_invoer', `${this.spec.name}.${key}`);
    }
    this.checkRefs(Object.fromEntries(keys.map((k) => [k, parsed[k]])));
    this.transact(() => {
      for (const key of keys) writeField(ymap, key, fields.get(key)!, parsed[key]);
      ymap.set('gewijzigdOp', this.ctx.now());
      ymap.set('gewijzigdDoor', this.ctx.actor.deelnemerId);
    });
  }

  /** Sets the sensitivity class of a live entity. */
  setGevoeligheid(id: string, gevoeligheid: Gevoeligheid): void {
    const ymap = this.liveMap(id);
    this.transact(() => ymap.set('gevoeligheid', gevoeligheid));
  }

  /** The entity, or undefined if it does not exist or reads as removed. */
  get(id: string): Entity<z.output<S>> | undefined {
    const memo = new Map<string, boolean>();
    if (!this.reader.isLive(this.spec.name, id, memo)) return undefined;
    return this.reader.read(this.spec.name, this.root.get(id)!, memo) as Entity<z.output<S>>;
  }

  /** True if the entity exists and does not read as removed. */
  has(id: string): boolean {
    return this.reader.isLive(this.spec.name, id);
  }

  /** Every live entity, oldest first (ties by id, so every replica lists them alike). */
  list(): Array<Entity<z.output<S>>> {
    return listEntities(this.reader, this.spec.name) as Array<Entity<z.output<S>>>;
  }

  /** The XmlFragment of a rich field of a live entity, for binding an editor (Tiptap `fragment`). */
  fragment(id: string, field: string): Y.XmlFragment {
    const ymap = this.liveMap(id);
    const info = fieldsOf(this.spec.schema).get(field);
    const value = ymap.get(field);
    if (info?.kind !== 'rich' || !(value instanceof Y.XmlFragment)) throw new ModelError('onbekend_item', `${this.spec.name}.${field}`);
    return value;
  }

  /** The Y.Map of one entity, for deep observation (see subscribe.ts). */
  entityMap(id: string): Y.Map<unknown> | undefined {
    return this.root.get(id);
  }

  /** Removes an entity: clears its data, keeps a tombstone, and cleans up references to it. */
  remove(id: string): void {
    const ymap = this.liveMap(id);
    this.spec.bewaking?.remove?.(this.reader.read(this.spec.name, ymap, new Map()), this.bewakingContext);
    this.transact(() => removeEntity(this.reader, this.spec.name, id, this.ctx));
  }

  private liveMap(id: string): Y.Map<unknown> {
    const ymap = this.root.get(id);
    if (!ymap || !this.reader.isLive(this.spec.name, id)) throw new ModelError('onbekend_item', this.spec.name);
    return ymap;
  }
}

/**
 * Tombstones `id` and, in the same transaction, removes it from lists that reference it, clears
 * optional references to it and removes entities whose required reference points to it.
 */
export function removeEntity(reader: CaseReader, collection: string, id: string, ctx: ModelContext): void {
  const ymap = reader.root(collection).get(id);
  if (!ymap || ymap.get('verwijderdOp') !== undefined) return;
  for (const name of fieldsOf(reader.spec(collection).schema).keys()) ymap.delete(name);
  ymap.set('verwijderdOp', ctx.now());
  ymap.set('verwijderdDoor', ctx.actor.deelnemerId);
  for (const spec of reader.specs.values()) {
    const fields = fieldsOf(spec.schema);
    for (const ref of spec.refs) {
      if (!ref.to.includes(collection)) continue;
      const info = fields.get(ref.field)!;
      for (const [otherId, other] of reader.root(spec.name)) {
        if (other.get('verwijderdOp') !== undefined) continue;
        const value = other.get(ref.field);
        if (info.kind === 'list' && value instanceof Y.Array) {
          const items = value.toArray() as unknown[];
          for (let i = items.length - 1; i >= 0; i--) if (items[i] === id) value.delete(i, 1);
        } else if (value === id) {
          if (info.optional) other.delete(ref.field);
          else removeEntity(reader, spec.name, otherId, ctx);
        }
      }
    }
  }
}

/**
 * Writes a whole new entity (meta and validated data) into a collection root. Used by `add`,
 * import and migrations; call inside a transaction.
 */
export function writeEntity(root: Y.Map<Y.Map<unknown>>, spec: CollectionSpec, meta: EntityMeta, data: Record<string, unknown>): void {
  const ymap = new Y.Map<unknown>();
  root.set(meta.id, ymap);
  for (const [key, value] of Object.entries(meta)) ymap.set(key, value);
  for (const [name, info] of fieldsOf(spec.schema)) writeField(ymap, name, info, data[name]);
}

function writeField(ymap: Y.Map<unknown>, name: string, info: FieldInfo, value: unknown): void {
  if (value === undefined) {
    ymap.delete(name);
  } else if (info.kind === 'rich') {
    const existing = ymap.get(name);
    if (existing instanceof Y.XmlFragment) writeRichDoc(existing, value as RichDoc);
    else ymap.set(name, newRichFragment(value as RichDoc));
  } else if (info.kind === 'list') {
    const next = value as unknown[];
    const existing = ymap.get(name);
    if (!(existing instanceof Y.Array)) {
      ymap.set(name, Y.Array.from(next as string[]));
      return;
    }
    // Diff instead of replace, so concurrent additions and removals by peers survive.
    const keep = new Set(next);
    const current = existing.toArray() as unknown[];
    for (let i = current.length - 1; i >= 0; i--) if (!keep.has(current[i])) existing.delete(i, 1);
    const have = new Set(existing.toArray() as unknown[]);
    const added = next.filter((v) => !have.has(v));
    if (added.length > 0) existing.push(added);
  } else {
    ymap.set(name, value);
  }
}

/** Every live entity of a collection, oldest first (ties by id, so every replica lists them alike). */
export function listEntities(reader: CaseReader, collection: string): Array<Entity<Record<string, unknown>>> {
  const memo = new Map<string, boolean>();
  const out: Array<Entity<Record<string, unknown>>> = [];
  for (const [id, ymap] of reader.root(collection)) {
    if (reader.isLive(collection, id, memo)) out.push(reader.read(collection, ymap, memo));
  }
  return out.sort((a, b) => (a.aangemaaktOp < b.aangemaaktOp ? -1 : a.aangemaaktOp > b.aangemaaktOp ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
