/**
 * Wrapping a key for one device: ECDH P-256 with a fresh ephemeral sender key → HKDF-SHA-256 →
 * AES-256-GCM. `context` (room, epoch, recipient) is bound into the derivation and as associated
 * data, so a wrapped key cannot be replayed for another room, epoch or device.
 *
 * Layout: version (1) ‖ ephemeral public key, uncompressed (65) ‖ nonce (12) ‖ ciphertext + tag.
 */
import type { Bytes, CryptoKeyHandle, CryptoPort } from '../platform/cryptoPort.js';
import { AEAD_NONCE_BYTES, aeadOpen, aeadSeal } from './aead.js';
import { concatBytes, ownBytes, utf8 } from './bytes.js';
import { deriveAeadKey } from './derive.js';

const WRAP_VERSION = 1;
const EPHEMERAL_PUBLIC_BYTES = 65;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const INFO = 'tafel/wrap-key/v1';

async function wrappingKey(
  crypto: CryptoPort,
  privateKey: CryptoKeyHandle,
  publicKey: CryptoKeyHandle,
  ephemeralPublic: Uint8Array,
  context: Uint8Array,
): Promise<CryptoKeyHandle> {
  const shared = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256));
  return deriveAeadKey(crypto, shared, ephemeralPublic, concatBytes(utf8(INFO), context));
}

/** Wraps `keyBytes` for the holder of the ECDH private key behind `recipientBoxSpki`. */
export async function wrapKeyForDevice(crypto: CryptoPort, keyBytes: Uint8Array, recipientBoxSpki: Uint8Array, context: Uint8Array): Promise<Bytes> {
  const recipient = await crypto.subtle.importKey('spki', ownBytes(recipientBoxSpki), ECDH, false, []);
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const ephemeralPublic = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await wrappingKey(crypto, ephemeral.privateKey, recipient, ephemeralPublic, context);
  const sealed = await aeadSeal(crypto, key, keyBytes, context);
  return concatBytes(Uint8Array.of(WRAP_VERSION), ephemeralPublic, sealed.nonce, sealed.ciphertext);
}

/** Unwraps a key wrapped for this device; `undefined` if it is malformed, tampered or not for us. */
export async function unwrapKeyForDevice(
  crypto: CryptoPort,
  wrapped: Uint8Array,
  boxPrivate: CryptoKeyHandle,
  context: Uint8Array,
): Promise<Bytes | undefined> {
  const headerLength = 1 + EPHEMERAL_PUBLIC_BYTES + AEAD_NONCE_BYTES;
  if (wrapped.length < headerLength + 16 || wrapped[0] !== WRAP_VERSION) return undefined;
  const ephemeralPublic = wrapped.subarray(1, 1 + EPHEMERAL_PUBLIC_BYTES);
  let sender: CryptoKeyHandle;
  try {
    sender = await crypto.subtle.importKey('raw', ownBytes(ephemeralPublic.slice()), ECDH, false, []);
  } catch {
    return undefined;
  }
  const key = await wrappingKey(crypto, boxPrivate, sender, ephemeralPublic, context);
  return aeadOpen(crypto, key, wrapped.subarray(1 + EPHEMERAL_PUBLIC_BYTES, headerLength), wrapped.subarray(headerLength), context);
}
