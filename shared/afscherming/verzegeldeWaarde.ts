/**
 * The sealed text of one restricted value, as stored in the `afgeschermd` map:
 * `tafel-afgeschermd:v1:<audience key id>.<wrapped value key>.<nonce+ciphertext>` (base64url parts).
 * Every write gets a fresh value key, wrapped for the audience's public key of the epoch it was
 * sealed in (shared/annotaties/audienceKeys.ts). The wrap and the ciphertext are bound to the
 * value's place and the audience key, so a sealed text moved to another place or key does not
 * open. The content is padded to a multiple of 256 bytes, so its length tells little. Inside, with
 * the content, its version: when and by which device the value was written (kept when it is sealed
 * again for another audience or key), so a re-seal never makes an older value win.
 */
import { aeadOpen, aeadSeal, AEAD_NONCE_BYTES, concatBytes, fromUtf8, importAeadKey, newSymmetricKey, utf8 } from '../crypto/index.js';
import type { CryptoPort } from '../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url } from '../protocol/ids.js';
import type { AnnotatieKeyring } from '../annotaties/index.js';

const MARKER = 'tafel-afgeschermd:v1:';
const BLOK = 256;

const sleutelContext = (plaats: string, keyId: string): Uint8Array => utf8(`tafel/afgeschermd-sleutel/v1|${plaats}|${keyId}`);
const inhoudContext = (plaats: string, keyId: string): Uint8Array => utf8(`tafel/afgeschermd-waarde/v1|${plaats}|${keyId}`);

/** When and by which device a value was written; '' for a value sealed from before sealing (oldest). */
export interface Versie {
  readonly op: string;
  readonly door: string;
}

/** True if version `a` is newer than `b` (by time of writing, then device id: the same answer everywhere). */
export const nieuwer = (a: Versie, b: Versie): boolean => a.op > b.op || (a.op === b.op && a.door > b.door);

/** A value as sealed: its content and version. */
export interface Waarde {
  readonly inhoud: Readonly<Record<string, unknown>>;
  readonly versie: Versie;
}

/** The audience key a sealed text was sealed to; undefined if it is not one. */
export function sleutelIdVan(verzegeld: string): string | undefined {
  if (!verzegeld.startsWith(MARKER)) return undefined;
  const id = fromBase64Url(verzegeld.slice(MARKER.length).split('.')[0] ?? '');
  return id === undefined ? undefined : fromUtf8(id);
}

/** Seals `inhoud` at `plaats` for audience key `keyId`. */
export async function verzegelWaarde(crypto: CryptoPort, keyring: AnnotatieKeyring, keyId: string, plaats: string, waarde: Waarde): Promise<string> {
  const key = newSymmetricKey(crypto);
  const wrapped = await keyring.wrapForAudience(keyId, key, sleutelContext(plaats, keyId));
  const json = JSON.stringify({ v: waarde.inhoud, t: waarde.versie.op, d: waarde.versie.door });
  const padded = json + ' '.repeat((BLOK - (utf8(json).length % BLOK)) % BLOK);
  const sealed = await aeadSeal(crypto, await importAeadKey(crypto, key), utf8(padded), inhoudContext(plaats, keyId));
  return `${MARKER}${toBase64Url(utf8(keyId))}.${toBase64Url(wrapped)}.${toBase64Url(concatBytes(sealed.nonce, sealed.ciphertext))}`;
}

/** Opens a sealed text at `plaats`; undefined if this device holds no key for it, or it was changed or moved. */
export async function openWaarde(crypto: CryptoPort, keyring: AnnotatieKeyring, plaats: string, verzegeld: string): Promise<Waarde | undefined> {
  const keyId = sleutelIdVan(verzegeld);
  const [, wrappedText, sealedText] = verzegeld.slice(MARKER.length).split('.');
  const wrapped = fromBase64Url(wrappedText ?? '');
  const sealed = fromBase64Url(sealedText ?? '');
  if (keyId === undefined || wrapped === undefined || sealed === undefined || sealed.length <= AEAD_NONCE_BYTES) return undefined;
  const key = await keyring.unwrapFromAudience(keyId, wrapped, sleutelContext(plaats, keyId));
  if (key === undefined) return undefined;
  const plain = await aeadOpen(
    crypto,
    await importAeadKey(crypto, key),
    sealed.subarray(0, AEAD_NONCE_BYTES),
    sealed.subarray(AEAD_NONCE_BYTES),
    inhoudContext(plaats, keyId),
  );
  if (plain === undefined) return undefined;
  try {
    const parsed = JSON.parse(fromUtf8(plain)) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { v, t, d } = parsed as Record<string, unknown>;
    if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof t !== 'string' || typeof d !== 'string') return undefined;
    return { inhoud: v as Record<string, unknown>, versie: { op: t, door: d } };
  } catch {
    return undefined;
  }
}
