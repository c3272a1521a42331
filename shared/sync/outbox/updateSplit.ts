/**
 * Splitting one oversized local Yjs update (a paste of a very large text) into valid updates
 * that each fit the relay's frame limit for updates. Peers apply the pieces in any order (Yjs
 * holds a piece until the ones before it arrived) and end with exactly the original update.
 *
 * An update holds, per client, structs contiguous in clock (a local edit: one client; an import
 * may bring several), plus a delete set. Each piece is one client's clock range [from, to),
 * written the way Yjs writes a differential update (an item cut at `from` gets its left
 * neighbour as origin; an item cut at `to` keeps its right origin, as a split item does); the
 * delete set goes in a piece of its own. Ranges are halved until every piece fits. Items that
 * cannot be cut (one embed or binary bigger than the limit) make the split fail: the caller
 * reports the edit as too large.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;

/** The update as pieces of at most `maxBytes`, or undefined if it cannot be split. */
export function splitUpdate(update: Uint8Array, maxBytes: number): Uint8Array[] | undefined {
  if (update.length <= maxBytes) return [update];
  const meta = Y.parseUpdateMeta(update);
  const pieces: Uint8Array[] = [];
  const split = (client: number, a: number, b: number): boolean => {
    const piece = sliceStructs(update, client, a, b);
    if (piece === undefined) return false;
    if (piece.length <= maxBytes) {
      pieces.push(piece);
      return true;
    }
    const mid = safeCut(update, client, a + Math.floor((b - a) / 2));
    if (mid <= a || mid >= b) return false;
    return split(client, a, mid) && split(client, mid, b);
  };
  for (const [client, from] of meta.from) if (!split(client, from, meta.to.get(client)!)) return undefined;
  const deletes = deleteSetOnly(update);
  if (deletes !== undefined) {
    if (deletes.length > maxBytes) return undefined;
    pieces.push(deletes);
  }
  return pieces;
}

/** The structs of `client` in [from, to) as an update without a delete set. */
function sliceStructs(update: Uint8Array, client: number, from: number, to: number): Uint8Array | undefined {
  // decodeUpdate makes fresh structs on every call, so cutting them here changes nothing else.
  const structs = (Y.decodeUpdate(update).structs as Struct[]).filter((s) => s.id.client === client && s.id.clock < to && s.id.clock + s.length > from);
  if (structs.some((s) => s instanceof Y.Skip)) return undefined;
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, structs.length);
  encoder.writeClient(client);
  encoding.writeVarUint(encoder.restEncoder, from);
  for (const s of structs) {
    const keep = to - s.id.clock;
    if (keep < s.length) {
      if (s instanceof Y.Item) {
        if (!s.content.isCountable() && s.content.getLength() > 1) return undefined;
        s.content.splice(keep);
      }
      s.length = keep;
    }
    s.write(encoder, Math.max(0, from - s.id.clock));
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/** `clock`, moved one on if cutting there would split a UTF-16 surrogate pair. */
function safeCut(update: Uint8Array, client: number, clock: number): number {
  const item = (Y.decodeUpdate(update).structs as Struct[]).find((s) => s.id.client === client && s.id.clock < clock && s.id.clock + s.length > clock);
  if (!(item instanceof Y.Item) || !(item.content instanceof Y.ContentString)) return clock;
  const code = item.content.str.charCodeAt(clock - item.id.clock - 1);
  return code >= 0xd800 && code <= 0xdbff ? clock + 1 : clock;
}

/** The update's delete set alone (as Yjs writes it), or undefined if it deletes nothing. */
function deleteSetOnly(update: Uint8Array): Uint8Array | undefined {
  const { ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return undefined;
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 0);
  encoding.writeVarUint(encoder.restEncoder, ds.clients.size);
  for (const [client, items] of [...ds.clients].sort((x, y) => y[0] - x[0])) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, items.length);
    for (const item of items) {
      encoder.writeDsClock(item.clock);
      encoder.writeDsLen(item.len);
    }
  }
  return encoder.toUint8Array();
}
