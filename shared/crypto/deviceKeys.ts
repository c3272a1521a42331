/**
 * Device key pairs (docs/sync-protocol.md, "Identities and keys"): ECDSA P-256 signs the relay's
 * login challenge; ECDH P-256 receives wrapped case keys. The device id is the first 16 bytes of
 * SHA-256 over the signing key's SPKI.
 */
import type { Bytes, CryptoKeyHandle, CryptoPort } from '../platform/cryptoPort.js';
import { deviceIdFromBytes, type DeviceId } from '../protocol/ids.js';
import { sha256 } from './aead.js';
import { ownBytes } from './bytes.js';

/** Exported halves of a device's two key pairs (what the vault keeps). */
export interface DeviceKeyMaterial {
  readonly signPrivatePkcs8: Bytes;
  readonly signPublicSpki: Bytes;
  readonly boxPrivatePkcs8: Bytes;
  readonly boxPublicSpki: Bytes;
}

/** A device's keys, ready to use: private halves non-extractable. */
export interface DeviceKeys {
  readonly id: DeviceId;
  readonly signPrivate: CryptoKeyHandle;
  readonly signPublicSpki: Bytes;
  readonly boxPrivate: CryptoKeyHandle;
  readonly boxPublicSpki: Bytes;
}

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** Makes both key pairs of a new device. */
export async function generateDeviceKeyMaterial(crypto: CryptoPort): Promise<DeviceKeyMaterial> {
  const sign = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const box = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  return {
    signPrivatePkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', sign.privateKey)),
    signPublicSpki: new Uint8Array(await crypto.subtle.exportKey('spki', sign.publicKey)),
    boxPrivatePkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', box.privateKey)),
    boxPublicSpki: new Uint8Array(await crypto.subtle.exportKey('spki', box.publicKey)),
  };
}

/** The device id of a signing public key (SPKI). */
export async function deviceIdFromSpki(crypto: CryptoPort, signPublicSpki: Uint8Array): Promise<DeviceId> {
  return deviceIdFromBytes((await sha256(crypto, signPublicSpki)).subarray(0, 16));
}

/** Imports stored key material for use (private keys non-extractable). */
export async function importDeviceKeys(crypto: CryptoPort, material: DeviceKeyMaterial): Promise<DeviceKeys> {
  return {
    id: await deviceIdFromSpki(crypto, material.signPublicSpki),
    signPrivate: await crypto.subtle.importKey('pkcs8', material.signPrivatePkcs8, ECDSA, false, ['sign']),
    signPublicSpki: material.signPublicSpki,
    boxPrivate: await crypto.subtle.importKey('pkcs8', material.boxPrivatePkcs8, ECDH, false, ['deriveBits']),
    boxPublicSpki: material.boxPublicSpki,
  };
}

/** Only the key-agreement private key of some key material (an audience key needs nothing else). */
export function importBoxPrivate(crypto: CryptoPort, boxPrivatePkcs8: Uint8Array): Promise<CryptoKeyHandle> {
  return crypto.subtle.importKey('pkcs8', ownBytes(boxPrivatePkcs8), ECDH, false, ['deriveBits']);
}

/** ECDSA P-256 / SHA-256 signature in IEEE P1363 form (r ‖ s, 64 bytes). */
export async function signBytes(crypto: CryptoPort, signPrivate: CryptoKeyHandle, data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, signPrivate, ownBytes(data)));
}

/** Checks a P1363 signature against a signing public key (SPKI); false on any malformed input. */
export async function verifySignature(crypto: CryptoPort, signPublicSpki: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('spki', ownBytes(signPublicSpki), ECDSA, false, ['verify']);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, ownBytes(signature), ownBytes(data));
  } catch {
    return false;
  }
}

/** Imports a signing public key (SPKI) once, for many `verifyWith` calls; undefined if malformed. */
export async function importVerifyKey(crypto: CryptoPort, signPublicSpki: Uint8Array): Promise<CryptoKeyHandle | undefined> {
  try {
    return await crypto.subtle.importKey('spki', ownBytes(signPublicSpki), ECDSA, false, ['verify']);
  } catch {
    return undefined;
  }
}

/** Checks a P1363 signature with an imported verify key; false on any malformed input. */
export async function verifyWith(crypto: CryptoPort, key: CryptoKeyHandle, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, ownBytes(signature), ownBytes(data));
  } catch {
    return false;
  }
}
