/**
 * The root map where restricted annotation threads keep their key material (shared/annotaties):
 * public keys of audiences, audience private keys wrapped per member device, thread keys wrapped
 * per audience or device, and each device's own claim of its organisation. Values are strings
 * (JSON or base64url); nothing in it is readable without a device's private key. It is not a
 * collection: it has no entities, tombstones or attribution, and exports leave it out.
 */
import type * as Y from 'yjs';

/** Name of the root map. */
export const ANNOTATIE_SLEUTELS_ROOT = 'annotatie:sleutels';

/** The root map of annotation key material in `doc`. */
export function annotatieSleutelMap(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>(ANNOTATIE_SLEUTELS_ROOT);
}
