/**
 * Binary codec of the envelope and of the SUBMIT / DELIVER / EPHEMERAL frames
 * (docs/sync-protocol.md, "Envelope" and "Frames on the WebSocket"). All integers are big-endian.
 *
 * Decoders never throw on bad bytes: they return `{ ok: false, error }` with a reason and the
 * close code the relay answers with. Decoded byte fields are views into the input (no copies);
 * the relay forwards the original envelope bytes unchanged, so a client's associated data
 * (`headerBytes`) is exactly what the sender sealed.
 */

import { CloseCodes, type CloseCode } from './closeCodes.js';
import { DEVICE_ID_BYTES, ROOM_ID_BYTES, deviceIdFromBytes, idBytes, roomIdFromBytes, type DeviceId, type RoomId } from './ids.js';

/**
 * Envelope format version (the first header byte). Version 2 adds the sender device's signature
 * over header, nonce and ciphertext; version 1 envelopes (unsigned) are refused.
 */
export const ENVELOPE_VERSION = 2;
/** Bytes of the envelope header (the AEAD associated data). */
export const HEADER_BYTES = 1 + 1 + ROOM_ID_BYTES + 4 + DEVICE_ID_BYTES + 4 + 8 + 4;
/** Bytes of the AES-GCM nonce at the start of the body. */
export const NONCE_BYTES = 12;
/** Bytes of the AES-GCM tag at the end of the ciphertext. */
export const TAG_BYTES = 16;
/** Bytes of the sender's ECDSA P-256 signature (IEEE P1363) at the end of the envelope. */
export const SIGNATURE_BYTES = 64;
/** Envelope bytes beyond the padded plaintext: header, nonce, tag, signature. */
export const ENVELOPE_OVERHEAD = HEADER_BYTES + NONCE_BYTES + TAG_BYTES + SIGNATURE_BYTES;

/** The three envelope kinds: stored `update`s and `snapshot`s, forwarded-only `awareness`. */
export type EnvelopeKind = 'update' | 'snapshot' | 'awareness';
const KIND_CODES: Readonly<Record<EnvelopeKind, number>> = { update: 1, snapshot: 2, awareness: 3 };
const KIND_BY_CODE: ReadonlyMap<number, EnvelopeKind> = new Map([
  [1, 'update'],
  [2, 'snapshot'],
  [3, 'awareness'],
]);

/** Frame type bytes. */
export const FrameType = { submit: 0x01, deliver: 0x02, ephemeral: 0x03 } as const;

/** Largest padded plaintext per kind; frames above these are refused with 4413 (too large). */
export const MAX_PADDED_PLAINTEXT: Readonly<Record<EnvelopeKind, number>> = {
  update: 256 * 1024,
  snapshot: 8 * 1024 * 1024,
  awareness: 64 * 1024,
};

/** Largest envelope of a kind, in bytes. */
export function maxEnvelopeBytes(kind: EnvelopeKind): number {
  return ENVELOPE_OVERHEAD + MAX_PADDED_PLAINTEXT[kind];
}

/** Largest binary frame of any type; the WebSocket layer refuses bigger messages outright (1009). */
export const MAX_FRAME_BYTES = 1 + 8 + maxEnvelopeBytes('snapshot');

/** The relay-readable header of an envelope. */
export interface EnvelopeHeader {
  readonly kind: EnvelopeKind;
  readonly room: RoomId;
  /** Case-key epoch the body is sealed under. */
  readonly epoch: number;
  readonly sender: DeviceId;
  /** Per-device counter; (sender, msgId) makes resends idempotent. */
  readonly msgId: number;
  /** Snapshots: the highest seq they cover. 0 for updates and awareness. */
  readonly baseSeq: number;
  /** Length of the plaintext before padding. */
  readonly plaintextLength: number;
}

/** A decoded envelope. Byte fields are views into the decoded input. */
export interface Envelope {
  readonly header: EnvelopeHeader;
  /** The exact header bytes: the AEAD associated data. */
  readonly headerBytes: Uint8Array;
  readonly nonce: Uint8Array;
  /** AES-GCM ciphertext including its 16-byte tag. */
  readonly ciphertext: Uint8Array;
  /** Everything the sender signed: header ‖ nonce ‖ ciphertext. */
  readonly signedBytes: Uint8Array;
  /** The sender device's signature over `signedBytes` (with the envelope's signing domain). */
  readonly signature: Uint8Array;
  /** The whole envelope (header + body + signature), as received. */
  readonly bytes: Uint8Array;
}

/** A decoded binary frame. */
export type Frame =
  | { readonly type: 'submit'; readonly envelope: Envelope }
  | { readonly type: 'deliver'; readonly seq: number; readonly envelope: Envelope }
  | { readonly type: 'ephemeral'; readonly envelope: Envelope };

/** Why bytes did not decode. */
export type DecodeErrorReason = 'truncated' | 'unknown-frame-type' | 'unsupported-version' | 'unknown-kind' | 'kind-not-allowed' | 'bad-field' | 'too-large';

/** A decoding failure: a reason, a short message without content, and the code to answer with. */
export interface DecodeError {
  readonly reason: DecodeErrorReason;
  readonly message: string;
  readonly close: CloseCode;
}

/** Result of a decoder: the value, or a typed error. */
export type DecodeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DecodeError };

function fail(reason: DecodeErrorReason, message: string): { ok: false; error: DecodeError } {
  const close = reason === 'too-large' ? CloseCodes.tooLarge : reason === 'unsupported-version' ? CloseCodes.unsupportedVersion : CloseCodes.badRequest;
  return { ok: false, error: { reason, message, close } };
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isU32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0xffff_ffff;
}

function isSeq(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/** Input for sealing: the header without the version byte, which is always ENVELOPE_VERSION. */
export type EnvelopeHeaderInput = EnvelopeHeader;

/**
 * Header bytes for `header` (the associated data to seal with). Throws a TypeError on a
 * programming error (ids not canonical, numbers out of range), never on peer input.
 */
export function encodeEnvelopeHeader(header: EnvelopeHeaderInput): Uint8Array {
  if (!isU32(header.epoch) || !isU32(header.msgId) || !isU32(header.plaintextLength) || !isSeq(header.baseSeq)) {
    throw new TypeError('envelope header field out of range');
  }
  const out = new Uint8Array(HEADER_BYTES);
  const dv = view(out);
  let o = 0;
  out[o++] = ENVELOPE_VERSION;
  out[o++] = KIND_CODES[header.kind];
  out.set(idBytes(header.room), o);
  o += ROOM_ID_BYTES;
  dv.setUint32(o, header.epoch);
  o += 4;
  out.set(idBytes(header.sender), o);
  o += DEVICE_ID_BYTES;
  dv.setUint32(o, header.msgId);
  o += 4;
  dv.setBigUint64(o, BigInt(header.baseSeq));
  o += 8;
  dv.setUint32(o, header.plaintextLength);
  return out;
}

/** The bytes a sender signs: header ‖ nonce ‖ ciphertext (with tag). */
export function encodeSignedPart(headerBytes: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  if (headerBytes.length !== HEADER_BYTES || nonce.length !== NONCE_BYTES || ciphertext.length < TAG_BYTES) {
    throw new TypeError('envelope part has the wrong length');
  }
  const out = new Uint8Array(HEADER_BYTES + NONCE_BYTES + ciphertext.length);
  out.set(headerBytes, 0);
  out.set(nonce, HEADER_BYTES);
  out.set(ciphertext, HEADER_BYTES + NONCE_BYTES);
  return out;
}

/** Envelope bytes: the signed part (header ‖ nonce ‖ ciphertext) ‖ the sender's signature. */
export function encodeEnvelope(signedPart: Uint8Array, signature: Uint8Array): Uint8Array {
  if (signature.length !== SIGNATURE_BYTES || signedPart.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES) {
    throw new TypeError('envelope part has the wrong length');
  }
  const out = new Uint8Array(signedPart.length + SIGNATURE_BYTES);
  out.set(signedPart, 0);
  out.set(signature, signedPart.length);
  return out;
}

/**
 * Decodes and checks an envelope; never throws. `local-store`: read back from this device's own
 * store, which may keep an update too large to send (never sent; see shared/sync/outbox.ts).
 */
export function decodeEnvelope(bytes: Uint8Array, limit: 'wire' | 'local-store' = 'wire'): DecodeResult<Envelope> {
  if (bytes.length < 2) return fail('truncated', 'envelope shorter than its header');
  if (bytes[0] !== ENVELOPE_VERSION) return fail('unsupported-version', 'envelope version not supported');
  const kind = KIND_BY_CODE.get(bytes[1]!);
  if (kind === undefined) return fail('unknown-kind', 'unknown envelope kind');
  if (limit === 'wire' && bytes.length > maxEnvelopeBytes(kind)) return fail('too-large', `${kind} envelope over its size limit`);
  if (bytes.length < ENVELOPE_OVERHEAD) return fail('truncated', 'envelope shorter than header, nonce, tag and signature');
  const dv = view(bytes);
  let o = 2;
  const room = roomIdFromBytes(bytes.subarray(o, o + ROOM_ID_BYTES));
  o += ROOM_ID_BYTES;
  const epoch = dv.getUint32(o);
  o += 4;
  const sender = deviceIdFromBytes(bytes.subarray(o, o + DEVICE_ID_BYTES));
  o += DEVICE_ID_BYTES;
  const msgId = dv.getUint32(o);
  o += 4;
  const bigBase = dv.getBigUint64(o);
  o += 8;
  const plaintextLength = dv.getUint32(o);
  if (bigBase > BigInt(Number.MAX_SAFE_INTEGER)) return fail('bad-field', 'base seq out of range');
  const baseSeq = Number(bigBase);
  if (kind === 'snapshot' ? baseSeq < 1 : baseSeq !== 0) return fail('bad-field', 'base seq does not fit the kind');
  const signedEnd = bytes.length - SIGNATURE_BYTES;
  const ciphertext = bytes.subarray(HEADER_BYTES + NONCE_BYTES, signedEnd);
  if (plaintextLength > ciphertext.length - TAG_BYTES) return fail('bad-field', 'plaintext length exceeds the ciphertext');
  return {
    ok: true,
    value: {
      header: { kind, room, epoch, sender, msgId, baseSeq, plaintextLength },
      headerBytes: bytes.subarray(0, HEADER_BYTES),
      nonce: bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES),
      ciphertext,
      signedBytes: bytes.subarray(0, signedEnd),
      signature: bytes.subarray(signedEnd),
      bytes,
    },
  };
}

/** The first envelope format (protocol 1): the same header, nonce and ciphertext, no signature. */
export const LEGACY_ENVELOPE_VERSION = 1;

/**
 * Decodes an envelope of protocol 1 as a device's own local store may still hold it (sealed before
 * signed envelopes existed). Never accepted from the wire; only for reading old local data once,
 * to seal it again in the current format. Never throws.
 */
export function decodeLegacyEnvelope(bytes: Uint8Array): DecodeResult<Envelope> {
  if (bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES || bytes[0] !== LEGACY_ENVELOPE_VERSION)
    return fail('unsupported-version', 'not a legacy envelope');
  const patched = bytes.slice();
  patched[0] = ENVELOPE_VERSION;
  // Reuse the current decoder for the header fields by appending an empty signature.
  const decoded = decodeEnvelope(encodeEnvelope(patched, new Uint8Array(SIGNATURE_BYTES)), 'local-store');
  if (!decoded.ok) return decoded;
  const headerBytes = bytes.subarray(0, HEADER_BYTES);
  return {
    ok: true,
    value: {
      ...decoded.value,
      headerBytes,
      nonce: bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES),
      ciphertext: bytes.subarray(HEADER_BYTES + NONCE_BYTES),
      signedBytes: bytes,
      signature: new Uint8Array(0),
      bytes,
    },
  };
}

function withPrefix(type: number, seq: number | undefined, envelope: Uint8Array): Uint8Array {
  const prefix = seq === undefined ? 1 : 9;
  const out = new Uint8Array(prefix + envelope.length);
  out[0] = type;
  if (seq !== undefined) {
    if (!isSeq(seq)) throw new TypeError('seq out of range');
    view(out).setBigUint64(1, BigInt(seq));
  }
  out.set(envelope, prefix);
  return out;
}

/** SUBMIT frame (client → relay) around an update or snapshot envelope. */
export function encodeSubmit(envelope: Uint8Array): Uint8Array {
  return withPrefix(FrameType.submit, undefined, envelope);
}

/** DELIVER frame (relay → client): the relay-assigned seq and the stored envelope. */
export function encodeDeliver(seq: number, envelope: Uint8Array): Uint8Array {
  return withPrefix(FrameType.deliver, seq, envelope);
}

/** EPHEMERAL frame (both ways) around an awareness envelope. */
export function encodeEphemeral(envelope: Uint8Array): Uint8Array {
  return withPrefix(FrameType.ephemeral, undefined, envelope);
}

/** Decodes and checks a binary frame, including which envelope kinds its type may carry; never throws. */
export function decodeFrame(bytes: Uint8Array): DecodeResult<Frame> {
  if (bytes.length < 1) return fail('truncated', 'empty frame');
  if (bytes.length > MAX_FRAME_BYTES) return fail('too-large', 'frame over the largest size');
  const type = bytes[0];
  if (type === FrameType.submit || type === FrameType.ephemeral) {
    const env = decodeEnvelope(bytes.subarray(1));
    if (!env.ok) return env;
    const stored = env.value.header.kind !== 'awareness';
    if (type === FrameType.submit) {
      return stored ? { ok: true, value: { type: 'submit', envelope: env.value } } : fail('kind-not-allowed', 'SUBMIT carries updates and snapshots only');
    }
    return stored ? fail('kind-not-allowed', 'EPHEMERAL carries awareness only') : { ok: true, value: { type: 'ephemeral', envelope: env.value } };
  }
  if (type === FrameType.deliver) {
    if (bytes.length < 9) return fail('truncated', 'DELIVER shorter than its seq');
    const big = view(bytes).getBigUint64(1);
    if (big > BigInt(Number.MAX_SAFE_INTEGER)) return fail('bad-field', 'seq out of range');
    const env = decodeEnvelope(bytes.subarray(9));
    if (!env.ok) return env;
    if (env.value.header.kind === 'awareness') return fail('kind-not-allowed', 'DELIVER carries updates and snapshots only');
    return { ok: true, value: { type: 'deliver', seq: Number(big), envelope: env.value } };
  }
  return fail('unknown-frame-type', 'unknown frame type');
}
