/**
 * A relay that lies about keys and members (issue: "A relay that lies learns nothing and forges
 * nothing"): the real relay on loopback behind a lying proxy (tests/helpers/lyingRelay.ts) that
 * sees everything the relay sees. For each attack: it is refused and reported, the attacker cannot
 * open anything written afterwards, and the honest clients still converge.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/protocol/ids.js';
import { encodeMessage, type DeviceInfo } from '../../shared/protocol/messages.js';
import { wrapKeyForDevice, newSymmetricKey } from '../../shared/crypto/index.js';
import { caseKeyContext } from '../../shared/sync/keys/keyContext.js';
import { approveDevice, createInvite, removeDevice, safetyCodesFor } from '../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { attackerDevice, openableBy, unwrappableKeys, writtenAfter } from '../helpers/attacker.js';
import { asRelayMessage, startLyingRelay, type LyingRelay } from '../helpers/lyingRelay.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { alarmsOf, converged, eventually, makeSyncDevice, sharedRoom, statusReached } from '../helpers/syncHarness.js';

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

/** A case through the lying relay: a chair and experts joined by invite (no approval), all synced. */
function room(names: string[]): ReturnType<typeof sharedRoom> {
  return sharedRoom(
    lying.wsUrl,
    TEST_ACCESS_KEY,
    names.map((name) => ({ name, organisation: 'Politie' })),
  );
}

/** Lets the presence that answers a departure go out (it was written before what the test checks). */
async function settled(): Promise<void> {
  let seen = -1;
  while (seen !== lying.seenToClients.length + lying.seenToRelay.length) {
    seen = lying.seenToClients.length + lying.seenToRelay.length;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function mark(): { toClients: number; toRelay: number } {
  return { toClients: lying.seenToClients.length, toRelay: lying.seenToRelay.length };
}

describe('a lying relay and the case keys', () => {
  it('1. key injection: a key the relay wrapped itself is refused; nothing is sealed under it', async () => {
    const { sessions } = await room(['Expert']);
    const [chair, expert] = sessions as [CaseSession, CaseSession];
    const alarms = alarmsOf(expert);
    const relayKey = newSymmetricKey(globalThis.crypto);
    const epoch = expert.log.currentEpoch + 1;
    const wrapped = toBase64Url(
      await wrapKeyForDevice(globalThis.crypto, relayKey, expert.device.boxPublicSpki, caseKeyContext(expert.room, epoch, expert.device.id)),
    );
    const from = mark();
    for (const conn of lying.connectionsOf(expert.device.id)) {
      conn.toClient(encodeMessage({ type: 'epoch', epoch }));
      conn.toClient(encodeMessage({ type: 'keys', epoch, wrapped }));
    }
    await eventually(() => alarms.some((a) => a.kind === 'key-refused'), 'key refused');
    expect(expert.keyring.has(epoch)).toBe(false);

    expert.doc.getText('t').insert(0, 'Na de injectie: vader belt moeder dagelijks. ');
    chair.doc.getText('t').insert(0, 'Voorzitter: evaluatie op 12 maart. ');
    await converged(sessions);
    expect(await openableBy(writtenAfter(lying, from), [relayKey])).toBe(0);
    expect(expert.status.alarms).toBeGreaterThan(0);
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('2a. box-key swap at approval in the device list: the chair wraps for the key in the signed join, never the relay’s', async () => {
    const chairDevice = makeSyncDevice('Voorzitter');
    const chair = await chairDevice.client.createCase({ relayUrl: lying.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
    const attacker = await attackerDevice();
    const swapped = toBase64Url(attacker.boxPublicSpki);
    const swap = (d: DeviceInfo): DeviceInfo => (d.id === chair.device.id ? d : { ...d, boxPublicKey: swapped });
    lying.toClients = (conn, message) => {
      const msg = asRelayMessage(message);
      if (conn.deviceId !== chair.device.id || msg === undefined) return message;
      if (msg.type === 'peers') return encodeMessage({ ...msg, devices: msg.devices.map(swap) });
      if (msg.type === 'welcome') return encodeMessage({ ...msg, devices: msg.devices.map(swap) });
      return message;
    };
    const invite = await createInvite(chair, { role: 'member', requireApproval: true });
    const newcomerDevice = makeSyncDevice('Jan', { organisation: 'Politie' });
    const newcomer = await newcomerDevice.client.joinByInvite(invite.webLink);
    await statusReached(newcomer, (s) => s.state === 'awaiting-approval', 'waiting for the chair');
    await eventually(() => chair.log.members.get(newcomer.device.id)?.status === 'pending', 'the join is in the chair’s log');
    const [candidate] = await safetyCodesFor(chair, newcomer.device.id);
    expect(candidate?.verified).toBe(true);
    expect(candidate?.code).toBe(await newcomerDevice.client.safetyCode(newcomer.room));
    await approveDevice(chair, newcomer.device.id, candidate!.tokenHash);
    await statusReached(newcomer, (s) => s.state === 'synced', 'admitted');
    const keys = await unwrappableKeys(lying, chair.room, attacker);
    expect(keys.seen).toBeGreaterThan(0);
    expect(keys.unwrapped).toBe(0);
    newcomer.doc.getText('t').insert(0, 'Politie: melding 14 februari. ');
    await converged([chair, newcomer]);
    await Promise.all([chair.destroy(), newcomer.destroy()]);
  });

  it('2b. box-key swap at approval in the join entry itself: the entry is refused, the codes differ, admission is refused', async () => {
    const chairDevice = makeSyncDevice('Voorzitter');
    const chair = await chairDevice.client.createCase({ relayUrl: lying.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
    const alarms = alarmsOf(chair);
    const attacker = await attackerDevice();
    const swapped = toBase64Url(attacker.boxPublicSpki);
    const swapInEntry = (entry: string): string => {
      const wire = JSON.parse(entry) as { signed: string };
      const inner = JSON.parse(wire.signed) as { body: { type: string; device?: { box: string } } };
      if (inner.body.type !== 'join' || inner.body.device === undefined) return entry;
      inner.body.device.box = swapped;
      return JSON.stringify({ ...wire, signed: JSON.stringify(inner) });
    };
    lying.toClients = (conn, message) => {
      const msg = asRelayMessage(message);
      if (conn.deviceId !== chair.device.id || msg === undefined) return message;
      if (msg.type === 'log') return encodeMessage({ ...msg, entries: msg.entries.map(swapInEntry) });
      if (msg.type === 'peers' || msg.type === 'welcome')
        return encodeMessage({ ...msg, devices: msg.devices.map((d) => (d.id === chair.device.id ? d : { ...d, boxPublicKey: swapped })) });
      return message;
    };
    const invite = await createInvite(chair, { role: 'member', requireApproval: true });
    const newcomerDevice = makeSyncDevice('Jan', { organisation: 'Politie' });
    const newcomer = await newcomerDevice.client.joinByInvite(invite.webLink);
    await statusReached(newcomer, (s) => s.state === 'awaiting-approval', 'waiting for the chair');
    await eventually(() => alarms.some((a) => a.kind === 'log-refused'), 'the changed join entry is refused');
    await eventually(() => chair.relayDevices.some((d) => d.id === newcomer.device.id), 'the relay lists the newcomer');
    const candidates = await safetyCodesFor(chair, newcomer.device.id);
    expect(candidates.length).toBeGreaterThan(0);
    const newcomerCode = await newcomerDevice.client.safetyCode(newcomer.room);
    for (const c of candidates) {
      expect(c.verified).toBe(false);
      expect(c.code).not.toBe(newcomerCode);
    }
    await expect(approveDevice(chair, newcomer.device.id, candidates[0]!.tokenHash)).rejects.toThrow(/not in the signed membership/);
    expect((await unwrappableKeys(lying, chair.room, attacker)).unwrapped).toBe(0);
    expect(newcomer.keyring.entries()).toEqual([]);
    await Promise.all([chair.destroy(), newcomer.destroy()]);
  });

  it('3. phantom members at rotation: a removal wraps the new key only for the devices in the signed log', async () => {
    const { devices, sessions } = await room(['Expert', 'Weggaand']);
    const [chair, expert, leaving] = sessions as [CaseSession, CaseSession, CaseSession];
    const attacker = await attackerDevice();
    const phantom: DeviceInfo = {
      id: attacker.id,
      role: 'member',
      label: { name: 'Nieuwe collega', organisation: 'Politie' },
      signPublicKey: toBase64Url(attacker.signPublicSpki),
      boxPublicKey: toBase64Url(attacker.boxPublicSpki),
      status: 'active',
      online: true,
    };
    // The removed member under a new device id, too: the relay lists it as active.
    const rejoined: DeviceInfo = {
      ...phantom,
      id: leaving.device.id === attacker.id ? attacker.id : (toBase64Url(new Uint8Array(16).fill(7)) as DeviceInfo['id']),
      boxPublicKey: toBase64Url(leaving.device.boxPublicSpki),
    };
    lying.toClients = (conn, message) => {
      const msg = asRelayMessage(message);
      if (conn.deviceId !== chair.device.id || msg === undefined) return message;
      if (msg.type === 'peers' || msg.type === 'welcome') return encodeMessage({ ...msg, devices: [...msg.devices, phantom, rejoined] });
      return message;
    };
    for (const conn of lying.connectionsOf(chair.device.id))
      conn.toClient(encodeMessage({ type: 'peers', devices: [...chair.relayDevices, phantom, rejoined] }));
    await eventually(() => chair.relayDevices.some((d) => d.id === attacker.id), 'the relay named the phantom');
    expect(chair.devices.map((d) => d.id)).not.toContain(attacker.id);
    const leavingKeys = leaving.keyring.entries().map((k) => k.key);
    await leaving.destroy();
    await settled();
    const from = mark();
    await removeDevice(chair, leaving.device.id);
    expect(chair.log.currentEpoch).toBe(2);
    const keys = await unwrappableKeys(lying, chair.room, attacker);
    expect(keys.recipients).not.toContain(attacker.id);
    expect(keys.recipients).not.toContain(rejoined.id);
    expect(keys.unwrapped).toBe(0);
    expert.doc.getText('t').insert(0, 'Na de verwijdering: nieuw adres bekend. ');
    await converged([chair, expert]);
    // Neither the relay's made-up devices nor the removed member's old keys open what came after.
    expect(await openableBy(writtenAfter(lying, from), leavingKeys)).toBe(0);
    void devices;
    await Promise.all([chair.destroy(), expert.destroy()]);
  });

  it('4. epoch downgrade: the relay naming the old epoch again is an alarm; content stays under the new key', async () => {
    const { sessions } = await room(['Expert', 'Weggaand']);
    const [chair, expert, leaving] = sessions as [CaseSession, CaseSession, CaseSession];
    const alarms = alarmsOf(expert);
    const leavingKeys = leaving.keyring.entries().map((k) => k.key);
    await leaving.destroy();
    await settled();
    await removeDevice(chair, leaving.device.id);
    await eventually(() => expert.keyring.has(2) && expert.relayEpoch === 2, 'the expert has epoch 2');
    // From now on the relay tells the expert "epoch 1" at every turn.
    lying.toClients = (conn, message) => {
      const msg = asRelayMessage(message);
      if (conn.deviceId !== expert.device.id || msg === undefined) return message;
      if (msg.type === 'welcome') return encodeMessage({ ...msg, epoch: 1 });
      if (msg.type === 'epoch') return encodeMessage({ ...msg, epoch: 1 });
      return message;
    };
    const from = mark();
    for (const conn of lying.connectionsOf(expert.device.id)) conn.toClient(encodeMessage({ type: 'epoch', epoch: 1 }));
    await eventually(() => alarms.some((a) => a.kind === 'epoch-downgrade'), 'downgrade reported');
    expert.doc.getText('t').insert(0, 'Na de verwijdering: moeder verhuist naar de opvang. ');
    await converged([chair, expert]);
    expect(await openableBy(writtenAfter(lying, from), leavingKeys)).toBe(0);
    await Promise.all([chair.destroy(), expert.destroy()]);
  });
});
