import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBase64Url, type DeviceId, type RoomId } from '../../shared/protocol/ids.js';
import { SqliteRelayStore } from './sqliteStore.js';

const id = (n: number) => toBase64Url(new Uint8Array(16).fill(n));
const room = id(1) as RoomId;
const admin = id(2) as DeviceId;
const other = id(3) as DeviceId;
const device = (d: DeviceId) => ({ id: d, signPublicKey: 'cw', boxPublicKey: 'Yg', name: 'N', organisation: 'O', addedAt: 1 });

function freshStore(): SqliteRelayStore {
  const s = SqliteRelayStore.open(':memory:');
  expect(s.createRoom({ id: room, accessKeyId: 'k', createdAt: 1 }, device(admin), 10, 'genesis')).toBe('created');
  return s;
}

const upd = (msgId: number, sender = admin) => ({ room, sender, msgId, epoch: 1, envelope: Uint8Array.of(msgId, 1, 2) });

describe('SqliteRelayStore', () => {
  it('assigns contiguous seqs and gives a repeated (sender, msgId) its original seq, also within one batch', () => {
    const s = freshStore();
    expect(s.appendUpdates([upd(1), upd(2), upd(1), upd(1, other)])).toEqual([
      { seq: 1, duplicate: false },
      { seq: 2, duplicate: false },
      { seq: 1, duplicate: true },
      { seq: 3, duplicate: false },
    ]);
    expect(s.appendUpdates([upd(2)])).toEqual([{ seq: 2, duplicate: true }]);
    expect(s.getRoom(room)?.head).toBe(3);
    expect(s.readFrames(room, 1, 10).map((f) => f.seq)).toEqual([2, 3]);
  });

  it('recognises resends after a reopen and stores a lower msgId that was never stored', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-store-'));
    const file = path.join(dir, 'relay.db');
    const first = SqliteRelayStore.open(file);
    first.createRoom({ id: room, accessKeyId: 'k', createdAt: 1 }, device(admin), 10, 'genesis');
    expect(first.appendUpdatesUnsynced([upd(5), upd(7)])).toEqual([
      { seq: 1, duplicate: false },
      { seq: 2, duplicate: false },
    ]);
    first.syncToDiskNow();
    first.close();
    const again = SqliteRelayStore.open(file);
    expect(again.appendUpdates([upd(7), upd(6), upd(5), upd(8), upd(6)])).toEqual([
      { seq: 2, duplicate: true },
      { seq: 3, duplicate: false },
      { seq: 1, duplicate: true },
      { seq: 4, duplicate: false },
      { seq: 3, duplicate: true },
    ]);
    again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rolls a failing batch back completely', () => {
    const s = freshStore();
    s.appendUpdates([upd(1)]);
    const ghost = id(9) as RoomId;
    expect(() => s.appendUpdates([upd(2), { ...upd(3), room: ghost }])).toThrow();
    expect(s.getRoom(room)?.head).toBe(1);
    expect(s.frameCount(room)).toBe(1);
  });

  it('accepts only newer snapshots and keeps the previous one with its tail', () => {
    const s = freshStore();
    s.appendUpdates(Array.from({ length: 30 }, (_, i) => upd(i + 1)));
    const snap = (baseSeq: number, msgId: number, epoch = 1) => ({ room, baseSeq, sender: admin, msgId, epoch, envelope: Uint8Array.of(9) });
    expect(s.putSnapshot(snap(31, 100))).toEqual({ ok: false, reason: 'ahead-of-head' });
    expect(s.putSnapshot(snap(10, 101))).toMatchObject({ ok: true, droppedFrames: 0 });
    expect(s.putSnapshot(snap(10, 102))).toEqual({ ok: false, reason: 'stale' });
    expect(s.putSnapshot(snap(5, 103))).toEqual({ ok: false, reason: 'stale' });
    expect(s.putSnapshot(snap(10, 101))).toMatchObject({ ok: true, duplicate: true, baseSeq: 10 });
    expect(s.putSnapshot(snap(20, 104))).toMatchObject({ ok: true, droppedFrames: 10 });
    expect(s.frameCount(room)).toBe(20); // frames 11..30: the previous snapshot's tail stays
    // A new epoch may re-snapshot at the same base seq.
    expect(s.putSnapshot(snap(20, 105, 2))).toMatchObject({ ok: true, droppedFrames: 10 });
    expect(s.currentSnapshot(room)).toMatchObject({ baseSeq: 20, epoch: 2 });
    expect(s.getRoom(room)?.snapshotSeq).toBe(20);
  });

  it('burns an invite once, registers the device with its role, and refuses other rooms', () => {
    const s = freshStore();
    s.createInvite({ tokenHash: 'h1', room, role: 'observer', expiresAt: 100, createdAt: 1, requireApproval: true, package: 'p' });
    expect(s.redeemInvite(id(8) as RoomId, 'h1', device(other), 50)).toEqual({ ok: false, reason: 'not-found' });
    const first = s.redeemInvite(room, 'h1', device(other), 50);
    expect(first).toMatchObject({ ok: true, again: false, device: { role: 'observer', status: 'pending' } });
    expect(s.redeemInvite(room, 'h1', device(id(4) as DeviceId), 50)).toEqual({ ok: false, reason: 'used' });
    expect(s.redeemInvite(room, 'h1', device(other), 50)).toMatchObject({ ok: true, again: true });
    s.createInvite({ tokenHash: 'h2', room, role: 'member', expiresAt: 100, createdAt: 1, requireApproval: false, package: 'p' });
    expect(s.redeemInvite(room, 'h2', device(id(5) as DeviceId), 100)).toEqual({ ok: false, reason: 'expired' });
    expect(s.revokeInvite(room, 'h2')).toBe(true);
    expect(s.redeemInvite(room, 'h2', device(id(5) as DeviceId), 10)).toEqual({ ok: false, reason: 'revoked' });
    expect(s.listInvites(room).find((i) => i.tokenHash === 'h2')?.package).toBeNull();
  });

  it('raises the epoch only upwards, atomically with the keys; keys of an older epoch still land', () => {
    const s = freshStore();
    expect(s.putKeys(room, 1, [{ deviceId: admin, wrapped: 'a' }], true)).toEqual({ ok: false, reason: 'bad-epoch' });
    expect(s.keysFor(room, admin)).toEqual([]);
    expect(s.putKeys(room, 3, [{ deviceId: admin, wrapped: 'c' }], true)).toEqual({ ok: true, epoch: 3, raised: true });
    expect(s.putKeys(room, 2, [{ deviceId: admin, wrapped: 'b' }], false)).toMatchObject({ ok: true, epoch: 3 });
    expect(s.putKeys(room, 4, [{ deviceId: admin, wrapped: 'd' }], false)).toEqual({ ok: false, reason: 'bad-epoch' });
    expect(s.keysFor(room, admin)).toEqual([
      { epoch: 2, wrapped: 'b' },
      { epoch: 3, wrapped: 'c' },
    ]);
  });

  it('enforces the room quota per access key', () => {
    const s = SqliteRelayStore.open(':memory:');
    expect(s.createRoom({ id: room, accessKeyId: 'k', createdAt: 1 }, device(admin), 1, 'genesis')).toBe('created');
    expect(s.createRoom({ id: room, accessKeyId: 'k', createdAt: 1 }, device(admin), 1, 'genesis')).toBe('exists');
    expect(s.createRoom({ id: id(7) as RoomId, accessKeyId: 'k', createdAt: 1 }, device(admin), 1, 'genesis')).toBe('quota');
    expect(s.createRoom({ id: id(7) as RoomId, accessKeyId: 'other', createdAt: 1 }, device(admin), 1, 'genesis')).toBe('created');
  });

  it('creates its file owner-only, in WAL mode', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-store-'));
    const file = path.join(dir, 'sub', 'relay.db');
    const s = SqliteRelayStore.open(file);
    s.close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
