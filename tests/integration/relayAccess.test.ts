// Who gets in and what they may do: access key, signatures, invite tokens (missing, expired,
// revoked, other room's, used), roles, device removal, approval, epochs, the access log, limits.
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ACCESS_KEY, startTestRelay, type TestRelay } from '../helpers/startRelay.js';
import { TestClient, expectRefused, makeDevice, newInviteToken, newRoomId, randomEnvelope } from '../helpers/relayClient.js';
import { encodeSubmit, type Role, type RoomId } from '../../shared/protocol/index.js';
import { deviceIdFromBytes } from '../../shared/protocol/ids.js';

let relay: TestRelay | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await relay?.stop();
  relay = undefined;
});

let clock = Date.now();
async function start(limits = {}): Promise<TestRelay> {
  clock = Date.now();
  relay = await startTestRelay({ now: () => clock, limits });
  return relay;
}

async function newRoom(r: TestRelay): Promise<{ room: RoomId; admin: TestClient }> {
  const room = newRoomId();
  const admin = await TestClient.connect(r.wsUrl, await makeDevice('Voorzitter', 'Veilig Thuis'), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
  clients.push(admin);
  return { room, admin };
}

async function invite(admin: TestClient, role: Role = 'member', opts: { expiresIn?: number; requireApproval?: boolean } = {}) {
  const t = newInviteToken();
  const answer = await admin.request({
    type: 'create-invite',
    tokenHash: t.tokenHash,
    role,
    expiresAt: clock + (opts.expiresIn ?? 60_000),
    package: 'c2VhbGVk',
    requireApproval: opts.requireApproval ?? false,
  });
  expect(answer.type).toBe('ok');
  return t;
}

async function join(r: TestRelay, room: RoomId, token: string, name = 'Expert') {
  const device = await makeDevice(name, 'Jeugdbescherming');
  const c = await TestClient.connect(r.wsUrl, device, { type: 'redeem', room, token });
  clients.push(c);
  return { c, device };
}

describe('creating rooms', () => {
  it('needs the access key and a valid signature', async () => {
    const r = await start();
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'create-room', room: newRoomId(), accessKey: 'wrong-key-wrong-key' })).toBe(4401);
    // A device claiming an id that is not derived from its key.
    const a = await makeDevice();
    const b = await makeDevice();
    const forged = { ...a, intro: { ...a.intro, id: b.id }, id: b.id };
    expect(await expectRefused(r.wsUrl, forged, { type: 'create-room', room: newRoomId(), accessKey: TEST_ACCESS_KEY })).toBe(4401);
    // Signed with a key that is not the one presented.
    const wrongSigner = { ...a, privateKey: b.privateKey };
    expect(await expectRefused(r.wsUrl, wrongSigner, { type: 'create-room', room: newRoomId(), accessKey: TEST_ACCESS_KEY })).toBe(4401);
    // A client of the first protocol (unsigned membership and envelopes) is told to update, not left hanging.
    expect(await expectRefused(r.wsUrl, a, { type: 'create-room', room: newRoomId(), accessKey: TEST_ACCESS_KEY }, { v: 1 })).toBe(4426);
  });

  it('refuses an existing room to anyone but its creator, and enforces the room quota', async () => {
    const r = await start({ roomsPerAccessKey: 2 });
    const { room, admin } = await newRoom(r);
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY })).toBe(4403);
    // The creator retrying (its welcome was lost) simply gets in.
    const again = await TestClient.connect(r.wsUrl, admin.device, { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
    clients.push(again);
    expect(again.role).toBe('admin');
    await newRoom(r);
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'create-room', room: newRoomId(), accessKey: TEST_ACCESS_KEY })).toBe(4429);
  });
});

describe('invite tokens', () => {
  it('open the room once, with the invite role and package', async () => {
    const r = await start();
    const { room, admin } = await newRoom(r);
    const t = await invite(admin, 'observer');
    const { c } = await join(r, room, t.token);
    expect(c.role).toBe('observer');
    expect(c.messages.find((m) => m.type === 'invite-package')).toMatchObject({ role: 'observer', package: 'c2VhbGVk' });
    // Already used: another device gets nothing.
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'redeem', room, token: t.token })).toBe(4404);
    // The same device opening the link again just gets in (no second burn needed).
    const again = await TestClient.connect(r.wsUrl, c.device, { type: 'redeem', room, token: t.token });
    clients.push(again);
    expect(again.role).toBe('observer');
  });

  it('refuse missing, expired, revoked and other rooms’ tokens with the right code', async () => {
    const r = await start();
    const { room, admin } = await newRoom(r);
    const { room: otherRoom, admin: otherAdmin } = await newRoom(r);
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'redeem', room, token: newInviteToken().token })).toBe(4404);

    const expiring = await invite(admin, 'member', { expiresIn: 1000 });
    clock += 1001;
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'redeem', room, token: expiring.token })).toBe(4408);

    const revoked = await invite(admin);
    expect((await admin.request({ type: 'revoke-invite', tokenHash: revoked.tokenHash })).type).toBe('ok');
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'redeem', room, token: revoked.token })).toBe(4404);

    const foreign = await invite(otherAdmin);
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'redeem', room, token: foreign.token })).toBe(4404);
    // The foreign token was not burned by the failed attempt: it still opens its own room.
    const ok = await join(r, otherRoom, foreign.token);
    expect(ok.c.role).toBe('member');

    const listed = await admin.request({ type: 'list-invites' });
    expect(listed.type === 'invites' && listed.invites.map((i) => i.state).sort()).toEqual(['expired', 'revoked']);
    // A room that does not exist.
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'redeem', room: newRoomId(), token: revoked.token })).toBe(4404);
  });

  it('with approval: the device waits without frames or keys until the admin approves', async () => {
    const r = await start();
    const { room, admin } = await newRoom(r);
    await admin.ack(admin.submitUpdate());
    const t = await invite(admin, 'member', { requireApproval: true });
    const device = await makeDevice('Wacht', 'Politie');
    const c = await TestClient.connect(r.wsUrl, device, { type: 'redeem', room, token: t.token });
    clients.push(c);
    expect(c.messages.find((m) => m.type === 'welcome')).toMatchObject({ pending: true });
    expect(c.delivered.size).toBe(0);
    const put = await admin.request({ type: 'put-keys', epoch: 1, entries: [{ deviceId: device.id, wrapped: 'a2V5' }] });
    expect(put.type).toBe('ok');
    expect(c.messages.some((m) => m.type === 'keys')).toBe(false);
    expect((await admin.request({ type: 'approve-device', deviceId: device.id })).type).toBe('ok');
    await c.waitFor('caught-up');
    expect(c.messages.find((m) => m.type === 'keys')).toMatchObject({ epoch: 1, wrapped: 'a2V5' });
    expect(c.deliveredOrder).toEqual([1]);
  });
});

describe('roles', () => {
  it('refuses an observer’s SUBMIT (4403) and stores nothing, but forwards its awareness', async () => {
    const r = await start();
    const { room, admin } = await newRoom(r);
    const { c: observer } = await join(r, room, (await invite(admin, 'observer')).token);
    observer.sendAwareness();
    await admin.until(() => (admin.ephemeral.length === 1 ? true : undefined), 'awareness');
    observer.submitUpdate();
    expect((await observer.closed).code).toBe(4403);
    const id = admin.submitUpdate();
    expect((await admin.ack(id)).seq).toBe(1);
  });

  it('refuses admin actions from members with an error, and keys for other devices', async () => {
    const r = await start();
    const { room, admin } = await newRoom(r);
    const { c: member } = await join(r, room, (await invite(admin)).token);
    for (const msg of [
      { type: 'create-invite', ...newInviteToken(), role: 'admin', expiresAt: clock + 1000, package: 'cA', requireApproval: false },
      { type: 'remove-device', deviceId: admin.device.id },
      { type: 'get-access-log' },
      { type: 'list-invites' },
    ] as const) {
      const { token: _t, ...clean } = msg as typeof msg & { token?: string };
      const answer = await member.request(clean as Parameters<TestClient['request']>[0]);
      expect(answer).toMatchObject({ type: 'error', code: 4403 });
    }
    expect(await member.request({ type: 'put-keys', epoch: 1, entries: [{ deviceId: admin.device.id, wrapped: 'eA' }] })).toMatchObject({
      type: 'error',
      code: 4403,
    });
    expect(await member.request({ type: 'put-keys', epoch: 2, entries: [{ deviceId: member.device.id, wrapped: 'eA' }] })).toMatchObject({
      type: 'error',
      code: 4409,
    });
    expect(await member.request({ type: 'put-keys', epoch: 1, entries: [{ deviceId: member.device.id, wrapped: 'eA' }] })).toMatchObject({ type: 'ok' });
    expect(member.closeInfo).toBeUndefined();
  });
});

describe('removing a device and raising the epoch', () => {
  it('closes the device at once with 4403, keeps it out, and refuses old-epoch SUBMITs', async () => {
    const r = await start();
    const { room, admin } = await newRoom(r);
    const { c: gone, device } = await join(r, room, (await invite(admin)).token, 'Vertrokken');
    const { c: stays } = await join(r, room, (await invite(admin)).token, 'Blijft');
    expect((await admin.request({ type: 'remove-device', deviceId: device.id })).type).toBe('ok');
    expect((await gone.closed).code).toBe(4403);
    expect(await expectRefused(r.wsUrl, device, { type: 'hello', room, since: 0 })).toBe(4403);
    expect(await expectRefused(r.wsUrl, device, { type: 'redeem', room, token: (await invite(admin)).token })).toBe(4403);

    const raised = await admin.request({
      type: 'put-keys',
      epoch: 2,
      entries: [
        { deviceId: admin.device.id, wrapped: 'azI' },
        { deviceId: stays.device.id, wrapped: 'azI' },
      ],
    });
    expect(raised.type).toBe('ok');
    // An admin may raise a little past the next epoch (two admins rotating at once), not far ahead.
    expect(await admin.request({ type: 'put-keys', epoch: 2 + 5, entries: [{ deviceId: admin.device.id, wrapped: 'eA' }] })).toMatchObject({
      type: 'error',
      code: 4409,
    });
    await stays.waitFor('keys', (m) => m.epoch === 2);
    await stays.waitFor('epoch', (m) => m.epoch === 2);
    const stale = stays.submitUpdate({ epoch: 1 });
    expect(await stays.error((e) => e.msgId === stale)).toMatchObject({ code: 4409, retry: true });
    expect((await stays.ack(stays.submitUpdate({ epoch: 2 }))).seq).toBe(1);
    // Keys for a removed device are dropped (another admin's removal may overtake a rotation); the rest land.
    expect(
      await admin.request({
        type: 'put-keys',
        epoch: 2,
        entries: [
          { deviceId: device.id, wrapped: 'eA' },
          { deviceId: stays.device.id, wrapped: 'bTI' },
        ],
      }),
    ).toMatchObject({ type: 'ok' });
    await stays.waitFor('keys', (m) => m.epoch === 2 && m.wrapped === 'bTI');
    // Keys for a device the room never had are refused.
    expect(
      await admin.request({ type: 'put-keys', epoch: 2, entries: [{ deviceId: deviceIdFromBytes(new Uint8Array(16).fill(7)), wrapped: 'eA' }] }),
    ).toMatchObject({ type: 'error', code: 4404 });

    const log = await admin.request({ type: 'get-access-log' });
    expect(log.type).toBe('access-log');
    if (log.type !== 'access-log') return;
    const events = log.entries.filter((e) => e.deviceId === device.id).map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(['invite-redeemed', 'connect', 'device-removed', 'disconnect', 'refused']));
    const removal = log.entries.find((e) => e.event === 'device-removed')!;
    expect(removal).toMatchObject({ name: 'Vertrokken', organisation: 'Jeugdbescherming', role: 'member', address: '127.0.0.1' });
  });
});

describe('bad frames after login', () => {
  it('closes on another room’s frame, another sender’s frame, and a DELIVER from a client', async () => {
    const r = await start();
    const { room, admin } = await newRoom(r);
    const { room: other } = await newRoom(r);
    const { c: m1 } = await join(r, room, (await invite(admin)).token, 'A');
    m1.submitUpdate({ room: other });
    expect((await m1.closed).code).toBe(4400);
    const { c: m2 } = await join(r, room, (await invite(admin)).token, 'B');
    m2.submitUpdate({ sender: admin.device.id });
    expect((await m2.closed).code).toBe(4400);
    const { c: m3 } = await join(r, room, (await invite(admin)).token, 'C');
    const env = randomEnvelope({ kind: 'update', room, epoch: 1, sender: m3.device.id, msgId: 1 });
    const deliver = new Uint8Array(9 + env.length);
    deliver[0] = 0x02;
    deliver.set(env, 9);
    m3.sendBinary(deliver);
    expect((await m3.closed).code).toBe(4400);
    const { c: m4 } = await join(r, room, (await invite(admin)).token, 'D');
    m4.sendBinary(encodeSubmit(randomEnvelope({ kind: 'update', room, epoch: 1, sender: m4.device.id, msgId: 1, bodyBytes: 256 * 1024 + 17 })));
    expect((await m4.closed).code).toBe(4413);
    // The room is untouched and still works.
    expect((await admin.ack(admin.submitUpdate())).seq).toBe(1);
  });

  it('limits the frame rate and the connections per room', async () => {
    const r = await start({ frameBurst: 20, framesPerSecond: 1, connectionsPerRoom: 3 });
    const { room, admin } = await newRoom(r);
    const ids = Array.from({ length: 30 }, () => admin.submitUpdate());
    const limited = await admin.error((e) => e.code === 4429);
    expect(limited.retry).toBe(true);
    // It names the dropped frame, so the client resends that one later rather than wait for its ack.
    expect(ids.slice(18)).toContain(limited.msgId);
    expect(admin.closeInfo).toBeUndefined(); // dropped and told, not disconnected
    clock += 60_000; // the bucket refills with time
    const t1 = await invite(admin);
    await join(r, room, t1.token);
    const { c: second } = await join(r, room, (await invite(admin)).token);
    expect(second.role).toBe('member');
    const t3 = await invite(admin);
    expect(await expectRefused(r.wsUrl, await makeDevice(), { type: 'redeem', room, token: t3.token })).toBe(4429);
  });

  it('closes a connection that does not log in', async () => {
    const r = await start({ loginTimeoutMs: 200 });
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(r.wsUrl);
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(4401);
  });
});
