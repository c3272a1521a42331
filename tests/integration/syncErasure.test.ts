/**
 * Erasure end to end, against the real relay and its SQLite file: the chair erases a case; no byte of
 * the room's ciphertext (frames, snapshot, wrapped keys, invite package, membership log) remains in
 * the database file or its WAL; the access log remains, content-free; a connected member's device
 * deletes the case at once, an offline one when it connects. As the attacker: an expert asking to
 * erase, an erasure for another room, and a relay claiming an erasure with a forged or without any
 * erase entry — each refused (and logged, where the relay refuses), and nothing is deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { encodeMessage } from '../../shared/protocol/messages.js';
import type { SecurityAlarm } from '../../shared/sync/integrity/alarms.js';
import type { MemoryCaseStore } from '../../shared/sync/local/memoryCaseStore.js';
import { createInvite, eraseCase, readAccessLog } from '../../shared/sync/membership/caseAdmin.js';
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

const TODAY = '2026-03-01';

interface Room {
  readonly chair: TestDeviceSetup;
  readonly session: CaseSession;
  readonly experts: TestDeviceSetup[];
  readonly joined: CaseSession[];
}

/** A case with a chair and experts (all synced), each of whom wrote something; frames and an invite package are stored. */
async function room(url: string, experts: number): Promise<Room> {
  const chair = makeSyncDevice('Voorzitter');
  const session = await chair.client.createCase({ relayUrl: url, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
  const devices: TestDeviceSetup[] = [];
  const joined: CaseSession[] = [];
  for (let i = 0; i < experts; i++) {
    const invite = await createInvite(session, { role: 'member', requireApproval: false });
    const d = makeSyncDevice(`Expert ${i + 1}`, { organisation: 'Politie' });
    devices.push(d);
    const s = await d.client.joinByInvite(invite.webLink);
    await statusReached(s, (st) => st.state === 'synced', 'expert synced');
    await d.client.setCaseIndex(s.room, { title: 'Gezin Kwartel', status: 'afgesloten', lastChange: 1 });
    s.doc.getText('t').insert(0, `Expert ${i + 1} schreef dit. `);
    joined.push(s);
  }
  session.doc.getText('t').insert(0, 'Voorzitter schreef dit. ');
  await createInvite(session, { role: 'observer', requireApproval: true }); // an open invite with its package
  await eventually(() => joined.every((s) => s.doc.getText('t').length === session.doc.getText('t').length), 'everyone converged');
  await Promise.all([session, ...joined].map((s) => statusReached(s, (st) => st.state === 'synced', 'synced')));
  return { chair, session, experts: devices, joined };
}

/** Every byte of the relay's files (database, WAL, shared memory), after a checkpoint. */
function relayFiles(): Buffer {
  return Buffer.concat(
    fs
      .readdirSync(relay.dataDir)
      .map((f) => path.join(relay.dataDir, f))
      .filter((f) => fs.statSync(f).isFile())
      .map((f) => fs.readFileSync(f)),
  );
}

/** What of the room the relay held, as the clients received it: frame ciphertexts, wrapped keys, log entries. */
function roomBytes(devices: TestDeviceSetup[]): Buffer[] {
  const out: Buffer[] = [];
  for (const d of devices) for (const frame of d.sockets.received) if (frame.length > 64) out.push(Buffer.from(frame.subarray(frame.length - 48)));
  return out;
}

describe('erasure', () => {
  it('deletes every byte of the room from the relay, keeps the access log content-free, and empties a connected and an offline device', async () => {
    const { chair, session, experts, joined } = await room(relay.wsUrl, 2);
    const [online, offline] = experts as [TestDeviceSetup, TestDeviceSetup];
    const roomId = session.room;
    const logTexts = session.log.texts();
    const ciphertexts = roomBytes(experts);
    expect(ciphertexts.length).toBeGreaterThan(0);
    await joined[1]!.destroy(); // the second expert is offline
    const before = relayFiles();
    expect(ciphertexts.some((c) => before.includes(c)) || logTexts.some((t) => before.includes(Buffer.from(t)))).toBe(true);

    const onlineAlarms: SecurityAlarm[] = [];
    joined[0]!.on('alarm', (a) => onlineAlarms.push(a));
    const onlineGone = new Promise((resolve) => joined[0]!.on('gone', resolve));
    await eraseCase(session, 'besluit_voorzitter', TODAY);
    expect(session.gone).toBe('erased');
    expect(await onlineGone).toBe('erased');
    expect((chair.store as MemoryCaseStore).holds(roomId)).toBe(false);
    await eventually(() => !(online.store as MemoryCaseStore).holds(roomId), 'online expert emptied');
    expect([...online.vault.entries.keys()].filter((n) => n.includes(roomId))).toEqual([]);
    // A true erasure is no alarm: the entry came before the close.
    expect(onlineAlarms).toEqual([]);

    // The relay's files after its checkpoint: no frame ciphertext, no log entry of the room.
    const after = relayFiles();
    for (const c of ciphertexts) expect(after.includes(c)).toBe(false);
    for (const t of logTexts) expect(after.includes(Buffer.from(t))).toBe(false);

    // The access log remains, content-free, for the operator; it says the room was erased.
    const db = new Database(path.join(relay.dataDir, 'relay.db'), { readonly: true });
    const rows = db.prepare('SELECT event, detail, name, organisation FROM access_log WHERE room = ?').all(roomId) as Array<Record<string, string>>;
    db.close();
    expect(rows.map((r) => r['event'])).toEqual(expect.arrayContaining(['room-created', 'connect', 'room-erased']));
    expect(JSON.stringify(rows)).not.toContain('schreef dit');
    expect(JSON.stringify(rows)).not.toContain('Kwartel');

    // The offline expert, when it connects: told, checks the signed erasure, deletes, says so.
    expect((offline.store as MemoryCaseStore).holds(roomId)).toBe(true);
    const back = await offline.client.openCase(roomId);
    await eventually(() => back.gone === 'erased', 'offline expert erased on reconnect');
    await eventually(() => !(offline.store as MemoryCaseStore).holds(roomId), 'offline expert emptied');
    expect([...offline.vault.entries.keys()].filter((n) => n.includes(roomId))).toEqual([]);
    expect(await offline.client.listNotices()).toEqual([
      expect.objectContaining({ title: 'Gezin Kwartel', reason: 'erased', erasedFor: 'besluit_voorzitter' }),
    ]);
    await Promise.all([session.destroy(), joined[0]!.destroy(), back.destroy()]);
  });
});

describe('erasure as the attacker', () => {
  it('an expert asking the relay to erase is refused and logged; nothing is deleted', async () => {
    const { session, experts, joined } = await room(relay.wsUrl, 1);
    const expert = joined[0]!;
    const log = expert.log;
    const entry = await signEntry(
      globalThis.crypto,
      await experts[0]!.client.keys.deviceKeys(),
      nextContent(expert.room, log.length, log.headHash, expert.device.id, { type: 'erase', reden: 'besluit_voorzitter', datum: TODAY }, Date.now()),
    );
    await expect(expert.request({ type: 'erase-room', room: expert.room, index: log.length, entry })).rejects.toMatchObject({
      code: CloseCodes.forbidden.code,
    });
    // The case is whole: the chair writes, the expert reads.
    session.doc.getText('t').insert(0, 'Nog steeds hier. ');
    await eventually(() => expert.doc.getText('t').toString().startsWith('Nog steeds hier.'), 'still synced');
    expect(expert.gone).toBeUndefined();
    const rows = await readAccessLog(session);
    expect(rows.some((r) => r.event === 'refused' && r.detail === 'erase-not-admin')).toBe(true);
    await Promise.all([session.destroy(), expert.destroy()]);
  });

  it('the chair of one room cannot erase another room: refused and logged in both; the other room is whole', async () => {
    const first = await room(relay.wsUrl, 0);
    const second = await room(relay.wsUrl, 1);
    const log = first.session.log;
    const entry = await signEntry(
      globalThis.crypto,
      await first.chair.client.keys.deviceKeys(),
      nextContent(
        second.session.room,
        second.session.log.length,
        second.session.log.headHash,
        first.session.device.id,
        { type: 'erase', reden: 'besluit_voorzitter', datum: TODAY },
        Date.now(),
      ),
    );
    await expect(first.session.request({ type: 'erase-room', room: second.session.room, index: log.length, entry })).rejects.toMatchObject({
      code: CloseCodes.forbidden.code,
    });
    second.session.doc.getText('t').insert(0, 'Kamer twee leeft. ');
    await eventually(() => second.joined[0]!.doc.getText('t').toString().startsWith('Kamer twee leeft.'), 'second room still synced');
    expect((await readAccessLog(first.session)).some((r) => r.event === 'refused' && r.detail === 'erase-other-room')).toBe(true);
    expect((await readAccessLog(second.session)).some((r) => r.event === 'refused' && r.detail === 'erase-other-room')).toBe(true);
    await Promise.all([first.session.destroy(), second.session.destroy(), second.joined[0]!.destroy()]);
  });

  it('a relay that says a room was erased, without the chair’s entry or with a forged one, makes no device delete anything', async () => {
    const { session, experts, joined } = await room(lying.wsUrl, 2);
    const [a, b] = joined as [CaseSession, CaseSession];
    const alarms: SecurityAlarm[] = [];
    a.on('alarm', (x) => alarms.push(x));
    b.on('alarm', (x) => alarms.push(x));
    // To a: "erased", then 4410, with no entry at all.
    for (const c of lying.connectionsOf(a.device.id)) c.closeClient(CloseCodes.gone.code, 'gone');
    // To b: "erased" with an erase entry the relay signed itself, naming the chair.
    const forger = makeSyncDevice('Relay');
    const forged = await signEntry(
      globalThis.crypto,
      await forger.client.keys.deviceKeys(),
      nextContent(b.room, b.log.length, b.log.headHash, session.device.id, { type: 'erase', reden: 'bewaartermijn', datum: TODAY }, Date.now()),
    );
    for (const c of lying.connectionsOf(b.device.id)) {
      c.toClient(encodeMessage({ type: 'erased', from: b.log.length, entries: [forged] }));
      c.closeClient(CloseCodes.gone.code, 'gone');
    }
    await statusReached(a, (s) => s.state === 'error' && s.error === 'erase-unproven', 'a refuses the claim');
    await statusReached(b, (s) => s.state === 'error' && s.error === 'erase-unproven', 'b refuses the forged entry');
    expect(alarms.filter((x) => x.kind === 'erase-unproven').map((x) => x.room)).toHaveLength(2);
    for (const [d, s] of [
      [experts[0]!, a],
      [experts[1]!, b],
    ] as const) {
      expect(s.gone).toBeUndefined();
      expect((d.store as MemoryCaseStore).holds(s.room)).toBe(true);
      expect((await d.client.keys.caseKeys(s.room)).size).toBeGreaterThan(0);
      expect(await d.client.listNotices()).toEqual([]);
    }
    await Promise.all([session.destroy(), a.destroy(), b.destroy()]);
  });
});
