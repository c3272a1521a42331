/**
 * Snapshot plaintext (docs/sync-protocol.md, "Envelope"): the document as
 * `Y.encodeStateAsUpdateV2(doc)` followed by its state vector, each as a lib0 var-length byte
 * array. Built from a loaded Y.Doc (gc on), never by `Y.mergeUpdates` over a long log, which is
 * superlinear and keeps deleted content (SYNC-RESEARCH §4.2).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** The snapshot plaintext of a document. */
export function encodeSnapshot(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdateV2(doc));
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

/** The V2 update and state vector of a snapshot plaintext; `undefined` if malformed. */
export function decodeSnapshot(plaintext: Uint8Array): { update: Uint8Array; stateVector: Uint8Array } | undefined {
  try {
    const decoder = decoding.createDecoder(plaintext);
    const update = decoding.readVarUint8Array(decoder);
    const stateVector = decoding.readVarUint8Array(decoder);
    return { update, stateVector };
  } catch {
    return undefined;
  }
}
