/**
 * Which target (section or item, and which rich field of it) a rich-text fragment belongs to,
 * read from where the fragment sits in the case document: a root `sectie:<id>` is a section; a
 * fragment inside an entity of `c:<collection>` is that entity's field. Lets every rich-text field
 * take part in annotation without the part that renders it passing anything.
 */
import * as Y from 'yjs';

/** The target of a thread: an entity or section id, and the rich field when it has several. */
export interface Doel {
  readonly doelId: string;
  readonly doelVeld: string | undefined;
}

/** Collections whose items a thread may point at (shared/model/annotaties.ts ANNOTATIE_DOELEN). */
const DOEL_COLLECTIES = new Set(['secties', 'factoren', 'hypothesen', 'gebeurtenissen', 'plannen', 'afspraken', 'overleggen', 'besluiten']);

/** The target of `fragment`, or null if threads cannot point at it. */
export function doelVanFragment(fragment: Y.XmlFragment): Doel | null {
  const item = fragment._item;
  if (item === null) {
    const name = Y.findRootTypeKey(fragment);
    return name.startsWith('sectie:') ? { doelId: name.slice('sectie:'.length), doelVeld: undefined } : null;
  }
  const entity = item.parent;
  if (!(entity instanceof Y.Map) || entity._item === null || item.parentSub === null) return null;
  const collection = entity._item.parent;
  const entityId = entity._item.parentSub;
  if (!(collection instanceof Y.Map) || collection._item !== null || entityId === null) return null;
  const root = Y.findRootTypeKey(collection);
  return root.startsWith('c:') && DOEL_COLLECTIES.has(root.slice(2)) ? { doelId: entityId, doelVeld: item.parentSub } : null;
}

/** True if two targets are the same field. */
export function zelfdeDoel(a: Doel, b: Doel): boolean {
  return a.doelId === b.doelId && a.doelVeld === b.doelVeld;
}
