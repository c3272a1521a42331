/**
 * The schema version of a document. It is stored as one key per applied version in the root map
 * `schema` ("1", "2" ...) and read as the highest key: when two clients migrate concurrently
 * their markers merge as a union, so the maximum wins without any last-writer race.
 */
import type * as Y from 'yjs';
import { ROOT } from './docLayout.js';

/** The document's schema version; 0 for a document that is not (yet) a case. */
export function schemaVersion(doc: Y.Doc): number {
  let max = 0;
  for (const key of doc.getMap(ROOT.schema).keys()) {
    const n = Number(key);
    if (Number.isSafeInteger(n) && n > max) max = n;
  }
  return max;
}

/** Records that the document is at `version`. Call inside a transaction. */
export function markSchemaVersion(doc: Y.Doc, version: number): void {
  const schema = doc.getMap(ROOT.schema);
  if (!schema.has(String(version))) schema.set(String(version), true);
}

/** True if the document holds no case yet (no meta): e.g. a fresh doc before the first sync. */
export function isEmptyCase(doc: Y.Doc): boolean {
  return doc.getMap(ROOT.casus).get('id') === undefined;
}
