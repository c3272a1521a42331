/**
 * A relay that lies about who wrote what and what exists: forged authors (with a removed member
 * or an observer colluding), withheld updates and log entries, forks, replays, reorders, truncated
 * histories and stale snapshots for a new device, and a plain ws:// connection. The real relay on
 * loopback behind the lying proxy (tests/helpers/lyingRelay.ts). Each attack is refused and
 * reported, and the honest clients still converge.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDeliver, encodeSubmit } from '../../shared/protocol/frames.js';
import { encodeMessage } from '../../shared/protocol/messages.js';
import { createInvite, removeDevice } from '../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { deliverFar, forgeUpdate, textUpdate } from '../helpers/attacker.js';
import { asClientMessage, asFrame, asRelayMessage, startLyingRelay, type LyingRelay, type WireMessage } from '../helpers/lyingRelay.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { RedirectingSockets, alarmsOf, converged, docState, eventually, makeSyncDevice, sharedRoom, statusReached } from '../helpers/syncHarness.js';

let relay: TestRelay;
let lying: LyingRelay;
afterEach(async () => {
  await lying.close();
  await relay.stop();
});

async function start(limits: { compactAfter?: number } = {}): Promise<void> {
  relay = await startTestRelay({ limits });
  lying = await startLyingRelay(relay.wsUrl);
}

interface Member {
  readonly name: string;
  readonly role?: 'member' | 'observer';
}

/** A case through the lying relay; `grace`: how long missing updates may stay missing before the alarm. */
function room(members: Member[], grace = 1_500): ReturnType<typeof sharedRoom> {
  return sharedRoom(
    lying.wsUrl,
    TEST_ACCESS_KEY,
    members.map((m) => ({ ...m, organisation: 'Politie' })),
    { withheldGraceMs: grace },
  );
}

function injectTo(session: CaseSession, message: WireMessage): void {
  for (const conn of lying.connectionsOf(session.device.id)) conn.toClient(message);
}

/** True if a DELIVER frame to a client came from `sender`. */
function deliveredFrom(message: WireMessage, sender: string): boolean {
  const frame = asFrame(message);
  return frame?.type === 'deliver' && frame.envelope.header.sender === sender;
}

describe('a lying relay and who wrote what', () => {
  it('5a. a removed member, with the relay, writes in the chair’s name: refused by everyone, nothing applied', async () => {
    await start();
    const { sessions } = await room([{ name: 'Expert' }, { name: 'Weggaand' }]);
    const [chair, expert, leaving] = sessions as [CaseSession, CaseSession, CaseSession];
    const alarms = alarmsOf(expert);
    const kept = { device: leaving.device, keys: leaving.keyring.entries() };
    await leaving.destroy();
    await removeDevice(chair, leaving.device.id);
    const forged = await forgeUpdate({
      room: chair.room,
      epoch: 1,
      key: kept.keys[0]!.key,
      sender: chair.device.id,
      signer: kept.device,
      update: textUpdate('De voorzitter besluit dat de kinderen terug naar vader gaan. '),
    });
    injectTo(expert, deliverFar(forged));
    await eventually(() => alarms.some((a) => a.kind === 'forged-frame' && a.device === chair.device.id), 'forged author refused');
    expect(expert.doc.getText('t').toString()).not.toContain('terug naar vader');
    chair.doc.getText('t').insert(0, 'Besluit: omgang alleen begeleid. ');
    await converged([chair, expert]);
    await Promise.all([chair.destroy(), expert.destroy()]);
  });

  it('5b. an observer (holding the case key) writes through the relay: every client refuses it, not only the relay', async () => {
    await start();
    const { sessions } = await room([{ name: 'Expert' }, { name: 'Waarnemer', role: 'observer' }]);
    const [chair, expert, observer] = sessions as [CaseSession, CaseSession, CaseSession];
    const alarms = [alarmsOf(chair), alarmsOf(expert)];
    const forged = await forgeUpdate({
      room: chair.room,
      epoch: observer.log.currentEpoch,
      key: observer.keyring.entries().at(-1)!.key,
      sender: observer.device.id,
      signer: observer.device,
      update: textUpdate('Waarnemer: geen zorgen meer, dossier sluiten. '),
    });
    injectTo(chair, deliverFar(forged));
    injectTo(expert, deliverFar(forged));
    for (const list of alarms)
      await eventually(() => list.some((a) => a.kind === 'not-a-writer' && a.device === observer.device.id), 'observer change refused');
    for (const s of [chair, expert]) expect(s.doc.getText('t').toString()).not.toContain('dossier sluiten');
    expert.doc.getText('t').insert(0, 'Politie: aangifte opgenomen. ');
    await converged([chair, expert, observer]);
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('5c. a removed member’s own change written after its removal is refused; its earlier work stays', async () => {
    await start();
    const { sessions } = await room([{ name: 'Expert' }, { name: 'Weggaand' }]);
    const [chair, expert, leaving] = sessions as [CaseSession, CaseSession, CaseSession];
    const alarms = alarmsOf(expert);
    leaving.doc.getText('t').insert(0, 'Voor de verwijdering geschreven. ');
    await converged([chair, expert, leaving]);
    const kept = { device: leaving.device, keys: leaving.keyring.entries() };
    await leaving.destroy();
    await removeDevice(chair, leaving.device.id);
    const forged = await forgeUpdate({
      room: chair.room,
      epoch: 1,
      key: kept.keys[0]!.key,
      sender: kept.device.id,
      signer: kept.device,
      update: textUpdate('Na de verwijdering: ik wil alles nog kunnen lezen. '),
      counter: 50,
    });
    injectTo(expert, deliverFar(forged));
    await eventually(() => alarms.some((a) => a.kind === 'removed-device'), 'post-removal change refused');
    expect(expert.doc.getText('t').toString()).toContain('Voor de verwijdering geschreven.');
    expect(expert.doc.getText('t').toString()).not.toContain('Na de verwijdering');
    await converged([chair, expert]);
    await Promise.all([chair.destroy(), expert.destroy()]);
  });
});

describe('a lying relay and what exists', () => {
  it('6a. withholding one member’s updates from another is noticed (presence heads), and what is written is not lost', async () => {
    await start();
    const { sessions } = await room([{ name: 'Expert B' }, { name: 'Expert C' }]);
    const [chair, b, c] = sessions as [CaseSession, CaseSession, CaseSession];
    const alarms = alarmsOf(b);
    lying.toClients = (conn, message) => (conn.deviceId === b.device.id && deliveredFrom(message, chair.device.id) ? null : message);
    chair.doc.getText('t').insert(0, 'Alleen de voorzitter schreef dit. ');
    await eventually(() => c.doc.getText('t').toString().includes('Alleen de voorzitter'), 'C has it');
    await eventually(() => alarms.some((a) => a.kind === 'withheld' && a.device === chair.device.id), 'B notices', 10_000);
    expect(b.doc.getText('t').toString()).not.toContain('Alleen de voorzitter');
    // The relay stops lying: a fresh login brings everything.
    lying.toClients = undefined;
    b.disconnect();
    b.connect();
    await converged([chair, b, c]);
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('6b. withholding is noticed within 30 s with the default grace', async () => {
    await start();
    const { sessions } = await room([{ name: 'Expert B' }], 20_000);
    const [chair, b] = sessions as [CaseSession, CaseSession];
    const alarms = alarmsOf(b);
    lying.toClients = (conn, message) => (conn.deviceId === b.device.id && deliveredFrom(message, chair.device.id) ? null : message);
    const started = Date.now();
    chair.doc.getText('t').insert(0, 'Achtergehouden. ');
    await eventually(() => alarms.some((a) => a.kind === 'withheld'), 'B notices within 30 s', 30_000);
    console.log(`withheld noticed after ${Date.now() - started} ms`);
    expect(Date.now() - started).toBeLessThanOrEqual(30_000);
    await Promise.all(sessions.map((s) => s.destroy()));
  }, 40_000);

  it('6c. a forked membership log (one entry for the chair, another for an expert) is noticed on both sides', async () => {
    await start();
    const { sessions } = await room([{ name: 'Expert B' }]);
    const [chair, b] = sessions as [CaseSession, CaseSession];
    const alarms = [alarmsOf(chair), alarmsOf(b)];
    // The relay keeps the chair's first attempt for itself (answering "conflict"), lets the second
    // through, and shows B the first one: two validly signed entries at one index.
    let kept: { index: number; entry: string } | undefined;
    lying.toRelay = (conn, message) => {
      const msg = asClientMessage(message);
      if (conn.deviceId === chair.device.id && msg?.type === 'append-log' && kept === undefined) {
        kept = { index: msg.index, entry: msg.entry };
        conn.toClient(
          encodeMessage({ type: 'error', code: 4409, reason: 'conflict', message: 'conflict', retry: true, ...(msg.id === undefined ? {} : { id: msg.id }) }),
        );
        return null;
      }
      return message;
    };
    lying.toClients = (conn, message) => {
      const msg = asRelayMessage(message);
      if (conn.deviceId !== b.device.id || msg?.type !== 'log' || kept === undefined) return message;
      return encodeMessage({ ...msg, entries: msg.entries.map((e, i) => (msg.from + i === kept!.index ? kept!.entry : e)) });
    };
    await createInvite(chair, { role: 'member', requireApproval: false });
    expect(kept).toBeDefined();
    for (const list of alarms) await eventually(() => list.some((a) => a.kind === 'fork'), 'fork noticed', 10_000);
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('replayed and reordered updates: applied once, in any order, no alarm, converged', async () => {
    await start();
    const { sessions } = await room([{ name: 'Expert B' }]);
    const [chair, b] = sessions as [CaseSession, CaseSession];
    const alarms = alarmsOf(b);
    const seen: Uint8Array[] = [];
    let held: WireMessage | undefined;
    lying.toClients = (conn, message) => {
      if (conn.deviceId !== b.device.id || !deliveredFrom(message, chair.device.id)) return message;
      seen.push(message as Uint8Array);
      // Hold the first update back and deliver it after the second.
      if (seen.length === 1) {
        held = message;
        return null;
      }
      if (seen.length === 2 && held !== undefined) return [message, held];
      return message;
    };
    chair.doc.getText('t').insert(0, 'een ');
    await chair.flush();
    await new Promise((r) => setTimeout(r, 100));
    chair.doc.getText('t').insert(0, 'twee ');
    await converged([chair, b]);
    lying.toClients = undefined;
    const before = docState(b.doc);
    const replay = asFrame(seen[0]!);
    if (replay?.type !== 'deliver') throw new Error('no frame to replay');
    injectTo(b, encodeDeliver(1_000_500, replay.envelope.bytes));
    await new Promise((r) => setTimeout(r, 500));
    expect(docState(b.doc)).toBe(before);
    expect(alarms).toEqual([]);
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('a truncated membership log for a newcomer (cut before its invite) stops the join: nothing is trusted', async () => {
    await start();
    const chairDevice = makeSyncDevice('Voorzitter');
    const chair = await chairDevice.client.createCase({ relayUrl: lying.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
    const invite = await createInvite(chair, { role: 'member', requireApproval: false });
    const cut = chair.log.length - 1; // the invite entry is the last one
    lying.toClients = (conn, message) => {
      const msg = asRelayMessage(message);
      if (conn.deviceId === chair.device.id || msg?.type !== 'log') return message;
      return encodeMessage({ ...msg, entries: msg.entries.slice(0, Math.max(0, cut - msg.from)) });
    };
    const newcomer = await makeSyncDevice('Jan', { organisation: 'Politie' }).client.joinByInvite(invite.webLink);
    await statusReached(newcomer, (s) => s.state === 'error' && s.error === 'untrusted-relay', 'the join stops');
    expect(newcomer.log.members.has(newcomer.device.id)).toBe(false);
    await Promise.all([chair.destroy(), newcomer.destroy()]);
  });

  it('a stale snapshot and a cut history for a newcomer are noticed: the streams the inviter saw are not all there', async () => {
    await start({ compactAfter: 4 });
    const { sessions } = await room([{ name: 'Expert B' }]);
    const [chair, b] = sessions as [CaseSession, CaseSession];
    // Keep the first snapshot the chair or B writes.
    let stale: Uint8Array | undefined;
    lying.toRelay = (_conn, message) => {
      const frame = asFrame(message);
      if (frame?.type === 'submit' && frame.envelope.header.kind === 'snapshot' && stale === undefined) stale = frame.envelope.bytes.slice();
      return message;
    };
    for (let i = 0; i < 12; i++) {
      (i % 2 === 0 ? chair : b).doc.getText('t').insert(0, `regel ${i}. `);
      await (i % 2 === 0 ? chair : b).flush();
      await new Promise((r) => setTimeout(r, 30));
    }
    await converged([chair, b]);
    await eventually(() => stale !== undefined, 'a snapshot was written');
    const invite = await createInvite(chair, { role: 'member', requireApproval: false });
    const staleFrame = asFrame(encodeSubmit(stale!));
    if (staleFrame?.type !== 'submit') throw new Error('no snapshot');
    const staleSeq = staleFrame.envelope.header.baseSeq;
    const newcomerDevice = makeSyncDevice('Jan', { organisation: 'Politie' });
    const newcomerId = await newcomerDevice.client.deviceId();
    let replaced = false;
    lying.toClients = (conn, message) => {
      if (conn.deviceId !== newcomerId) return message;
      const frame = asFrame(message);
      if (frame?.type === 'deliver') {
        if (!replaced) {
          replaced = true;
          return encodeDeliver(staleSeq, stale!);
        }
        return null;
      }
      const msg = asRelayMessage(message);
      if (msg?.type === 'caught-up') return encodeMessage({ ...msg, head: staleSeq });
      return message;
    };
    const newcomer = await newcomerDevice.client.joinByInvite(invite.webLink);
    const alarms = alarmsOf(newcomer);
    await eventually(() => alarms.some((a) => a.kind === 'withheld') || newcomer.status.alarms > 0, 'the cut history is noticed');
    await Promise.all([chair.destroy(), b.destroy(), newcomer.destroy()]);
  });
});

describe('the connection', () => {
  it('7. a plain ws:// relay outside this machine is refused unless allowed for a closed network; loopback is fine', async () => {
    await start();
    const device = makeSyncDevice('Voorzitter');
    await expect(device.client.createCase({ relayUrl: 'ws://192.168.10.4:4455', accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' })).rejects.toThrow(
      /insecure-transport/,
    );
    expect(await device.client.listCases()).toEqual([]);
    const local = await device.client.createCase({ relayUrl: lying.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    expect(local.status.state).not.toBe('error');
    await local.destroy();
    // The same LAN address, where the operator named a closed network: allowed (the sockets reach the test relay).
    const sockets = new RedirectingSockets(lying.wsUrl);
    const lan = makeSyncDevice('Voorzitter', { sockets, allowUnprotected: async (url) => url === 'ws://192.168.10.4:4455' });
    const allowed = await lan.client.createCase({ relayUrl: 'ws://192.168.10.4:4455', accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    await statusReached(allowed, (s) => s.state === 'synced', 'connected over the allowed closed network');
    await allowed.destroy();
  });
});
