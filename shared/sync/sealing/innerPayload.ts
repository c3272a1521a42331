/**
 * What sits inside a sealed envelope, before padding (the relay sees none of it):
 *
 *   update:    u8 version ‖ stream id (8) ‖ u32 counter ‖ prev digest (32) ‖ Yjs update (V1)
 *   snapshot:  u8 version ‖ u32 n ‖ n bytes of JSON stream table ‖ snapshot (snapshotCodec.ts)
 *   awareness: u8 version ‖ u32 n ‖ n bytes of JSON heads ‖ y-protocols awareness update
 *
 * The stream position lets every receiver check order and completeness per sender
 * (integrity/streams.ts); the snapshot's stream table says where each stream stood at its base;
 * the heads in presence let members compare what they hold (integrity/heads.ts). Decoders never
 * throw: bad bytes give `undefined` (the frame is refused and reported).
 */
import { fromUtf8, utf8 } from '../../crypto/index.js';
import { DIGEST_BYTES, STREAM_ID_BYTES, type StreamPosition } from '../integrity/streams.js';

const INNER_VERSION = 1;
const UPDATE_PREFIX = 1 + STREAM_ID_BYTES + 4 + DIGEST_BYTES;

/** Bytes an update's inner header adds to the Yjs update. */
export const UPDATE_INNER_OVERHEAD = UPDATE_PREFIX;

/** An update with its stream position. */
export function encodeUpdateInner(position: StreamPosition, update: Uint8Array): Uint8Array {
  const out = new Uint8Array(UPDATE_PREFIX + update.length);
  out[0] = INNER_VERSION;
  out.set(position.stream, 1);
  new DataView(out.buffer).setUint32(1 + STREAM_ID_BYTES, position.counter);
  out.set(position.prev, 1 + STREAM_ID_BYTES + 4);
  out.set(update, UPDATE_PREFIX);
  return out;
}

/** The stream position and Yjs update of an update's plaintext. */
export function decodeUpdateInner(plain: Uint8Array): { position: StreamPosition; update: Uint8Array } | undefined {
  if (plain.length < UPDATE_PREFIX || plain[0] !== INNER_VERSION) return undefined;
  const dv = new DataView(plain.buffer, plain.byteOffset, plain.byteLength);
  return {
    position: {
      stream: plain.subarray(1, 1 + STREAM_ID_BYTES),
      counter: dv.getUint32(1 + STREAM_ID_BYTES),
      prev: plain.subarray(1 + STREAM_ID_BYTES + 4, UPDATE_PREFIX),
    },
    update: plain.subarray(UPDATE_PREFIX),
  };
}

/** A JSON-described part followed by binary payload (snapshots and awareness). */
export function encodeWithJson(meta: unknown, payload: Uint8Array): Uint8Array {
  const json = utf8(JSON.stringify(meta));
  const out = new Uint8Array(5 + json.length + payload.length);
  out[0] = INNER_VERSION;
  new DataView(out.buffer).setUint32(1, json.length);
  out.set(json, 5);
  out.set(payload, 5 + json.length);
  return out;
}

/** The JSON part (parsed, unchecked: validate it) and the payload; undefined if malformed. */
export function decodeWithJson(plain: Uint8Array): { meta: unknown; payload: Uint8Array } | undefined {
  if (plain.length < 5 || plain[0] !== INNER_VERSION) return undefined;
  const n = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint32(1);
  if (5 + n > plain.length) return undefined;
  try {
    return { meta: JSON.parse(fromUtf8(plain.subarray(5, 5 + n))), payload: plain.subarray(5 + n) };
  } catch {
    return undefined;
  }
}
