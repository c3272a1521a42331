/**
 * The structured (non-rich-text) roots of a case, for a per-user Y.UndoManager. Rich-text
 * fragments are left out: each Tiptap editor keeps its own undo history, so Ctrl+Z in a text
 * undoes typing there and the workspace's undo button undoes structured edits.
 */
import type * as Y from 'yjs';
import { COLLECTION_NAMES } from './registry.js';
import { ROOT, collectionRootName } from './docLayout.js';

/** The maps a user's structured edits land in. */
export function structuredRoots(doc: Y.Doc): Y.Map<unknown>[] {
  return [
    doc.getMap(ROOT.casus),
    doc.getMap(ROOT.analyse),
    doc.getMap(ROOT.gezinsprofiel),
    // Agreed versions are withdrawn explicitly (removeAgreedVersion), never by Ctrl+Z: undoing the
    // record would leave its stored content behind.
    ...COLLECTION_NAMES.filter((name) => name !== 'versies').map((name) => doc.getMap<unknown>(collectionRootName(name))),
  ];
}
