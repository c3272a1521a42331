// Two relay nodes on one real PostgreSQL (child processes, HAProxy in front): a room with
// devices on both nodes behaves as on one relay — one seq order, fan-out, awareness, the
// membership log, epochs and keys, who is online, the per-room connection limit — and a
// removal on node A closes the removed device on node B at once, with the chair's `ok {head}`
// covering every frame that device committed through node B.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, entryShaped, expectRefused, makeDevice, newInviteToken, newRoomId, randomEnvelope, type TestDevice } from '../helpers/relayClient.js';
import { startRelayCluster, type RelayCluster } from '../helpers/relayCluster.js';
import { TEST_ACCESS_KEY } from '../helpers/startRelay.js';
import { encodeEphemeral, type RoomId } from '../../shared/protocol/index.js';
import { deviceIdFromBytes } from '../../shared/protocol/ids.js';

let cluster: RelayCluster;
const clients: TestClient[] = [];
beforeAll(async () => {
  cluster = await startRelayCluster(['--connections-per-room', '4', '--frames-per-second', '5000', '--frame-burst', '5000']);
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await cluster?.stop();
});

const nodeA = () => cluster.nodes[0]!.wsUrl;
const nodeB = () => cluster.nodes[1]!.wsUrl;

async function invite(admin: TestClient, role: 'member' | 'observer' = 'member'): Promise<string> {
  const { token, tokenHash } = newInviteToken();
  const ok = await admin.request({ type: 'create-invite', tokenHash, role, expiresAt: Date.now() + 60_000, package: 'cGFja2FnZQ', requireApproval: false });
  expect(ok.type).toBe('ok');
  return token;
}

async function roomAcrossNodes(): Promise<{ room: RoomId; admin: TestClient; member: TestClient; memberDevice: TestDevice }> {
  const room = newRoomId();
  const admin = await TestClient.connect(nodeA(), await makeDevice('Voorzitter', 'Veilig Thuis'), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
  const memberDevice = await makeDevice('Expert', 'Politie');
  const member = await TestClient.connect(nodeB(), memberDevice, { type: 'redeem', room, token: await invite(admin) });
  clients.push(admin, member);
  return { room, admin, member, memberDevice };
}

const acks = (c: TestClient) => c.messages.filter((m) => m.type === 'ack');

describe('two relay nodes on one PostgreSQL', () => {
  it('give devices on both nodes one room: one seq order, fan-out, awareness, log, epoch, keys and who is online', async () => {
    const { room, admin, member, memberDevice } = await roomAcrossNodes();
    // Both write at once: one gap-free sequence, each sees the other's frames in seq order.
    const fromA = Array.from({ length: 60 }, () => admin.submitUpdate());
    const fromB = Array.from({ length: 60 }, () => member.submitUpdate());
    await Promise.all([...fromA.map((id) => admin.ack(id)), ...fromB.map((id) => member.ack(id))]);
    const seqs = [...acks(admin), ...acks(member)].map((m) => (m.type === 'ack' ? m.seq : 0)).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    await admin.until(() => (admin.delivered.size === 60 ? true : undefined), 'A gets B’s frames');
    await member.until(() => (member.delivered.size === 60 ? true : undefined), 'B gets A’s frames');
    expect(admin.deliveredOrder).toEqual([...admin.deliveredOrder].sort((x, y) => x - y));
    // Never an echo of one's own frame, whichever node's commit a gap fill read first.
    for (const c of [admin, member]) for (const m of acks(c)) if (m.type === 'ack') expect(c.delivered.has(m.seq)).toBe(false);
    expect(member.deliveredOrder).toEqual([...member.deliveredOrder].sort((x, y) => x - y));
    for (const id of fromB) {
      const seq = acks(member).find((m) => m.type === 'ack' && m.msgId === id)!;
      expect(admin.delivered.get(seq.type === 'ack' ? seq.seq : 0)).toEqual(member.sent.get(id));
    }

    // Awareness crosses nodes, small and large (the large one is parked in the database).
    const small = admin.sendAwareness();
    const large = randomEnvelope({ kind: 'awareness', room, epoch: 1, sender: admin.device.id, msgId: 9_999, bodyBytes: 20_000 });
    admin.sendBinary(encodeEphemeral(large));
    for (const sent of [small, large]) {
      await member.until(() => (member.ephemeral.some((e) => Buffer.compare(Buffer.from(e), Buffer.from(sent)) === 0) ? true : undefined), 'awareness on B');
    }

    // Who is online: both devices, though each node holds only one of them.
    const peers = await admin.waitFor('peers', (m) => m.devices.filter((d) => d.online).length === 2);
    expect(peers.devices.find((d) => d.id === memberDevice.id)?.online).toBe(true);

    // A membership entry appended on node A reaches node B.
    const entry = entryShaped(room, 1, admin.device.id, 'role');
    expect((await admin.request({ type: 'append-log', index: 1, entry })).type).toBe('ok');
    await member.waitFor('log', (m) => m.entries.includes(entry));
    // The compare-and-swap holds across nodes: B's device may not take index 1 any more.
    const lost = await member.request({ type: 'append-log', index: 1, entry: entryShaped(room, 1, memberDevice.id, 'join') });
    expect(lost.type === 'error' && lost.code).toBe(4409);

    // A new epoch with keys, put on node A, reaches the member on node B.
    expect((await admin.request({ type: 'put-keys', epoch: 2, entries: [{ deviceId: memberDevice.id, wrapped: 'd3JhcHBlZA' }] })).type).toBe('ok');
    await member.waitFor('epoch', (m) => m.epoch === 2);
    await member.waitFor('keys', (m) => m.epoch === 2 && m.wrapped === 'd3JhcHBlZA');
    // A frame under the old epoch is refused on node B too.
    const old = member.submitUpdate({ epoch: 1 });
    expect((await member.error((e) => e.msgId === old)).code).toBe(4409);
  });

  it('count a room’s connections on both nodes against its limit', async () => {
    const { room, admin, memberDevice } = await roomAcrossNodes();
    // Limit 4: admin (A) and member (B) are in; two more fit, on either node; the fifth is refused.
    const more = [
      await TestClient.connect(nodeA(), memberDevice, { type: 'hello', room, since: 0 }),
      await TestClient.connect(nodeB(), admin.device, { type: 'hello', room, since: 0 }),
    ];
    clients.push(...more);
    expect(await expectRefused(nodeA(), memberDevice, { type: 'hello', room, since: 0 })).toBe(4429);
    expect(await expectRefused(nodeB(), memberDevice, { type: 'hello', room, since: 0 })).toBe(4429);
    await more[0]!.close();
    await new Promise((r) => setTimeout(r, 300));
    clients.push(await TestClient.connect(nodeB(), memberDevice, { type: 'hello', room, since: 0 }));
  });

  it('close a device removed on node A on node B within a second; the chair’s head covers all it committed there', async () => {
    const { room, admin, member, memberDevice } = await roomAcrossNodes();
    // The member streams on node B while the chair removes it on node A.
    let streaming = true;
    const stream = (async () => {
      while (streaming && member.closeInfo === undefined) {
        for (let i = 0; i < 10; i++) member.submitUpdate();
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    await member.until(() => (acks(member).length >= 100 ? true : undefined), '100 acks on B');
    const started = Date.now();
    const ok = await admin.request({ type: 'remove-device', deviceId: memberDevice.id });
    const closed = await member.closed;
    const closedAfter = Date.now() - started;
    streaming = false;
    await stream;
    expect(closed.code).toBe(4403);
    expect(closedAfter).toBeLessThan(1_000);
    expect(ok.type === 'ok' && ok.head).toBeGreaterThan(0);
    const head = ok.type === 'ok' ? ok.head! : 0;
    // Every frame the relay acknowledged to the removed device is at or below the head…
    for (const m of acks(member)) if (m.type === 'ack') expect(m.seq).toBeLessThanOrEqual(head);
    // …and reached the chair before its ok, in order, without a gap.
    const okIndex = admin.messages.indexOf(ok);
    expect(okIndex).toBeGreaterThan(-1);
    expect(admin.deliveredOrder.filter((s) => s <= head)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    // Nothing of the removed device is stored after the head; it cannot come back through either node.
    const after = await TestClient.connect(nodeB(), admin.device, { type: 'hello', room, since: head });
    clients.push(after);
    expect(after.deliveredOrder).toEqual([]);
    expect(await expectRefused(nodeA(), memberDevice, { type: 'hello', room, since: 0 })).toBe(4403);
    expect(await expectRefused(nodeB(), memberDevice, { type: 'hello', room, since: 0 })).toBe(4403);
  });

  it('let admins on both nodes raise the epoch at once as one relay would: one order, a bound, keys of a removed device dropped', async () => {
    const { room, admin, member, memberDevice } = await roomAcrossNodes();
    const adminOnB = await TestClient.connect(nodeB(), admin.device, { type: 'hello', room, since: 0 });
    clients.push(adminOnB);
    const keysFor = (epoch: number, wrapped: string) => ({ type: 'put-keys' as const, epoch, entries: [{ deviceId: memberDevice.id, wrapped }] });
    // The same next epoch from both nodes: one raises, the other's keys land under it.
    const same = await Promise.all([admin.request(keysFor(2, 'YTI')), adminOnB.request(keysFor(2, 'YjI'))]);
    expect(same.map((m) => m.type)).toEqual(['ok', 'ok']);
    await member.waitFor('epoch', (m) => m.epoch === 2);
    // Epochs 3 and 4 at once (the later one's keys may arrive first): both land, the room ends at 4.
    const apart = await Promise.all([admin.request(keysFor(3, 'YTM')), adminOnB.request(keysFor(4, 'YjQ'))]);
    expect(apart.map((m) => m.type)).toEqual(['ok', 'ok']);
    await member.waitFor('epoch', (m) => m.epoch === 4);
    await member.waitFor('keys', (m) => m.epoch === 3 && m.wrapped === 'YTM');
    expect((await member.ack(member.submitUpdate({ epoch: 4 }))).seq).toBeGreaterThan(0);
    const old = member.submitUpdate({ epoch: 3 });
    expect((await member.error((e) => e.msgId === old)).code).toBe(4409);
    // Not far ahead, from either node.
    for (const c of [admin, adminOnB]) expect(await c.request(keysFor(4 + 5, 'eA'))).toMatchObject({ type: 'error', code: 4409 });
    // A removal on node A; node B's admin still puts keys for it (a rotation overtaken): dropped, the rest land.
    expect((await admin.request({ type: 'remove-device', deviceId: memberDevice.id })).type).toBe('ok');
    expect((await member.closed).code).toBe(4403);
    const rotated = await adminOnB.request({
      type: 'put-keys',
      epoch: 5,
      entries: [
        { deviceId: memberDevice.id, wrapped: 'cjU' },
        { deviceId: admin.device.id, wrapped: 'YTU' },
      ],
    });
    expect(rotated.type).toBe('ok');
    await admin.waitFor('keys', (m) => m.epoch === 5 && m.wrapped === 'YTU');
    // A device the room never had: refused on either node.
    const stranger = deviceIdFromBytes(new Uint8Array(16).fill(7));
    for (const c of [admin, adminOnB])
      expect(await c.request({ type: 'put-keys', epoch: 5, entries: [{ deviceId: stranger, wrapped: 'eA' }] })).toMatchObject({ type: 'error', code: 4404 });
  });
});
