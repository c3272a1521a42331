/**
 * What the relay keeps, behind an asynchronous interface: the embedded default is SQLite
 * (sqlite/sqliteStore.ts, one process); PostgreSQL (postgres/pgStore.ts) serves several relay
 * nodes at once. Both pass one contract suite (tests/helpers/relayStoreContract.ts).
 *
 * Every method that changes more than one row is atomic: it happens completely or not at all.
 * Nothing is visible through the store before it is durable: a resolved `appendUpdates` means
 * on disk, and `getRoom().head` and `readFrames` never show frames that are not.
 * The store holds ciphertext, public keys, professional labels, sizes and times; never content.
 */
import type { AccessEvent } from '../../shared/protocol/messages.js';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import type { Role } from '../../shared/protocol/roles.js';

export interface RoomRecord {
  readonly id: RoomId;
  readonly accessKeyId: string;
  readonly createdAt: number;
  /** Current case-key epoch; SUBMITs under another epoch are refused. */
  readonly epoch: number;
  /** Highest assigned seq (0 = empty room). */
  readonly head: number;
  /** Base seq of the current snapshot (0 = none). */
  readonly snapshotSeq: number;
}

export type DeviceStatus = 'active' | 'pending' | 'removed';

export interface DeviceRecord {
  readonly room: RoomId;
  readonly id: DeviceId;
  readonly role: Role;
  readonly signPublicKey: string;
  readonly boxPublicKey: string;
  readonly name: string;
  readonly organisation: string;
  readonly status: DeviceStatus;
  readonly addedAt: number;
}

/** An update to append; the store assigns its seq. */
export interface UpdateInput {
  readonly room: RoomId;
  readonly sender: DeviceId;
  readonly msgId: number;
  readonly epoch: number;
  readonly envelope: Uint8Array;
}

/**
 * Outcome of an append: the seq, and whether (sender, msgId) had been stored before; or refused,
 * decided inside the transaction that assigns seqs (so on every node at once): the sender is not
 * an active writer of the room any more (removed, pending, observer), or the room's epoch moved on.
 */
export type AppendOutcome =
  { readonly seq: number; readonly duplicate: boolean; readonly refused?: undefined } | { readonly refused: 'forbidden' | 'stale-epoch' | 'no-room' };

export interface SnapshotInput {
  readonly room: RoomId;
  readonly baseSeq: number;
  readonly sender: DeviceId;
  readonly msgId: number;
  readonly epoch: number;
  readonly envelope: Uint8Array;
}

export type SnapshotOutcome =
  | { readonly ok: true; readonly duplicate: boolean; readonly baseSeq: number; readonly droppedFrames: number }
  | { readonly ok: false; readonly reason: 'stale' | 'ahead-of-head' };

export interface StoredSnapshot {
  readonly baseSeq: number;
  readonly epoch: number;
  readonly envelope: Uint8Array;
}

export interface StoredFrame {
  readonly seq: number;
  readonly envelope: Uint8Array;
}

export type InviteState = 'open' | 'used' | 'revoked';

export interface InviteRecord {
  readonly tokenHash: string;
  readonly room: RoomId;
  readonly role: Role;
  readonly expiresAt: number;
  readonly createdAt: number;
  readonly requireApproval: boolean;
  /** The sealed invite package; dropped when the invite is revoked. */
  readonly package: string | null;
  readonly state: InviteState;
  readonly usedBy: DeviceId | null;
}

export type RedeemOutcome =
  | { readonly ok: true; readonly invite: InviteRecord; readonly device: DeviceRecord; readonly again: boolean }
  | { readonly ok: false; readonly reason: 'not-found' | 'used' | 'revoked' | 'expired' };

export type PutKeysOutcome = { readonly ok: true; readonly epoch: number; readonly raised: boolean } | { readonly ok: false; readonly reason: 'bad-epoch' };

export interface AccessLogRecord {
  readonly room: RoomId;
  readonly at: number;
  readonly deviceId: DeviceId | null;
  readonly name: string;
  readonly organisation: string;
  readonly role: Role | null;
  readonly event: AccessEvent;
  readonly address: string;
  readonly detail: string;
}

/** Outcome of appending a membership log entry: stored, or the index was not the log's length (another entry won), or the log is full. */
export type LogAppendOutcome = 'appended' | 'conflict' | 'full';

/** What the store keeps of an erased room. */
export interface Tombstone {
  readonly at: number;
  readonly entry: string | undefined;
}

export interface RelayStore {
  /**
   * Creates a room with its first admin device and its membership log's entry 0 (`genesis`, signed
   * by that device); refuses when the key's room quota is used up.
   */
  createRoom(
    room: Omit<RoomRecord, 'head' | 'snapshotSeq' | 'epoch'>,
    admin: Omit<DeviceRecord, 'room' | 'role' | 'status'>,
    maxRoomsPerKey: number,
    genesis: string,
  ): Promise<'created' | 'exists' | 'quota'>;
  getRoom(room: RoomId): Promise<RoomRecord | undefined>;
  getDevice(room: RoomId, device: DeviceId): Promise<DeviceRecord | undefined>;
  /** Devices that are active or pending (removed ones are kept, but not listed). */
  listDevices(room: RoomId): Promise<DeviceRecord[]>;
  /**
   * Changes a device's status (with 'removed': also deletes its wrapped keys), after every append
   * that is committing for the room: once it resolved, no later append of that device is stored
   * unless the status allows it, so `getRoom().head` read afterwards covers all its frames.
   */
  setDeviceStatus(room: RoomId, device: DeviceId, status: DeviceStatus): Promise<boolean>;
  /** The same ordering as setDeviceStatus. */
  setDeviceRole(room: RoomId, device: DeviceId, role: Role): Promise<boolean>;

  /** Appends a membership log entry at `index` if that is the log's length (compare-and-swap), at most `maxEntries` per room. */
  appendLog(room: RoomId, index: number, author: DeviceId, entry: string, maxEntries: number): Promise<LogAppendOutcome>;
  /** Entries from index `from` on, at most `limit`. */
  readLog(room: RoomId, from: number, limit: number): Promise<string[]>;
  logLength(room: RoomId): Promise<number>;
  /** True if `author` wrote any entry of the room's log. */
  hasLogEntryBy(room: RoomId, author: DeviceId): Promise<boolean>;

  /**
   * Appends updates (any rooms) in one transaction and resolves once it is durable; a repeated
   * (room, sender, msgId) gets its original seq. Seqs are one gap-free sequence per room,
   * assigned inside the transaction. Items may be refused (see AppendOutcome); rejects if the
   * store could not write (nothing of the batch is then acked).
   */
  appendUpdates(items: readonly UpdateInput[]): Promise<AppendOutcome[]>;
  /** Compare-and-swap: stores a newer snapshot, keeps the previous one, drops frames the previous one covered. */
  putSnapshot(input: SnapshotInput): Promise<SnapshotOutcome>;
  currentSnapshot(room: RoomId): Promise<StoredSnapshot | undefined>;
  /** Stored frames with seq > afterSeq, ascending, at most `limit`. */
  readFrames(room: RoomId, afterSeq: number, limit: number): Promise<StoredFrame[]>;
  /** Number of frames stored for a room (compaction keeps this bounded). */
  frameCount(room: RoomId): Promise<number>;

  createInvite(invite: Omit<InviteRecord, 'state' | 'usedBy'>): Promise<'created' | 'exists'>;
  revokeInvite(room: RoomId, tokenHash: string): Promise<boolean>;
  listInvites(room: RoomId): Promise<InviteRecord[]>;
  /**
   * Burns an open invite and registers the device with the invite's role, atomically. A device
   * that already redeemed this same invite gets it again (`again`), so a crash between burning and
   * receiving the package does not lock it out; anyone else gets `used`.
   */
  redeemInvite(room: RoomId, tokenHash: string, device: Omit<DeviceRecord, 'room' | 'role' | 'status'>, now: number): Promise<RedeemOutcome>;

  /**
   * Stores wrapped case keys. `raise`: the room moves up to `epoch`, which must be above the
   * current one; otherwise `epoch` must not be above it. Keys for a device that is removed (by the
   * time the transaction runs) are dropped silently; the others land.
   */
  putKeys(room: RoomId, epoch: number, entries: readonly { deviceId: DeviceId; wrapped: string }[], raise: boolean): Promise<PutKeysOutcome>;
  /** Wrapped keys for one device, every epoch it has, ascending. */
  keysFor(room: RoomId, device: DeviceId): Promise<{ epoch: number; wrapped: string }[]>;
  deleteKeysFor(room: RoomId, device: DeviceId): Promise<void>;

  appendAccessLog(entry: AccessLogRecord): Promise<void>;
  /** Newest first, strictly before `before` if given. */
  readAccessLog(room: RoomId, before: number | undefined, limit: number): Promise<AccessLogRecord[]>;

  /** Deletes entries of the room's access log strictly older than `before`; resolves how many. */
  purgeAccessLog(room: RoomId, before: number): Promise<number>;
  /**
   * Deletes the whole access log of every room erased before `erasedBefore` (the log outlives the
   * content for its own term, then goes); resolves how many entries went. Tombstones stay.
   */
  purgeErasedAccessLogs(erasedBefore: number): Promise<number>;

  /**
   * Erases a room: every frame, snapshot, wrapped key, invite, membership log entry and device
   * record, and the room itself, leaving its access log and a tombstone (room id, erased-at and
   * `entry`, the chair's signed erase entry: ids, the reason and the day, no content). No byte of
   * its ciphertext stays readable in the store's files (SQLite: secure_delete and a WAL
   * checkpoint; PostgreSQL: see docs/relay.md for what remains until VACUUM). False if the room
   * did not exist.
   */
  eraseRoom(room: RoomId, at: number, entry?: string): Promise<boolean>;
  /** The tombstone of an erased room (when, and the erase entry if one was kept), or undefined. */
  tombstone(room: RoomId): Promise<Tombstone | undefined>;

  /** A small write that proves the store can write now (for /healthz); rejects if it cannot. */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}
