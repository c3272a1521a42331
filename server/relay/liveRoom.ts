/**
 * A room with open connections on this node, and the decisions about it: who is online, which
 * stored frames a catch-up sends, and which writer to ask for a snapshot.
 */
import type { RoomId } from '../../shared/protocol/ids.js';
import type { DeviceInfo } from '../../shared/protocol/messages.js';
import { canWrite } from '../../shared/protocol/roles.js';
import type { Cluster } from '../cluster/cluster.js';
import type { RelayStore } from '../store/relayStore.js';
import type { Connection } from './connection.js';

/** A DELIVER waiting for the frames before it (seq order is kept per room). */
export interface QueuedDeliver {
  readonly seq: number;
  readonly deliver: Buffer;
  /** The connection that sent it (it gets an ack, not the DELIVER). */
  readonly from: Connection | undefined;
}

/** Live state of a room with at least one connection on this node. */
export interface LiveRoom {
  readonly id: RoomId;
  readonly conns: Set<Connection>;
  epoch: number;
  /** Highest seq fanned out to this node's live connections; DELIVERs go out in seq order. */
  head: number;
  snapshotSeq: number;
  /** Head when please-compact was last sent (0 = not asked since the last snapshot). */
  compactAskedHead: number;
  compactAskedAt: number;
  /** DELIVERs that arrived before a seq below them (another node's commit not seen yet). */
  readonly ahead: Map<number, QueuedDeliver>;
  /** The store read that fills a gap up to `fillTarget`, while one runs. */
  filling: Promise<void> | undefined;
  fillTarget: number;
  /** Welcomes and membership log broadcasts of this room, one after the other (so none overtakes another). */
  tasks: Promise<void>;
}

/** Re-ask for a snapshot at most this often while nobody answers. */
export const COMPACT_REASK_MS = 60_000;
const CATCH_UP_PAGE = 1000;

export function newLiveRoom(id: RoomId, record: { epoch: number; head: number; snapshotSeq: number }): LiveRoom {
  return {
    id,
    conns: new Set(),
    epoch: record.epoch,
    head: record.head,
    snapshotSeq: record.snapshotSeq,
    compactAskedHead: 0,
    compactAskedAt: 0,
    ahead: new Map(),
    filling: undefined,
    fillTarget: 0,
    tasks: Promise.resolve(),
  };
}

/** The room's members as the room sees them (online = has a live connection on any node). */
export async function deviceList(store: RelayStore, cluster: Cluster, room: LiveRoom): Promise<DeviceInfo[]> {
  const local = [...room.conns].filter((c) => c.state === 'live').map((c) => c.deviceId!);
  const [devices, online] = await Promise.all([store.listDevices(room.id), cluster.online(room.id, local)]);
  return devices.map((d) => ({
    id: d.id,
    role: d.role,
    label: { name: d.name, organisation: d.organisation },
    signPublicKey: d.signPublicKey,
    boxPublicKey: d.boxPublicKey,
    status: d.status === 'pending' ? 'pending' : 'active',
    online: online.has(d.id),
  }));
}

/**
 * The stored frames a device that has applied everything up to `since` needs, as (seq, envelope)
 * in order: the current snapshot if `since` is below it (delivered with its base seq), then the
 * tail after max(since, snapshot) up to `head()` — read again after every page, since the room
 * moves on while a catch-up runs. Read in pages so one query never holds the whole log.
 */
export async function* catchUp(store: RelayStore, room: LiveRoom, since: number, head: () => number): AsyncGenerator<{ seq: number; envelope: Uint8Array }> {
  let after = since;
  if (since < room.snapshotSeq) {
    const snapshot = await store.currentSnapshot(room.id);
    if (snapshot !== undefined) {
      yield { seq: snapshot.baseSeq, envelope: snapshot.envelope };
      after = snapshot.baseSeq;
    }
  }
  while (after < head()) {
    const page = await store.readFrames(room.id, after, CATCH_UP_PAGE);
    if (page.length === 0) return;
    for (const f of page) {
      if (f.seq > head()) return;
      yield f;
      after = f.seq;
    }
  }
}

/**
 * The writer to send please-compact to, or undefined: only once the tail since the last snapshot
 * reaches `compactAfter`, and not again until the tail grew by half that or a minute passed.
 */
export function compactionWriter(room: LiveRoom, compactAfter: number, now: number): Connection | undefined {
  if (room.head - room.snapshotSeq < compactAfter) return undefined;
  const askedRecently = room.compactAskedHead !== 0 && room.head - room.compactAskedHead < compactAfter / 2 && now - room.compactAskedAt < COMPACT_REASK_MS;
  if (askedRecently) return undefined;
  const writers = [...room.conns].filter((c) => c.state === 'live' && !c.pending && canWrite(c.role!));
  // Rotate through writers so one slow or offline-going device does not keep the room uncompacted.
  return writers[Math.floor(room.head / compactAfter) % Math.max(1, writers.length)];
}
