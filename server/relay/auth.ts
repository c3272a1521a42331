/**
 * Login proofs: a device signs the relay's challenge with its ECDSA P-256 key, and its id must
 * be derived from that key (first 16 bytes of SHA-256 over the SPKI), so nobody can claim
 * another device's id with a key of their own.
 */
import { createHash, webcrypto } from 'node:crypto';
import { fromBase64Url, toBase64Url, type DeviceId, type RoomId } from '../../shared/protocol/ids.js';
import { loginSignedBytes, type LoginType } from '../../shared/protocol/messages.js';

/** The device id a signing key belongs to. */
export function deviceIdForKey(signPublicKeySpki: Uint8Array): DeviceId {
  return toBase64Url(createHash('sha256').update(signPublicKeySpki).digest().subarray(0, 16)) as DeviceId;
}

/** True if `signPublicKey` (base64url SPKI) hashes to `deviceId`. */
export function keyMatchesDeviceId(signPublicKey: string, deviceId: DeviceId): boolean {
  const spki = fromBase64Url(signPublicKey);
  return spki !== undefined && deviceIdForKey(spki) === deviceId;
}

/** Verifies a login signature; false on any malformed key or signature (never throws). */
export async function verifyLogin(signPublicKey: string, signature: string, nonce: string, room: RoomId, type: LoginType): Promise<boolean> {
  const spki = fromBase64Url(signPublicKey);
  const sig = fromBase64Url(signature);
  if (spki === undefined || sig === undefined) return false;
  try {
    const key = await webcrypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    return await webcrypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, sig, loginSignedBytes(nonce, room, type));
  } catch {
    return false;
  }
}

/** SHA-256 of a base64url invite token, in base64url (what the relay stores and looks up). */
export function hashToken(token: string): string | undefined {
  const bytes = fromBase64Url(token);
  return bytes === undefined ? undefined : createHash('sha256').update(bytes).digest('base64url');
}
