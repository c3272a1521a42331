/**
 * "Nieuw sinds je laatste bezoek": what others changed in a case since this user last looked.
 * A visit is a Yjs snapshot (state vector + delete set) and the Yjs client ids this device wrote
 * with; everything inserted since by other clients, and everything deleted since, is new. Yjs
 * does not record who deleted something, so deletions count as others' changes (the user was not
 * there; their own edits in the meantime happen on this device and move the visit along).
 */
import * as Y from 'yjs';
import { ANNOTATIE_SLEUTELS_ROOT } from '../model/index.js';

/** One visit: where the document stood, and which Yjs clients were this device's own. */
export interface Bezoek {
  /** `Y.encodeSnapshotV2(Y.snapshot(doc))` when the user last looked. */
  readonly snapshot: Uint8Array;
  /** Every `doc.clientID` this device used in the case (each session has its own). */
  readonly eigenClients: readonly number[];
  /** ISO time of the visit. */
  readonly op: string;
}

/** A part of the case that changed: a root (`sectie:<id>`, `c:<collection>`, `casus` ...) and, for a collection, the entity. */
export interface GewijzigdOnderdeel {
  readonly root: string;
  readonly entiteitId: string | undefined;
}

export interface NieuwSinds {
  readonly onderdelen: readonly GewijzigdOnderdeel[];
  /** Threads others started. */
  readonly nieuweDraden: readonly string[];
  /** Replies others wrote. */
  readonly nieuweReacties: readonly string[];
  /** Threads of `deelnemerId` that got a reply from someone else. */
  readonly beantwoordeDraden: readonly string[];
}

/** The visit record for now. */
export function bezoekNu(doc: Y.Doc, eerdereClients: readonly number[], op: string): Bezoek {
  const eigenClients = eerdereClients.includes(doc.clientID) ? [...eerdereClients] : [...eerdereClients, doc.clientID];
  return { snapshot: Y.encodeSnapshotV2(Y.snapshot(doc)), eigenClients, op };
}

const IGNORED_ROOTS = new Set(['schema', ANNOTATIE_SLEUTELS_ROOT]);

interface Place {
  readonly root: string;
  readonly entiteitId: string | undefined;
  /** The item that is the entity itself (its Y.Map inside the collection map). */
  readonly isEntity: boolean;
}

function placeOf(item: Y.Item, rootNames: Map<Y.AbstractType<unknown>, string>): Place | undefined {
  let child: Y.Item = item;
  for (;;) {
    const parent = child.parent;
    if (!(parent instanceof Y.AbstractType)) return undefined;
    const rootName = rootNames.get(parent as Y.AbstractType<unknown>);
    if (rootName !== undefined) {
      if (rootName.startsWith('c:')) return { root: rootName, entiteitId: child.parentSub ?? undefined, isEntity: child === item };
      if (rootName.startsWith('sectie:')) return { root: rootName, entiteitId: rootName.slice('sectie:'.length), isEntity: false };
      return { root: rootName, entiteitId: undefined, isEntity: false };
    }
    if (parent._item === null) return undefined;
    child = parent._item;
  }
}

function stringField(item: Y.Item, key: string): string | undefined {
  const content = item.content;
  if (!(content instanceof Y.ContentType)) return undefined;
  const value = (content.type as Y.Map<unknown>).get(key);
  return typeof value === 'string' ? value : undefined;
}

/**
 * What others changed in `doc` since `bezoek`, seen by `deelnemerId`. `eigenVerwijderd` holds the
 * deletions this device made since (Yjs records no author for a deletion, so the caller collects
 * them from its own transactions); they are not someone else's change. Pure: reads, never writes.
 */
export function nieuwSinds(doc: Y.Doc, bezoek: Bezoek, deelnemerId: string, eigenVerwijderd?: ReturnType<typeof Y.createDeleteSet>): NieuwSinds {
  const before = Y.decodeSnapshotV2(bezoek.snapshot);
  const own = new Set(bezoek.eigenClients);
  const rootNames = new Map<Y.AbstractType<unknown>, string>();
  for (const [name, type] of doc.share) rootNames.set(type as Y.AbstractType<unknown>, name);

  const changed = new Map<string, GewijzigdOnderdeel>();
  const nieuweDraden: string[] = [];
  const nieuweReacties: string[] = [];
  const beantwoord = new Set<string>();
  const note = (place: Place | undefined): void => {
    if (place === undefined || IGNORED_ROOTS.has(place.root)) return;
    changed.set(`${place.root}\u0000${place.entiteitId ?? ''}`, { root: place.root, entiteitId: place.entiteitId });
  };

  for (const [client, structs] of doc.store.clients) {
    if (own.has(client)) continue;
    const seen = before.sv.get(client) ?? 0;
    for (const struct of structs) {
      if (!(struct instanceof Y.Item) || struct.id.clock + struct.length <= seen) continue;
      const place = placeOf(struct, rootNames);
      note(place);
      if (place?.isEntity !== true || place.entiteitId === undefined || struct.deleted) continue;
      if (place.root === 'c:annotaties') nieuweDraden.push(place.entiteitId);
      if (place.root === 'c:reacties') {
        nieuweReacties.push(place.entiteitId);
        const threadId = stringField(struct, 'annotatieId');
        const thread = threadId === undefined ? undefined : doc.getMap<Y.Map<unknown>>('c:annotaties').get(threadId);
        if (threadId !== undefined && thread?.get('aangemaaktDoor') === deelnemerId) beantwoord.add(threadId);
      }
    }
  }

  // Deletions since the visit: deleted now, existing and not deleted then. Read-only walk (no
  // item splitting, unlike Y.iterateDeletedStructs, which needs a transaction).
  for (const [client, ranges] of Y.snapshot(doc).ds.clients) {
    const structs = doc.store.clients.get(client) ?? [];
    const seen = before.sv.get(client) ?? 0;
    for (const range of ranges) {
      if (range.clock >= seen || structs.length === 0) continue;
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
        const struct = structs[i];
        if (struct === undefined || struct.id.clock >= Math.min(seen, range.clock + range.len)) break;
        const first = Y.createID(client, Math.max(struct.id.clock, range.clock));
        // A map value that was overwritten or cleared comes with a new, attributed item (the value
        // or the entity's gewijzigdOp), so only deletions in text and lists count here.
        const eigen = eigenVerwijderd !== undefined && Y.isDeleted(eigenVerwijderd, first);
        if (struct instanceof Y.Item && struct.parentSub === null && !Y.isDeleted(before.ds, first) && !eigen) note(placeOf(struct, rootNames));
      }
    }
  }

  return { onderdelen: [...changed.values()], nieuweDraden, nieuweReacties, beantwoordeDraden: [...beantwoord] };
}
