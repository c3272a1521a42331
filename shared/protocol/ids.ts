/**
 * Identifiers on the wire: room ids, device ids, invite tokens and their hashes, nonces. All are
 * random bytes written as unpadded base64url. The relay and clients compare them as strings, so
 * every id must be in canonical form (the one `toBase64Url` produces); `isCanonical` checks that.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes of a room id (128 random bits). */
export const ROOM_ID_BYTES = 16;
/** Bytes of a device id (first 16 bytes of SHA-256 over the signing key's SPKI). */
export const DEVICE_ID_BYTES = 16;
/** Bytes of an invite token (128 random bits, in the invite link's path). */
export const INVITE_TOKEN_BYTES = 16;
/** Bytes of an invite token hash (SHA-256 of the raw token bytes). */
export const TOKEN_HASH_BYTES = 32;
/** Bytes of the relay's login challenge nonce. */
export const CHALLENGE_NONCE_BYTES = 32;

declare const brand: unique symbol;
/** A room id in canonical base64url (22 characters). */
export type RoomId = string & { readonly [brand]: 'RoomId' };
/** A device id in canonical base64url (22 characters). */
export type DeviceId = string & { readonly [brand]: 'DeviceId' };

/** Unpadded base64url of `bytes`. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Bytes of an unpadded base64url string, or `undefined` if it is not valid base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of text) {
    const v = LOOKUP.get(c);
    if (v === undefined) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/** True if `text` is base64url of exactly `byteLength` bytes, written the one canonical way. */
export function isCanonical(text: string, byteLength: number): boolean {
  if (text.length !== Math.ceil((byteLength * 4) / 3)) return false;
  const bytes = fromBase64Url(text);
  return bytes !== undefined && bytes.length === byteLength && toBase64Url(bytes) === text;
}

/** True if `text` is a canonical room id. */
export function isRoomId(text: string): text is RoomId {
  return isCanonical(text, ROOM_ID_BYTES);
}

/** True if `text` is a canonical device id. */
export function isDeviceId(text: string): text is DeviceId {
  return isCanonical(text, DEVICE_ID_BYTES);
}

/** Room id bytes → canonical string (the caller guarantees 16 bytes). */
export function roomIdFromBytes(bytes: Uint8Array): RoomId {
  return toBase64Url(bytes) as RoomId;
}

/** Device id bytes → canonical string (the caller guarantees 16 bytes). */
export function deviceIdFromBytes(bytes: Uint8Array): DeviceId {
  return toBase64Url(bytes) as DeviceId;
}

/** Bytes of a valid id string; throws only on a programming error (unchecked input). */
export function idBytes(id: RoomId | DeviceId): Uint8Array {
  const bytes = fromBase64Url(id);
  if (bytes === undefined || bytes.length !== 16) throw new TypeError('not a 16-byte id');
  return bytes;
}

/** Constant-shape comparison of two byte arrays (not timing-safe; ids are not secrets). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
