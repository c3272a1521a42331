/**
 * Group commit, the relay's write path: SUBMITs are committed in one store transaction per
 * batch, and only once the store says the batch is durable (SQLite: committed and its WAL
 * fsynced off the event loop; PostgreSQL: committed) does each sender get its ack and the room
 * its DELIVER frames. Nothing is acked or fanned out before it is on disk.
 *
 * One batch is in flight at a time. SUBMITs that arrive meanwhile wait and go into the next
 * batch, so the batch grows with the load (and with a slow disk) instead of the relay paying one
 * commit per event-loop turn, and the event loop keeps reading and fanning out meanwhile.
 * One connection cannot fill a batch: it gets at most `commitBytesPerConnection` of it (at least
 * one frame), the rest waits for the next (a flood slows its sender, not the room next door).
 * Snapshots are stored one by one (they replace the frames they cover) and acked, never fanned out.
 */
import { CloseCodes, type CloseCode } from '../../shared/protocol/closeCodes.js';
import { decodeEnvelope, type Envelope } from '../../shared/protocol/frames.js';
import type { RoomId } from '../../shared/protocol/ids.js';
import type { RelayMessage } from '../../shared/protocol/messages.js';
import type { RoomEvent } from '../cluster/cluster.js';
import type { RelayLimits } from '../config.js';
import { errorFields, type Logger } from '../log.js';
import type { RelayMetrics } from '../metrics.js';
import type { AppendOutcome, RelayStore } from '../store/relayStore.js';
import type { StoreHealth } from '../storeHealth.js';
import type { Connection } from './connection.js';
import type { InputBudget } from './inputBudget.js';
import type { LiveRoom } from './liveRoom.js';

/** What the group commit needs of the relay (the Relay class itself). */
export interface CommitHost {
  readonly rooms: ReadonlyMap<RoomId, LiveRoom>;
  readonly deps: { readonly store: RelayStore; readonly logger: Logger; readonly limits: RelayLimits; readonly health?: StoreHealth | undefined };
  readonly metrics: RelayMetrics | undefined;
  readonly input: InputBudget;
  sendMessage(conn: Connection, msg: RelayMessage): void;
  sendError(conn: Connection, code: CloseCode, message: string, extra: { retry: boolean; msgId?: number }): void;
  reject(reason: string): void;
  committed(room: LiveRoom, frames: readonly { seq: number; envelope: Uint8Array; from: Connection }[]): void;
  /** Every frame up to `head` goes out to the room's connections here (read from the store where needed). */
  reachHead(room: LiveRoom, head: number): Promise<void>;
  roomEvent(event: RoomEvent): void;
}

interface PendingSubmit {
  readonly conn: Connection;
  readonly envelope: Envelope;
  /** Bytes received (held against the input budget until this is handled). */
  readonly size: number;
}

export class GroupCommit {
  private pending: PendingSubmit[] = [];
  private scheduled = false;
  /** The batch being committed, if any. */
  private inFlight: Promise<void> | undefined;
  private inFlightItems: readonly PendingSubmit[] = [];

  constructor(private readonly host: CommitHost) {}

  /** Queues a SUBMIT (already checked: room, sender, role, epoch) for the next batch. */
  submit(conn: Connection, envelope: Envelope, size: number): void {
    this.pending.push({ conn, envelope, size });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight !== undefined || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.run();
    });
  }

  /** Starts committing the next batch, unless one is in flight (then it waits for it). */
  private run(): void {
    if (this.inFlight !== undefined) return;
    const batch = this.take();
    if (batch.length === 0) return;
    this.inFlightItems = batch;
    this.inFlight = this.commit(batch).finally(() => {
      this.inFlight = undefined;
      this.inFlightItems = [];
      this.schedule();
    });
  }

  /** The next batch: in arrival order, each connection's share capped. */
  private take(): PendingSubmit[] {
    const cap = this.host.deps.limits.commitBytesPerConnection;
    const used = new Map<Connection, number>();
    const deferred = new Set<Connection>();
    const batch: PendingSubmit[] = [];
    const rest: PendingSubmit[] = [];
    for (const item of this.pending) {
      const before = used.get(item.conn);
      // Per connection in order: once one of its frames waits, the later ones wait too.
      if (deferred.has(item.conn) || (before !== undefined && before + item.size > cap)) {
        deferred.add(item.conn);
        rest.push(item);
        continue;
      }
      used.set(item.conn, (before ?? 0) + item.size);
      batch.push(item);
    }
    this.pending = rest;
    return batch;
  }

  /** The connection that sent an envelope of the batch in flight, if it is one. */
  senderOf(envelope: Uint8Array): Connection | undefined {
    if (this.inFlightItems.length === 0) return undefined;
    const decoded = decodeEnvelope(envelope);
    if (!decoded.ok) return undefined;
    const { room, sender, msgId } = decoded.value.header;
    return this.inFlightItems.find(({ envelope: { header: h } }) => h.msgId === msgId && h.sender === sender && h.room === room)?.conn;
  }

  /** Resolves once every SUBMIT received before the call is committed, acked and fanned out (graceful stop, removals). */
  async flush(): Promise<void> {
    const waitFor = new Set([...this.pending, ...this.inFlightItems]);
    const waiting = (items: readonly PendingSubmit[]) => items.some((i) => waitFor.has(i));
    for (;;) {
      if (this.inFlight !== undefined) {
        if (!waiting(this.inFlightItems) && !waiting(this.pending)) return;
        await this.inFlight;
      } else if (waiting(this.pending)) {
        this.run();
        if (this.inFlight === undefined) return;
      } else return;
    }
  }

  /** Stores a batch: snapshots one by one, updates in one transaction; then acks and fan-out. */
  private async commit(batch: PendingSubmit[]): Promise<void> {
    const updates: PendingSubmit[] = [];
    for (const item of batch) {
      const room = this.host.rooms.get(item.envelope.header.room);
      if (room === undefined || item.conn.state === 'closed') {
        this.host.input.free(item.conn, item.size);
        continue;
      }
      if (item.envelope.header.epoch !== room.epoch) {
        // The epoch was raised since the frame was queued.
        this.host.input.free(item.conn, item.size);
        this.host.sendError(item.conn, CloseCodes.conflict, 'epoch is not the current one; fetch keys and reseal', {
          retry: true,
          msgId: item.envelope.header.msgId,
        });
        continue;
      }
      if (item.envelope.header.kind === 'snapshot') {
        await this.commitSnapshot(item, room).finally(() => this.host.input.free(item.conn, item.size));
      } else updates.push(item);
    }
    if (updates.length === 0) return;
    const started = performance.now();
    let outcomes: AppendOutcome[];
    try {
      outcomes = await this.host.deps.store.appendUpdates(
        updates.map(({ envelope }) => ({
          room: envelope.header.room,
          sender: envelope.header.sender,
          msgId: envelope.header.msgId,
          epoch: envelope.header.epoch,
          envelope: envelope.bytes,
        })),
      );
      this.host.deps.health?.wrote();
    } catch (error) {
      // Maybe committed, maybe not: not acked. A resend is recognised by (sender, msg id) and acked later.
      this.host.deps.health?.failed(error);
      this.host.deps.logger.error('store-append-failed', { frames: updates.length, ...errorFields(error) });
      for (const { conn, envelope, size } of updates) {
        this.host.input.free(conn, size);
        this.host.sendError(conn, CloseCodes.internalError, 'not stored; resend later', { retry: true, msgId: envelope.header.msgId });
      }
      return;
    }
    this.host.metrics?.storeSeconds.observe((performance.now() - started) / 1000);
    this.release(updates, outcomes);
  }

  /** The batch is durable: ack it, and fan it out per room in seq order. */
  private release(items: readonly PendingSubmit[], outcomes: readonly AppendOutcome[]): void {
    const byRoom = new Map<LiveRoom, { seq: number; envelope: Uint8Array; from: Connection }[]>();
    items.forEach((item, i) => {
      const outcome = outcomes[i]!;
      const { header, bytes } = item.envelope;
      this.host.input.free(item.conn, item.size);
      if (outcome.refused !== undefined) {
        this.host.reject(`append-${outcome.refused}`);
        if (outcome.refused === 'stale-epoch') {
          this.host.sendError(item.conn, CloseCodes.conflict, 'epoch is not the current one; fetch keys and reseal', { retry: true, msgId: header.msgId });
        } else this.host.sendError(item.conn, CloseCodes.forbidden, 'this device may not write here', { retry: false, msgId: header.msgId });
        return;
      }
      this.host.sendMessage(item.conn, { type: 'ack', msgId: header.msgId, seq: outcome.seq });
      const room = this.host.rooms.get(header.room);
      if (room === undefined) return;
      if (outcome.duplicate) {
        // A resend of a frame stored by a commit whose answer was lost (the database connection
        // broke as it committed): it may never have gone out here.
        if (outcome.seq > room.head) void this.host.reachHead(room, outcome.seq);
        return;
      }
      let frames = byRoom.get(room);
      if (frames === undefined) byRoom.set(room, (frames = []));
      frames.push({ seq: outcome.seq, envelope: bytes, from: item.conn });
    });
    for (const [room, frames] of byRoom) this.host.committed(room, frames);
  }

  private async commitSnapshot(item: PendingSubmit, room: LiveRoom): Promise<void> {
    const { header, bytes } = item.envelope;
    const started = performance.now();
    let outcome;
    try {
      outcome = await this.host.deps.store.putSnapshot({
        room: room.id,
        baseSeq: header.baseSeq,
        sender: header.sender,
        msgId: header.msgId,
        epoch: header.epoch,
        envelope: bytes,
      });
      this.host.deps.health?.wrote();
    } catch (error) {
      this.host.deps.health?.failed(error);
      this.host.deps.logger.error('store-snapshot-failed', errorFields(error));
      this.host.sendError(item.conn, CloseCodes.internalError, 'not stored; resend later', { retry: true, msgId: header.msgId });
      return;
    }
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
      this.host.roomEvent({ kind: 'snapshot', room: room.id, baseSeq: outcome.baseSeq });
      this.host.deps.logger.info('snapshot-stored', { room: room.id, baseSeq: outcome.baseSeq, droppedFrames: outcome.droppedFrames });
    }
    this.host.sendMessage(item.conn, { type: 'ack', msgId: header.msgId, seq: outcome.baseSeq });
  }
}
