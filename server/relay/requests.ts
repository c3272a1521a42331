/**
 * Requests after login: keys, invites, device removal and approval, the access log. Admin-only
 * requests from other roles get an `error` 4403 and change nothing.
 */
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { ClientMessageOf, InviteInfo, RequestMessage } from '../../shared/protocol/messages.js';
import { canAdminister } from '../../shared/protocol/roles.js';
import type { Connection } from './connection.js';
import { appendLog } from './membershipLog.js';
import type { LiveRoom, Relay } from './relay.js';

/** What a device waiting for approval may ask: to write its join entry and to read the log. */
const PENDING_MAY: ReadonlySet<RequestMessage['type']> = new Set(['append-log', 'get-log']);
/** What every member may ask; everything else is the admin's. */
const ANY_MEMBER_MAY: ReadonlySet<RequestMessage['type']> = new Set(['put-keys', 'log-export', 'append-log', 'get-log']);

/** Longest an invite may stay valid. */
const MAX_INVITE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** How far one admin's put-keys may move the room's epoch (two admins rotating at once: the later can arrive first). */
const MAX_EPOCH_JUMP = 4;

export function handleRequest(relay: Relay, conn: Connection, msg: RequestMessage): void {
  const room = relay.rooms.get(conn.room!)!;
  const id = msg.id;
  if (conn.pending && !PENDING_MAY.has(msg.type)) return relay.sendError(conn, CloseCodes.forbidden, 'device awaits approval', { retry: false, id });
  if (!ANY_MEMBER_MAY.has(msg.type) && !canAdminister(conn.role!)) {
    relay.reject('not-admin');
    return relay.sendError(conn, CloseCodes.forbidden, 'only the room admin may do this', { retry: false, id });
  }
  switch (msg.type) {
    case 'put-keys':
      return putKeys(relay, conn, room, msg);
    case 'create-invite':
      return createInvite(relay, conn, room, msg);
    case 'revoke-invite':
      if (!relay.deps.store.revokeInvite(room.id, msg.tokenHash))
        return relay.sendError(conn, CloseCodes.notFound, 'no open invite with this hash', { retry: false, id });
      return relay.sendMessage(conn, { type: 'ok', id, for: msg.type });
    case 'list-invites':
      return relay.sendMessage(conn, { type: 'invites', id, invites: listInvites(relay, room) });
    case 'remove-device':
      return removeDevice(relay, conn, room, msg);
    case 'set-role':
      return setRole(relay, conn, room, msg);
    case 'append-log':
      return appendLog(relay, conn, room, msg);
    case 'get-log':
      return relay.sendLog(conn, room, msg.since, id ?? '');
    case 'approve-device':
      return approveDevice(relay, conn, room, msg);
    case 'get-access-log': {
      const entries = relay.deps.store.readAccessLog(room.id, msg.before, msg.limit ?? 200);
      return relay.sendMessage(conn, {
        type: 'access-log',
        id,
        entries: entries.map((e) => ({
          at: e.at,
          deviceId: e.deviceId,
          name: e.name,
          organisation: e.organisation,
          role: e.role,
          event: e.event,
          address: e.address,
          detail: e.detail,
        })),
      });
    }
    case 'log-export': {
      // Any member who can open the case may export what they see, observers too; ids only.
      const device = relay.deps.store.getDevice(room.id, conn.deviceId!)!;
      relay.accessLog({
        room: room.id,
        deviceId: device.id,
        name: device.name,
        organisation: device.organisation,
        role: device.role,
        event: 'export',
        address: conn.socket.remoteAddress,
        detail: msg.detail,
      });
      return relay.sendMessage(conn, { type: 'ok', id, for: msg.type });
    }
    case 'erase-room':
      // Built on the relay store's eraseRoom (issue 17); until then the relay refuses to erase.
      return relay.sendError(conn, CloseCodes.badRequest, 'erasure not available on this relay', { retry: false, id });
    default: {
      const never: never = msg;
      return never;
    }
  }
}

function putKeys(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'put-keys'>): void {
  const { store } = relay.deps;
  const admin = canAdminister(conn.role!);
  // Two admin devices may start epochs at once (the log orders them); the later one's keys can
  // reach the relay first, so an admin may raise by more than one, within a small bound.
  const raise = admin && msg.epoch > room.epoch && msg.epoch <= room.epoch + MAX_EPOCH_JUMP;
  if (!admin && msg.entries.some((e) => e.deviceId !== conn.deviceId)) {
    relay.reject('put-keys-other-device');
    return relay.sendError(conn, CloseCodes.forbidden, 'only the admin may put keys for other devices', { retry: false, id: msg.id });
  }
  const members = new Map(store.listDevices(room.id).map((d) => [d.id, d]));
  if (msg.entries.some((e) => !members.has(e.deviceId) && store.getDevice(room.id, e.deviceId)?.status !== 'removed'))
    return relay.sendError(conn, CloseCodes.notFound, 'entry for a device that is not in the room', { retry: false, id: msg.id });
  // Another admin's removal may overtake this device's new epoch: keys for a removed device are
  // dropped, the others still land (refusing all would leave the members without the epoch).
  const entries = msg.entries.filter((e) => members.has(e.deviceId));
  const outcome = store.putKeys(room.id, msg.epoch, entries, raise);
  if (!outcome.ok)
    return relay.sendError(conn, CloseCodes.conflict, 'epoch must not be above the current one (an admin may raise it a little)', { retry: false, id: msg.id });
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type });
  if (raise) {
    room.epoch = outcome.epoch;
    relay.deps.logger.info('epoch-raised', { room: room.id, epoch: outcome.epoch, device: conn.deviceId! });
    for (const c of room.conns) if (c.state === 'live') relay.sendMessage(c, { type: 'epoch', epoch: outcome.epoch });
  }
  for (const entry of entries) {
    if (members.get(entry.deviceId)?.status !== 'active') continue;
    for (const c of relay.connectionsOf(room, entry.deviceId)) {
      if (c.state === 'live' && !c.pending) relay.sendMessage(c, { type: 'keys', epoch: msg.epoch, wrapped: entry.wrapped });
    }
  }
}

function createInvite(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'create-invite'>): void {
  const now = relay.deps.now();
  if (msg.expiresAt <= now || msg.expiresAt > now + MAX_INVITE_LIFETIME_MS) {
    return relay.sendError(conn, CloseCodes.badRequest, 'expiry must be in the future and within 30 days', { retry: false, id: msg.id });
  }
  const outcome = relay.deps.store.createInvite({
    tokenHash: msg.tokenHash,
    room: room.id,
    role: msg.role,
    expiresAt: msg.expiresAt,
    createdAt: now,
    requireApproval: msg.requireApproval,
    package: msg.package,
  });
  if (outcome === 'exists') return relay.sendError(conn, CloseCodes.conflict, 'an invite with this token hash exists', { retry: false, id: msg.id });
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type });
}

function listInvites(relay: Relay, room: LiveRoom): InviteInfo[] {
  const now = relay.deps.now();
  return relay.deps.store.listInvites(room.id).map((i) => ({
    tokenHash: i.tokenHash,
    role: i.role,
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
    requireApproval: i.requireApproval,
    state: i.state === 'open' && i.expiresAt <= now ? 'expired' : i.state,
  }));
}

function removeDevice(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'remove-device'>): void {
  const { store } = relay.deps;
  if (msg.deviceId === conn.deviceId) return relay.sendError(conn, CloseCodes.conflict, 'an admin cannot remove its own device', { retry: false, id: msg.id });
  const device = store.getDevice(room.id, msg.deviceId);
  if (device === undefined || device.status === 'removed')
    return relay.sendError(conn, CloseCodes.notFound, 'device not in the room', { retry: false, id: msg.id });
  store.setDeviceStatus(room.id, msg.deviceId, 'removed');
  store.deleteKeysFor(room.id, msg.deviceId);
  relay.accessLog({
    room: room.id,
    deviceId: device.id,
    name: device.name,
    organisation: device.organisation,
    role: device.role,
    event: 'device-removed',
    address: conn.socket.remoteAddress,
    detail: `by ${conn.deviceId!}`,
  });
  relay.deps.logger.info('device-removed', { room: room.id, device: device.id, by: conn.deviceId! });
  for (const c of relay.connectionsOf(room, msg.deviceId)) relay.close(c, CloseCodes.forbidden, 'device removed');
  // Every frame the device sent before is stored and delivered before the admin hears the head:
  // the admin's removal entry then names the device's last frames.
  relay.flush();
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type, head: room.head });
  relay.broadcastPeers(room);
}

function setRole(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'set-role'>): void {
  const { store } = relay.deps;
  if (msg.deviceId === conn.deviceId) return relay.sendError(conn, CloseCodes.conflict, 'an admin cannot change its own role', { retry: false, id: msg.id });
  const device = store.getDevice(room.id, msg.deviceId);
  if (device === undefined || device.status === 'removed')
    return relay.sendError(conn, CloseCodes.notFound, 'device not in the room', { retry: false, id: msg.id });
  store.setDeviceRole(room.id, msg.deviceId, msg.role);
  for (const c of relay.connectionsOf(room, msg.deviceId)) c.role = msg.role;
  relay.accessLog({
    room: room.id,
    deviceId: device.id,
    name: device.name,
    organisation: device.organisation,
    role: msg.role,
    event: 'role-changed',
    address: conn.socket.remoteAddress,
    detail: `${device.role}>${msg.role} by ${conn.deviceId!}`,
  });
  relay.flush();
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type, head: room.head });
  relay.broadcastPeers(room);
}

function approveDevice(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'approve-device'>): void {
  const { store } = relay.deps;
  const device = store.getDevice(room.id, msg.deviceId);
  if (device?.status !== 'pending') return relay.sendError(conn, CloseCodes.notFound, 'no device awaiting approval', { retry: false, id: msg.id });
  store.setDeviceStatus(room.id, msg.deviceId, 'active');
  const active = { ...device, status: 'active' as const };
  relay.accessLog({
    room: room.id,
    deviceId: device.id,
    name: device.name,
    organisation: device.organisation,
    role: device.role,
    event: 'device-approved',
    address: conn.socket.remoteAddress,
    detail: `by ${conn.deviceId!}`,
  });
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type });
  // The approved device's open connections start over: a fresh welcome, keys, full catch-up.
  for (const c of relay.connectionsOf(room, msg.deviceId)) relay.welcome(c, room, active, 0, 0);
  relay.broadcastPeers(room);
}
