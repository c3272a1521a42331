import { describe, expect, it } from 'vitest';
import { generateDeviceKeyMaterial, importAeadKey, importDeviceKeys, importVerifyKey, newSymmetricKey, randomBytes } from '../../crypto/index.js';
import { decodeEnvelope, HEADER_BYTES } from '../../protocol/frames.js';
import { toBase64Url, type DeviceId, type RoomId } from '../../protocol/ids.js';
import { fullJitterDelay } from '../link/backoff.js';
import { openEnvelope, sealEnvelope, verifyEnvelope } from './envelopeCrypto.js';
import { paddedLength } from './padding.js';

const c = globalThis.crypto;
const header = {
  kind: 'update' as const,
  room: toBase64Url(randomBytes(c, 16)) as RoomId,
  epoch: 1,
  sender: toBase64Url(randomBytes(c, 16)) as DeviceId,
  msgId: 7,
  baseSeq: 0,
};

describe('envelopes', () => {
  it('seal with the header as associated data, sign as the sender, and hide the plaintext length in a bucket', async () => {
    const key = await importAeadKey(c, newSymmetricKey(c));
    const sender = await importDeviceKeys(c, await generateDeviceKeyMaterial(c));
    const other = await importDeviceKeys(c, await generateDeviceKeyMaterial(c));
    const senderKey = (await importVerifyKey(c, sender.signPublicSpki))!;
    const short = await sealEnvelope(c, key, sender.signPrivate, header, new Uint8Array([1, 2, 3]));
    const longer = await sealEnvelope(c, key, sender.signPrivate, header, new Uint8Array(200));
    expect(short.length).toBe(longer.length);
    const env = decodeEnvelope(short);
    if (!env.ok) throw new Error('did not decode');
    expect(await openEnvelope(c, key, env.value)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await verifyEnvelope(c, senderKey, env.value)).toBe(true);
    // Another member holding the same case key cannot write in the sender's name.
    const forged = decodeEnvelope(await sealEnvelope(c, key, other.signPrivate, header, new Uint8Array([6, 6, 6])));
    if (!forged.ok) throw new Error('did not decode');
    expect(await openEnvelope(c, key, forged.value)).toEqual(new Uint8Array([6, 6, 6]));
    expect(await verifyEnvelope(c, senderKey, forged.value)).toBe(false);

    for (const at of [2, HEADER_BYTES - 1, HEADER_BYTES + 3, short.length - 65]) {
      const changed = short.slice();
      changed[at]! ^= 1;
      const decoded = decodeEnvelope(changed);
      if (!decoded.ok) continue;
      expect(await openEnvelope(c, key, decoded.value)).toBeUndefined();
      expect(await verifyEnvelope(c, senderKey, decoded.value)).toBe(false);
    }
    // A changed signature: the content still opens, but the envelope is not the sender's.
    const badSig = short.slice();
    badSig[short.length - 1]! ^= 1;
    const decoded = decodeEnvelope(badSig);
    if (!decoded.ok) throw new Error('did not decode');
    expect(await verifyEnvelope(c, senderKey, decoded.value)).toBe(false);
  });

  it('pads to 256 B, 1 KiB, 4 KiB, 16 KiB, then multiples of 16 KiB', () => {
    expect([0, 256, 257, 1025, 4097, 16385, 40000].map(paddedLength)).toEqual([256, 256, 1024, 4096, 16384, 32768, 49152]);
  });
});

describe('reconnect backoff', () => {
  it('spreads clients over [0, min(cap, base·2^n)]', () => {
    expect(fullJitterDelay(0, 0.999)).toBeLessThan(250);
    expect(fullJitterDelay(3, 0.5)).toBe(1000);
    expect(fullJitterDelay(20, 0.999)).toBeLessThan(10_000);
    expect(fullJitterDelay(20, 0)).toBe(0);
  });
});
