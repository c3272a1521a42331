/**
 * Change subscriptions per part of the case, so a view re-renders only when what it shows
 * changes: typing in one section does not wake the tijdlijn. `partStore` gives React's
 * `useSyncExternalStore` a subscribe function and a snapshot getter whose result keeps its
 * identity while the part's content stays the same.
 */
import type * as Y from 'yjs';
import type { CaseModel } from './caseModel.js';
import { COLLECTIONS, type CollectionName } from './registry.js';
import { GEZINSPROFIEL_TOELICHTING_FRAGMENT, ROOT, collectionRootName, sectionFragmentName } from './docLayout.js';
import { fieldsOf } from './spec.js';
import { AFGESCHERMD_ROOT, afschermingVan, heeftBeperkt } from './afgeschermd.js';

/** A part of the case a view can show. */
export type CasePart =
  | { readonly soort: 'meta' }
  /** The case's course: meta, moves, triage, onveiligheid, closings, receipts, and the versions and overleggen its doorlooptijden read. */
  | { readonly soort: 'levensloop' }
  | { readonly soort: 'analyse' }
  | { readonly soort: 'gezinsprofiel' }
  | { readonly soort: 'sectie'; readonly id: string }
  | { readonly soort: 'collectie'; readonly naam: CollectionName }
  | { readonly soort: 'entiteit'; readonly naam: CollectionName; readonly id: string };

/** Called after a transaction changed the part; `origin` tells whose change it was (origins.ts). */
export type PartListener = (origin: unknown) => void;

/**
 * Collections whose changes can change how `name` reads: itself, plus every collection its
 * required references point into (a removed target makes the entity read as removed).
 */
function readDependencies(name: string, seen: Set<string> = new Set()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const spec = COLLECTIONS[name as CollectionName];
  const fields = fieldsOf(spec.schema);
  for (const ref of spec.refs) {
    const info = fields.get(ref.field);
    // Lists and optional references also drop removed targets on read.
    for (const target of ref.to) if (info) readDependencies(target, seen);
  }
  return seen;
}

type Watched = Y.Map<unknown> | Y.XmlFragment;

function typesOf(model: CaseModel, part: CasePart): Watched[] {
  const doc = model.doc;
  switch (part.soort) {
    case 'meta':
      return [doc.getMap(ROOT.casus)];
    case 'levensloop':
      return [
        doc.getMap(ROOT.casus),
        ...(['faseOvergangen', 'triagebesluiten', 'onveiligheidsoordelen', 'afsluitingen', 'ontvangstbevestigingen', 'versies', 'overleggen'] as const).map(
          (n) => doc.getMap(collectionRootName(n)),
        ),
      ];
    case 'analyse':
      return [doc.getMap(ROOT.analyse), doc.getMap(collectionRootName('secties')), doc.getMap(collectionRootName('hypothesen'))];
    case 'gezinsprofiel':
      return [doc.getMap(ROOT.gezinsprofiel), doc.getXmlFragment(GEZINSPROFIEL_TOELICHTING_FRAGMENT)];
    case 'sectie':
      return [doc.getXmlFragment(sectionFragmentName(part.id))];
    case 'collectie': {
      const roots = [...readDependencies(part.naam)].map((n) => doc.getMap(collectionRootName(n)));
      return heeftBeperkt(part.naam) ? [...roots, doc.getMap(AFGESCHERMD_ROOT)] : roots;
    }
    case 'entiteit': {
      const deps = [...readDependencies(part.naam)].filter((n) => n !== part.naam).map((n) => doc.getMap(collectionRootName(n)));
      const ymap = doc.getMap<Y.Map<unknown>>(collectionRootName(part.naam)).get(part.id);
      // Before the entity exists, watch the collection so its arrival is seen.
      const eigen = ymap ?? doc.getMap(collectionRootName(part.naam));
      return heeftBeperkt(part.naam) ? [...deps, eigen, doc.getMap(AFGESCHERMD_ROOT)] : [...deps, eigen];
    }
  }
}

/**
 * Calls `listener` once per transaction that changed `part`. Returns the unsubscribe function.
 */
export function observePart(model: CaseModel, part: CasePart, listener: PartListener): () => void {
  const types = typesOf(model, part);
  let lastTransaction: Y.Transaction | null = null;
  const handler = (_events: unknown, transaction: Y.Transaction): void => {
    if (transaction === lastTransaction) return; // several watched types in one transaction: call once
    lastTransaction = transaction;
    listener(transaction.origin);
  };
  for (const type of types) type.observeDeep(handler);
  // A sealed value this device opened later (its key arrived) changes how the part reads too.
  const naam = part.soort === 'collectie' || part.soort === 'entiteit' ? part.naam : undefined;
  const stopGeopend = naam !== undefined && heeftBeperkt(naam) ? afschermingVan(model.doc)?.opGeopend(() => listener(null)) : undefined;
  return () => {
    for (const type of types) type.unobserveDeep(handler);
    stopGeopend?.();
  };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A store for `useSyncExternalStore(store.subscribe, store.getSnapshot)`. */
export interface PartStore<T> {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): T;
}

/**
 * A snapshot store over one part: `read(model)` runs only after the part changed, and when its
 * result equals the previous one the previous object is returned, so React skips the render.
 */
export function partStore<T>(model: CaseModel, part: CasePart, read: (model: CaseModel) => T): PartStore<T> {
  let cache: { value: T } | undefined;
  let dirty = true;
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;
  const changed = (): void => {
    dirty = true;
    for (const l of [...listeners]) l();
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (!stop) stop = observePart(model, part, changed);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0 && stop) {
          stop();
          stop = undefined;
        }
      };
    },
    getSnapshot() {
      // Unobserved, nothing tells us about changes: read again, keep identity if equal.
      if (cache && !dirty && stop) return cache.value;
      const next = read(model);
      dirty = false;
      if (cache && deepEqual(cache.value, next)) return cache.value;
      cache = { value: next };
      return next;
    },
  };
}
