/**
 * The embedded relay store: one SQLite file (better-sqlite3 12), WAL journal.
 *
 * Durability: every commit is on disk before the relay acts on it. Rare writes (rooms, devices,
 * invites, keys, snapshots, the access log) run with `synchronous = FULL`: the WAL is fsynced
 * inside the commit. The hot path, SUBMITs, commits with `synchronous = NORMAL` (no fsync in
 * the commit) through `appendUpdatesUnsynced`, and the group commit then calls `syncToDisk`,
 * which fsyncs the WAL file on libuv's thread pool; acks and fan-out wait for it. An ack
 * therefore means the same as with FULL — the frame survives kill -9, power loss and an OS
 * crash — but the event loop does not stand still during the fsync, and SUBMITs arriving
 * meanwhile share the next one (docs/relay.md, "Durability").
 */
import fs from 'node:fs';
import path from 'node:path';
import { WalSync } from './walSync.js';
import Database from 'better-sqlite3';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import type { AccessEvent } from '../../shared/protocol/messages.js';
import type { Role } from '../../shared/protocol/roles.js';
import type {
  AccessLogRecord,
  AppendOutcome,
  DeviceRecord,
  DeviceStatus,
  InviteRecord,
  InviteState,
  LogAppendOutcome,
  PutKeysOutcome,
  RedeemOutcome,
  RelayStore,
  RoomRecord,
  SnapshotInput,
  SnapshotOutcome,
  StoredFrame,
  StoredSnapshot,
  UpdateInput,
} from './relayStore.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

interface RoomRow {
  id: string;
  access_key_id: string;
  created_at: number;
  epoch: number;
  head: number;
  snapshot_seq: number;
}
interface DeviceRow {
  room: string;
  id: string;
  role: string;
  sign_key: string;
  box_key: string;
  name: string;
  organisation: string;
  status: string;
  added_at: number;
}
interface InviteRow {
  token_hash: string;
  room: string;
  role: string;
  expires_at: number;
  created_at: number;
  require_approval: number;
  package: string | null;
  state: string;
  used_by: string | null;
}
interface LogRow {
  room: string;
  at: number;
  device: string | null;
  name: string;
  organisation: string;
  role: string | null;
  event: string;
  address: string;
  detail: string;
}

const toRoom = (r: RoomRow): RoomRecord => ({
  id: r.id as RoomId,
  accessKeyId: r.access_key_id,
  createdAt: r.created_at,
  epoch: r.epoch,
  head: r.head,
  snapshotSeq: r.snapshot_seq,
});
const toDevice = (r: DeviceRow): DeviceRecord => ({
  room: r.room as RoomId,
  id: r.id as DeviceId,
  role: r.role as Role,
  signPublicKey: r.sign_key,
  boxPublicKey: r.box_key,
  name: r.name,
  organisation: r.organisation,
  status: r.status as DeviceStatus,
  addedAt: r.added_at,
});
const toInvite = (r: InviteRow): InviteRecord => ({
  tokenHash: r.token_hash,
  room: r.room as RoomId,
  role: r.role as Role,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
  requireApproval: r.require_approval === 1,
  package: r.package,
  state: r.state as InviteState,
  usedBy: r.used_by as DeviceId | null,
});
const toLog = (r: LogRow): AccessLogRecord => ({
  room: r.room as RoomId,
  at: r.at,
  deviceId: r.device as DeviceId | null,
  name: r.name,
  organisation: r.organisation,
  role: r.role as Role | null,
  event: r.event as AccessEvent,
  address: r.address,
  detail: r.detail,
});

function prepareAll(db: Database.Database) {
  return {
    roomGet: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE id = ?'),
    roomCountForKey: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM rooms WHERE access_key_id = ?'),
    roomInsert: db.prepare('INSERT INTO rooms (id, access_key_id, created_at, epoch, head, snapshot_seq) VALUES (?, ?, ?, 1, 0, 0)'),
    roomSetHead: db.prepare('UPDATE rooms SET head = ? WHERE id = ?'),
    roomSetSnapshot: db.prepare('UPDATE rooms SET snapshot_seq = ? WHERE id = ?'),
    roomSetEpoch: db.prepare('UPDATE rooms SET epoch = ? WHERE id = ?'),
    deviceGet: db.prepare<[string, string], DeviceRow>('SELECT * FROM devices WHERE room = ? AND id = ?'),
    deviceList: db.prepare<[string], DeviceRow>("SELECT * FROM devices WHERE room = ? AND status != 'removed' ORDER BY added_at, id"),
    deviceInsert: db.prepare(
      'INSERT INTO devices (room, id, role, sign_key, box_key, name, organisation, status, added_at) VALUES (@room, @id, @role, @signPublicKey, @boxPublicKey, @name, @organisation, @status, @addedAt)',
    ),
    deviceSetStatus: db.prepare('UPDATE devices SET status = ? WHERE room = ? AND id = ?'),
    deviceSetRole: db.prepare('UPDATE devices SET role = ? WHERE room = ? AND id = ?'),
    logLength: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM membership_log WHERE room = ?'),
    logInsertEntry: db.prepare('INSERT INTO membership_log (room, idx, author, entry) VALUES (?, ?, ?, ?)'),
    logFrom: db.prepare<[string, number, number], { entry: string }>('SELECT entry FROM membership_log WHERE room = ? AND idx >= ? ORDER BY idx LIMIT ?'),
    logBy: db.prepare<[string, string], { idx: number }>('SELECT idx FROM membership_log WHERE room = ? AND author = ? LIMIT 1'),
    // No index on (sender, msg_id): these scan one room's stored tail, which compaction keeps short.
    frameBySender: db.prepare<[string, string, number], { seq: number }>('SELECT seq FROM frames WHERE room = ? AND sender = ? AND msg_id = ?'),
    maxMsgId: db.prepare<[string, string], { m: number | null }>('SELECT max(msg_id) AS m FROM frames WHERE room = ? AND sender = ?'),
    frameInsert: db.prepare('INSERT INTO frames (room, seq, sender, msg_id, epoch, envelope) VALUES (?, ?, ?, ?, ?, ?)'),
    framesAfter: db.prepare<[string, number, number], { seq: number; envelope: Buffer }>(
      'SELECT seq, envelope FROM frames WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    framesDropUpTo: db.prepare('DELETE FROM frames WHERE room = ? AND seq <= ?'),
    frameCount: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM frames WHERE room = ?'),
    snapshotCurrent: db.prepare<[string], { id: number; base_seq: number; epoch: number; envelope: Buffer }>(
      'SELECT id, base_seq, epoch, envelope FROM snapshots WHERE room = ? ORDER BY id DESC LIMIT 1',
    ),
    snapshotBySender: db.prepare<[string, string, number], { base_seq: number }>('SELECT base_seq FROM snapshots WHERE room = ? AND sender = ? AND msg_id = ?'),
    snapshotInsert: db.prepare('INSERT INTO snapshots (room, base_seq, sender, msg_id, epoch, envelope) VALUES (?, ?, ?, ?, ?, ?)'),
    snapshotDropBefore: db.prepare('DELETE FROM snapshots WHERE room = ? AND id < ?'),
    inviteGet: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE token_hash = ?'),
    inviteInsert: db.prepare(
      "INSERT INTO invites (token_hash, room, role, expires_at, created_at, require_approval, package, state, used_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', NULL)",
    ),
    inviteList: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE room = ? ORDER BY created_at'),
    inviteBurn: db.prepare("UPDATE invites SET state = 'used', used_by = ? WHERE token_hash = ? AND state = 'open'"),
    inviteRevoke: db.prepare("UPDATE invites SET state = 'revoked', package = NULL WHERE room = ? AND token_hash = ? AND state = 'open'"),
    keyPut: db.prepare(
      'INSERT INTO wrapped_keys (room, device, epoch, wrapped) VALUES (?, ?, ?, ?) ON CONFLICT (room, device, epoch) DO UPDATE SET wrapped = excluded.wrapped',
    ),
    keysFor: db.prepare<[string, string], { epoch: number; wrapped: string }>(
      'SELECT epoch, wrapped FROM wrapped_keys WHERE room = ? AND device = ? ORDER BY epoch',
    ),
    keysDelete: db.prepare('DELETE FROM wrapped_keys WHERE room = ? AND device = ?'),
    logInsert: db.prepare(
      'INSERT INTO access_log (room, at, device, name, organisation, role, event, address, detail) VALUES (@room, @at, @deviceId, @name, @organisation, @role, @event, @address, @detail)',
    ),
    logRead: db.prepare<[string, number, number], LogRow>('SELECT * FROM access_log WHERE room = ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?'),
  };
}

/** RelayStore on a SQLite file. */
export class SqliteRelayStore implements RelayStore {
  private readonly q: ReturnType<typeof prepareAll>;
  /**
   * Per `room sender`: no stored frame of that sender has a higher msg id (an upper bound, loaded
   * on first use). A SUBMIT above it is new without a lookup; only one at or below it (a resend,
   * or a counter that went back) is looked up. Raised before the commit: if the transaction
   * rolls back the bound is merely high, which costs a lookup, never a lost frame.
   */
  private readonly msgIdBound = new Map<string, number>();

  private constructor(
    private readonly db: Database.Database,
    private readonly wal: WalSync,
  ) {
    this.q = prepareAll(db);
  }

  /** Opens (and creates) the database at `file` (or ':memory:'); the directory is made 0700. */
  static open(file: string): SqliteRelayStore {
    const inMemory = file === ':memory:';
    if (!inMemory) fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    // Ciphertext only, but still nobody else's business: owner-only (WAL and SHM inherit this).
    if (!inMemory) fs.chmodSync(file, 0o600);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A writer waiting on a checkpoint should wait, not fail, if another tool holds a read lock.
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA_SQL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return new SqliteRelayStore(db, new WalSync(inMemory ? undefined : `${file}-wal`));
  }

  createRoom(
    room: Omit<RoomRecord, 'head' | 'snapshotSeq' | 'epoch'>,
    admin: Omit<DeviceRecord, 'room' | 'role' | 'status'>,
    maxRoomsPerKey: number,
    genesis: string,
  ): 'created' | 'exists' | 'quota' {
    return this.db.transaction((): 'created' | 'exists' | 'quota' => {
      if (this.q.roomGet.get(room.id) !== undefined) return 'exists';
      if (this.q.roomCountForKey.get(room.accessKeyId)!.n >= maxRoomsPerKey) return 'quota';
      this.q.roomInsert.run(room.id, room.accessKeyId, room.createdAt);
      this.q.deviceInsert.run({ ...admin, room: room.id, role: 'admin', status: 'active' });
      this.q.logInsertEntry.run(room.id, 0, admin.id, genesis);
      return 'created';
    })();
  }

  getRoom(room: RoomId): RoomRecord | undefined {
    const row = this.q.roomGet.get(room);
    return row === undefined ? undefined : toRoom(row);
  }

  getDevice(room: RoomId, device: DeviceId): DeviceRecord | undefined {
    const row = this.q.deviceGet.get(room, device);
    return row === undefined ? undefined : toDevice(row);
  }

  listDevices(room: RoomId): DeviceRecord[] {
    return this.q.deviceList.all(room).map(toDevice);
  }

  setDeviceStatus(room: RoomId, device: DeviceId, status: DeviceStatus): boolean {
    return this.q.deviceSetStatus.run(status, room, device).changes === 1;
  }

  setDeviceRole(room: RoomId, device: DeviceId, role: Role): boolean {
    return this.q.deviceSetRole.run(role, room, device).changes === 1;
  }

  appendLog(room: RoomId, index: number, author: DeviceId, entry: string, maxEntries: number): LogAppendOutcome {
    return this.db.transaction((): LogAppendOutcome => {
      const length = this.q.logLength.get(room)!.n;
      if (index !== length) return 'conflict';
      if (length >= maxEntries) return 'full';
      this.q.logInsertEntry.run(room, index, author, entry);
      return 'appended';
    })();
  }

  readLog(room: RoomId, from: number, limit: number): string[] {
    return this.q.logFrom.all(room, from, limit).map((r) => r.entry);
  }

  logLength(room: RoomId): number {
    return this.q.logLength.get(room)!.n;
  }

  hasLogEntryBy(room: RoomId, author: DeviceId): boolean {
    return this.q.logBy.get(room, author) !== undefined;
  }

  appendUpdates(items: readonly UpdateInput[]): AppendOutcome[] {
    return this.append(items);
  }

  appendUpdatesUnsynced(items: readonly UpdateInput[]): AppendOutcome[] {
    // Only this transaction skips the in-commit fsync; syncToDisk makes it durable before any ack.
    this.db.pragma('synchronous = NORMAL');
    try {
      return this.append(items);
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  syncToDisk(): Promise<void> {
    return this.wal.sync();
  }

  syncToDiskNow(): void {
    this.wal.syncNow();
  }

  private append(items: readonly UpdateInput[]): AppendOutcome[] {
    return this.db.transaction(() => {
      const heads = new Map<string, number>();
      const out: AppendOutcome[] = [];
      for (const item of items) {
        const boundKey = `${item.room} ${item.sender}`;
        const bound = this.msgIdBound.get(boundKey) ?? this.q.maxMsgId.get(item.room, item.sender)?.m ?? 0;
        const existing = item.msgId <= bound ? this.q.frameBySender.get(item.room, item.sender, item.msgId) : undefined;
        if (existing !== undefined) {
          out.push({ seq: existing.seq, duplicate: true });
          continue;
        }
        this.msgIdBound.set(boundKey, Math.max(bound, item.msgId));
        let head = heads.get(item.room);
        if (head === undefined) {
          const room = this.q.roomGet.get(item.room);
          if (room === undefined) throw new Error('append to a room that does not exist');
          head = room.head;
        }
        head += 1;
        heads.set(item.room, head);
        this.q.frameInsert.run(item.room, head, item.sender, item.msgId, item.epoch, item.envelope);
        out.push({ seq: head, duplicate: false });
      }
      for (const [room, head] of heads) this.q.roomSetHead.run(head, room);
      return out;
    })();
  }

  putSnapshot(input: SnapshotInput): SnapshotOutcome {
    return this.db.transaction((): SnapshotOutcome => {
      const again = this.q.snapshotBySender.get(input.room, input.sender, input.msgId);
      if (again !== undefined) return { ok: true, duplicate: true, baseSeq: again.base_seq, droppedFrames: 0 };
      const room = this.q.roomGet.get(input.room);
      if (room === undefined) throw new Error('snapshot for a room that does not exist');
      if (input.baseSeq > room.head) return { ok: false, reason: 'ahead-of-head' };
      const current = this.q.snapshotCurrent.get(input.room);
      const newer =
        current === undefined ||
        input.baseSeq > current.base_seq ||
        // A new key epoch needs a fresh snapshot even when nobody wrote since the last one.
        (input.baseSeq === current.base_seq && input.epoch > current.epoch);
      if (!newer) return { ok: false, reason: 'stale' };
      this.q.snapshotInsert.run(input.room, input.baseSeq, input.sender, input.msgId, input.epoch, input.envelope);
      let droppedFrames = 0;
      if (current !== undefined) {
        // Keep the previous snapshot and its tail (in case the new one is lossy); drop what is older.
        this.q.snapshotDropBefore.run(input.room, current.id);
        droppedFrames = this.q.framesDropUpTo.run(input.room, current.base_seq).changes;
      }
      this.q.roomSetSnapshot.run(input.baseSeq, input.room);
      return { ok: true, duplicate: false, baseSeq: input.baseSeq, droppedFrames };
    })();
  }

  currentSnapshot(room: RoomId): StoredSnapshot | undefined {
    const row = this.q.snapshotCurrent.get(room);
    return row === undefined ? undefined : { baseSeq: row.base_seq, epoch: row.epoch, envelope: new Uint8Array(row.envelope) };
  }

  readFrames(room: RoomId, afterSeq: number, limit: number): StoredFrame[] {
    return this.q.framesAfter.all(room, afterSeq, limit).map((r) => ({ seq: r.seq, envelope: new Uint8Array(r.envelope) }));
  }

  frameCount(room: RoomId): number {
    return this.q.frameCount.get(room)!.n;
  }

  createInvite(invite: Omit<InviteRecord, 'state' | 'usedBy'>): 'created' | 'exists' {
    if (this.q.inviteGet.get(invite.tokenHash) !== undefined) return 'exists';
    this.q.inviteInsert.run(invite.tokenHash, invite.room, invite.role, invite.expiresAt, invite.createdAt, invite.requireApproval ? 1 : 0, invite.package);
    return 'created';
  }

  revokeInvite(room: RoomId, tokenHash: string): boolean {
    return this.q.inviteRevoke.run(room, tokenHash).changes === 1;
  }

  listInvites(room: RoomId): InviteRecord[] {
    return this.q.inviteList.all(room).map(toInvite);
  }

  redeemInvite(room: RoomId, tokenHash: string, device: Omit<DeviceRecord, 'room' | 'role' | 'status'>, now: number): RedeemOutcome {
    return this.db.transaction((): RedeemOutcome => {
      const row = this.q.inviteGet.get(tokenHash);
      // Another room's token opens nothing here, and says nothing about that room either.
      if (row === undefined || row.room !== room) return { ok: false, reason: 'not-found' };
      const invite = toInvite(row);
      if (invite.state === 'revoked') return { ok: false, reason: 'revoked' };
      if (invite.state === 'used') {
        const existing = this.q.deviceGet.get(room, device.id);
        if (invite.usedBy === device.id && existing !== undefined && existing.status !== 'removed') {
          return { ok: true, invite, device: toDevice(existing), again: true };
        }
        return { ok: false, reason: 'used' };
      }
      if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
      this.q.inviteBurn.run(device.id, tokenHash);
      const record: DeviceRecord = { ...device, room, role: invite.role, status: invite.requireApproval ? 'pending' : 'active' };
      this.q.deviceInsert.run(record);
      return { ok: true, invite: { ...invite, state: 'used', usedBy: device.id }, device: record, again: false };
    })();
  }

  putKeys(room: RoomId, epoch: number, entries: readonly { deviceId: DeviceId; wrapped: string }[], raise: boolean): PutKeysOutcome {
    return this.db.transaction((): PutKeysOutcome => {
      const row = this.q.roomGet.get(room);
      if (row === undefined) throw new Error('keys for a room that does not exist');
      if (raise ? epoch <= row.epoch : epoch > row.epoch) return { ok: false, reason: 'bad-epoch' };
      for (const e of entries) this.q.keyPut.run(room, e.deviceId, epoch, e.wrapped);
      if (raise) this.q.roomSetEpoch.run(epoch, room);
      return { ok: true, epoch: raise ? epoch : row.epoch, raised: raise };
    })();
  }

  keysFor(room: RoomId, device: DeviceId): { epoch: number; wrapped: string }[] {
    return this.q.keysFor.all(room, device);
  }

  deleteKeysFor(room: RoomId, device: DeviceId): void {
    this.q.keysDelete.run(room, device);
  }

  appendAccessLog(entry: AccessLogRecord): void {
    this.q.logInsert.run(entry);
  }

  readAccessLog(room: RoomId, before: number | undefined, limit: number): AccessLogRecord[] {
    return this.q.logRead.all(room, before ?? Number.MAX_SAFE_INTEGER, limit).map(toLog);
  }

  close(): void {
    this.wal.close();
    if (this.db.open) this.db.close();
  }
}
