/**
 * The local store of cases on one device. Everything in it is sealed exactly as on the wire
 * (the same envelopes under the case keys), so nothing is readable at rest: the snapshot, the
 * frames after it, the queue of updates the relay has not acknowledged yet, and an encrypted
 * index entry (title, status, last change) per case.
 *
 * Implementations: `MemoryCaseStore` (Node tests) and renderer/storage/indexedDbCaseStore.ts.
 * Every method is atomic on its own; a crash between two calls leaves a consistent store.
 */
import type { RoomId } from '../../protocol/ids.js';
import type { Role } from '../../protocol/roles.js';
import type { SecurityAlarm } from '../integrity/alarms.js';

/** A stored frame: the relay's seq and the sealed envelope bytes. */
export interface StoredFrame {
  readonly seq: number;
  readonly envelope: Uint8Array;
}

/** A sealed update the relay has not acknowledged yet. */
export interface QueuedUpdate {
  readonly msgId: number;
  readonly envelope: Uint8Array;
}

/** A sealed snapshot covering every update with seq ≤ `baseSeq`. */
export interface StoredSnapshot {
  readonly baseSeq: number;
  readonly envelope: Uint8Array;
}

/** How this device belongs to a case. */
export type Membership =
  /** Created here or joined and redeemed: log in with `hello`. */
  | 'member'
  /** An invite is being redeemed: log in with `redeem` (the token and secret are in the vault). */
  | 'redeeming';

/** What the store keeps about a case besides its content. */
export interface CaseRecord {
  readonly room: RoomId;
  /**
   * The relay's WebSocket URL, e.g. "wss://relay.example.nl" (not content: where the case lives),
   * or null for a case kept only on this device (until it is published).
   */
  readonly relay: string | null;
  readonly membership: Membership;
  /** This device's role, as the relay last said (null before the first welcome). */
  readonly role: Role | null;
  /** The encrypted index entry (see caseIndex.ts), or null before the first one is written. */
  readonly index: Uint8Array | null;
  /**
   * Hash of the case's first membership log entry, as learned outside the relay (made here, or
   * named by the invite package); null (or absent, in records written before it existed) until known.
   */
  readonly genesis?: string | null;
  /** Security alarms up to this time (ms) were seen by the user (absent: none seen yet). */
  readonly alarmsSeenAt?: number;
}

/** Everything needed to rebuild a case's document. */
export interface LocalCaseState {
  readonly snapshot: StoredSnapshot | null;
  /** Frames after the snapshot, by ascending seq. */
  readonly frames: readonly StoredFrame[];
  /** Highest seq applied without gaps (the `since` of the next hello). */
  readonly lastSeq: number;
  /** Unacknowledged updates by ascending msg id. */
  readonly queue: readonly QueuedUpdate[];
}

/**
 * A notice for the start screen that a case was deleted from this device (removed from it, or
 * erased), kept until the user dismisses it. It names no room: its text (title, why, when) is
 * sealed under the device's index key (caseIndex.ts `sealNotice`), so nothing of the case stays.
 */
export interface StoredNotice {
  /** A random id of its own (never the room id). */
  readonly id: string;
  readonly sealed: Uint8Array;
}

/** Per-device store of sealed case data. */
export interface LocalCaseStore {
  listCases(): Promise<CaseRecord[]>;
  getCase(room: RoomId): Promise<CaseRecord | undefined>;
  putCase(record: CaseRecord): Promise<void>;
  /** Forgets a case and all its data: its record, snapshot, frames, queue, log and alarms. */
  deleteCase(room: RoomId): Promise<void>;

  load(room: RoomId): Promise<LocalCaseState>;
  /**
   * Reserves the next msg id of this device in this room. Msg ids never repeat (the relay
   * dedups resends by them), also across restarts and across tabs sharing the store.
   */
  nextMsgId(room: RoomId): Promise<number>;
  /** Keeps a sealed update until the relay acknowledges it. */
  enqueue(room: RoomId, update: QueuedUpdate): Promise<void>;
  /** Replaces a queued update (resealed under a new epoch, same msg id). No-op if it was acked. */
  replaceQueued(room: RoomId, update: QueuedUpdate): Promise<void>;
  /** The relay stored `msgId` as `seq`: moves it from the queue to the frames. */
  acknowledge(room: RoomId, msgId: number, seq: number): Promise<void>;
  /** Stores frames received from the relay (duplicates by seq are ignored). */
  appendFrames(room: RoomId, frames: readonly StoredFrame[]): Promise<void>;
  /** Records the highest seq applied without gaps. */
  setLastSeq(room: RoomId, lastSeq: number): Promise<void>;
  /** Stores a snapshot and drops the frames it covers; older snapshots are replaced. */
  putSnapshot(room: RoomId, snapshot: StoredSnapshot): Promise<void>;

  /** The case's membership log entries (wire texts) in index order; verified when they arrived. */
  loadLog(room: RoomId): Promise<string[]>;
  /** Stores log entries at indexes `from`, `from + 1`, …; an index already held keeps its entry. */
  appendLog(room: RoomId, from: number, entries: readonly string[]): Promise<void>;

  /** Keeps a security alarm (content-free) in the device's own log. */
  addAlarm(alarm: SecurityAlarm): Promise<void>;
  /** The alarms kept, oldest first; of one case, or of every case. */
  listAlarms(room?: RoomId): Promise<SecurityAlarm[]>;

  /** Keeps a notice that a case was deleted from this device. */
  putNotice(notice: StoredNotice): Promise<void>;
  listNotices(): Promise<StoredNotice[]>;
  deleteNotice(id: string): Promise<void>;
}
