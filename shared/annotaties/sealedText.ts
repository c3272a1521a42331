/**
 * The text of a restricted thread or reply, sealed with the thread's key (AES-256-GCM). The
 * associated data binds it to the entity it belongs to, so a sealed text cannot be moved to
 * another thread or reply. Stored in the model's plain `tekst` field behind a marker.
 */
import { aeadOpen, aeadSeal, AEAD_NONCE_BYTES, concatBytes, fromUtf8, importAeadKey, utf8 } from '../crypto/index.js';
import type { CryptoPort } from '../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url } from '../protocol/ids.js';

const MARKER = 'tafel-verzegeld:v1:';

/** What a sealed text belongs to. */
export interface SealBinding {
  readonly soort: 'annotatie' | 'reactie';
  readonly id: string;
}

const associated = (b: SealBinding): Uint8Array => utf8(`tafel/annotatie-tekst/v1|${b.soort}|${b.id}`);

/** True if a stored `tekst` is sealed. */
export function isSealed(tekst: string): boolean {
  return tekst.startsWith(MARKER);
}

/** Seals `plain` for `binding` under the 32-byte thread key. */
export async function sealText(crypto: CryptoPort, threadKey: Uint8Array, plain: string, binding: SealBinding): Promise<string> {
  const sealed = await aeadSeal(crypto, await importAeadKey(crypto, threadKey), utf8(plain), associated(binding));
  return MARKER + toBase64Url(concatBytes(sealed.nonce, sealed.ciphertext));
}

/** Opens a sealed text; undefined if it is not sealed for `binding` under this key, or was changed. */
export async function openText(crypto: CryptoPort, threadKey: Uint8Array, stored: string, binding: SealBinding): Promise<string | undefined> {
  if (!isSealed(stored)) return undefined;
  const bytes = fromBase64Url(stored.slice(MARKER.length));
  if (bytes === undefined || bytes.length <= AEAD_NONCE_BYTES) return undefined;
  const plain = await aeadOpen(
    crypto,
    await importAeadKey(crypto, threadKey),
    bytes.subarray(0, AEAD_NONCE_BYTES),
    bytes.subarray(AEAD_NONCE_BYTES),
    associated(binding),
  );
  return plain === undefined ? undefined : fromUtf8(plain);
}
