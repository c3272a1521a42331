/** Byte helpers for the crypto module (no platform types). */
import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import type { Bytes } from '../platform/cryptoPort.js';

/** `bytes` as WebCrypto input: the same view if it sits on a plain ArrayBuffer, else a copy. */
export function ownBytes(bytes: Uint8Array): Bytes {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Bytes) : (new Uint8Array(bytes) as Bytes);
}

/** Concatenation of byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Bytes {
  return ownBytes(encodeUtf8(text));
}

/** The string of UTF-8 bytes. */
export function fromUtf8(bytes: Uint8Array): string {
  return decodeUtf8(bytes);
}

/** Timing-independent comparison of two byte arrays (for secrets and MACs). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
