/**
 * The outbound half of a case session: local Yjs updates are batched (~40 ms), merged, given
 * their place in this session's stream (integrity/streams.ts), sealed and signed through the
 * session's cipher under the current epoch of the membership log, kept in the local store's queue,
 * and sent. Every queued update is resent (same msg id) after a reconnect until the relay acks it;
 * after a key rotation it is resealed under the new key (its stream place stays: it is inside).
 *
 * A batch too big for one update frame (a huge paste) is split into several valid updates
 * (updateSplit.ts). One that cannot be split is kept in the queue, so it is not lost on this
 * device, but never sent (the relay would drop the connection); the session reports 'too-large'
 * and later edits go on being sent. A failing local store is reported and the batch retried.
 */
import * as Y from 'yjs';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { TimerPort } from '../../platform/timers.js';
import { CloseCodes } from '../../protocol/closeCodes.js';
import { MAX_PADDED_PLAINTEXT, decodeEnvelope, encodeSubmit, type Envelope } from '../../protocol/frames.js';
import type { RoomId } from '../../protocol/ids.js';
import { DIGEST_BYTES, type OwnStream, type StreamPosition } from '../integrity/streams.js';
import type { LocalCaseStore, QueuedUpdate } from '../local/localCaseStore.js';
import { UPDATE_INNER_OVERHEAD, encodeUpdateInner } from '../sealing/innerPayload.js';
import { paddedLength } from '../sealing/padding.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';
import { splitUpdate } from './updateSplit.js';

/** Where a queued update of this device sits in its stream, and its digest. */
export interface OwnPosition {
  readonly position: StreamPosition;
  readonly digest: Uint8Array;
}

/** What the outbox needs from its session. */
export interface OutboxContext {
  readonly crypto: CryptoPort;
  readonly store: LocalCaseStore;
  readonly timers: TimerPort;
  readonly room: RoomId;
  readonly cipher: SessionCipher;
  /** This session's stream. */
  readonly stream: OwnStream;
  readonly batchMs: number;
  /** The epoch to seal under now (the membership log's current epoch, if this device holds its key). */
  sealEpoch(): number | undefined;
  /** True while logged in, approved and caught up. */
  canSend(): boolean;
  send(frame: Uint8Array<ArrayBuffer>): boolean;
  /** The number of pending changes changed. */
  changed(): void;
  /** Something failed: an edit too large to send, or the local store (retried later). */
  problem(kind: 'too-large' | 'failed', error?: unknown): void;
  /** Sealing and storing works again after a failure. */
  recovered(): void;
}

const RETRY_LATER_MS = 1000;
/**
 * Unacknowledged frames on the wire at most: a long queue (offline work, a published local case)
 * goes out as acks come back instead of all at once into the relay's rate limit.
 */
const MAX_IN_FLIGHT = 64;

/** Local edits on their way to the relay. */
export class Outbox {
  private batch: Uint8Array[] = [];
  private batchTimer: unknown;
  /** True for `batchMs` after a batch went out: edits in that window wait for the next batch. */
  private windowOpen = false;
  private windowTimer: unknown;
  private sealing: Promise<void> = Promise.resolve();
  /** Batches handed to `sealing` and not yet written to the local store. */
  private unsealedBatches = 0;
  private readonly queued = new Map<number, Uint8Array<ArrayBuffer>>();
  /** Stream positions of queued updates (updates too large to send have none). */
  private readonly positions = new Map<number, OwnPosition>();
  private readonly inFlight = new Set<number>();
  /** Queued updates too large for one frame: kept, never sent. */
  private readonly tooLarge = new Set<number>();
  private pumping = false;
  private failing = false;
  private pumpAgain = false;

  constructor(private readonly ctx: OutboxContext) {}

  /** Updates sealed but not acked, plus one for an unsealed batch. */
  get pendingChanges(): number {
    return this.queued.size + (this.batch.length > 0 ? 1 : 0);
  }

  /** True while an edit is only in memory: not sealed into the local store yet (a closing page would lose it). */
  get unsaved(): boolean {
    return this.batch.length > 0 || this.unsealedBatches > 0;
  }

  /** Sent and awaiting their ack. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Edits kept on this device because they are too large to send. */
  get heldCount(): number {
    return this.tooLarge.size;
  }

  /** Takes over the queue found in the local store (already applied to the document), with the positions read from it. */
  restore(queue: readonly QueuedUpdate[], positions: ReadonlyMap<number, OwnPosition>): void {
    for (const [msgId, p] of positions) this.positions.set(msgId, p);
    for (const q of queue) {
      this.queued.set(q.msgId, q.envelope as Uint8Array<ArrayBuffer>);
      const decoded = decodeEnvelope(q.envelope, 'local-store');
      if (decoded.ok && !fitsOneFrame(decoded.value.header.plaintextLength)) this.tooLarge.add(q.msgId);
    }
    if (this.tooLarge.size > 0) this.ctx.problem('too-large');
  }

  /**
   * A local Yjs update to send. The first edit after a quiet spell goes out at once (after the
   * current task, so the updates of one keystroke travel together); edits that follow within
   * `batchMs` are batched. A typist's peer then sees each keystroke without waiting for a
   * timer, while a burst (a paste, fast typing) still costs one seal per window, not per update.
   */
  add(update: Uint8Array): void {
    this.batch.push(update);
    if (this.batch.length !== 1) return;
    this.ctx.changed();
    if (this.windowOpen) {
      this.batchTimer = this.ctx.timers.setTimeout(() => this.sealWindow(), this.ctx.batchMs);
    } else {
      this.openWindow();
      void Promise.resolve().then(() => this.sealBatch());
    }
  }

  private openWindow(): void {
    this.windowOpen = true;
    this.ctx.timers.clearTimeout(this.windowTimer);
    this.windowTimer = this.ctx.timers.setTimeout(() => {
      this.windowOpen = false;
    }, this.ctx.batchMs);
  }

  private sealWindow(): void {
    this.openWindow();
    this.sealBatch();
  }

  /** Seals the current batch now and resolves once every edit so far is in the local store. */
  async flush(): Promise<void> {
    this.ctx.timers.clearTimeout(this.batchTimer);
    this.sealBatch();
    await this.sealing;
  }

  private sealBatch(): void {
    if (this.batch.length === 0) return;
    const updates = this.batch;
    this.batch = [];
    this.unsealedBatches++;
    this.sealing = this.sealing.then(async () => {
      try {
        await this.seal(updates);
      } finally {
        this.unsealedBatches--;
      }
    });
  }

  /** Seals `updates` into the local store (and queues them for the relay). */
  private async seal(updates: Uint8Array[]): Promise<void> {
    const epoch = this.ctx.sealEpoch();
    if (epoch === undefined) {
      // No case key yet (awaiting approval): keep the edits for the next batch.
      this.batch.unshift(...updates);
      return;
    }
    let pieces: Uint8Array[] = [];
    let stored = 0;
    try {
      // Merging a batch of a few updates is cheap; long logs are never merged (snapshots are).
      const plaintext = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      pieces = splitUpdate(plaintext, MAX_PADDED_PLAINTEXT.update - UPDATE_INNER_OVERHEAD) ?? [plaintext];
      for (const piece of pieces) {
        const msgId = await this.ctx.store.nextMsgId(this.ctx.room);
        // A piece too large to ever send gets no place in the stream: peers would wait for it in vain.
        const fits = fitsOneFrame(piece.length + UPDATE_INNER_OVERHEAD);
        const own = fits ? await this.ctx.stream.next(this.ctx.crypto, piece) : undefined;
        const position = own?.position ?? { stream: this.ctx.stream.id, counter: 0, prev: new Uint8Array(DIGEST_BYTES) };
        const envelope = await this.ctx.cipher.seal('update', epoch, msgId, 0, encodeUpdateInner(position, piece));
        if (envelope === undefined) throw new Error('sync: case key went missing');
        await this.ctx.store.enqueue(this.ctx.room, { msgId, envelope });
        stored++;
        this.queued.set(msgId, envelope);
        if (own !== undefined) this.positions.set(msgId, own);
        if (!fits) {
          this.tooLarge.add(msgId);
          this.ctx.problem('too-large');
        }
      }
    } catch (error) {
      // Not in the store (yet): keep what is left in memory and try again shortly.
      this.batch.unshift(...(stored === 0 ? updates : pieces.slice(stored)));
      this.failing = true;
      this.ctx.problem('failed', error);
      this.retryLater(() => this.sealBatch());
    }
    if (this.failing && stored > 0 && stored === pieces.length) {
      this.failing = false;
      this.ctx.recovered();
    }
    this.ctx.changed();
    this.pumpInBackground();
  }

  private retryLater(task: () => void): void {
    this.ctx.timers.setTimeout(task, RETRY_LATER_MS);
  }

  /**
   * A case key became usable (after approval, or a new epoch's key arrived): seals what waited for
   * it and sends the queue.
   */
  resume(): void {
    if (this.batch.length > 0) this.sealBatch();
    this.pumpInBackground();
  }

  /** Runs `pump()` without awaiting it; a failure is reported, not lost. */
  pumpInBackground(): void {
    this.pump().catch((error: unknown) => this.ctx.problem('failed', error));
  }

  /** Sends every queued update not in flight, resealing those under an old epoch. */
  async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        for (const msgId of [...this.queued.keys()].sort((a, b) => a - b)) {
          if (!this.ctx.canSend() || this.inFlight.size >= MAX_IN_FLIGHT) return;
          let envelope = this.queued.get(msgId);
          if (envelope === undefined || this.inFlight.has(msgId) || this.tooLarge.has(msgId)) continue;
          const decoded = decodeEnvelope(envelope);
          if (!decoded.ok) continue;
          const epoch = this.ctx.sealEpoch();
          if (epoch === undefined) return;
          if (decoded.value.header.epoch !== epoch) {
            envelope = await this.reseal(decoded.value, epoch);
            if (envelope === undefined) continue;
          }
          if (this.ctx.send(encodeSubmit(envelope) as Uint8Array<ArrayBuffer>)) this.inFlight.add(msgId);
        }
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
  }

  private async reseal(envelope: Envelope, epoch: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const plaintext = await this.ctx.cipher.open(envelope);
    if (plaintext === undefined) return undefined;
    const { msgId } = envelope.header;
    const resealed = await this.ctx.cipher.seal('update', epoch, msgId, 0, plaintext);
    if (resealed === undefined || !this.queued.has(msgId)) return undefined;
    await this.ctx.store.replaceQueued(this.ctx.room, { msgId, envelope: resealed });
    this.queued.set(msgId, resealed);
    return resealed;
  }

  /**
   * The relay stored `msgId` as `seq`. Resolves false if it was not one of ours; else true, or the
   * update's stream position (now in the frames).
   */
  async acknowledged(msgId: number, seq: number): Promise<OwnPosition | boolean> {
    this.inFlight.delete(msgId);
    if (!this.queued.has(msgId)) return false;
    await this.ctx.store.acknowledge(this.ctx.room, msgId, seq);
    this.queued.delete(msgId);
    const position = this.positions.get(msgId);
    this.positions.delete(msgId);
    this.ctx.changed();
    if (this.queued.size > this.inFlight.size) this.pumpInBackground();
    return position ?? true;
  }

  /** The relay refused `msgId` (error with msgId): reseal and resend, or resend later. */
  refused(msgId: number, code: number, retry: boolean): void {
    if (!this.queued.has(msgId)) return;
    this.inFlight.delete(msgId);
    if (code === CloseCodes.conflict.code && retry) this.pumpInBackground();
    else if (retry || code === CloseCodes.rateLimited.code || code === CloseCodes.internalError.code) {
      this.retryLater(() => this.pumpInBackground());
    }
  }

  /** The connection dropped: nothing is in flight any more (all is resent after the next login). */
  disconnected(): void {
    this.inFlight.clear();
  }
}

/** True if a plaintext of `length` bytes fits one update frame once padded. */
function fitsOneFrame(length: number): boolean {
  return paddedLength(length) <= MAX_PADDED_PLAINTEXT.update;
}
