/**
 * "Removal means gone on an honest device", against the real relay: a removed device deletes the
 * case's keys and its local copy once it has verified the chair's signed `remove` entry — at once
 * when it is connected, on its next connection when it was offline — and says so (a notice). As the
 * attacker: a relay that refuses a device as removed without the signed entry, or hands it a forged
 * one, makes it delete nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomId } from '../../shared/protocol/ids.js';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { encodeMessage } from '../../shared/protocol/messages.js';
import type { SecurityAlarm } from '../../shared/sync/integrity/alarms.js';
import type { MemoryCaseStore } from '../../shared/sync/local/memoryCaseStore.js';
import { createInvite, removeDevice } from '../../shared/sync/membership/caseAdmin.js';
import { nextContent, signEntry } from '../../shared/sync/membership/logEntry.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { startLyingRelay, type LyingRelay } from '../helpers/lyingRelay.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { eventually, makeSyncDevice, statusReached, type TestDeviceSetup } from '../helpers/syncHarness.js';

let relay: TestRelay;
let lying: LyingRelay;
beforeEach(async () => {
  relay = await startTestRelay();
  lying = await startLyingRelay(relay.wsUrl);
});
afterEach(async () => {
  await lying.close();
  await relay.stop();
});

const QUICK = [100, 300, 600];

async function chairAndExpert(url: string): Promise<{ chair: CaseSession; expert: TestDeviceSetup; joined: CaseSession }> {
  const chairDevice = makeSyncDevice('Voorzitter');
  const chair = await chairDevice.client.createCase({ relayUrl: url, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
  const invite = await createInvite(chair, { role: 'member', requireApproval: false });
  const expert = makeSyncDevice('Expert', { organisation: 'Politie', removalChecksMs: QUICK });
  const joined = await expert.client.joinByInvite(invite.webLink);
  await statusReached(joined, (s) => s.state === 'synced', 'expert synced');
  await expert.client.setCaseIndex(joined.room, { title: 'Gezin Kwartel', status: 'analyse', lastChange: 1 });
  joined.doc.getText('t').insert(0, 'Politie: aangifte opgenomen.');
  await eventually(() => chair.doc.getText('t').toString().includes('aangifte'), 'chair has the expert edit');
  await statusReached(joined, (s) => s.state === 'synced', 'expert edit stored');
  return { chair, expert, joined };
}

/** Nothing of the room on the device: no record, no frames, no keys, no per-case vault entries. */
async function holdsNothingOf(device: TestDeviceSetup, room: RoomId): Promise<boolean> {
  const store = device.store as MemoryCaseStore;
  return !store.holds(room) && [...device.vault.entries.keys()].every((name) => !name.includes(room));
}

describe('a removed device', () => {
  it('deletes the case once it has verified the signed removal, and says so', async () => {
    const { chair, expert, joined } = await chairAndExpert(relay.wsUrl);
    const room = joined.room;
    const gone = new Promise((resolve) => joined.on('gone', resolve));
    await removeDevice(chair, joined.device.id);
    expect(await gone).toBe('removed');
    expect(joined.status).toMatchObject({ state: 'error', error: 'removed' });
    expect(await holdsNothingOf(expert, room)).toBe(true);
    expect(await expert.client.listCases()).toEqual([]);
    expect(await expert.client.listNotices()).toEqual([expect.objectContaining({ title: 'Gezin Kwartel', reason: 'removed' })]);
    await Promise.all([chair.destroy(), joined.destroy()]);
  });

  it('that was offline deletes the case the next time it connects', async () => {
    const { chair, expert, joined } = await chairAndExpert(relay.wsUrl);
    const room = joined.room;
    await joined.destroy();
    await removeDevice(chair, joined.device.id);
    expect((expert.store as MemoryCaseStore).holds(room)).toBe(true);
    const again = await expert.client.openCase(room);
    await eventually(() => again.gone === 'removed', 'removed on reconnect');
    await eventually(() => holdsNothingOf(expert, room), 'nothing of the case left');
    expect((await expert.client.listNotices()).map((n) => n.reason)).toEqual(['removed']);
    await Promise.all([chair.destroy(), again.destroy()]);
  });
});

describe('as the attacker: a relay that says "removed" without the chair', () => {
  it('closing a device as removed, without a signed removal, deletes nothing', async () => {
    const { chair, expert, joined } = await chairAndExpert(lying.wsUrl);
    const room = joined.room;
    const refusal = encodeMessage({ type: 'error', code: CloseCodes.forbidden.code, reason: 'forbidden', message: 'device removed', retry: false });
    // The relay refuses every login of the expert as removed, and cuts the live one off; the chair removed no one.
    let refused = 0;
    lying.toRelay = (conn, message) => {
      if (conn.deviceId !== joined.device.id || typeof message !== 'string' || !message.includes('"type":"hello"')) return message;
      refused++;
      conn.toClient(refusal);
      conn.closeClient(CloseCodes.forbidden.code, 'forbidden');
      return null;
    };
    for (const c of lying.connectionsOf(joined.device.id)) {
      c.toClient(refusal);
      c.closeClient(CloseCodes.forbidden.code, 'forbidden');
    }
    await statusReached(joined, (s) => s.state === 'error' && s.error === 'removed', 'refused as removed');
    await eventually(() => refused === QUICK.length, 'asked again for the signed removal');
    await new Promise((r) => setTimeout(r, 200));
    expect(joined.gone).toBeUndefined();
    expect((expert.store as MemoryCaseStore).holds(room)).toBe(true);
    expect((await expert.client.keys.caseKeys(room)).size).toBeGreaterThan(0);
    expect(await expert.client.listNotices()).toEqual([]);
    await Promise.all([chair.destroy(), joined.destroy()]);
  });

  it('a forged removal entry in the log is refused, raises an alarm, and deletes nothing', async () => {
    const { chair, expert, joined } = await chairAndExpert(lying.wsUrl);
    const room = joined.room;
    const alarms: SecurityAlarm[] = [];
    joined.on('alarm', (a) => alarms.push(a));
    // The relay signs a removal of the expert with a key of its own, naming the chair as author.
    const forger = makeSyncDevice('Relay');
    const forgerKeys = await forger.client.keys.deviceKeys();
    const log = joined.log;
    const forged = await signEntry(
      globalThis.crypto,
      forgerKeys,
      nextContent(room, log.length, log.headHash, chair.device.id, { type: 'remove', device: joined.device.id, heads: [] }, Date.now()),
    );
    for (const c of lying.connectionsOf(joined.device.id)) c.toClient(encodeMessage({ type: 'log', from: log.length, entries: [forged] }));
    await eventually(() => alarms.some((a) => a.kind === 'log-refused'), 'forged entry refused');
    expect(joined.gone).toBeUndefined();
    expect(joined.log.isRemoved(joined.device.id)).toBe(false);
    expect((expert.store as MemoryCaseStore).holds(room)).toBe(true);
    await Promise.all([chair.destroy(), joined.destroy()]);
  });
});
