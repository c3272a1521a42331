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
import type { AppliedSeqs } from '../local/appliedSeqs.js';
import type { LocalCaseStore } from '../local/localCaseStore.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';
import { decodeSnapshot, encodeSnapshot } from '../sealing/snapshotCodec.js';

/** What snapshots need from their session. */
export interface SnapshotContext {
  readonly doc: Y.Doc;
  readonly room: RoomId;
  readonly store: LocalCaseStore;
  readonly cipher: SessionCipher;
  readonly seqs: AppliedSeqs;
  /** Write a local snapshot after this many stored frames. */
  readonly localEvery: number;
  /** The epoch the relay accepts now. */
  relayEpoch(): number;
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

  /** Seals and submits a snapshot under the relay's epoch, and keeps it as the local one too. */
  async submit(): Promise<boolean> {
    const { ctx } = this;
    const epoch = ctx.relayEpoch();
    const baseSeq = ctx.seqs.applied;
    if (baseSeq < 1 || !ctx.canWrite() || !ctx.cipher.keyring.has(epoch)) return false;
    const msgId = await ctx.store.nextMsgId(ctx.room);
    const envelope = await ctx.cipher.seal('snapshot', epoch, msgId, baseSeq, encodeSnapshot(ctx.doc));
    if (envelope === undefined) return false;
    this.sent.add(msgId);
    await ctx.store.putSnapshot(ctx.room, { baseSeq, envelope });
    this.framesSinceLocal = 0;
    return ctx.send(encodeSubmit(envelope) as Uint8Array<ArrayBuffer>);
  }

  /** Writes a local snapshot once enough frames piled up in the local store. */
  async maybeLocal(): Promise<void> {
    const { ctx } = this;
    if (this.framesSinceLocal < ctx.localEvery || ctx.seqs.applied < 1) return;
    // msg id 0: a local snapshot is never sent (the relay only takes snapshots it asked for).
    const envelope = await ctx.cipher.seal('snapshot', ctx.cipher.keyring.latestEpoch, 0, ctx.seqs.applied, encodeSnapshot(ctx.doc));
    if (envelope === undefined) return;
    await ctx.store.putSnapshot(ctx.room, { baseSeq: ctx.seqs.applied, envelope });
    this.framesSinceLocal = 0;
  }

  /**
   * A snapshot from the relay (catch-up from below it): applied, kept as the local snapshot, and
   * the applied seq jumps to its base. False if it does not open (tampered: nothing applied).
   */
  async receive(seq: number, envelope: Envelope): Promise<boolean> {
    const { ctx } = this;
    const plain = await ctx.cipher.open(envelope);
    const snap = plain === undefined ? undefined : decodeSnapshot(plain);
    if (snap === undefined) return false;
    Y.applyUpdateV2(ctx.doc, snap.update, REMOTE_ORIGIN);
    await ctx.store.putSnapshot(ctx.room, { baseSeq: seq, envelope: envelope.bytes.slice() });
    this.framesSinceLocal = 0;
    await ctx.seqs.jumpTo(seq);
    return true;
  }
}
