import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../protocol/ids.js';
import {
  aeadOpen,
  aeadSeal,
  deviceIdFromSpki,
  generateDeviceKeyMaterial,
  importAeadKey,
  importDeviceKeys,
  newSymmetricKey,
  signBytes,
  unwrapKeyForDevice,
  utf8,
  verifySignature,
  wrapKeyForDevice,
} from './index.js';

const c = globalThis.crypto;

describe('AES-256-GCM seal/open', () => {
  it('opens what it sealed, and nothing that was changed', async () => {
    const key = await importAeadKey(c, newSymmetricKey(c));
    const aad = utf8('header');
    const sealed = await aeadSeal(c, key, utf8('Gezin Kwartel'), aad);
    expect(new TextDecoder().decode(await aeadOpen(c, key, sealed.nonce, sealed.ciphertext, aad))).toBe('Gezin Kwartel');
    const flipped = sealed.ciphertext.slice();
    flipped[0]! ^= 1;
    expect(await aeadOpen(c, key, sealed.nonce, flipped, aad)).toBeUndefined();
    expect(await aeadOpen(c, key, sealed.nonce, sealed.ciphertext, utf8('Header'))).toBeUndefined();
    const other = await importAeadKey(c, newSymmetricKey(c));
    expect(await aeadOpen(c, other, sealed.nonce, sealed.ciphertext, aad)).toBeUndefined();
  });

  it('uses a fresh nonce per message', async () => {
    const key = await importAeadKey(c, newSymmetricKey(c));
    const a = await aeadSeal(c, key, utf8('x'), utf8(''));
    const b = await aeadSeal(c, key, utf8('x'), utf8(''));
    expect(toBase64Url(a.nonce)).not.toBe(toBase64Url(b.nonce));
    expect(toBase64Url(a.ciphertext)).not.toBe(toBase64Url(b.ciphertext));
  });
});

describe('device keys', () => {
  it('derive the device id the relay expects and sign login challenges verifiably', async () => {
    const material = await generateDeviceKeyMaterial(c);
    const keys = await importDeviceKeys(c, material);
    const digest = new Uint8Array(await c.subtle.digest('SHA-256', material.signPublicSpki));
    expect(keys.id).toBe(toBase64Url(digest.subarray(0, 16)));
    expect(await deviceIdFromSpki(c, material.signPublicSpki)).toBe(keys.id);
    const sig = await signBytes(c, keys.signPrivate, utf8('challenge'));
    expect(sig.length).toBe(64);
    expect(await verifySignature(c, material.signPublicSpki, sig, utf8('challenge'))).toBe(true);
    expect(await verifySignature(c, material.signPublicSpki, sig, utf8('challengE'))).toBe(false);
    expect(keys.signPrivate.extractable).toBe(false);
  });
});

describe('key wrapping', () => {
  it('only the recipient device opens a wrapped key, and only in its context', async () => {
    const alice = await importDeviceKeys(c, await generateDeviceKeyMaterial(c));
    const bob = await importDeviceKeys(c, await generateDeviceKeyMaterial(c));
    const caseKey = newSymmetricKey(c);
    const ctx = utf8('room|1|alice');
    const wrapped = await wrapKeyForDevice(c, caseKey, alice.boxPublicSpki, ctx);
    expect(await unwrapKeyForDevice(c, wrapped, alice.boxPrivate, ctx)).toEqual(caseKey);
    expect(await unwrapKeyForDevice(c, wrapped, bob.boxPrivate, ctx)).toBeUndefined();
    expect(await unwrapKeyForDevice(c, wrapped, alice.boxPrivate, utf8('room|2|alice'))).toBeUndefined();
    const tampered = wrapped.slice();
    tampered[tampered.length - 1]! ^= 1;
    expect(await unwrapKeyForDevice(c, tampered, alice.boxPrivate, ctx)).toBeUndefined();
    expect(await unwrapKeyForDevice(c, wrapped.subarray(0, 20), alice.boxPrivate, ctx)).toBeUndefined();
  });
});
