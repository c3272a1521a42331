/**
 * Key epochs over time and under concurrency: the chair's device starts a new epoch after 30 days
 * of activity; an epoch whose keys never reached the relay (the chair's device stopped in between)
 * is completed when it comes back; two admin devices acting at the same moment end in one log that
 * every member shares, and no removed device holds the final key.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSymmetricKey } from '../../shared/crypto/index.js';
import { epochCommitment } from '../../shared/sync/keys/epochCommitment.js';
import { createInvite, removeDevice } from '../../shared/sync/membership/caseAdmin.js';
import { REKEY_AFTER_MS } from '../../shared/sync/membership/rotation.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { converged, eventually, makeSyncDevice, sameDeviceAgain, statusReached, type TestDeviceSetup } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

async function join(chair: CaseSession, name: string, role: 'member' | 'admin' = 'member'): Promise<{ device: TestDeviceSetup; session: CaseSession }> {
  const invite = await createInvite(chair, { role, requireApproval: false });
  const device = makeSyncDevice(name);
  const session = await device.client.joinByInvite(invite.webLink);
  await statusReached(session, (s) => s.state === 'synced', `${name} synced`);
  await eventually(() => chair.log.members.get(session.device.id)?.status === 'active', `${name} is in the chair's log`);
  return { device, session };
}

describe('key epochs', () => {
  it('the chair’s device starts a new epoch after 30 days of activity; members take it and write under it', async () => {
    let now = Date.now();
    const chairDevice = makeSyncDevice('Voorzitter', { now: () => now });
    const chair = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    const expert = await join(chair, 'Deskundige');
    expect(chair.log.currentEpoch).toBe(1);
    now += REKEY_AFTER_MS - 60_000;
    chair.disconnect();
    chair.connect();
    await statusReached(chair, (s) => s.state === 'synced', 'back after 29 days');
    expect(chair.log.currentEpoch).toBe(1);
    now += 120_000;
    chair.disconnect();
    chair.connect();
    await eventually(() => chair.log.currentEpoch === 2 && expert.session.keyring.has(2), 'a new epoch after 30 days');
    expert.session.doc.getText('t').insert(0, 'Na de nieuwe sleutel. ');
    await converged([chair, expert.session]);
    await Promise.all([chair.destroy(), expert.session.destroy()]);
  });

  it('an epoch whose keys never reached the relay is completed when the chair’s device comes back', async () => {
    const chairDevice = makeSyncDevice('Voorzitter');
    const chair = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    const expert = await join(chair, 'Deskundige');
    // The chair's device writes the epoch entry, keeps the key, and stops before put-keys.
    const key = newSymmetricKey(globalThis.crypto);
    await chair.deps.keys.putCaseKeys(chair.room, [{ epoch: 2, key }]);
    const devices = chair.log.activeMembers().map((m) => m.pub.id);
    await chair.logSync.append(async () => ({ type: 'epoch', epoch: 2, commitment: await epochCommitment(globalThis.crypto, chair.room, 2, key), devices }));
    await chair.destroy();
    // Meanwhile the expert holds edits: nobody has the new key yet.
    await eventually(() => expert.session.log.currentEpoch === 2, 'the expert has the entry');
    expert.session.doc.getText('t').insert(0, 'Geschreven terwijl de sleutel onderweg was. ');
    const back = await sameDeviceAgain(chairDevice).client.openCase(chair.room);
    await eventually(() => expert.session.keyring.has(2), 'the key reached the expert');
    await converged([back, expert.session]);
    expect(back.doc.getText('t').toString()).toContain('terwijl de sleutel onderweg was');
    await Promise.all([back.destroy(), expert.session.destroy()]);
  });

  it('a newcomer whose invite was made before a new epoch gets that epoch’s key from the chair’s device', async () => {
    const chairDevice = makeSyncDevice('Voorzitter');
    const chair = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    const invite = await createInvite(chair, { role: 'member', requireApproval: false });
    const leaving = await join(chair, 'Weggaand');
    await leaving.session.destroy();
    await removeDevice(chair, leaving.session.device.id);
    expect(chair.log.currentEpoch).toBe(2);
    chair.doc.getText('t').insert(0, 'Onder de nieuwe sleutel geschreven. ');
    await chair.flush();
    const late = await makeSyncDevice('Laatkomer').client.joinByInvite(invite.webLink);
    await eventually(() => late.keyring.has(2), 'the newcomer got the epoch started after its invite');
    late.doc.getText('t').insert(0, 'De laatkomer schrijft mee. ');
    await converged([chair, late]);
    expect(late.doc.getText('t').toString()).toContain('Onder de nieuwe sleutel geschreven.');
    await Promise.all([chair.destroy(), late.destroy()]);
  });

  it('two admin devices removing two experts at the same moment: one log for all, no removed device holds the final key', async () => {
    const chairDevice = makeSyncDevice('Voorzitter');
    const chair = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    const tablet = await join(chair, 'Voorzitter (tablet)', 'admin');
    const stays = await join(chair, 'Blijft');
    const a = await join(chair, 'Gaat A');
    const b = await join(chair, 'Gaat B');
    await Promise.all([a.session.destroy(), b.session.destroy()]);
    await Promise.all([removeDevice(chair, a.session.device.id), removeDevice(tablet.session, b.session.device.id)]);
    const all = [chair, tablet.session, stays.session];
    await eventually(() => new Set(all.map((s) => s.log.headHash)).size === 1, 'one log');
    const log = chair.log;
    expect(log.members.get(a.session.device.id)?.status).toBe('removed');
    expect(log.members.get(b.session.device.id)?.status).toBe('removed');
    const final = log.epochs.get(log.currentEpoch)!;
    expect(final.devices.has(a.session.device.id) || final.devices.has(b.session.device.id)).toBe(false);
    expect(log.heldByRemoved(log.currentEpoch)).toBe(false);
    stays.session.doc.getText('t').insert(0, 'Na beide verwijderingen. ');
    await converged(all);
    for (const s of all) expect(s.status.alarms).toBe(0);
    await Promise.all(all.map((s) => s.destroy()));
  });
});
