/**
 * The RelayStore contract: one suite, run against SQLite (server/store/sqliteStore.test.ts) and a
 * real PostgreSQL (tests/integration/pgStore.test.ts). Whatever the relay relies on from its
 * store is asserted here, so both stores behave alike.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toBase64Url, type DeviceId, type RoomId } from '../../shared/protocol/ids.js';
import type { RelayStore, UpdateInput } from '../../server/store/relayStore.js';

export interface StoreFixture {
  /** A store on fresh (or shared, with random room ids) data. */
  open(): Promise<RelayStore>;
  /** A second handle on the same data (a restart, or another relay node). */
  reopen(store: RelayStore): Promise<RelayStore>;
  /** True if two handles may be open at once (several nodes). */
  readonly concurrentHandles: boolean;
}

const rid = () => toBase64Url(randomBytes(16)) as RoomId;
const did = () => toBase64Url(randomBytes(16)) as DeviceId;
export const deviceFields = (d: DeviceId) => ({ id: d, signPublicKey: 'cw', boxPublicKey: 'Yg', name: 'N', organisation: 'O', addedAt: 1 });

async function roomWithAdmin(s: RelayStore, key = 'k') {
  const room = rid();
  const admin = did();
  expect(await s.createRoom({ id: room, accessKeyId: key, createdAt: 1 }, deviceFields(admin), 100, 'genesis')).toBe('created');
  const upd = (msgId: number, sender = admin, epoch = 1): UpdateInput => ({ room, sender, msgId, epoch, envelope: Uint8Array.of(msgId % 256, 1, 2) });
  return { room, admin, upd };
}

async function addMember(s: RelayStore, room: RoomId, role: 'member' | 'observer' = 'member', requireApproval = false): Promise<DeviceId> {
  const d = did();
  const token = toBase64Url(randomBytes(8));
  await s.createInvite({ tokenHash: token, room, role, expiresAt: 10_000, createdAt: 1, requireApproval, package: 'p' });
  expect(await s.redeemInvite(room, token, deviceFields(d), 5)).toMatchObject({ ok: true });
  return d;
}

export function relayStoreContract(name: string, fixture: StoreFixture): void {
  describe(`RelayStore contract: ${name}`, () => {
    it('assigns contiguous seqs and gives a repeated (sender, msgId) its original seq, also within one batch', async () => {
      const s = await fixture.open();
      const { room, admin, upd } = await roomWithAdmin(s);
      const other = await addMember(s, room);
      expect(await s.appendUpdates([upd(1), upd(2), upd(1), upd(1, other)])).toEqual([
        { seq: 1, duplicate: false },
        { seq: 2, duplicate: false },
        { seq: 1, duplicate: true },
        { seq: 3, duplicate: false },
      ]);
      expect(await s.appendUpdates([upd(2)])).toEqual([{ seq: 2, duplicate: true }]);
      expect((await s.getRoom(room))?.head).toBe(3);
      expect((await s.readFrames(room, 1, 10)).map((f) => f.seq)).toEqual([2, 3]);
      expect((await s.readFrames(room, 0, 1))[0]?.envelope).toEqual(upd(1).envelope);
      void admin;
      await s.close();
    });

    it('recognises resends through another handle and stores a lower msgId that was never stored', async () => {
      const s = await fixture.open();
      const { upd } = await roomWithAdmin(s);
      expect(await s.appendUpdates([upd(5), upd(7)])).toEqual([
        { seq: 1, duplicate: false },
        { seq: 2, duplicate: false },
      ]);
      const again = await fixture.reopen(s);
      expect(await again.appendUpdates([upd(7), upd(6), upd(5), upd(8), upd(6)])).toEqual([
        { seq: 2, duplicate: true },
        { seq: 3, duplicate: false },
        { seq: 1, duplicate: true },
        { seq: 4, duplicate: false },
        { seq: 3, duplicate: true },
      ]);
      await again.close();
    });

    it('refuses, inside the transaction, frames of removed, pending and observer devices, stale epochs and unknown rooms — without a gap', async () => {
      const s = await fixture.open();
      const { room, upd } = await roomWithAdmin(s);
      const removed = await addMember(s, room);
      const pending = await addMember(s, room, 'member', true);
      const observer = await addMember(s, room, 'observer');
      expect(await s.appendUpdates([upd(1, removed)])).toEqual([{ seq: 1, duplicate: false }]);
      expect(await s.setDeviceStatus(room, removed, 'removed')).toBe(true);
      const out = await s.appendUpdates([upd(2, removed), upd(1, pending), upd(1, observer), upd(1, undefined, 2), upd(3), { ...upd(4), room: rid() }, upd(5)]);
      expect(out).toEqual([
        { refused: 'forbidden' },
        { refused: 'forbidden' },
        { refused: 'forbidden' },
        { refused: 'stale-epoch' },
        { seq: 2, duplicate: false },
        { refused: 'no-room' },
        { seq: 3, duplicate: false },
      ]);
      // A resend of what the removed device stored before still gets its seq.
      expect(await s.appendUpdates([upd(1, removed)])).toEqual([{ seq: 1, duplicate: true }]);
      expect(await s.setDeviceRole(room, observer, 'member')).toBe(true);
      expect(await s.setDeviceStatus(room, pending, 'active')).toBe(true);
      expect(await s.appendUpdates([upd(1, observer), upd(1, pending)])).toEqual([
        { seq: 4, duplicate: false },
        { seq: 5, duplicate: false },
      ]);
      expect((await s.readFrames(room, 0, 100)).map((f) => f.seq)).toEqual([1, 2, 3, 4, 5]);
      await s.close();
    });

    it('keeps one gap-free sequence per room under concurrent appends (through two handles where the store allows it)', async () => {
      const a = await fixture.open();
      const { room, admin } = await roomWithAdmin(a);
      const writers = [admin, await addMember(a, room), await addMember(a, room)];
      const b = fixture.concurrentHandles ? await fixture.reopen(a) : a;
      const batches = Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? a : b).appendUpdates(
          Array.from({ length: 5 }, (_, k) => ({ room, sender: writers[i % 3]!, msgId: i * 5 + k + 1, epoch: 1, envelope: Uint8Array.of(i, k) })),
        ),
      );
      const seqs = (await Promise.all(batches)).flat().map((o) => (o.refused === undefined ? o.seq : -1));
      expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect((await a.getRoom(room))?.head).toBe(200);
      if (b !== a) await b.close();
      await a.close();
    });

    it('orders a status change after the appends in flight: the head read afterwards covers every frame of the device', async () => {
      const a = await fixture.open();
      const { room } = await roomWithAdmin(a);
      const member = await addMember(a, room);
      const b = fixture.concurrentHandles ? await fixture.reopen(a) : a;
      const appends = Array.from({ length: 20 }, (_, i) =>
        b.appendUpdates([{ room, sender: member, msgId: i + 1, epoch: 1, envelope: Uint8Array.of(i) }]).catch(() => []),
      );
      await new Promise((r) => setTimeout(r, 2));
      await a.setDeviceStatus(room, member, 'removed');
      const head = (await a.getRoom(room))!.head;
      const later = await Promise.all(appends);
      for (const o of later.flat()) if (o.refused === undefined) expect(o.seq).toBeLessThanOrEqual(head);
      expect((await a.readFrames(room, 0, 100)).length).toBe(head);
      if (b !== a) await b.close();
      await a.close();
    });

    it('accepts only newer snapshots and keeps the previous one with its tail', async () => {
      const s = await fixture.open();
      const { room, admin, upd } = await roomWithAdmin(s);
      await s.appendUpdates(Array.from({ length: 30 }, (_, i) => upd(i + 1)));
      const snap = (baseSeq: number, msgId: number, epoch = 1) => ({ room, baseSeq, sender: admin, msgId, epoch, envelope: Uint8Array.of(9) });
      expect(await s.putSnapshot(snap(31, 100))).toEqual({ ok: false, reason: 'ahead-of-head' });
      expect(await s.putSnapshot(snap(10, 101))).toMatchObject({ ok: true, droppedFrames: 0 });
      expect(await s.putSnapshot(snap(10, 102))).toEqual({ ok: false, reason: 'stale' });
      expect(await s.putSnapshot(snap(5, 103))).toEqual({ ok: false, reason: 'stale' });
      expect(await s.putSnapshot(snap(10, 101))).toMatchObject({ ok: true, duplicate: true, baseSeq: 10 });
      expect(await s.putSnapshot(snap(20, 104))).toMatchObject({ ok: true, droppedFrames: 10 });
      expect(await s.frameCount(room)).toBe(20); // frames 11..30: the previous snapshot's tail stays
      // A new epoch may re-snapshot at the same base seq.
      expect(await s.putSnapshot(snap(20, 105, 2))).toMatchObject({ ok: true, droppedFrames: 10 });
      expect(await s.currentSnapshot(room)).toMatchObject({ baseSeq: 20, epoch: 2 });
      expect((await s.getRoom(room))?.snapshotSeq).toBe(20);
      await s.close();
    });

    it('burns an invite once, registers the device with its role, and refuses other rooms', async () => {
      const s = await fixture.open();
      const { room } = await roomWithAdmin(s);
      const other = did();
      const h1 = toBase64Url(randomBytes(8));
      const h2 = toBase64Url(randomBytes(8));
      await s.createInvite({ tokenHash: h1, room, role: 'observer', expiresAt: 100, createdAt: 1, requireApproval: true, package: 'p' });
      expect(await s.createInvite({ tokenHash: h1, room, role: 'observer', expiresAt: 100, createdAt: 1, requireApproval: true, package: 'p' })).toBe('exists');
      expect(await s.redeemInvite(rid(), h1, deviceFields(other), 50)).toEqual({ ok: false, reason: 'not-found' });
      expect(await s.redeemInvite(room, h1, deviceFields(other), 50)).toMatchObject({
        ok: true,
        again: false,
        device: { role: 'observer', status: 'pending' },
      });
      expect(await s.redeemInvite(room, h1, deviceFields(did()), 50)).toEqual({ ok: false, reason: 'used' });
      expect(await s.redeemInvite(room, h1, deviceFields(other), 50)).toMatchObject({ ok: true, again: true });
      await s.createInvite({ tokenHash: h2, room, role: 'member', expiresAt: 100, createdAt: 1, requireApproval: false, package: 'p' });
      expect(await s.redeemInvite(room, h2, deviceFields(did()), 100)).toEqual({ ok: false, reason: 'expired' });
      expect(await s.revokeInvite(room, h2)).toBe(true);
      expect(await s.redeemInvite(room, h2, deviceFields(did()), 10)).toEqual({ ok: false, reason: 'revoked' });
      expect((await s.listInvites(room)).find((i) => i.tokenHash === h2)?.package).toBeNull();
      await s.close();
    });

    it('raises the epoch only upwards, atomically with the keys; keys of an older epoch still land; a removal deletes the keys', async () => {
      const s = await fixture.open();
      const { room, admin } = await roomWithAdmin(s);
      const member = await addMember(s, room);
      // `raise` means above the current epoch; without it, not above.
      expect(await s.putKeys(room, 1, [{ deviceId: admin, wrapped: 'a' }], true)).toEqual({ ok: false, reason: 'bad-epoch' });
      expect(await s.keysFor(room, admin)).toEqual([]);
      expect(await s.putKeys(room, 3, [{ deviceId: admin, wrapped: 'c' }], true)).toEqual({ ok: true, epoch: 3, raised: true });
      expect(
        await s.putKeys(
          room,
          2,
          [
            { deviceId: admin, wrapped: 'b' },
            { deviceId: member, wrapped: 'm' },
          ],
          false,
        ),
      ).toEqual({ ok: true, epoch: 3, raised: false });
      expect(await s.putKeys(room, 4, [{ deviceId: admin, wrapped: 'd' }], false)).toEqual({ ok: false, reason: 'bad-epoch' });
      expect(await s.keysFor(room, admin)).toEqual([
        { epoch: 2, wrapped: 'b' },
        { epoch: 3, wrapped: 'c' },
      ]);
      expect((await s.getRoom(room))?.epoch).toBe(3);
      await s.setDeviceStatus(room, member, 'removed');
      expect(await s.keysFor(room, member)).toEqual([]);
      expect((await s.listDevices(room)).map((d) => d.id)).toEqual([admin]);
      await s.close();
    });

    it('drops keys for a removed device silently and stores the others', async () => {
      const s = await fixture.open();
      const { room, admin } = await roomWithAdmin(s);
      const removed = await addMember(s, room);
      const stays = await addMember(s, room);
      await s.setDeviceStatus(room, removed, 'removed');
      const entries = [
        { deviceId: admin, wrapped: 'a2' },
        { deviceId: removed, wrapped: 'r2' },
        { deviceId: stays, wrapped: 's2' },
      ];
      expect(await s.putKeys(room, 2, entries, true)).toEqual({ ok: true, epoch: 2, raised: true });
      expect(await s.keysFor(room, removed)).toEqual([]);
      expect(await s.keysFor(room, stays)).toEqual([{ epoch: 2, wrapped: 's2' }]);
      expect(await s.keysFor(room, admin)).toEqual([{ epoch: 2, wrapped: 'a2' }]);
      await s.close();
    });

    it('lets one of two admins raising the epoch at once win (through two handles where the store allows it)', async () => {
      const a = await fixture.open();
      const { room, admin } = await roomWithAdmin(a);
      const b = fixture.concurrentHandles ? await fixture.reopen(a) : a;
      for (let round = 0; round < 10; round++) {
        const from = (await a.getRoom(room))!.epoch;
        const race = await Promise.all([
          a.putKeys(room, from + 1, [{ deviceId: admin, wrapped: `a${round}` }], true),
          b.putKeys(room, from + 2, [{ deviceId: admin, wrapped: `b${round}` }], true),
        ]);
        // Whichever commits second sees the first's epoch: it wins only if it goes higher.
        const raised = race.filter((o) => o.ok && o.raised);
        expect(raised.length).toBeGreaterThanOrEqual(1);
        const epoch = (await a.getRoom(room))!.epoch;
        expect(epoch).toBe(Math.max(...raised.map((o) => (o.ok ? o.epoch : 0))));
        if (raised.length === 2) expect(epoch).toBe(from + 2); // +1 then +2: both above the current one in turn
      }
      // The same epoch from two admins: exactly one raises.
      const from = (await a.getRoom(room))!.epoch;
      const same = await Promise.all([
        a.putKeys(room, from + 1, [{ deviceId: admin, wrapped: 'x' }], true),
        b.putKeys(room, from + 1, [{ deviceId: admin, wrapped: 'y' }], true),
      ]);
      expect(same.filter((o) => o.ok && o.raised)).toHaveLength(1);
      expect(same.filter((o) => !o.ok)).toEqual([{ ok: false, reason: 'bad-epoch' }]);
      expect((await a.getRoom(room))!.epoch).toBe(from + 1);
      if (b !== a) await b.close();
      await a.close();
    });

    it('enforces the room quota per access key and never reuses a room id', async () => {
      const s = await fixture.open();
      const key = toBase64Url(randomBytes(6));
      const room = rid();
      const admin = did();
      expect(await s.createRoom({ id: room, accessKeyId: key, createdAt: 1 }, deviceFields(admin), 1, 'genesis')).toBe('created');
      expect(await s.createRoom({ id: room, accessKeyId: key, createdAt: 1 }, deviceFields(admin), 1, 'genesis')).toBe('exists');
      expect(await s.createRoom({ id: rid(), accessKeyId: key, createdAt: 1 }, deviceFields(admin), 1, 'genesis')).toBe('quota');
      expect(await s.createRoom({ id: rid(), accessKeyId: `${key}2`, createdAt: 1 }, deviceFields(admin), 1, 'genesis')).toBe('created');
      await s.close();
    });

    it('appends to the membership log by compare-and-swap, at most the maximum', async () => {
      const s = await fixture.open();
      const { room, admin } = await roomWithAdmin(s);
      const member = await addMember(s, room);
      expect(await s.logLength(room)).toBe(1);
      expect(await s.appendLog(room, 0, admin, 'x', 10)).toBe('conflict');
      expect(await s.appendLog(room, 2, admin, 'x', 10)).toBe('conflict');
      expect(await s.hasLogEntryBy(room, member)).toBe(false);
      expect(await s.appendLog(room, 1, member, 'join', 10)).toBe('appended');
      expect(await s.hasLogEntryBy(room, member)).toBe(true);
      expect(await s.appendLog(room, 2, admin, 'role', 3)).toBe('appended');
      expect(await s.appendLog(room, 3, admin, 'role', 3)).toBe('full');
      expect(await s.readLog(room, 1, 10)).toEqual(['join', 'role']);
      expect(await s.readLog(room, 0, 1)).toEqual(['genesis']);
      if (fixture.concurrentHandles) {
        // Two nodes race for the same index: exactly one wins.
        const b = await fixture.reopen(s);
        const race = await Promise.all([s.appendLog(room, 3, admin, 'a', 100), b.appendLog(room, 3, admin, 'b', 100)]);
        expect([...race].sort()).toEqual(['appended', 'conflict']);
        await b.close();
      }
      await s.close();
    });

    it('reads the access log newest first and purges what is older than a time', async () => {
      const s = await fixture.open();
      const { room, admin } = await roomWithAdmin(s);
      const entry = (at: number) => ({
        room,
        at,
        deviceId: admin,
        name: 'N',
        organisation: 'O',
        role: 'admin' as const,
        event: 'connect' as const,
        address: '::1',
        detail: '',
      });
      for (const at of [10, 20, 30, 40]) await s.appendAccessLog(entry(at));
      expect((await s.readAccessLog(room, undefined, 10)).map((e) => e.at)).toEqual([40, 30, 20, 10]);
      expect((await s.readAccessLog(room, 35, 2)).map((e) => e.at)).toEqual([30, 20]);
      expect(await s.purgeAccessLog(room, 30)).toBe(2);
      expect((await s.readAccessLog(room, undefined, 10)).map((e) => e.at)).toEqual([40, 30]);
      await s.close();
    });

    it('erases a room: everything but its access log and a tombstone, and the id is never used again', async () => {
      const s = await fixture.open();
      const { room, admin, upd } = await roomWithAdmin(s);
      const keep = await roomWithAdmin(s);
      const member = await addMember(s, room);
      await s.appendUpdates([upd(1), upd(2), keep.upd(1)]);
      await s.putSnapshot({ room, baseSeq: 2, sender: admin, msgId: 9, epoch: 1, envelope: Uint8Array.of(1) });
      await s.putKeys(room, 1, [{ deviceId: member, wrapped: 'w' }], false);
      await s.appendLog(room, 1, member, 'join', 10);
      await s.appendAccessLog({ room, at: 5, deviceId: admin, name: 'N', organisation: 'O', role: 'admin', event: 'connect', address: '::1', detail: '' });
      expect(await s.tombstone(room)).toBeUndefined();
      expect(await s.eraseRoom(room, 1234, 'the signed erase entry')).toBe(true);
      expect(await s.getRoom(room)).toBeUndefined();
      expect(await s.getDevice(room, admin)).toBeUndefined();
      expect(await s.listDevices(room)).toEqual([]);
      expect(await s.readFrames(room, 0, 10)).toEqual([]);
      expect(await s.currentSnapshot(room)).toBeUndefined();
      expect(await s.keysFor(room, member)).toEqual([]);
      expect(await s.listInvites(room)).toEqual([]);
      expect(await s.logLength(room)).toBe(0);
      expect(await s.tombstone(room)).toEqual({ at: 1234, entry: 'the signed erase entry' });
      expect((await s.readAccessLog(room, undefined, 10)).map((e) => e.at)).toEqual([5]);
      expect(await s.createRoom({ id: room, accessKeyId: 'k', createdAt: 1 }, deviceFields(admin), 100, 'genesis')).toBe('exists');
      expect(await s.appendUpdates([upd(3)])).toEqual([{ refused: 'no-room' }]);
      expect(await s.eraseRoom(room, 2000)).toBe(false);
      // The room next door is untouched.
      expect((await s.readFrames(keep.room, 0, 10)).length).toBe(1);
      await s.close();
    });

    it("keeps an erased room's access log for its own term, then purges it; a live room's log stays", async () => {
      const s = await fixture.open();
      const erased = await roomWithAdmin(s);
      const live = await roomWithAdmin(s);
      const entry = (room: RoomId, at: number) => ({
        room,
        at,
        deviceId: null,
        name: '',
        organisation: '',
        role: null,
        event: 'connect' as const,
        address: '::1',
        detail: '',
      });
      for (const at of [5, 6]) await s.appendAccessLog(entry(erased.room, at));
      await s.appendAccessLog(entry(live.room, 5));
      expect(await s.eraseRoom(erased.room, 100)).toBe(true);
      expect(await s.tombstone(erased.room)).toEqual({ at: 100, entry: undefined });
      // Its term is not over yet (erased at 100, not before 100): the log stays.
      expect(await s.purgeErasedAccessLogs(100)).toBe(0);
      expect((await s.readAccessLog(erased.room, undefined, 10)).length).toBe(2);
      expect(await s.purgeErasedAccessLogs(101)).toBe(2);
      expect(await s.readAccessLog(erased.room, undefined, 10)).toEqual([]);
      expect((await s.readAccessLog(live.room, undefined, 10)).length).toBe(1);
      expect(await s.tombstone(erased.room)).toEqual({ at: 100, entry: undefined });
      await s.close();
    });

    it('proves it can write', async () => {
      const s = await fixture.open();
      await s.probeWrite();
      await s.close();
    });
  });
}
