/**
 * DELIVERs of a room to this node's live connections, in seq order without gaps, whichever node
 * committed them. Frames this node committed arrive in order and go out at once; frames of
 * another node arrive by the cluster, possibly after a later one of ours: a frame above
 * `head + 1` waits while the missing seqs are read from the store (they are committed, since
 * every node announces a commit only after it).
 */
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { encodeDeliver } from '../../shared/protocol/frames.js';
import type { RelayStore } from '../store/relayStore.js';
import type { Connection } from './connection.js';
import type { LiveRoom, QueuedDeliver } from './liveRoom.js';

/** What the feed needs of the relay. */
export interface FeedHost {
  readonly deps: { readonly store: RelayStore };
  /** A DELIVER to one receiver, counted by the caller (`countDelivers`). */
  sendDeliver(conn: Connection, deliver: Buffer): void;
  countDelivers(receivers: number, bytes: number): void;
  close(conn: Connection, code: (typeof CloseCodes)[keyof typeof CloseCodes], message: string): void;
  /** The room's head moved: maybe ask for a snapshot. */
  advanced(room: LiveRoom): void;
  /**
   * The connection of this node whose SUBMIT this stored envelope is, while its commit is in
   * flight here: a gap fill can read a frame of this node's batch before the batch is released,
   * and must not echo it to its sender.
   */
  localSender(envelope: Uint8Array): Connection | undefined;
  fillFailed(room: LiveRoom, error: unknown): void;
}

const FILL_PAGE = 500;

/** One Buffer per DELIVER, shared by every receiver (ws would wrap a Uint8Array anew for each send). */
export function deliverBuffer(seq: number, envelope: Uint8Array): Buffer {
  const frame = encodeDeliver(seq, envelope);
  return Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
}

function fanOut(host: FeedHost, room: LiveRoom, f: QueuedDeliver): void {
  let receivers = 0;
  for (const c of room.conns) {
    if (c !== f.from && c.state === 'live' && !c.pending) {
      host.sendDeliver(c, f.deliver);
      receivers++;
    }
  }
  host.countDelivers(receivers, f.deliver.length);
  room.head = f.seq;
}

/** Sends what waited for the frames now sent. */
function drainAhead(host: FeedHost, room: LiveRoom): void {
  for (let next = room.ahead.get(room.head + 1); next !== undefined; next = room.ahead.get(room.head + 1)) {
    room.ahead.delete(next.seq);
    fanOut(host, room, next);
  }
}

/** Offers committed frames (ascending seqs) of one room; sends what is next in order, fills gaps from the store. */
export function offer(host: FeedHost, room: LiveRoom, frames: readonly QueuedDeliver[]): void {
  let moved = false;
  for (const f of frames) {
    if (f.seq <= room.head) continue;
    if (f.seq === room.head + 1 && room.filling === undefined) {
      fanOut(host, room, f);
      drainAhead(host, room);
      moved = true;
    } else {
      room.ahead.set(f.seq, f);
      void reach(host, room, f.seq - 1);
    }
  }
  if (moved) host.advanced(room);
}

/** Resolves once every frame up to `target` went out to the room's live connections (read from the store where needed). */
export function reach(host: FeedHost, room: LiveRoom, target: number): Promise<void> {
  if (room.head >= target) return Promise.resolve();
  room.fillTarget = Math.max(room.fillTarget, target);
  // Never rejects: a store that failed leaves the head where it got to; the next frame, login or
  // resync asks again.
  room.filling ??= fill(host, room)
    .catch((error: unknown) => host.fillFailed(room, error))
    .finally(() => {
      room.filling = undefined;
      drainAhead(host, room);
      host.advanced(room);
    });
  return room.filling;
}

async function fill(host: FeedHost, room: LiveRoom): Promise<void> {
  while (room.head < room.fillTarget) {
    const page = await host.deps.store.readFrames(room.id, room.head, FILL_PAGE);
    if (page.length === 0) return;
    for (const f of page) {
      if (f.seq !== room.head + 1) {
        // Compaction dropped frames this node never sent on: its readers start over from a snapshot.
        for (const c of room.conns) if (c.state === 'live') host.close(c, CloseCodes.serviceRestart, 'fell behind compaction');
        room.head = f.seq - 1;
      }
      fanOut(host, room, room.ahead.get(f.seq) ?? { seq: f.seq, deliver: deliverBuffer(f.seq, f.envelope), from: host.localSender(f.envelope) });
      room.ahead.delete(f.seq);
    }
    drainAhead(host, room);
  }
}
