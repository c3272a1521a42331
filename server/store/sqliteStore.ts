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
 *
 * The interface is asynchronous (PostgreSQL's is); here every method but the append's fsync
 * runs synchronously inside, so a SQLite relay pays a resolved promise, not a thread hop.
 * Frames committed but not yet fsynced are invisible: `getRoom().head` and `readFrames` stop
 * below them until their fsync returned.
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
  Tombstone,
  SnapshotInput,
  SnapshotOutcome,
  StoredFrame,
  StoredSnapshot,
  UpdateInput,
} from './relayStore.js';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION, newerSchemaMessage } from './sqliteSchema.js';

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
    erasedGet: db.prepare<[string], { erased_at: number; entry: string | null }>('SELECT erased_at, entry FROM erased_rooms WHERE room = ?'),
    erasedInsert: db.prepare('INSERT OR REPLACE INTO erased_rooms (room, erased_at, entry) VALUES (?, ?, ?)'),
    erasedPurgeLog: db.prepare('DELETE FROM access_log WHERE room IN (SELECT room FROM erased_rooms WHERE erased_at < ?)'),
    healthWrite: db.prepare('INSERT OR REPLACE INTO relay_health (id, at) VALUES (1, ?)'),
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
    logPurge: db.prepare('DELETE FROM access_log WHERE room = ? AND at < ?'),
    erase: ['frames', 'snapshots', 'wrapped_keys', 'invites', 'membership_log', 'devices'].map((table) => db.prepare(`DELETE FROM ${table} WHERE room = ?`)),
    roomDelete: db.prepare('DELETE FROM rooms WHERE id = ?'),
  };
}

/** Opens the schema at its newest version: runs the migrations it lacks, refuses a newer one. */
function migrate(db: Database.Database, where: string): { from: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > SQLITE_SCHEMA_VERSION) throw new Error(newerSchemaMessage(where, from, SQLITE_SCHEMA_VERSION));
  for (const m of SQLITE_MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from };
}

/** RelayStore on a SQLite file. */
export class SqliteRelayStore implements RelayStore {
  readonly kind = 'sqlite';
  private readonly q: ReturnType<typeof prepareAll>;
  /**
   * Per `room sender`: no stored frame of that sender has a higher msg id (an upper bound, loaded
   * on first use). A SUBMIT above it is new without a lookup; only one at or below it (a resend,
   * or a counter that went back) is looked up. Raised before the commit: if the transaction
   * rolls back the bound is merely high, which costs a lookup, never a lost frame.
   */
  private readonly msgIdBound = new Map<string, number>();
  /** Per `room device`: may it append (active, not an observer)? This process is the file's only writer, so a cache is exact. */
  private readonly writers = new Map<string, boolean>();
  /** Per room, the first seq committed but not yet fsynced: invisible until the fsync returns. */
  private readonly unsyncedFrom = new Map<string, number>();
  /** One append at a time: its fsync must cover exactly what it committed. */
  private appending: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Database.Database,
    private readonly wal: WalSync,
  ) {
    this.q = prepareAll(db);
  }

  /** Opens (and creates or migrates) the database at `file` (or ':memory:'); the directory is made 0700. */
  static open(file: string): SqliteRelayStore {
    const inMemory = file === ':memory:';
    if (!inMemory) fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    try {
      // Ciphertext only, but still nobody else's business: owner-only (WAL and SHM inherit this).
      if (!inMemory) fs.chmodSync(file, 0o600);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      // Deleted rows are overwritten with zeros, so an erased room's ciphertext does not linger in free pages.
      db.pragma('secure_delete = ON');
      // A writer waiting on a checkpoint should wait, not fail, if another tool holds a read lock.
      db.pragma('busy_timeout = 5000');
      const { from } = migrate(db, inMemory ? 'the database' : file);
      // Free pages of a database written before secure_delete was on may still hold old ciphertext: rewrite it once.
      if (from > 0 && from < 4) db.exec('VACUUM');
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteRelayStore(db, new WalSync(inMemory ? undefined : `${file}-wal`));
  }

  async createRoom(
    room: Omit<RoomRecord, 'head' | 'snapshotSeq' | 'epoch'>,
    admin: Omit<DeviceRecord, 'room' | 'role' | 'status'>,
    maxRoomsPerKey: number,
    genesis: string,
  ): Promise<'created' | 'exists' | 'quota'> {
    return this.db.transaction((): 'created' | 'exists' | 'quota' => {
      // An erased room's id is never used again: a device that comes back must hear it was erased.
      if (this.q.roomGet.get(room.id) !== undefined || this.q.erasedGet.get(room.id) !== undefined) return 'exists';
      if (this.q.roomCountForKey.get(room.accessKeyId)!.n >= maxRoomsPerKey) return 'quota';
      this.q.roomInsert.run(room.id, room.accessKeyId, room.createdAt);
      this.q.deviceInsert.run({ ...admin, room: room.id, role: 'admin', status: 'active' });
      this.q.logInsertEntry.run(room.id, 0, admin.id, genesis);
      return 'created';
    })();
  }

  async getRoom(room: RoomId): Promise<RoomRecord | undefined> {
    const row = this.q.roomGet.get(room);
    if (row === undefined) return undefined;
    const unsynced = this.unsyncedFrom.get(room);
    return toRoom(unsynced === undefined ? row : { ...row, head: Math.min(row.head, unsynced - 1) });
  }

  async getDevice(room: RoomId, device: DeviceId): Promise<DeviceRecord | undefined> {
    const row = this.q.deviceGet.get(room, device);
    return row === undefined ? undefined : toDevice(row);
  }

  async listDevices(room: RoomId): Promise<DeviceRecord[]> {
    return this.q.deviceList.all(room).map(toDevice);
  }

  async setDeviceStatus(room: RoomId, device: DeviceId, status: DeviceStatus): Promise<boolean> {
    // Appends run one at a time in this process: wait for the one in flight, so the change orders after it.
    await this.appending.catch(() => undefined);
    this.writers.delete(`${room} ${device}`);
    return this.db.transaction(() => {
      if (status === 'removed') this.q.keysDelete.run(room, device);
      return this.q.deviceSetStatus.run(status, room, device).changes === 1;
    })();
  }

  async setDeviceRole(room: RoomId, device: DeviceId, role: Role): Promise<boolean> {
    await this.appending.catch(() => undefined);
    this.writers.delete(`${room} ${device}`);
    return this.q.deviceSetRole.run(role, room, device).changes === 1;
  }

  async appendLog(room: RoomId, index: number, author: DeviceId, entry: string, maxEntries: number): Promise<LogAppendOutcome> {
    return this.db.transaction((): LogAppendOutcome => {
      const length = this.q.logLength.get(room)!.n;
      if (index !== length) return 'conflict';
      if (length >= maxEntries) return 'full';
      this.q.logInsertEntry.run(room, index, author, entry);
      return 'appended';
    })();
  }

  async readLog(room: RoomId, from: number, limit: number): Promise<string[]> {
    return this.q.logFrom.all(room, from, limit).map((r) => r.entry);
  }

  async logLength(room: RoomId): Promise<number> {
    return this.q.logLength.get(room)!.n;
  }

  async hasLogEntryBy(room: RoomId, author: DeviceId): Promise<boolean> {
    return this.q.logBy.get(room, author) !== undefined;
  }

  appendUpdates(items: readonly UpdateInput[]): Promise<AppendOutcome[]> {
    const run = this.appending.catch(() => undefined).then(() => this.appendDurably(items));
    this.appending = run;
    return run;
  }

  /** Commits without the in-commit fsync, then fsyncs the WAL off the event loop; visible once that returned. */
  private async appendDurably(items: readonly UpdateInput[]): Promise<AppendOutcome[]> {
    this.db.pragma('synchronous = NORMAL');
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.append(items);
    } finally {
      this.db.pragma('synchronous = FULL');
    }
    items.forEach((item, i) => {
      const o = outcomes[i]!;
      if (o.refused === undefined && !o.duplicate && !this.unsyncedFrom.has(item.room)) this.unsyncedFrom.set(item.room, o.seq);
    });
    try {
      await this.wal.sync();
    } finally {
      // Failed or not, the next fsync covers these frames; until then a resend is recognised and acked after it.
      this.unsyncedFrom.clear();
    }
    return outcomes;
  }

  private mayWrite(room: RoomId, device: DeviceId): boolean {
    const key = `${room} ${device}`;
    let may = this.writers.get(key);
    if (may === undefined) {
      const row = this.q.deviceGet.get(room, device);
      may = row !== undefined && row.status === 'active' && row.role !== 'observer';
      this.writers.set(key, may);
    }
    return may;
  }

  private append(items: readonly UpdateInput[]): AppendOutcome[] {
    return this.db.transaction(() => {
      const rooms = new Map<string, { head: number; epoch: number; changed: boolean } | null>();
      const out: AppendOutcome[] = [];
      for (const item of items) {
        let room = rooms.get(item.room);
        if (room === undefined) {
          const row = this.q.roomGet.get(item.room);
          room = row === undefined ? null : { head: row.head, epoch: row.epoch, changed: false };
          rooms.set(item.room, room);
        }
        if (room === null) {
          out.push({ refused: 'no-room' });
          continue;
        }
        const boundKey = `${item.room} ${item.sender}`;
        const bound = this.msgIdBound.get(boundKey) ?? this.q.maxMsgId.get(item.room, item.sender)?.m ?? 0;
        const existing = item.msgId <= bound ? this.q.frameBySender.get(item.room, item.sender, item.msgId) : undefined;
        if (existing !== undefined) {
          out.push({ seq: existing.seq, duplicate: true });
          continue;
        }
        if (!this.mayWrite(item.room, item.sender)) {
          out.push({ refused: 'forbidden' });
          continue;
        }
        if (item.epoch !== room.epoch) {
          out.push({ refused: 'stale-epoch' });
          continue;
        }
        this.msgIdBound.set(boundKey, Math.max(bound, item.msgId));
        room.head += 1;
        room.changed = true;
        this.q.frameInsert.run(item.room, room.head, item.sender, item.msgId, item.epoch, item.envelope);
        out.push({ seq: room.head, duplicate: false });
      }
      for (const [id, room] of rooms) if (room?.changed === true) this.q.roomSetHead.run(room.head, id);
      return out;
    })();
  }

  async putSnapshot(input: SnapshotInput): Promise<SnapshotOutcome> {
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

  async currentSnapshot(room: RoomId): Promise<StoredSnapshot | undefined> {
    const row = this.q.snapshotCurrent.get(room);
    return row === undefined ? undefined : { baseSeq: row.base_seq, epoch: row.epoch, envelope: new Uint8Array(row.envelope) };
  }

  async readFrames(room: RoomId, afterSeq: number, limit: number): Promise<StoredFrame[]> {
    const unsynced = this.unsyncedFrom.get(room) ?? Number.POSITIVE_INFINITY;
    const out: StoredFrame[] = [];
    for (const r of this.q.framesAfter.all(room, afterSeq, limit)) {
      if (r.seq >= unsynced) break;
      out.push({ seq: r.seq, envelope: new Uint8Array(r.envelope) });
    }
    return out;
  }

  async frameCount(room: RoomId): Promise<number> {
    return this.q.frameCount.get(room)!.n;
  }

  async createInvite(invite: Omit<InviteRecord, 'state' | 'usedBy'>): Promise<'created' | 'exists'> {
    if (this.q.inviteGet.get(invite.tokenHash) !== undefined) return 'exists';
    this.q.inviteInsert.run(invite.tokenHash, invite.room, invite.role, invite.expiresAt, invite.createdAt, invite.requireApproval ? 1 : 0, invite.package);
    return 'created';
  }

  async revokeInvite(room: RoomId, tokenHash: string): Promise<boolean> {
    return this.q.inviteRevoke.run(room, tokenHash).changes === 1;
  }

  async listInvites(room: RoomId): Promise<InviteRecord[]> {
    return this.q.inviteList.all(room).map(toInvite);
  }

  async redeemInvite(room: RoomId, tokenHash: string, device: Omit<DeviceRecord, 'room' | 'role' | 'status'>, now: number): Promise<RedeemOutcome> {
    this.writers.delete(`${room} ${device.id}`);
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

  async putKeys(room: RoomId, epoch: number, entries: readonly { deviceId: DeviceId; wrapped: string }[], raise: boolean): Promise<PutKeysOutcome> {
    return this.db.transaction((): PutKeysOutcome => {
      const row = this.q.roomGet.get(room);
      if (row === undefined) throw new Error('keys for a room that does not exist');
      if (raise ? epoch <= row.epoch : epoch > row.epoch) return { ok: false, reason: 'bad-epoch' };
      for (const e of entries) if (this.q.deviceGet.get(room, e.deviceId)?.status !== 'removed') this.q.keyPut.run(room, e.deviceId, epoch, e.wrapped);
      if (raise) this.q.roomSetEpoch.run(epoch, room);
      return { ok: true, epoch: raise ? epoch : row.epoch, raised: raise };
    })();
  }

  async keysFor(room: RoomId, device: DeviceId): Promise<{ epoch: number; wrapped: string }[]> {
    return this.q.keysFor.all(room, device);
  }

  async deleteKeysFor(room: RoomId, device: DeviceId): Promise<void> {
    this.q.keysDelete.run(room, device);
  }

  async appendAccessLog(entry: AccessLogRecord): Promise<void> {
    this.q.logInsert.run(entry);
  }

  async readAccessLog(room: RoomId, before: number | undefined, limit: number): Promise<AccessLogRecord[]> {
    return this.q.logRead.all(room, before ?? Number.MAX_SAFE_INTEGER, limit).map(toLog);
  }

  async purgeAccessLog(room: RoomId, before: number): Promise<number> {
    return this.q.logPurge.run(room, before).changes;
  }

  async purgeErasedAccessLogs(erasedBefore: number): Promise<number> {
    return this.q.erasedPurgeLog.run(erasedBefore).changes;
  }

  async eraseRoom(room: RoomId, at: number, entry?: string): Promise<boolean> {
    await this.appending.catch(() => undefined);
    const existed = this.db.transaction(() => {
      if (this.q.roomGet.get(room) === undefined) return false;
      for (const statement of this.q.erase) statement.run(room);
      this.q.roomDelete.run(room);
      this.q.erasedInsert.run(room, at, entry ?? null);
      return true;
    })();
    if (!existed) return false;
    for (const cache of [this.writers, this.msgIdBound]) for (const key of cache.keys()) if (key.startsWith(`${room} `)) cache.delete(key);
    // secure_delete zeroed the rows in the pages the WAL now holds; the checkpoint writes those
    // pages into the database file and truncates the WAL, so the old page images go too.
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (result !== undefined && result.busy !== 0) throw new Error('erase: the WAL checkpoint was blocked by a reader');
    return true;
  }

  async tombstone(room: RoomId): Promise<Tombstone | undefined> {
    const row = this.q.erasedGet.get(room);
    return row === undefined ? undefined : { at: row.erased_at, entry: row.entry ?? undefined };
  }

  /** Like an append: committed without the in-commit fsync, then the WAL fsynced off the event loop (a stalled disk must not stall the relay). */
  probeWrite(): Promise<void> {
    const run = this.appending
      .catch(() => undefined)
      .then(async () => {
        this.db.pragma('synchronous = NORMAL');
        try {
          this.q.healthWrite.run(Date.now());
        } finally {
          this.db.pragma('synchronous = FULL');
        }
        await this.wal.sync();
      });
    this.appending = run;
    return run;
  }

  async close(): Promise<void> {
    await this.appending.catch(() => undefined);
    this.wal.close();
    if (this.db.open) this.db.close();
  }
}
