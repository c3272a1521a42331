/**
 * Welcoming a connection into its room: `welcome`, the membership log, the device's keys, the
 * catch-up (snapshot and stored tail), `caught-up`. Runs as one of the room's tasks, so no log
 * broadcast overtakes the pages it sends; DELIVERs that the room fans out meanwhile are not sent
 * to it until it turns live, in the same turn in which it has sent everything up to the room's head.
 */
import { encodeDeliver } from '../../shared/protocol/frames.js';
import type { DeviceRecord } from '../store/relayStore.js';
import type { Connection } from './connection.js';
import type { LiveRoom } from './liveRoom.js';
import type { Relay } from './relay.js';

const CATCH_UP_PAGE = 1000;

export async function welcome(relay: Relay, conn: Connection, room: LiveRoom, device: DeviceRecord, since: number, logSince: number): Promise<void> {
  const { store } = relay.deps;
  const [devices, logLength] = await Promise.all([relay.deviceList(room), store.logLength(room.id)]);
  if (conn.state === 'closed') return;
  conn.pending = device.status === 'pending';
  conn.role = device.role;
  relay.sendMessage(conn, {
    type: 'welcome',
    v: 1,
    room: room.id,
    deviceId: device.id,
    role: device.role,
    epoch: room.epoch,
    head: room.head,
    snapshotSeq: room.snapshotSeq,
    pending: conn.pending,
    devices,
    logLength,
  });
  conn.state = 'catching-up';
  // The membership log goes to waiting devices too: it is how they check the keys they will get.
  await relay.sendLog(conn, room, logSince);
  if (conn.pending) {
    if (conn.state === 'catching-up') conn.state = 'live';
    return;
  }
  for (const k of await store.keysFor(room.id, device.id)) relay.sendMessage(conn, { type: 'keys', epoch: k.epoch, wrapped: k.wrapped });
  await sendStored(relay, conn, room, since);
}

/** The catch-up, then live: the snapshot if `since` is below it, then every stored frame up to the room's head. */
async function sendStored(relay: Relay, conn: Connection, room: LiveRoom, since: number): Promise<void> {
  const { store } = relay.deps;
  // A function, not a narrowed field: the state changes while this awaits.
  const closed = () => conn.state === 'closed';
  let after = since;
  if (since < room.snapshotSeq) {
    const snapshot = await store.currentSnapshot(room.id);
    if (snapshot !== undefined && snapshot.baseSeq > since) {
      relay.sendBinary(conn, encodeDeliver(snapshot.baseSeq, snapshot.envelope), 'deliver', true);
      after = snapshot.baseSeq;
    }
  }
  for (;;) {
    if (closed()) return;
    // Checked and acted on in one turn: from here on the room's fan-out includes this connection.
    if (after >= room.head) break;
    const page = await store.readFrames(room.id, after, CATCH_UP_PAGE);
    let sent = false;
    for (const f of page) {
      // Above the head: not fanned out on this node yet; the fan-out sends it once this connection is live.
      if (f.seq > room.head || closed()) break;
      relay.sendBinary(conn, encodeDeliver(f.seq, f.envelope), 'deliver', true);
      after = f.seq;
      sent = true;
    }
    // Nothing more to read below the head (dropped by compaction meanwhile): the client sees the gap and asks again.
    if (!sent) break;
  }
  if (closed()) return;
  conn.state = 'live';
  relay.sendMessage(conn, { type: 'caught-up', head: room.head });
}
