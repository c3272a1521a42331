/**
 * What a room event does to the room's connections on this node — the same whether the event
 * happened here (Relay.roomEvent) or on another node (Relay.clusterEvent).
 */
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { RoomEvent } from '../cluster/cluster.js';
import { errorFields } from '../log.js';
import { welcomed, type Connection } from './connection.js';
import type { Relay } from './relay.js';
import { closeErased } from './erasure.js';
import { welcome } from './welcome.js';

/** Membership log entries per `log` broadcast read back from the store. */
const LOG_PAGE = 500;

export function applyRoomEvent(relay: Relay, event: RoomEvent, except?: Connection, entries?: readonly string[]): void {
  const room = relay.rooms.get(event.room);
  if (room === undefined) return;
  switch (event.kind) {
    case 'log':
      // After the room's welcomes so far: a welcome's log pages never overtake an entry, nor the other way round.
      void relay.inRoom(room, async () => {
        const sent = entries ?? (await relay.deps.store.readLog(room.id, event.from, LOG_PAGE));
        for (const c of room.conns) if (c !== except && welcomed(c)) relay.sendMessage(c, { type: 'log', from: event.from, entries: [...sent] });
      });
      return;
    case 'epoch':
      if (event.epoch <= room.epoch) return;
      room.epoch = event.epoch;
      for (const c of room.conns) if (welcomed(c)) relay.sendMessage(c, { type: 'epoch', epoch: event.epoch });
      return;
    case 'keys':
      for (const c of relay.connectionsOf(room, event.device)) {
        if (welcomed(c) && !c.pending) relay.sendMessage(c, { type: 'keys', epoch: event.epoch, wrapped: event.wrapped });
      }
      return;
    case 'removed':
      for (const c of relay.connectionsOf(room, event.device)) relay.close(c, CloseCodes.forbidden, 'device removed');
      return;
    case 'erased':
      closeErased(relay, room, event.from, event.entry, except);
      return;
    case 'role':
      for (const c of relay.connectionsOf(room, event.device)) c.role = event.role;
      return;
    case 'approved':
      // The approved device's open connections start over: a fresh welcome, keys, full catch-up.
      void relay.deps.store.getDevice(room.id, event.device).then(
        (device) => {
          if (device === undefined || device.status !== 'active') return;
          for (const c of relay.connectionsOf(room, event.device)) void relay.inRoom(room, () => welcome(relay, c, room, device, 0, 0));
        },
        (error: unknown) => relay.deps.logger.warn('approve-event-failed', errorFields(error)),
      );
      return;
    case 'peers':
      relay.broadcastPeers(room).catch((error: unknown) => relay.deps.logger.warn('peers-failed', errorFields(error)));
      return;
    case 'snapshot':
      if (event.baseSeq > room.snapshotSeq) {
        room.snapshotSeq = event.baseSeq;
        room.compactAskedHead = 0;
      }
      return;
    case 'ephemeral':
      relay.forwardEphemeral(room, event.frame, undefined);
      return;
    default: {
      const never: never = event;
      return never;
    }
  }
}
