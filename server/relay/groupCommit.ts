/**
 * Group commit, the relay's write path: every SUBMIT that arrived in one event-loop turn goes
 * into one store transaction, then each sender gets its ack and the room its DELIVER frames.
 * Nothing is acked or fanned out before the store has committed it. Snapshots are stored one
 * by one (they replace the frames they cover) and acked, never fanned out.
 */
import { CloseCodes, type CloseCode } from '../../shared/protocol/closeCodes.js';
import { encodeDeliver, type Envelope } from '../../shared/protocol/frames.js';
import type { RoomId } from '../../shared/protocol/ids.js';
import type { RelayMessage } from '../../shared/protocol/messages.js';
import { errorFields, type Logger } from '../log.js';
import type { RelayMetrics } from '../metrics.js';
import type { RelayStore } from '../store/relayStore.js';
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

/** SUBMITs waiting for the end of the event-loop turn. */
export class GroupCommit {
  private pending: PendingSubmit[] = [];
  private scheduled = false;

  constructor(private readonly host: CommitHost) {}

  /** Queues a SUBMIT (already checked: room, sender, role, epoch) for this turn's transaction. */
  submit(conn: Connection, envelope: Envelope): void {
    this.pending.push({ conn, envelope });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Commits, acks and fans out everything queued (also called on shutdown). */
  flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const updates: PendingSubmit[] = [];
    const touched = new Set<LiveRoom>();
    for (const item of batch) {
      const room = this.host.rooms.get(item.envelope.header.room);
      // The epoch may have been raised since the frame was queued.
      if (room === undefined || item.conn.state === 'closed') continue;
      if (item.envelope.header.epoch !== room.epoch) {
        this.host.sendError(item.conn, CloseCodes.conflict, 'epoch is not the current one; fetch keys and reseal', { retry: true, msgId: item.envelope.header.msgId });
        continue;
      }
      if (item.envelope.header.kind === 'snapshot') this.commitSnapshot(item, room);
      else updates.push(item);
    }
    if (updates.length === 0) return;
    const started = performance.now();
    let outcomes;
    try {
      outcomes = this.host.deps.store.appendUpdates(
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
      for (const { conn, envelope } of updates) this.host.sendError(conn, CloseCodes.internalError, 'not stored; resend later', { retry: true, msgId: envelope.header.msgId });
      return;
    }
    this.host.metrics?.storeSeconds.observe((performance.now() - started) / 1000);
    updates.forEach((item, i) => {
      const outcome = outcomes[i]!;
      const room = this.host.rooms.get(item.envelope.header.room)!;
      this.host.sendMessage(item.conn, { type: 'ack', msgId: item.envelope.header.msgId, seq: outcome.seq });
      if (outcome.duplicate) return;
      room.head = Math.max(room.head, outcome.seq);
      touched.add(room);
      const deliver = encodeDeliver(outcome.seq, item.envelope.bytes);
      for (const other of room.conns) {
        if (other !== item.conn && other.state === 'live' && !other.pending) this.host.sendBinary(other, deliver, 'deliver');
      }
    });
    for (const room of touched) this.host.maybeAskForSnapshot(room);
  }

  private commitSnapshot(item: PendingSubmit, room: LiveRoom): void {
    const { header, bytes } = item.envelope;
    const started = performance.now();
    const outcome = this.host.deps.store.putSnapshot({ room: room.id, baseSeq: header.baseSeq, sender: header.sender, msgId: header.msgId, epoch: header.epoch, envelope: bytes });
    this.host.metrics?.storeSeconds.observe((performance.now() - started) / 1000);
    if (!outcome.ok) {
      this.host.reject(`snapshot-${outcome.reason}`);
      this.host.sendError(item.conn, CloseCodes.conflict, outcome.reason === 'stale' ? 'snapshot is not newer than the current one' : 'snapshot base seq is beyond the head', {
        retry: false,
        msgId: header.msgId,
      });
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
