/**
 * Opening a case from this device: the case keys in the vault (each checked against its epoch's
 * signed commitment), then the local store — snapshot, frames, queued edits — applied to the
 * document, with the streams they carry recorded. Data sealed by protocol 1 (no signatures) is
 * read once and sealed again in today's format, so an update loses nothing.
 */
import * as Y from 'yjs';
import { REMOTE_ORIGIN } from '../../model/origins.js';
import type { RoomId } from '../../protocol/ids.js';
import type { AlarmKind } from '../integrity/alarms.js';
import type { OwnStream, StreamTable } from '../integrity/streams.js';
import { epochCommitment } from '../keys/epochCommitment.js';
import type { CaseKeyring } from '../keys/keyring.js';
import type { AppliedSeqs } from '../local/appliedSeqs.js';
import type { QueuedUpdate } from '../local/localCaseStore.js';
import { loadLocalCase } from '../local/localLoad.js';
import type { MembershipLog } from '../membership/membershipLog.js';
import type { Outbox, OwnPosition } from '../outbox/outbox.js';
import { encodeUpdateInner } from '../sealing/innerPayload.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';
import type { CaseSessionDeps } from './sessionOptions.js';
import type { Snapshots } from './snapshots.js';

/** The parts of a session that opening it fills (the CaseSession itself). */
export interface RestoreHost {
  readonly deps: CaseSessionDeps;
  readonly room: RoomId;
  readonly doc: Y.Doc;
  readonly keyring: CaseKeyring;
  readonly cipher: SessionCipher;
  readonly log: MembershipLog;
  readonly streams: StreamTable;
  readonly seqs: AppliedSeqs;
  readonly outbox: Outbox;
  readonly snapshots: Snapshots;
  readonly ownStream: OwnStream;
  sealEpoch(): number | undefined;
  alarm(kind: AlarmKind, detail?: { seq?: number }): void;
}

/**
 * The case keys in the vault, each checked against its epoch's commitment in the log: a key kept
 * for an epoch this device tried to start but lost to another admin's is left out.
 */
export async function loadKeys(h: RestoreHost): Promise<void> {
  for (const [epoch, key] of await h.deps.keys.caseKeys(h.room)) {
    const commitment = h.log.commitmentOf(epoch);
    if (commitment === undefined || (await epochCommitment(h.deps.crypto, h.room, epoch, key)) === commitment) h.keyring.add(epoch, key);
  }
}

/** Applies what the local store holds; see the file comment. */
export async function restoreLocal(h: RestoreHost): Promise<void> {
  const local = await loadLocalCase(h.deps.crypto, h.deps.store, h.room, h.cipher);
  h.seqs.applied = local.lastSeq;
  for (const seq of local.tampered) h.alarm('tampered', { seq });
  if (local.snapshot !== undefined) {
    Y.applyUpdateV2(h.doc, local.snapshot.update, REMOTE_ORIGIN);
    h.streams.merge(local.snapshot.streams);
  }
  for (const seq of local.frameSeqs) h.seqs.remember(seq);
  for (const f of local.frames) if (f.position.counter > 0) h.streams.receive(f.sender, f.position, f.digest);
  const { queue, positions } = await resealLegacyQueue(h, local.queue, local.queuePositions, local.legacy.queue);
  h.outbox.restore(queue, positions);
  h.doc.transact(() => {
    for (const f of local.frames) Y.applyUpdate(h.doc, f.update, REMOTE_ORIGIN);
    for (const u of local.queued) Y.applyUpdate(h.doc, u, REMOTE_ORIGIN);
  }, REMOTE_ORIGIN);
  h.snapshots.framesSinceLocal = local.frameSeqs.length;
  // Frames or a snapshot sealed by protocol 1: one fresh snapshot in today's format replaces them.
  if (local.legacy.stored) await h.snapshots.writeLocal();
}

/** Edits queued by protocol 1 (unsigned, outside any stream) are sealed again, same msg ids. */
async function resealLegacyQueue(
  h: RestoreHost,
  queue: readonly QueuedUpdate[],
  positions: ReadonlyMap<number, OwnPosition>,
  legacy: ReadonlyMap<number, Uint8Array>,
): Promise<{ queue: QueuedUpdate[]; positions: Map<number, OwnPosition> }> {
  const out = { queue: [...queue], positions: new Map(positions) };
  const epoch = h.sealEpoch();
  if (legacy.size === 0 || epoch === undefined) return out;
  for (const [i, q] of out.queue.entries()) {
    const update = legacy.get(q.msgId);
    if (update === undefined) continue;
    const own = await h.ownStream.next(h.deps.crypto, update);
    const envelope = await h.cipher.seal('update', epoch, q.msgId, 0, encodeUpdateInner(own.position, update));
    if (envelope === undefined) continue;
    await h.deps.store.replaceQueued(h.room, { msgId: q.msgId, envelope });
    out.queue[i] = { msgId: q.msgId, envelope };
    out.positions.set(q.msgId, own);
  }
  return out;
}
