/**
 * The fingerprint of an agreed version: SHA-256 over the UTF-8 bytes of its canonical
 * serialisation, written "sha256:" + 64 lowercase hex digits. The hash comes through a port
 * (WebCrypto's `crypto.subtle` in the renderer and in Node), so shared/ needs no platform types.
 */
import { encodeUtf8 } from 'lib0/string';
import type { SubtleCryptoPort } from '../platform/cryptoPort.js';

/** What computing a fingerprint needs: `crypto.subtle` or anything with its `digest`. */
export type DigestPort = Pick<SubtleCryptoPort, 'digest'>;

/** Prefix of every fingerprint. */
export const FINGERPRINT_PREFIX = 'sha256:';

/** The fingerprint of a canonical serialisation. */
export async function fingerprintOf(canonical: string, subtle: DigestPort): Promise<string> {
  const bytes = new Uint8Array(encodeUtf8(canonical));
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return FINGERPRINT_PREFIX + hex;
}

/** A fingerprint in groups of eight, for people comparing it aloud or on paper. */
export function fingerprintForPeople(fingerprint: string): string {
  const hex = fingerprint.startsWith(FINGERPRINT_PREFIX) ? fingerprint.slice(FINGERPRINT_PREFIX.length) : fingerprint;
  return (hex.match(/.{1,8}/g) ?? []).join(' ');
}
