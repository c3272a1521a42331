/**
 * Reading a case back from the local store when a session opens: the snapshot, the frames
 * after it, and the queue of edits the relay has not stored yet, each opened with the case keys.
 * What does not open is reported as tampered and skipped; nothing is applied here.
 */
import type { RoomId } from '../../protocol/ids.js';
import type { LocalCaseStore, QueuedUpdate } from './localCaseStore.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';
import { decodeSnapshot } from '../sealing/snapshotCodec.js';
import type { TamperReport } from '../session/status.js';

/** A case as the local store holds it, opened. */
export interface LoadedCase {
  /** Highest seq applied without gaps. */
  readonly lastSeq: number;
  /** The snapshot's document as a Yjs V2 update, if there is one that opened. */
  readonly snapshotUpdate: Uint8Array | undefined;
  /** Yjs V1 updates: the stored frames after the snapshot, then the queued local edits. */
  readonly updates: readonly Uint8Array[];
  /** Seqs of the stored frames (applied or not, they were seen). */
  readonly frameSeqs: readonly number[];
  /** The unacknowledged queue, sealed, for the outbox. */
  readonly queue: readonly QueuedUpdate[];
  readonly tampered: readonly TamperReport[];
}

export async function loadLocalCase(store: LocalCaseStore, room: RoomId, cipher: SessionCipher): Promise<LoadedCase> {
  const local = await store.load(room);
  const tampered: TamperReport[] = [];
  let snapshotUpdate: Uint8Array | undefined;
  if (local.snapshot !== null) {
    const plain = await cipher.openStored(local.snapshot.envelope);
    const snap = plain === undefined ? undefined : decodeSnapshot(plain);
    if (snap === undefined) tampered.push({ kind: 'snapshot', seq: local.snapshot.baseSeq });
    else snapshotUpdate = snap.update;
  }
  const updates: Uint8Array[] = [];
  for (const f of local.frames) {
    const plain = await cipher.openStored(f.envelope);
    if (plain === undefined) tampered.push({ kind: 'update', seq: f.seq });
    else updates.push(plain);
  }
  for (const q of local.queue) {
    const plain = await cipher.openStored(q.envelope);
    if (plain !== undefined) updates.push(plain);
  }
  return { lastSeq: local.lastSeq, snapshotUpdate, updates, frameSeqs: local.frames.map((f) => f.seq), queue: local.queue, tampered };
}
