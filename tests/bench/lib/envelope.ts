/**
 * Sealing Tafel envelopes for the benchmark, per docs/sync-protocol.md: 54-byte header as AEAD
 * associated data, plaintext padded to buckets (256 B, 1 KiB, 4 KiB, 16 KiB, then multiples of
 * 16 KiB), 12-byte random nonce, AES-256-GCM with a 16-byte tag.
 *
 * Two implementations of the same bytes: node:crypto (fast, used to pre-seal records outside the
 * timed window; checked against Tafel's own `openEnvelope` at start) and Tafel's
 * shared/sync/sealing/envelopeCrypto on WebCrypto (what the client runs, for the inline/batched runs).
 * `encrypt: false` is the benchmark-only switch: same sizes, padded plaintext in place of the
 * ciphertext and a zero tag. Never use it outside the benchmark.
 *
 * Signatures (envelope version 2): `sealRecord` signs with the sender's key as the client does;
 * `sealNode` (pre-sealed records of thin clients, which only ever talk to each other and never
 * check signatures) signs with a node:crypto key when given one, else appends random bytes — the
 * relay forwards signatures without reading them.
 */
import { createCipheriv, randomBytes, sign, webcrypto, type KeyObject } from 'node:crypto';
import { importAeadKey } from '../../../shared/crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../../shared/platform/cryptoPort.js';
import {
  NONCE_BYTES,
  SIGNATURE_BYTES,
  TAG_BYTES,
  decodeEnvelope,
  encodeEnvelope,
  encodeEnvelopeHeader,
  encodeSignedPart,
  type EnvelopeHeader,
} from '../../../shared/protocol/index.js';
import { openEnvelope, sealEnvelope } from '../../../shared/sync/sealing/envelopeCrypto.js';

export function paddedLength(n: number): number {
  for (const bucket of [256, 1024, 4096, 16_384]) if (n <= bucket) return bucket;
  return Math.ceil(n / 16_384) * 16_384;
}

function pad(plaintext: Uint8Array): Uint8Array {
  const out = new Uint8Array(paddedLength(plaintext.length));
  out.set(plaintext);
  return out;
}

export type SealHeader = Omit<EnvelopeHeader, 'plaintextLength'>;

/** Signs a signed part with node:crypto (the client's domain prefix and P1363 form), or random bytes without a key. */
function signNode(signedPart: Uint8Array, signer: KeyObject | undefined): Uint8Array {
  if (signer === undefined) return randomBytes(SIGNATURE_BYTES);
  return sign('sha256', concat(new TextEncoder().encode('tafel/envelope/v2\n'), signedPart), { key: signer, dsaEncoding: 'ieee-p1363' });
}

/** Synchronous seal with node:crypto (identical format to WebCrypto's AES-GCM output). */
export function sealNode(key: Uint8Array, h: SealHeader, plaintext: Uint8Array, encrypt = true, signer?: KeyObject): Uint8Array {
  const header = encodeEnvelopeHeader({ ...h, plaintextLength: plaintext.length });
  const nonce = randomBytes(NONCE_BYTES);
  const padded = pad(plaintext);
  let ct: Uint8Array;
  if (!encrypt) ct = concat(padded, new Uint8Array(TAG_BYTES));
  else {
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(header);
    ct = concat(cipher.update(padded), cipher.final(), cipher.getAuthTag());
  }
  const signedPart = encodeSignedPart(header, nonce, ct);
  return encodeEnvelope(signedPart, signNode(signedPart, signer));
}

/** The platform's WebCrypto as Tafel's crypto port (Node 20 has `globalThis.crypto`). */
const cryptoPort = globalThis.crypto as unknown as CryptoPort;

/** Imports a case key the way the client does (shared/crypto, non-extractable AES-GCM). */
export function importCaseKey(raw: Uint8Array): Promise<CryptoKeyHandle> {
  return importAeadKey(cryptoPort, raw);
}

/**
 * Seals one record with Tafel's own code (shared/sync/sealing/envelopeCrypto → shared/crypto, WebCrypto),
 * or, with `encrypt: false`, builds the same-sized envelope without AEAD (benchmark only).
 */
export async function sealRecord(key: CryptoKeyHandle, signer: CryptoKeyHandle, h: SealHeader, plaintext: Uint8Array, encrypt = true): Promise<Uint8Array> {
  if (encrypt) return sealEnvelope(cryptoPort, key, signer, h, plaintext);
  const header = encodeEnvelopeHeader({ ...h, plaintextLength: plaintext.length });
  const nonce = webcrypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return encodeEnvelope(encodeSignedPart(header, nonce, concat(pad(plaintext), new Uint8Array(TAG_BYTES))), new Uint8Array(SIGNATURE_BYTES));
}

/** Opens a record with Tafel's code; throws on a bad tag. Returns the unpadded plaintext. */
export async function openRecord(key: CryptoKeyHandle, envelope: Uint8Array, encrypted = true): Promise<Uint8Array> {
  const decoded = decodeEnvelope(envelope);
  if (!decoded.ok) throw new Error(`bad envelope: ${decoded.error.reason}`);
  if (!encrypted) return decoded.value.ciphertext.slice(0, decoded.value.header.plaintextLength);
  const plaintext = await openEnvelope(cryptoPort, key, decoded.value);
  if (plaintext === undefined) throw new Error('envelope did not authenticate');
  return plaintext;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Checks once that node:crypto pre-sealed envelopes open with Tafel's own code (same format). */
export async function checkPresealedFormat(): Promise<void> {
  const raw = new Uint8Array(randomBytes(32));
  const key = await importCaseKey(raw);
  const plaintext = new Uint8Array(randomBytes(300));
  const header: SealHeader = {
    kind: 'update',
    room: 'AAAAAAAAAAAAAAAAAAAAAA' as SealHeader['room'],
    epoch: 1,
    sender: 'AAAAAAAAAAAAAAAAAAAAAA' as SealHeader['sender'],
    msgId: 7,
    baseSeq: 0,
  };
  const opened = await openRecord(key, sealNode(raw, header, plaintext));
  if (Buffer.compare(Buffer.from(opened), Buffer.from(plaintext)) !== 0) throw new Error('pre-sealed envelope format differs from the client');
}
