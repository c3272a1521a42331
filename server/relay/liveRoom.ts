/**
 * A room with open connections, and the pure decisions about it: who is online, which stored
 * frames a catch-up sends, and which writer to ask for a snapshot.
 */
import type { RoomId } from '../../shared/protocol/ids.js';
import type { DeviceInfo } from '../../shared/protocol/messages.js';
import { canWrite } from '../../shared/protocol/roles.js';
import type { RelayStore } from '../store/relayStore.js';
import type { Connection } from './connection.js';

/** Live state of a room with at least one connection. */
export interface LiveRoom {
  readonly id: RoomId;
  readonly conns: Set<Connection>;
  epoch: number;
  head: number;
  snapshotSeq: number;
  /** Head when please-compact was last sent (0 = not asked since the last snapshot). */
  compactAskedHead: number;
  compactAskedAt: number;
}

/** Re-ask for a snapshot at most this often while nobody answers. */
const COMPACT_REASK_MS = 60_000;
const CATCH_UP_PAGE = 1000;

/** The room's members as the room sees them (online = has a live connection). */
export function deviceList(store: RelayStore, room: LiveRoom): DeviceInfo[] {
  const online = new Set([...room.conns].filter((c) => c.state === 'live').map((c) => c.deviceId));
  return store.listDevices(room.id).map((d) => ({
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
 * tail after max(since, snapshot) up to the room's head. Frames above the head are committed
 * but not yet on disk; the group commit fans them out once they are. Read in pages so one query
 * never holds the whole log.
 */
export function* catchUp(store: RelayStore, room: LiveRoom, since: number): Generator<{ seq: number; envelope: Uint8Array }> {
  let after = since;
  if (since < room.snapshotSeq) {
    const snapshot = store.currentSnapshot(room.id);
    if (snapshot !== undefined) {
      yield { seq: snapshot.baseSeq, envelope: snapshot.envelope };
      after = snapshot.baseSeq;
    }
  }
  const head = room.head;
  for (;;) {
    const page = store.readFrames(room.id, after, CATCH_UP_PAGE);
    for (const f of page) {
      if (f.seq > head) return;
      yield f;
    }
    if (page.length < CATCH_UP_PAGE) return;
    after = page.at(-1)!.seq;
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
