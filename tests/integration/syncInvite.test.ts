/**
 * Invites end to end against the real relay: create a case, invite with and without approval
 * (safety codes match), redeem, used/expired/revoked links open nothing; removing a member moves
 * the case to a new epoch that the removed device cannot read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeFrame } from '../../shared/protocol/frames.js';
import { approveDevice, createInvite, readAccessLog, removeDevice, revokeInvite, safetyCodesFor } from '../../shared/sync/membership/caseAdmin.js';
import { openEnvelope } from '../../shared/sync/sealing/envelopeCrypto.js';
import { importAeadKey } from '../../shared/crypto/aead.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { eventually, makeSyncDevice, statusReached } from '../helpers/syncHarness.js';

let relay: TestRelay;
let now = Date.now();

beforeEach(async () => {
  now = Date.now();
  relay = await startTestRelay({ now: () => now });
});
afterEach(async () => {
  await relay.stop();
});

async function chairWithCase() {
  const chair = makeSyncDevice('Voorzitter');
  const session = await chair.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
  await session.whenSynced();
  return { chair, session };
}

describe('invites', () => {
  it('an expert joins by link, sees the case, and edits live with the chair', async () => {
    const { chair, session } = await chairWithCase();
    session.doc.getText('t').insert(0, 'Gezin Kwartel: zorgen over school.');
    const invite = await createInvite(session, { role: 'member', requireApproval: false });
    expect(invite.webLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$/);
    expect(invite.tafelLink.startsWith('tafel://join/127.0.0.1:')).toBe(true);

    const expert = makeSyncDevice('Expert');
    const joined = await expert.client.joinByInvite(invite.tafelLink);
    await statusReached(joined, (s) => s.state === 'synced', 'expert synced');
    await eventually(() => joined.doc.getText('t').toString() === 'Gezin Kwartel: zorgen over school.', 'expert sees the text');
    expect(joined.status.role).toBe('member');

    joined.doc.getText('t').insert(0, '[expert] ');
    await eventually(() => session.doc.getText('t').toString().startsWith('[expert] '), 'chair sees the expert edit');

    // Presence: the expert sees the chair's name in awareness (sealed like everything else).
    session.awareness.setLocalStateField('user', { name: 'Voorzitter', role: 'voorzitter' });
    await eventually(
      () => [...joined.awareness.getStates().values()].some((s) => (s['user'] as { name?: string } | undefined)?.name === 'Voorzitter'),
      'awareness',
    );

    // The used link opens nothing, on another device.
    const intruder = makeSyncDevice('Doorgestuurd');
    const second = await intruder.client.joinByInvite(invite.webLink);
    await statusReached(second, (s) => s.state === 'error', 'used link refused');
    expect(second.status.error).toBe('invite-used');
    expect(second.doc.getText('t').toString()).toBe('');

    // The chair reads the access log.
    const log = await readAccessLog(session);
    expect(log.some((e) => e.event === 'invite-redeemed' && e.name === 'Expert')).toBe(true);
    expect(log.some((e) => e.event === 'refused')).toBe(true);

    const cases = await chair.client.listCases();
    expect(cases[0]?.entry?.title).toBe('Gezin Kwartel');
    await Promise.all([session.destroy(), joined.destroy(), second.destroy()]);
  });

  it('with approval: no content before the chair compares the safety code and approves', async () => {
    const { session } = await chairWithCase();
    session.doc.getMap('m').set('gezin', 'Gezin Kwartel');
    const invite = await createInvite(session, { role: 'observer', requireApproval: true });
    const newcomer = makeSyncDevice('Waarnemer');
    const joined = await newcomer.client.joinByInvite(invite.webLink);
    await statusReached(joined, (s) => s.state === 'awaiting-approval', 'pending');
    expect(joined.doc.getMap('m').get('gezin')).toBeUndefined();

    const theirCode = await newcomer.client.safetyCode(joined.room);
    expect(theirCode).toMatch(/^\d{3} \d{3}$/);
    const newcomerId = await newcomer.client.deviceId();
    await eventually(() => session.devices.some((d) => d.id === newcomerId), 'chair sees pending device');
    const candidates = await safetyCodesFor(session, newcomerId);
    expect(candidates.map((c) => c.code)).toEqual([theirCode]);

    await approveDevice(session, newcomerId, candidates[0]!.tokenHash);
    await statusReached(joined, (s) => s.state === 'synced', 'approved and synced');
    await eventually(() => joined.doc.getMap('m').get('gezin') === 'Gezin Kwartel', 'observer reads the case');
    expect(joined.status.role).toBe('observer');
    // An observer reads only: its edits never reach the relay (which would refuse them).
    joined.doc.getMap('m').set('poging', 'waarnemer schrijft');
    await joined.flush();
    session.doc.getMap('m').set('na', 'voorzitter schrijft');
    await eventually(() => joined.doc.getMap('m').get('na') === 'voorzitter schrijft', 'observer still follows');
    expect(session.doc.getMap('m').get('poging')).toBeUndefined();
    expect(joined.status.state).toBe('synced');
    expect(await safetyCodesFor(session, newcomerId)).toEqual([]);
    await Promise.all([session.destroy(), joined.destroy()]);
  });

  it('expired and revoked invites are refused', async () => {
    const { session } = await chairWithCase();
    const expiring = await createInvite(session, { role: 'member', requireApproval: false, lifetimeMs: 60_000, now });
    const revoked = await createInvite(session, { role: 'member', requireApproval: false, now });
    await revokeInvite(session, revoked.tokenHash);
    now += 120_000;
    const a = await makeSyncDevice('Te laat').client.joinByInvite(expiring.webLink);
    const b = await makeSyncDevice('Ingetrokken').client.joinByInvite(revoked.webLink);
    await statusReached(a, (s) => s.state === 'error', 'expired');
    await statusReached(b, (s) => s.state === 'error', 'revoked');
    expect(a.status.error).toBe('invite-expired');
    expect(b.status.error).toBe('invite-used');
    await Promise.all([session.destroy(), a.destroy(), b.destroy()]);
  });

  it('removing a member: refused at once, new epoch, later frames unreadable with the old key', async () => {
    const { session } = await chairWithCase();
    const invite = await createInvite(session, { role: 'member', requireApproval: false });
    const leaving = makeSyncDevice('Vertrekt');
    const joined = await leaving.client.joinByInvite(invite.webLink);
    await statusReached(joined, (s) => s.state === 'synced', 'member synced');
    const oldKeys = await leaving.client.keys.caseKeys(joined.room);
    expect([...oldKeys.keys()]).toEqual([1]);

    // A remaining member's sockets record what the relay fans out after the removal.
    const staying = makeSyncDevice('Blijft');
    const stayInvite = await createInvite(session, { role: 'member', requireApproval: false });
    const stayer = await staying.client.joinByInvite(stayInvite.webLink);
    await statusReached(stayer, (s) => s.state === 'synced', 'stayer synced');

    await removeDevice(session, await leaving.client.deviceId());
    await statusReached(joined, (s) => s.state === 'error', 'removed device refused');
    expect(joined.status.error).toBe('removed');
    expect(session.relayEpoch).toBe(2);
    expect([...(await leaving.client.keys.caseKeys(joined.room)).keys()]).toEqual([1]);
    await eventually(async () => (await staying.client.keys.caseKeys(joined.room)).has(2), 'remaining member got the new key');

    session.doc.getText('t').insert(0, 'Na verwijdering: Gezin Kwartel verhuist.');
    await eventually(() => stayer.doc.getText('t').toString().includes('verhuist'), 'remaining member reads the new epoch');
    await session.flush();
    await statusReached(session, (s) => s.state === 'synced', 'chair synced');

    // Read the stored frames as an outsider would, and try the removed device's key on them.
    const newer = staying.sockets.received
      .map((bytes) => decodeFrame(bytes))
      .flatMap((f) => (f.ok && f.value.type !== 'submit' && f.value.envelope.header.epoch === 2 ? [f.value.envelope] : []));
    expect(newer.length).toBeGreaterThan(0);
    const oldKey = await importAeadKey(globalThis.crypto, oldKeys.get(1)!);
    for (const envelope of newer) expect(await openEnvelope(globalThis.crypto, oldKey, envelope)).toBeUndefined();
    // ...while the same key still opens what was written before the removal (the check can fail).
    const older = staying.sockets.received
      .map((bytes) => decodeFrame(bytes))
      .flatMap((f) => (f.ok && f.value.type === 'ephemeral' && f.value.envelope.header.epoch === 1 ? [f.value.envelope] : []));
    expect(older.length).toBeGreaterThan(0);
    expect(await openEnvelope(globalThis.crypto, oldKey, older[0]!)).toBeDefined();
    await Promise.all([session.destroy(), joined.destroy(), stayer.destroy()]);
  });
});

describe('creating a case', () => {
  it('with a wrong access key fails and leaves nothing behind', async () => {
    const chair = makeSyncDevice('Voorzitter');
    await expect(chair.client.createCase({ relayUrl: relay.wsUrl, accessKey: 'not-the-access-key-000', title: 'Gezin Kwartel' })).rejects.toThrow(
      /unauthenticated/,
    );
    expect(await chair.client.listCases()).toEqual([]);
  });
});
