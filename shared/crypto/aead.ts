/**
 * Symmetric encryption: AES-256-GCM with a random 96-bit nonce and associated data. Keys are
 * imported non-extractable; the raw bytes stay with their owner (keyring, vault).
 */
import type { Bytes, CryptoKeyHandle, CryptoPort } from '../platform/cryptoPort.js';
import { ownBytes } from './bytes.js';

/** Bytes of an AES-256 key. */
export const AEAD_KEY_BYTES = 32;
/** Bytes of an AES-GCM nonce. */
export const AEAD_NONCE_BYTES = 12;
/** Bytes of an AES-GCM tag (part of the ciphertext). */
export const AEAD_TAG_BYTES = 16;

/** `length` random bytes. */
export function randomBytes(crypto: CryptoPort, length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** SHA-256 of `data`. */
export async function sha256(crypto: CryptoPort, data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', ownBytes(data)));
}

/** A fresh 256-bit symmetric key, as raw bytes. */
export function newSymmetricKey(crypto: CryptoPort): Bytes {
  return randomBytes(crypto, AEAD_KEY_BYTES);
}

/** Imports raw key bytes as a non-extractable AES-GCM key. */
export function importAeadKey(crypto: CryptoPort, raw: Uint8Array): Promise<CryptoKeyHandle> {
  if (raw.length !== AEAD_KEY_BYTES) throw new TypeError('AES-256 key must be 32 bytes');
  return crypto.subtle.importKey('raw', ownBytes(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A sealed message: the random nonce and the ciphertext with its tag. */
export interface Sealed {
  readonly nonce: Bytes;
  readonly ciphertext: Bytes;
}

/** Encrypts `plaintext` under `key`, binding `associatedData`. */
export async function aeadSeal(crypto: CryptoPort, key: CryptoKeyHandle, plaintext: Uint8Array, associatedData: Uint8Array): Promise<Sealed> {
  const nonce = randomBytes(crypto, AEAD_NONCE_BYTES);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: ownBytes(associatedData) }, key, ownBytes(plaintext));
  return { nonce, ciphertext: new Uint8Array(ciphertext) };
}

/**
 * Decrypts and authenticates. Resolves `undefined` when the tag does not verify (tampered
 * ciphertext or associated data, or the wrong key): the caller reports it and applies nothing.
 */
export async function aeadOpen(
  crypto: CryptoPort,
  key: CryptoKeyHandle,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  associatedData: Uint8Array,
): Promise<Bytes | undefined> {
  if (nonce.length !== AEAD_NONCE_BYTES || ciphertext.length < AEAD_TAG_BYTES) return undefined;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: ownBytes(nonce), additionalData: ownBytes(associatedData) }, key, ownBytes(ciphertext));
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}
