/**
 * Erasing a room (docs/sync-protocol.md, `erase-room`; docs/threat-model.md, "Erasure"). The relay
 * cannot verify signatures: it acts because the connection's device is the room's admin in its own
 * table and asks for its own room; anything else is refused and written in the access log. It
 * appends the chair's signed `erase` entry to the log (compare-and-swap, like any entry), commits
 * what it already received, tells every other connection of the room on every node (`erased` with
 * the entry, then 4410), deletes the room (every frame, snapshot, wrapped key, invite, log entry
 * and device; the store keeps the access log and a tombstone with the entry), writes `room-erased`
 * in the access log and answers `ok`. A device that logs in later hears the tombstone's entry
 * (`erasedLogin`). Each client verifies the entry against its own copy of the log before it
 * deletes anything.
 */
import { CloseCodes, type CloseCode } from '../../shared/protocol/closeCodes.js';
import type { RoomId } from '../../shared/protocol/ids.js';
import type { ClientMessageOf } from '../../shared/protocol/messages.js';
import { canAdminister } from '../../shared/protocol/roles.js';
import { ERASE_REASONS } from '../../shared/sync/membership/logEntry.js';
import { errorFields } from '../log.js';
import type { Connection } from './connection.js';
import type { LiveRoom } from './liveRoom.js';
import { entryFields, MAX_LOG_ENTRIES } from './membershipLog.js';
import type { Relay } from './relay.js';

/** A normal close for the chair's own connection once its room is gone (its client leaves on `ok`). */
const ERASED_HERE: CloseCode = { code: 1000, reason: 'room-erased' };

/** Writes a refused erasure in the access log of each room named (ids and fixed words only). */
async function refused(relay: Relay, conn: Connection, detail: 'erase-not-admin' | 'erase-other-room', rooms: readonly RoomId[]): Promise<void> {
  relay.reject(detail);
  for (const room of rooms) {
    const device = await relay.deps.store.getDevice(room, conn.deviceId!);
    relay.accessLog({
      room,
      deviceId: conn.deviceId ?? null,
      name: device?.name ?? '',
      organisation: device?.organisation ?? '',
      role: device?.role ?? null,
      event: 'refused',
      address: conn.socket.remoteAddress,
      detail,
    });
  }
}

/** Tells the room's connections on this node that it was erased, and closes them (all but `except`). */
export function closeErased(relay: Relay, room: LiveRoom, from: number, entry: string, except?: Connection): void {
  for (const c of [...room.conns]) {
    if (c === except || c.state === 'closed') continue;
    relay.sendMessage(c, { type: 'erased', from, entries: [entry] });
    relay.close(c, CloseCodes.gone, 'room erased');
  }
}

export async function eraseRoom(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'erase-room'>): Promise<void> {
  const { store } = relay.deps;
  const id = msg.id;
  if (conn.pending || !canAdminister(conn.role!)) {
    await refused(relay, conn, 'erase-not-admin', [room.id]);
    return relay.sendError(conn, CloseCodes.forbidden, 'only the room admin may erase it', { retry: false, id });
  }
  if (msg.room !== room.id) {
    await refused(relay, conn, 'erase-other-room', (await store.getRoom(msg.room)) === undefined ? [room.id] : [room.id, msg.room]);
    return relay.sendError(conn, CloseCodes.forbidden, 'a connection may erase only its own room', { retry: false, id });
  }
  const fields = entryFields(msg.entry);
  if (fields?.type !== 'erase' || fields.room !== room.id || fields.index !== msg.index || fields.by !== conn.deviceId) {
    relay.reject('erase-entry-malformed');
    return relay.sendError(conn, CloseCodes.badRequest, "not this device's erase entry for this room and index", { retry: false, id });
  }
  const outcome = await store.appendLog(room.id, msg.index, conn.deviceId!, msg.entry, MAX_LOG_ENTRIES);
  // The same entry already at its index (a retry after a lost answer) goes on.
  const again = outcome !== 'appended' && (await store.readLog(room.id, msg.index, 1))[0] === msg.entry;
  if (outcome === 'conflict' && !again)
    return relay.sendError(conn, CloseCodes.conflict, 'the log has moved on; fetch it and decide again', { retry: true, id });
  if (outcome === 'full' && !again) return relay.sendError(conn, CloseCodes.rateLimited, 'the membership log is full', { retry: false, id });
  const device = await store.getDevice(room.id, conn.deviceId!);
  // Every other connection, on every node, hears the entry and is closed (after the room's log
  // broadcasts so far); what was received before is committed and goes with the room.
  await relay.inRoom(room, async () => {
    relay.roomEvent({ kind: 'erased', room: room.id, from: msg.index, entry: msg.entry }, conn);
  });
  await relay.flush();
  try {
    await store.eraseRoom(room.id, relay.deps.now(), msg.entry);
  } catch (error) {
    relay.deps.logger.error('erase-failed', { room: room.id, ...errorFields(error) });
    return relay.sendError(conn, CloseCodes.internalError, 'not erased; ask again', { retry: true, id });
  }
  const reden = (ERASE_REASONS as readonly string[]).includes(fields.reden ?? '') ? fields.reden! : '';
  relay.accessLog({
    room: room.id,
    deviceId: conn.deviceId!,
    name: device?.name ?? '',
    organisation: device?.organisation ?? '',
    role: device?.role ?? null,
    event: 'room-erased',
    address: conn.socket.remoteAddress,
    detail: reden,
  });
  relay.deps.logger.info('room-erased', { room: room.id, device: conn.deviceId! });
  relay.sendMessage(conn, { type: 'ok', id, for: msg.type });
  relay.close(conn, ERASED_HERE, 'room erased');
}

/**
 * A login to an erased room: the tombstone's entry (`erased {from: its index, entries: [entry]}`),
 * then 4410. The client accepts it only as an admin's erase entry of its own case, checked against
 * its own copy of the log. True if the room was erased (the connection is closed then).
 */
export async function erasedLogin(relay: Relay, conn: Connection, room: RoomId): Promise<boolean> {
  const tombstone = await relay.deps.store.tombstone(room);
  if (tombstone === undefined) return false;
  const index = tombstone.entry === undefined ? undefined : entryFields(tombstone.entry)?.index;
  if (tombstone.entry !== undefined && index !== undefined) relay.sendMessage(conn, { type: 'erased', from: index, entries: [tombstone.entry] });
  relay.close(conn, CloseCodes.gone, 'room erased');
  return true;
}
