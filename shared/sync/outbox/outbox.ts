/**
 * The outbound half of a case session: local Yjs updates are batched (~40 ms), merged, sealed
 * under the newest case key, kept in the local store's queue, and sent. Every queued update is
 * resent (same msg id) after a reconnect until the relay acks it; after a key rotation the relay
 * refuses old-epoch frames (4409, retry) and they are resealed under the new key.
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
import type { DeviceId, RoomId } from '../../protocol/ids.js';
import { openEnvelope, sealEnvelope } from '../sealing/envelopeCrypto.js';
import type { CaseKeyring } from '../keys/keyring.js';
import type { LocalCaseStore, QueuedUpdate } from '../local/localCaseStore.js';
import { paddedLength } from '../sealing/padding.js';
import { splitUpdate } from './updateSplit.js';

/** What the outbox needs from its session. */
export interface OutboxContext {
  readonly crypto: CryptoPort;
  readonly store: LocalCaseStore;
  readonly timers: TimerPort;
  readonly room: RoomId;
  readonly sender: DeviceId;
  readonly keyring: CaseKeyring;
  readonly batchMs: number;
  /** The epoch the relay currently accepts. */
  relayEpoch(): number;
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

  /** Takes over the queue found in the local store (already applied to the document). */
  restore(queue: readonly QueuedUpdate[]): void {
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
    const epoch = this.ctx.keyring.latestEpoch;
    const key = this.ctx.keyring.key(epoch);
    if (key === undefined) {
      // No case key yet (awaiting approval): keep the edits for the next batch.
      this.batch.unshift(...updates);
      return;
    }
    let pieces: Uint8Array[] = [];
    let stored = 0;
    try {
      // Merging a batch of a few updates is cheap; long logs are never merged (snapshots are).
      const plaintext = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      pieces = splitUpdate(plaintext, MAX_PADDED_PLAINTEXT.update) ?? [plaintext];
      for (const piece of pieces) {
        const msgId = await this.ctx.store.nextMsgId(this.ctx.room);
        const envelope = await sealEnvelope(
          this.ctx.crypto,
          await key,
          { kind: 'update', room: this.ctx.room, epoch, sender: this.ctx.sender, msgId, baseSeq: 0 },
          piece,
        );
        await this.ctx.store.enqueue(this.ctx.room, { msgId, envelope });
        stored++;
        this.queued.set(msgId, envelope);
        if (!fitsOneFrame(piece.length)) {
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
          if (decoded.value.header.epoch !== this.ctx.relayEpoch()) {
            envelope = await this.reseal(decoded.value);
            if (envelope === undefined) continue;
          }
          if (this.ctx.send(encodeSubmit(envelope) as Uint8Array<ArrayBuffer>)) this.inFlight.add(msgId);
        }
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
  }

  private async reseal(envelope: Envelope): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const epoch = this.ctx.relayEpoch();
    const target = this.ctx.keyring.key(epoch);
    const source = this.ctx.keyring.key(envelope.header.epoch);
    if (target === undefined || source === undefined) return undefined;
    const plaintext = await openEnvelope(this.ctx.crypto, await source, envelope);
    if (plaintext === undefined) return undefined;
    const { msgId } = envelope.header;
    const resealed = await sealEnvelope(
      this.ctx.crypto,
      await target,
      { kind: 'update', room: this.ctx.room, epoch, sender: this.ctx.sender, msgId, baseSeq: 0 },
      plaintext,
    );
    if (!this.queued.has(msgId)) return undefined;
    await this.ctx.store.replaceQueued(this.ctx.room, { msgId, envelope: resealed });
    this.queued.set(msgId, resealed);
    return resealed;
  }

  /** The relay stored `msgId` as `seq`. Resolves true if it was one of ours (now in the frames). */
  async acknowledged(msgId: number, seq: number): Promise<boolean> {
    this.inFlight.delete(msgId);
    if (!this.queued.has(msgId)) return false;
    await this.ctx.store.acknowledge(this.ctx.room, msgId, seq);
    this.queued.delete(msgId);
    this.ctx.changed();
    if (this.queued.size > this.inFlight.size) this.pumpInBackground();
    return true;
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
