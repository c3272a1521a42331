// The relay on loopback with real ws clients and a real SQLite file: fan-out, ordering,
// catch-up, idempotent resends, awareness, compaction, logs without content.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ACCESS_KEY, startTestRelay, type TestRelay } from '../helpers/startRelay.js';
import { TestClient, makeDevice, newInviteToken, newRoomId, type TestDevice } from '../helpers/relayClient.js';
import type { RoomId } from '../../shared/protocol/index.js';

let relay: TestRelay | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await relay?.stop();
  relay = undefined;
});

async function roomWithMember(
  r: TestRelay,
  opts: { role?: 'member' | 'observer' } = {},
): Promise<{ room: RoomId; admin: TestClient; member: TestClient; adminDevice: TestDevice; memberDevice: TestDevice }> {
  const room = newRoomId();
  const adminDevice = await makeDevice('Voorzitter', 'Veilig Thuis');
  const admin = await TestClient.connect(r.wsUrl, adminDevice, { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
  const { token, tokenHash } = newInviteToken();
  const ok = await admin.request({
    type: 'create-invite',
    tokenHash,
    role: opts.role ?? 'member',
    expiresAt: Date.now() + 60_000,
    package: 'cGFja2FnZQ',
    requireApproval: false,
  });
  expect(ok.type).toBe('ok');
  const memberDevice = await makeDevice('Expert', 'Jeugdbescherming');
  const member = await TestClient.connect(r.wsUrl, memberDevice, { type: 'redeem', room, token });
  clients.push(admin, member);
  return { room, admin, member, adminDevice, memberDevice };
}

describe('relay: fan-out, order, catch-up', () => {
  it('acks after commit, fans out in seq order, and lets a returning device catch up from a seq', async () => {
    relay = await startTestRelay();
    const { room, admin, member, memberDevice } = await roomWithMember(relay);
    const ids = Array.from({ length: 50 }, () => admin.submitUpdate());
    const acks = await Promise.all(ids.map((id) => admin.ack(id)));
    expect(acks.map((a) => a.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    await member.until(() => (member.delivered.size === 50 ? true : undefined), '50 delivers');
    expect(member.deliveredOrder).toEqual(acks.map((a) => a.seq));
    expect(admin.delivered.size).toBe(0); // no echo to the sender

    await member.close();
    const later = Array.from({ length: 10 }, () => admin.submitUpdate());
    await Promise.all(later.map((id) => admin.ack(id)));
    const back = await TestClient.connect(relay.wsUrl, memberDevice, { type: 'hello', room, since: 50 });
    clients.push(back);
    expect(back.deliveredOrder).toEqual(Array.from({ length: 10 }, (_, i) => 51 + i));
    expect(back.messages.find((m) => m.type === 'caught-up')).toEqual({ type: 'caught-up', head: 60 });
    // What arrives is byte for byte what was sent.
    expect(back.delivered.get(51)).toEqual(admin.sent.get(later[0]!));
    expect(member.delivered.get(1)).toEqual(admin.sent.get(ids[0]!));
  });

  it('gives a resent (device, msgId) its original seq and stores it once', async () => {
    relay = await startTestRelay();
    const { admin, member } = await roomWithMember(relay);
    const first = await admin.ack(admin.submitUpdate({ msgId: 7 }));
    admin.submitUpdate({ msgId: 7 });
    admin.submitUpdate({ msgId: 7 });
    const other = await admin.ack(admin.submitUpdate({ msgId: 8 }));
    await admin.until(() => (admin.messages.filter((m) => m.type === 'ack' && m.msgId === 7).length === 3 ? true : undefined), 'three acks');
    expect(admin.messages.filter((m) => m.type === 'ack' && m.msgId === 7).map((m) => (m.type === 'ack' ? m.seq : 0))).toEqual([
      first.seq,
      first.seq,
      first.seq,
    ]);
    expect(other.seq).toBe(first.seq + 1);
    await member.until(() => (member.delivered.size === 2 ? true : undefined), 'two delivers');
    expect(member.deliveredOrder).toEqual([1, 2]);
  });

  it('forwards awareness to the room without storing it', async () => {
    relay = await startTestRelay();
    const { room, admin, member, memberDevice } = await roomWithMember(relay);
    const sent = member.sendAwareness();
    await admin.until(() => (admin.ephemeral.length === 1 ? true : undefined), 'awareness');
    expect(admin.ephemeral[0]).toEqual(sent);
    await member.close();
    const back = await TestClient.connect(relay.wsUrl, memberDevice, { type: 'hello', room, since: 0 });
    clients.push(back);
    expect(back.delivered.size).toBe(0);
    expect(back.ephemeral.length).toBe(0);
  });

  it('announces peers when someone joins or leaves', async () => {
    relay = await startTestRelay();
    const { admin, member, memberDevice } = await roomWithMember(relay);
    await admin.waitFor('peers', (m) => m.devices.some((d) => d.id === memberDevice.id && d.online));
    const from = admin.messages.length;
    await member.close();
    await admin.waitFor('peers', (m) => m.devices.some((d) => d.id === memberDevice.id && !d.online), from);
  });
});

describe('relay: compaction', () => {
  it('asks a writer for a snapshot, keeps the stored log bounded, and serves snapshot + tail', async () => {
    const compactAfter = 40;
    relay = await startTestRelay({ limits: { compactAfter } });
    const { room, admin, member } = await roomWithMember(relay);
    const dbFile = path.join(relay.dataDir, 'relay.db');
    let asked = 0;
    let applied = 0;
    for (let round = 0; round < 6; round++) {
      const ids = Array.from({ length: 50 }, () => (round % 2 === 0 ? admin : member).submitUpdate());
      const writer = round % 2 === 0 ? admin : member;
      const acks = await Promise.all(ids.map((id) => writer.ack(id)));
      applied = acks.at(-1)!.seq;
      const ask = await Promise.race(
        [admin, member].map((c) => c.waitFor('please-compact', (m) => m.upTo >= applied - 50 && m.upTo > asked).then((m) => ({ c, m }))),
      );
      asked = ask.m.upTo;
      const snapAck = await ask.c.ack(ask.c.submitSnapshot(ask.m.upTo));
      expect(snapAck.seq).toBe(ask.m.upTo);
    }
    // A stale snapshot (not newer than the current one) is refused with 4409 and changes nothing.
    const staleId = admin.submitSnapshot(asked);
    expect((await admin.error((e) => e.msgId === staleId)).code).toBe(4409);
    const aheadId = admin.submitSnapshot(applied + 5);
    expect((await admin.error((e) => e.msgId === aheadId)).code).toBe(4409);

    // Stored frames: at most the tail since the previous snapshot (bounded by ~2 x threshold + a round).
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(dbFile, { readonly: true });
    const count = (db.prepare('SELECT COUNT(*) AS n FROM frames WHERE room = ?').get(room) as { n: number }).n;
    const snaps = (db.prepare('SELECT COUNT(*) AS n FROM snapshots WHERE room = ?').get(room) as { n: number }).n;
    db.close();
    expect(applied).toBe(300);
    expect(count).toBeLessThanOrEqual(2 * 50 + compactAfter);
    expect(snaps).toBe(2); // current + previous

    const newcomer = await makeDevice('Nieuw', 'GGD');
    const { token, tokenHash } = newInviteToken();
    await admin.request({ type: 'create-invite', tokenHash, role: 'observer', expiresAt: Date.now() + 60_000, package: 'cA', requireApproval: false });
    const late = await TestClient.connect(relay.wsUrl, newcomer, { type: 'redeem', room, token });
    clients.push(late);
    const first = late.deliveredOrder[0]!;
    expect(first).toBe(asked); // the snapshot, delivered with its base seq
    expect(late.deliveredOrder.slice(1)).toEqual(Array.from({ length: applied - asked }, (_, i) => asked + 1 + i));
  });
});

describe('relay: logs', () => {
  it('never writes frame bodies, tokens, access keys or names to its logs', async () => {
    relay = await startTestRelay();
    const { admin, member } = await roomWithMember(relay);
    const marker = Buffer.from('GEHEIM-CASUS-INHOUD-'.repeat(4));
    // A "ciphertext" that happens to be readable text: still must not reach the logs.
    const ids = [admin.submitUpdate(), member.submitUpdate()];
    await Promise.all([admin.ack(ids[0]!), member.ack(ids[1]!)]);
    admin.sendBinary(Buffer.concat([Buffer.from([0x01, 0x01, 0x01]), marker])); // malformed, gets closed
    await admin.closed;
    const logs = relay.logLines.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('GEHEIM');
    expect(logs).not.toContain(TEST_ACCESS_KEY);
    expect(logs).not.toContain('Voorzitter');
    expect(logs).not.toContain('Jeugdbescherming');
    const files = fs.readdirSync(relay.dataDir).filter((f) => f.endsWith('.log'));
    expect(files).toEqual([]);
  });
});
