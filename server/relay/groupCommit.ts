/**
 * Group commit, the relay's write path: SUBMITs are committed in one store transaction per
 * batch, the write-ahead log is fsynced off the event loop, and only then does each sender get
 * its ack and the room its DELIVER frames. Nothing is acked or fanned out before it is on disk.
 *
 * One fsync is in flight at a time. SUBMITs that arrive while it runs wait and go into the next
 * batch, so the batch grows with the load (and with a slow disk) instead of the relay paying
 * one fsync per event-loop turn, and the event loop keeps reading and fanning out meanwhile.
 * Snapshots are stored one by one (they replace the frames they cover), synchronously with the
 * in-commit fsync, and acked, never fanned out.
 */
import { CloseCodes, type CloseCode } from '../../shared/protocol/closeCodes.js';
import { encodeDeliver, type Envelope } from '../../shared/protocol/frames.js';
import type { RoomId } from '../../shared/protocol/ids.js';
import type { RelayMessage } from '../../shared/protocol/messages.js';
import { errorFields, type Logger } from '../log.js';
import type { RelayMetrics } from '../metrics.js';
import type { AppendOutcome, RelayStore } from '../store/relayStore.js';
import type { Connection } from './connection.js';
import type { LiveRoom } from './liveRoom.js';

/** What the group commit needs of the relay (the Relay class itself). */
export interface CommitHost {
  readonly rooms: ReadonlyMap<RoomId, LiveRoom>;
  readonly deps: { readonly store: RelayStore; readonly logger: Logger };
  readonly metrics: RelayMetrics | undefined;
  sendMessage(conn: Connection, msg: RelayMessage): void;
  sendBinary(conn: Connection, bytes: Uint8Array, type: 'deliver'): void;
  sendError(conn: Connection, code: CloseCode, message: string, extra: { retry: boolean; msgId?: number }): void;
  reject(reason: string): void;
  maybeAskForSnapshot(room: LiveRoom): void;
}

interface PendingSubmit {
  readonly conn: Connection;
  readonly envelope: Envelope;
}

/** Updates committed to the store, waiting for their fsync. */
interface CommittedBatch {
  readonly items: readonly PendingSubmit[];
  readonly outcomes: readonly AppendOutcome[];
  readonly started: number;
}

export class GroupCommit {
  private pending: PendingSubmit[] = [];
  private scheduled = false;
  /** The batch whose fsync is running, if any. */
  private syncing: CommittedBatch | undefined;
  /** Per room, the first seq committed but not yet on disk (what a joining connection must not read yet). */
  private readonly unsyncedFrom = new Map<RoomId, number>();

  constructor(private readonly host: CommitHost) {}

  /** Queues a SUBMIT (already checked: room, sender, role, epoch) for the next batch. */
  submit(conn: Connection, envelope: Envelope): void {
    this.pending.push({ conn, envelope });
    if (!this.scheduled && this.syncing === undefined) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /**
   * The highest seq of a room that is on disk, given the store's head: frames above it are
   * fanned out when their fsync completes, so a catch-up must stop below them.
   */
  durableHead(room: RoomId, storeHead: number): number {
    const from = this.unsyncedFrom.get(room);
    return from === undefined ? storeHead : Math.min(storeHead, from - 1);
  }

  /** Commits the queued SUBMITs and starts their fsync, unless one is running (then they wait for it). */
  private flush(): void {
    this.scheduled = false;
    if (this.syncing !== undefined) return;
    const batch = this.commit();
    if (batch === undefined) return;
    this.syncing = batch;
    // A batch flushNow has taken over (graceful stop) is not this callback's any more.
    this.host.deps.store.syncToDisk().then(
      () => {
        if (this.syncing === batch) this.synced(batch);
      },
      (error: unknown) => {
        if (this.syncing === batch) this.syncFailed(batch, error);
      },
    );
  }

  /** Graceful stop: commits, fsyncs (blocking) and acks everything received so far. */
  flushNow(): void {
    const running = this.syncing;
    this.syncing = undefined;
    const batches = [running, this.commit()].filter((b) => b !== undefined);
    if (batches.length === 0) return;
    try {
      this.host.deps.store.syncToDiskNow();
    } catch (error) {
      for (const b of batches) this.syncFailed(b, error);
      return;
    }
    for (const b of batches) this.release(b);
  }

  /** Stores the queued updates (and snapshots, synchronously); undefined if there were no updates. */
  private commit(): CommittedBatch | undefined {
    const batch = this.pending;
    this.pending = [];
    const updates: PendingSubmit[] = [];
    for (const item of batch) {
      const room = this.host.rooms.get(item.envelope.header.room);
      // The epoch may have been raised since the frame was queued.
      if (room === undefined || item.conn.state === 'closed') continue;
      if (item.envelope.header.epoch !== room.epoch) {
        this.host.sendError(item.conn, CloseCodes.conflict, 'epoch is not the current one; fetch keys and reseal', {
          retry: true,
          msgId: item.envelope.header.msgId,
        });
        continue;
      }
      if (item.envelope.header.kind === 'snapshot') this.commitSnapshot(item, room);
      else updates.push(item);
    }
    if (updates.length === 0) return undefined;
    const started = performance.now();
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.host.deps.store.appendUpdatesUnsynced(
        updates.map(({ envelope }) => ({
          room: envelope.header.room,
          sender: envelope.header.sender,
          msgId: envelope.header.msgId,
          epoch: envelope.header.epoch,
          envelope: envelope.bytes,
        })),
      );
    } catch (error) {
      this.host.deps.logger.error('store-append-failed', { frames: updates.length, ...errorFields(error) });
      for (const { conn, envelope } of updates)
        this.host.sendError(conn, CloseCodes.internalError, 'not stored; resend later', { retry: true, msgId: envelope.header.msgId });
      return undefined;
    }
    updates.forEach((item, i) => {
      const outcome = outcomes[i]!;
      const room = item.envelope.header.room;
      if (!outcome.duplicate && !this.unsyncedFrom.has(room)) this.unsyncedFrom.set(room, outcome.seq);
    });
    return { items: updates, outcomes, started };
  }

  /** The batch is on disk: ack it, fan it out, and start the next batch if SUBMITs waited. */
  private synced(batch: CommittedBatch): void {
    this.syncing = undefined;
    this.release(batch);
    if (this.pending.length > 0) this.flush();
  }

  private release(batch: CommittedBatch): void {
    this.host.metrics?.storeSeconds.observe((performance.now() - batch.started) / 1000);
    this.unsyncedFrom.clear();
    const touched = new Set<LiveRoom>();
    batch.items.forEach((item, i) => {
      const outcome = batch.outcomes[i]!;
      const { header, bytes } = item.envelope;
      this.host.sendMessage(item.conn, { type: 'ack', msgId: header.msgId, seq: outcome.seq });
      const room = this.host.rooms.get(header.room);
      // A room whose last connection left meanwhile, or a connection that joined after reading this frame from the store.
      if (outcome.duplicate || room === undefined || outcome.seq <= room.head) return;
      room.head = outcome.seq;
      touched.add(room);
      // One Buffer for every receiver: ws would wrap a plain Uint8Array anew for each send.
      const frame = encodeDeliver(outcome.seq, bytes);
      const deliver = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
      for (const other of room.conns) {
        if (other !== item.conn && other.state === 'live' && !other.pending) this.host.sendBinary(other, deliver, 'deliver');
      }
    });
    for (const room of touched) this.host.maybeAskForSnapshot(room);
  }

  private syncFailed(batch: CommittedBatch, error: unknown): void {
    this.syncing = undefined;
    this.unsyncedFrom.clear();
    // The frames are committed but maybe not on disk: not acked. A resend is deduplicated and acked after a later fsync.
    this.host.deps.logger.error('store-sync-failed', { frames: batch.items.length, ...errorFields(error) });
    for (const { conn, envelope } of batch.items)
      this.host.sendError(conn, CloseCodes.internalError, 'not stored; resend later', { retry: true, msgId: envelope.header.msgId });
    if (this.pending.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private commitSnapshot(item: PendingSubmit, room: LiveRoom): void {
    const { header, bytes } = item.envelope;
    const started = performance.now();
    const outcome = this.host.deps.store.putSnapshot({
      room: room.id,
      baseSeq: header.baseSeq,
      sender: header.sender,
      msgId: header.msgId,
      epoch: header.epoch,
      envelope: bytes,
    });
    this.host.metrics?.storeSeconds.observe((performance.now() - started) / 1000);
    if (!outcome.ok) {
      this.host.reject(`snapshot-${outcome.reason}`);
      this.host.sendError(
        item.conn,
        CloseCodes.conflict,
        outcome.reason === 'stale' ? 'snapshot is not newer than the current one' : 'snapshot base seq is beyond the head',
        {
          retry: false,
          msgId: header.msgId,
        },
      );
      return;
    }
    if (!outcome.duplicate) {
      room.snapshotSeq = Math.max(room.snapshotSeq, outcome.baseSeq);
      room.compactAskedHead = 0;
      this.host.deps.logger.info('snapshot-stored', { room: room.id, baseSeq: outcome.baseSeq, droppedFrames: outcome.droppedFrames });
    }
    this.host.sendMessage(item.conn, { type: 'ack', msgId: header.msgId, seq: outcome.baseSeq });
  }
}
