/**
 * The benchmark-only switch that skips the envelope's encryption in Tafel's real client: a
 * CryptoPort whose AES-GCM "encrypts" by copying the plaintext and appending a zero tag (and
 * "decrypts" by dropping it). Everything else (keys, ECDH, signatures, randomness) is the real
 * WebCrypto, and the bytes on the wire have the same sizes as sealed ones.
 *
 * It lives under tests/bench and nothing in shared/, renderer/ or main/ can import it (the
 * boundary rules forbid imports from tests/), so the app cannot reach it. Every device of a room
 * must use it, or the others cannot open its frames.
 */
import { AEAD_TAG_BYTES } from '../../../shared/crypto/aead.js';
import type { AesGcmParamsPort, Bytes, CryptoKeyHandle, CryptoPort, SubtleCryptoPort } from '../../../shared/platform/cryptoPort.js';

function nullEncrypt(_algorithm: AesGcmParamsPort, _key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer> {
  const out = new Uint8Array(data.length + AEAD_TAG_BYTES);
  out.set(data);
  return Promise.resolve(out.buffer);
}

function nullDecrypt(_algorithm: AesGcmParamsPort, _key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer> {
  if (data.length < AEAD_TAG_BYTES) return Promise.reject(new Error('too short'));
  return Promise.resolve(data.slice(0, data.length - AEAD_TAG_BYTES).buffer);
}

/** `real` with AES-GCM encryption skipped (benchmark only: it provides no confidentiality). */
export function nullAeadCrypto(real: CryptoPort): CryptoPort {
  const subtle = real.subtle;
  const nullSubtle: SubtleCryptoPort = {
    generateKey: subtle.generateKey.bind(subtle),
    importKey: subtle.importKey.bind(subtle),
    exportKey: subtle.exportKey.bind(subtle),
    encrypt: nullEncrypt,
    decrypt: nullDecrypt,
    sign: subtle.sign.bind(subtle),
    verify: subtle.verify.bind(subtle),
    deriveBits: subtle.deriveBits.bind(subtle),
    digest: subtle.digest.bind(subtle),
  };
  return { subtle: nullSubtle, getRandomValues: (array) => real.getRandomValues(array) };
}
