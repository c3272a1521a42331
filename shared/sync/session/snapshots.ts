/**
 * Snapshots of one case session: the encrypted document the relay keeps so it can drop older
 * frames (sent when the relay asks with please-compact, or after a key rotation), and the local
 * snapshot that keeps the local store short. Both are built from the loaded Y.Doc, never by
 * merging the log (snapshotCodec.ts), and both cover every update up to the highest seq applied
 * without gaps.
 */
import * as Y from 'yjs';
import { REMOTE_ORIGIN } from '../../model/origins.js';
import { encodeSubmit, type Envelope } from '../../protocol/frames.js';
import type { RoomId } from '../../protocol/ids.js';
import type { StreamTable, StreamTableState } from '../integrity/streams.js';
import type { AppliedSeqs } from '../local/appliedSeqs.js';
import type { LocalCaseStore } from '../local/localCaseStore.js';
import { encodeWithJson } from '../sealing/innerPayload.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';
import { decodeSnapshot, encodeSnapshot } from '../sealing/snapshotCodec.js';

/** What snapshots need from their session. */
export interface SnapshotContext {
  readonly doc: Y.Doc;
  readonly room: RoomId;
  readonly store: LocalCaseStore;
  readonly cipher: SessionCipher;
  readonly seqs: AppliedSeqs;
  /** Where every stream stands (carried inside each snapshot). */
  readonly streams: StreamTable;
  /** Write a local snapshot after this many stored frames. */
  readonly localEvery: number;
  /** The epoch to seal under now, if this device holds its key. */
  sealEpoch(): number | undefined;
  /** True if this device may write (observers never send snapshots). */
  canWrite(): boolean;
  send(frame: Uint8Array<ArrayBuffer>): boolean;
}

/** The snapshots of one session. */
export class Snapshots {
  /** Frames stored locally since the last local snapshot. */
  framesSinceLocal = 0;
  private readonly sent = new Set<number>();

  constructor(private readonly ctx: SnapshotContext) {}

  /** True (once) if `msgId` is a snapshot this session sent: its ack or refusal is not an update's. */
  answered(msgId: number): boolean {
    return this.sent.delete(msgId);
  }

  /** The plaintext of a snapshot of the document now: the stream table, then the document. */
  private plaintext(): Uint8Array {
    return encodeWithJson(this.ctx.streams.snapshot(), encodeSnapshot(this.ctx.doc));
  }

  /** Seals and submits a snapshot under the current epoch, and keeps it as the local one too. */
  async submit(): Promise<boolean> {
    const { ctx } = this;
    const epoch = ctx.sealEpoch();
    const baseSeq = ctx.seqs.applied;
    if (baseSeq < 1 || !ctx.canWrite() || epoch === undefined) return false;
    const msgId = await ctx.store.nextMsgId(ctx.room);
    const envelope = await ctx.cipher.seal('snapshot', epoch, msgId, baseSeq, this.plaintext());
    if (envelope === undefined) return false;
    this.sent.add(msgId);
    await ctx.store.putSnapshot(ctx.room, { baseSeq, envelope });
    this.framesSinceLocal = 0;
    return ctx.send(encodeSubmit(envelope) as Uint8Array<ArrayBuffer>);
  }

  /** Writes a local snapshot once enough frames piled up in the local store. */
  async maybeLocal(): Promise<void> {
    if (this.framesSinceLocal >= this.ctx.localEvery) await this.writeLocal();
  }

  /** Writes a local snapshot of the document now (it replaces the stored frames it covers). */
  async writeLocal(): Promise<void> {
    const { ctx } = this;
    const epoch = ctx.sealEpoch();
    if (ctx.seqs.applied < 1 || epoch === undefined) return;
    // msg id 0: a local snapshot is never sent (the relay only takes snapshots it asked for).
    const envelope = await ctx.cipher.seal('snapshot', epoch, 0, ctx.seqs.applied, this.plaintext());
    if (envelope === undefined) return;
    await ctx.store.putSnapshot(ctx.room, { baseSeq: ctx.seqs.applied, envelope });
    this.framesSinceLocal = 0;
  }

  /**
   * A snapshot from the relay (catch-up from below it) that passed the inbound gate: applied, its
   * stream table taken over, kept as the local snapshot, and the applied seq jumps to its base.
   * False if its document does not decode (nothing applied).
   */
  async receive(seq: number, envelope: Envelope, snapshot: Uint8Array, streams: StreamTableState): Promise<boolean> {
    const { ctx } = this;
    const snap = decodeSnapshot(snapshot);
    if (snap === undefined) return false;
    try {
      Y.applyUpdateV2(ctx.doc, snap.update, REMOTE_ORIGIN);
    } catch {
      return false;
    }
    ctx.streams.merge(streams);
    await ctx.store.putSnapshot(ctx.room, { baseSeq: seq, envelope: envelope.bytes.slice() });
    this.framesSinceLocal = 0;
    await ctx.seqs.jumpTo(seq);
    return true;
  }
}
