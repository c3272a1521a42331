/** Key derivation: HKDF-SHA-256. */
import type { Bytes, CryptoKeyHandle, CryptoPort } from '../platform/cryptoPort.js';
import { importAeadKey } from './aead.js';
import { ownBytes, utf8 } from './bytes.js';

/** `length` bytes of HKDF-SHA-256 output from input key material `ikm`. */
export async function hkdf(crypto: CryptoPort, ikm: Uint8Array, salt: Uint8Array, info: string | Uint8Array, length = 32): Promise<Bytes> {
  const base = await crypto.subtle.importKey('raw', ownBytes(ikm), { name: 'HKDF' }, false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: ownBytes(salt), info: typeof info === 'string' ? utf8(info) : ownBytes(info) },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** An AES-256-GCM key derived from `ikm` with HKDF-SHA-256. */
export async function deriveAeadKey(crypto: CryptoPort, ikm: Uint8Array, salt: Uint8Array, info: string | Uint8Array): Promise<CryptoKeyHandle> {
  return importAeadKey(crypto, await hkdf(crypto, ikm, salt, info, 32));
}
