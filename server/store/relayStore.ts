/**
 * What the relay keeps, behind an interface: the embedded default is SQLite (sqliteStore.ts);
 * a deployment that outgrows one machine can back it with PostgreSQL (log, rooms, invites) and
 * Redis streams (fan-out across relay nodes) without touching the protocol.
 *
 * Every method that changes more than one row is atomic: it happens completely or not at all.
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

/** Outcome of an append: the seq, and whether (sender, msgId) had been stored before. */
export interface AppendOutcome {
  readonly seq: number;
  readonly duplicate: boolean;
}

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
  ): 'created' | 'exists' | 'quota';
  getRoom(room: RoomId): RoomRecord | undefined;
  getDevice(room: RoomId, device: DeviceId): DeviceRecord | undefined;
  /** Devices that are active or pending (removed ones are kept, but not listed). */
  listDevices(room: RoomId): DeviceRecord[];
  setDeviceStatus(room: RoomId, device: DeviceId, status: DeviceStatus): boolean;
  setDeviceRole(room: RoomId, device: DeviceId, role: Role): boolean;

  /** Appends a membership log entry at `index` if that is the log's length (compare-and-swap), at most `maxEntries` per room. */
  appendLog(room: RoomId, index: number, author: DeviceId, entry: string, maxEntries: number): LogAppendOutcome;
  /** Entries from index `from` on, at most `limit`. */
  readLog(room: RoomId, from: number, limit: number): string[];
  logLength(room: RoomId): number;
  /** True if `author` wrote any entry of the room's log. */
  hasLogEntryBy(room: RoomId, author: DeviceId): boolean;

  /** Appends updates (any rooms) in one transaction; a repeated (room, sender, msgId) gets its original seq. */
  appendUpdates(items: readonly UpdateInput[]): AppendOutcome[];
  /**
   * The same, but returns once the transaction committed, before it is on disk: nothing may be
   * acked on it until a later `syncToDisk` resolved (the group commit's fast path).
   */
  appendUpdatesUnsynced(items: readonly UpdateInput[]): AppendOutcome[];
  /** Puts every commit made so far on disk, off the event loop; rejects if the disk refused. */
  syncToDisk(): Promise<void>;
  /** The same, blocking (graceful stop). */
  syncToDiskNow(): void;
  /** Compare-and-swap: stores a newer snapshot, keeps the previous one, drops frames the previous one covered. */
  putSnapshot(input: SnapshotInput): SnapshotOutcome;
  currentSnapshot(room: RoomId): StoredSnapshot | undefined;
  /** Stored frames with seq > afterSeq, ascending, at most `limit`. */
  readFrames(room: RoomId, afterSeq: number, limit: number): StoredFrame[];
  /** Number of frames stored for a room (compaction keeps this bounded). */
  frameCount(room: RoomId): number;

  createInvite(invite: Omit<InviteRecord, 'state' | 'usedBy'>): 'created' | 'exists';
  revokeInvite(room: RoomId, tokenHash: string): boolean;
  listInvites(room: RoomId): InviteRecord[];
  /**
   * Burns an open invite and registers the device with the invite's role, atomically. A device
   * that already redeemed this same invite gets it again (`again`), so a crash between burning and
   * receiving the package does not lock it out; anyone else gets `used`.
   */
  redeemInvite(room: RoomId, tokenHash: string, device: Omit<DeviceRecord, 'room' | 'role' | 'status'>, now: number): RedeemOutcome;

  /** Stores wrapped case keys; `raise` moves the room up to `epoch` (which must be above the current one). */
  putKeys(room: RoomId, epoch: number, entries: readonly { deviceId: DeviceId; wrapped: string }[], raise: boolean): PutKeysOutcome;
  /** Wrapped keys for one device, every epoch it has, ascending. */
  keysFor(room: RoomId, device: DeviceId): { epoch: number; wrapped: string }[];
  deleteKeysFor(room: RoomId, device: DeviceId): void;

  appendAccessLog(entry: AccessLogRecord): void;
  /** Newest first, strictly before `before` if given. */
  readAccessLog(room: RoomId, before: number | undefined, limit: number): AccessLogRecord[];

  close(): void;
}
