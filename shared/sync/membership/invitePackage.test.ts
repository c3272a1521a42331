import { describe, expect, it } from 'vitest';
import { toBase64Url, type RoomId } from '../../protocol/ids.js';
import { generateDeviceKeyMaterial, newSymmetricKey, randomBytes } from '../../crypto/index.js';
import { openInvitePackage, sealInvitePackage, type InvitePackageContent } from './invitePackage.js';
import { safetyCode } from './safetyCode.js';

const c = globalThis.crypto;
const room = toBase64Url(randomBytes(c, 16)) as RoomId;

async function content(keys: InvitePackageContent['keys']): Promise<InvitePackageContent> {
  const inviter = await generateDeviceKeyMaterial(c);
  return {
    relayUrl: 'wss://relay.example.nl',
    room,
    role: 'member',
    requireApproval: keys.length === 0,
    inviter: {
      deviceId: toBase64Url(randomBytes(c, 16)),
      signPublicKey: toBase64Url(inviter.signPublicSpki),
      boxPublicKey: toBase64Url(inviter.boxPublicSpki),
      name: 'Voorzitter',
      organisation: 'Veilig Thuis',
    },
    keys,
  };
}

describe('invite package', () => {
  it('opens with the link secret only, for its own room and token', async () => {
    const secret = randomBytes(c, 32);
    const key = newSymmetricKey(c);
    const original = await content([{ epoch: 1, key }]);
    const sealed = await sealInvitePackage(c, secret, 'hash-a', original);
    const opened = await openInvitePackage(c, secret, room, 'hash-a', sealed);
    expect(opened?.keys[0]?.key).toEqual(key);
    expect(opened?.inviter).toEqual(original.inviter);
    expect(await openInvitePackage(c, randomBytes(c, 32), room, 'hash-a', sealed)).toBeUndefined();
    expect(await openInvitePackage(c, secret, room, 'hash-b', sealed)).toBeUndefined();
    expect(await openInvitePackage(c, secret, toBase64Url(randomBytes(c, 16)) as RoomId, 'hash-a', sealed)).toBeUndefined();
    expect(await openInvitePackage(c, secret, room, 'hash-a', 'AAAA')).toBeUndefined();
  });

  it('carries no key when the chair approves first', async () => {
    const secret = randomBytes(c, 32);
    const opened = await openInvitePackage(c, secret, room, 'h', await sealInvitePackage(c, secret, 'h', await content([])));
    expect(opened?.keys).toEqual([]);
    expect(opened?.requireApproval).toBe(true);
  });
});

describe('safety code', () => {
  it('is the same on both sides and differs when a key was swapped', async () => {
    const secret = randomBytes(c, 32);
    const chair = await generateDeviceKeyMaterial(c);
    const newcomer = await generateDeviceKeyMaterial(c);
    const impostor = await generateDeviceKeyMaterial(c);
    const a = await safetyCode(c, secret, chair.signPublicSpki, newcomer.signPublicSpki);
    expect(a).toMatch(/^\d{3} \d{3}$/);
    expect(await safetyCode(c, secret, chair.signPublicSpki, newcomer.signPublicSpki)).toBe(a);
    expect(await safetyCode(c, secret, chair.signPublicSpki, impostor.signPublicSpki)).not.toBe(a);
    expect(await safetyCode(c, randomBytes(c, 32), chair.signPublicSpki, newcomer.signPublicSpki)).not.toBe(a);
  });
});
