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
    genesis: toBase64Url(randomBytes(c, 32)),
    logHead: { length: 2, hash: toBase64Url(randomBytes(c, 32)) },
    invitePrivateKey: inviter.signPrivatePkcs8,
    streams: [{ device: toBase64Url(randomBytes(c, 16)), stream: toBase64Url(randomBytes(c, 8)), counter: 12 }],
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
    expect([opened?.genesis, opened?.logHead, opened?.invitePrivateKey, opened?.streams]).toEqual([
      original.genesis,
      original.logHead,
      original.invitePrivateKey,
      original.streams,
    ]);
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
  it('is the same on both sides and differs when any key, the name or the invite differs', async () => {
    const secret = randomBytes(c, 32);
    const chair = await generateDeviceKeyMaterial(c);
    const newcomer = await generateDeviceKeyMaterial(c);
    const impostor = await generateDeviceKeyMaterial(c);
    const inviter = { sign: chair.signPublicSpki, box: chair.boxPublicSpki };
    const label = { name: 'Jan Politie', organisation: 'Politie' };
    const invitee = { sign: newcomer.signPublicSpki, box: newcomer.boxPublicSpki, label };
    const a = await safetyCode(c, secret, 'hash-a', inviter, invitee);
    expect(a).toMatch(/^\d{3} \d{3}$/);
    expect(await safetyCode(c, secret, 'hash-a', inviter, invitee)).toBe(a);
    const variants = [
      safetyCode(c, secret, 'hash-a', inviter, { ...invitee, sign: impostor.signPublicSpki }),
      // A relay that swaps only the box (key agreement) key is noticed too.
      safetyCode(c, secret, 'hash-a', inviter, { ...invitee, box: impostor.boxPublicSpki }),
      safetyCode(c, secret, 'hash-a', { ...inviter, box: impostor.boxPublicSpki }, invitee),
      safetyCode(c, secret, 'hash-a', inviter, { ...invitee, label: { name: 'Jan Politie', organisation: 'Opvang' } }),
      safetyCode(c, secret, 'hash-b', inviter, invitee),
      safetyCode(c, randomBytes(c, 32), 'hash-a', inviter, invitee),
    ];
    for (const v of await Promise.all(variants)) expect(v).not.toBe(a);
  });
});
