/**
 * Reading a case back from the local store when a session opens: the snapshot, the frames after
 * it, and the queue of edits the relay has not stored yet, each opened with the case keys, with
 * the stream positions inside them (so the session knows where every sender's stream stood).
 * Signatures are not checked again: each frame passed the inbound gate before it was stored, and
 * the store is this device's own (sealed under the case keys). What does not open is reported as
 * tampered and skipped; nothing is applied here.
 */
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { DeviceId, RoomId } from '../../protocol/ids.js';
import { DIGEST_BYTES, STREAM_ID_BYTES, streamDigest, type StreamPosition, type StreamTableState } from '../integrity/streams.js';
import type { OwnPosition } from '../outbox/outbox.js';
import { decodeUpdateInner, decodeWithJson } from '../sealing/innerPayload.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';
import { decodeSnapshot } from '../sealing/snapshotCodec.js';
import type { LocalCaseStore, QueuedUpdate } from './localCaseStore.js';

/** An update read back, with its sender and stream position. */
export interface LoadedUpdate {
  readonly sender: DeviceId;
  readonly position: StreamPosition;
  readonly digest: Uint8Array;
  readonly update: Uint8Array;
}

/** A case as the local store holds it, opened. */
export interface LoadedCase {
  /** Highest seq applied without gaps. */
  readonly lastSeq: number;
  /** The snapshot's document as a Yjs V2 update, if there is one that opened, and its stream table. */
  readonly snapshot: { readonly update: Uint8Array; readonly streams: StreamTableState } | undefined;
  /** Stored frames after the snapshot, in seq order. */
  readonly frames: readonly LoadedUpdate[];
  /** The queued local edits (unacknowledged), in msg id order. */
  readonly queued: readonly Uint8Array[];
  /** Stream positions of the queued edits, by msg id. */
  readonly queuePositions: ReadonlyMap<number, OwnPosition>;
  /** Seqs of the stored frames (applied or not, they were seen). */
  readonly frameSeqs: readonly number[];
  /** The unacknowledged queue, sealed, for the outbox. */
  readonly queue: readonly QueuedUpdate[];
  /** Seqs of stored frames (or the snapshot's base) that did not open. */
  readonly tampered: readonly number[];
  /**
   * Data sealed by protocol 1 found here: queued edits by msg id (their bare Yjs updates, to be
   * sealed again), and whether stored frames or the snapshot were old (a fresh snapshot replaces them).
   */
  readonly legacy: { readonly queue: ReadonlyMap<number, Uint8Array>; readonly stored: boolean };
}

export async function loadLocalCase(crypto: CryptoPort, store: LocalCaseStore, room: RoomId, cipher: SessionCipher): Promise<LoadedCase> {
  const local = await store.load(room);
  const tampered: number[] = [];
  const legacyQueue = new Map<number, Uint8Array>();
  let legacyStored = false;
  let snapshot: LoadedCase['snapshot'];
  if (local.snapshot !== null) {
    const opened = await cipher.openStored(local.snapshot.envelope);
    const inner = opened === undefined ? undefined : opened.legacy ? { meta: { streams: [] }, payload: opened.plain } : decodeWithJson(opened.plain);
    const snap = inner === undefined ? undefined : decodeSnapshot(inner.payload);
    if (inner === undefined || snap === undefined) tampered.push(local.snapshot.baseSeq);
    else snapshot = { update: snap.update, streams: inner.meta as StreamTableState };
    legacyStored ||= opened?.legacy === true;
  }
  const frames: LoadedUpdate[] = [];
  for (const f of local.frames) {
    const loaded = await openUpdate(crypto, cipher, f.envelope);
    if (loaded === undefined) tampered.push(f.seq);
    else frames.push(loaded);
    legacyStored ||= loaded?.legacy === true;
  }
  const queued: Uint8Array[] = [];
  const queuePositions = new Map<number, OwnPosition>();
  for (const q of local.queue) {
    const loaded = await openUpdate(crypto, cipher, q.envelope);
    if (loaded === undefined) continue;
    queued.push(loaded.update);
    if (loaded.legacy) legacyQueue.set(q.msgId, loaded.update);
    else if (loaded.position.counter > 0) queuePositions.set(q.msgId, { position: loaded.position, digest: loaded.digest });
  }
  return {
    lastSeq: local.lastSeq,
    snapshot,
    frames,
    queued,
    queuePositions,
    frameSeqs: local.frames.map((f) => f.seq),
    queue: local.queue,
    tampered,
    legacy: { queue: legacyQueue, stored: legacyStored },
  };
}

async function openUpdate(crypto: CryptoPort, cipher: SessionCipher, bytes: Uint8Array): Promise<(LoadedUpdate & { readonly legacy: boolean }) | undefined> {
  const opened = await cipher.openStored(bytes);
  if (opened === undefined) return undefined;
  const sender = opened.envelope.header.sender;
  if (opened.legacy) {
    // Protocol 1: the bare Yjs update, outside any stream.
    const position = { stream: new Uint8Array(STREAM_ID_BYTES), counter: 0, prev: new Uint8Array(DIGEST_BYTES) };
    return { sender, position, digest: new Uint8Array(DIGEST_BYTES), update: opened.plain, legacy: true };
  }
  const inner = decodeUpdateInner(opened.plain);
  if (inner === undefined) return undefined;
  const digest = await streamDigest(crypto, inner.position, inner.update);
  return { sender, position: inner.position, digest, update: inner.update, legacy: false };
}
