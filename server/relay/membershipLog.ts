/**
 * The membership log as the relay keeps it: signed entries it cannot judge (every client verifies
 * them from the genesis it learned outside the relay), stored in order and handed out. The relay
 * checks only what keeps the log usable for everyone: an entry names this room, the index it is
 * appended at (compare-and-swap: the first entry at an index wins), and the connection's own
 * device as its author; a device that is not the room's admin may write one entry, its own join.
 */
import { z } from 'zod';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { ClientMessageOf } from '../../shared/protocol/messages.js';
import { canAdminister } from '../../shared/protocol/roles.js';
import type { Connection } from './connection.js';
import type { LiveRoom, Relay } from './relay.js';
import type { RelayStore } from '../store/relayStore.js';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';

/** Entries one room's log may hold (a case has a few dozen). */
export const MAX_LOG_ENTRIES = 10_000;

const outerSchema = z.object({ signed: z.string() });
const innerSchema = z.object({
  room: z.string(),
  index: z.number().int().min(0),
  by: z.string(),
  // `device` is a device id in remove/approve/role entries, an object (public keys) in genesis and join.
  body: z.object({ type: z.string(), device: z.unknown().optional(), reden: z.unknown().optional() }),
});

/**
 * The fields of an entry the relay checks, or undefined if it is not shaped like an entry. `device`:
 * the device a `remove` (or `approve`, `role`) entry is about; `reden`: an `erase` entry's reason.
 */
export function entryFields(text: string): { room: string; index: number; by: string; type: string; device?: string; reden?: string } | undefined {
  try {
    const outer = outerSchema.safeParse(JSON.parse(text));
    if (!outer.success) return undefined;
    const inner = innerSchema.safeParse(JSON.parse(outer.data.signed));
    if (!inner.success) return undefined;
    const { room, index, by, body } = inner.data;
    return {
      room,
      index,
      by,
      type: body.type,
      ...(typeof body.device === 'string' ? { device: body.device } : {}),
      ...(typeof body.reden === 'string' ? { reden: body.reden } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * What a removed device hears before its refusal: the log from what it holds up to and including
 * the admin's signed `remove` entry naming it, so its honest client can verify the removal and
 * delete the case (a refusal alone deletes nothing: a relay could say it of anyone). Nothing while
 * that entry is not written yet (the admin cuts a device off first, then writes the entry), and
 * nothing of the log after it.
 */
export async function logUpToRemoval(
  store: RelayStore,
  room: RoomId,
  device: DeviceId,
  since: number,
): Promise<{ from: number; entries: string[] } | undefined> {
  const entries = await store.readLog(room, since, MAX_LOG_ENTRIES);
  const at = entries.findIndex((e) => {
    const f = entryFields(e);
    return f?.type === 'remove' && f.device === device;
  });
  return at < 0 ? undefined : { from: since, entries: entries.slice(0, at + 1) };
}

export async function appendLog(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'append-log'>): Promise<void> {
  const { store } = relay.deps;
  const fields = entryFields(msg.entry);
  if (fields === undefined || fields.room !== room.id || fields.index !== msg.index || fields.by !== conn.deviceId || fields.type === 'genesis') {
    relay.reject('log-entry-malformed');
    return relay.sendError(conn, CloseCodes.badRequest, 'not an entry of this device for this index', { retry: false, id: msg.id });
  }
  const admin = !conn.pending && canAdminister(conn.role!);
  if (!admin && (fields.type !== 'join' || (await store.hasLogEntryBy(room.id, conn.deviceId!)))) {
    relay.reject('log-entry-forbidden');
    return relay.sendError(conn, CloseCodes.forbidden, 'only the admin writes this entry', { retry: false, id: msg.id });
  }
  const outcome = await store.appendLog(room.id, msg.index, conn.deviceId!, msg.entry, MAX_LOG_ENTRIES);
  if (outcome === 'conflict') return relay.sendError(conn, CloseCodes.conflict, 'the log has moved on; fetch it and decide again', { retry: true, id: msg.id });
  if (outcome === 'full') return relay.sendError(conn, CloseCodes.rateLimited, 'the membership log is full', { retry: false, id: msg.id });
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type });
  relay.roomEvent({ kind: 'log', room: room.id, from: msg.index }, conn, [msg.entry]);
}
