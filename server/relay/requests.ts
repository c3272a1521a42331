/**
 * Requests after login: keys, invites, device removal and approval, the access log, erasure.
 * Admin-only requests from other roles get an `error` 4403 and change nothing.
 */
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { ClientMessageOf, InviteInfo, RequestMessage } from '../../shared/protocol/messages.js';
import { canAdminister } from '../../shared/protocol/roles.js';
import type { Connection } from './connection.js';
import { eraseRoom } from './erasure.js';
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

export async function handleRequest(relay: Relay, conn: Connection, msg: RequestMessage): Promise<void> {
  const room = relay.rooms.get(conn.room!)!;
  const id = msg.id;
  // An erasure is checked (and a refusal logged) in erasure.ts.
  if (msg.type === 'erase-room') return eraseRoom(relay, conn, room, msg);
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
      if (!(await relay.deps.store.revokeInvite(room.id, msg.tokenHash)))
        return relay.sendError(conn, CloseCodes.notFound, 'no open invite with this hash', { retry: false, id });
      return relay.sendMessage(conn, { type: 'ok', id, for: msg.type });
    case 'list-invites':
      return relay.sendMessage(conn, { type: 'invites', id, invites: await listInvites(relay, room) });
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
      const entries = await relay.deps.store.readAccessLog(room.id, msg.before, msg.limit ?? 200);
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
      const device = (await relay.deps.store.getDevice(room.id, conn.deviceId!))!;
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
    default: {
      const never: never = msg;
      return never;
    }
  }
}

async function putKeys(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'put-keys'>): Promise<void> {
  const { store } = relay.deps;
  const admin = canAdminister(conn.role!);
  // Two admin devices may start epochs at once (the log orders them); the later one's keys can
  // reach the relay first, so an admin may raise by more than one, within a small bound.
  const raiseFrom = (current: number) => admin && msg.epoch > current && msg.epoch <= current + MAX_EPOCH_JUMP;
  if (!admin && msg.entries.some((e) => e.deviceId !== conn.deviceId)) {
    relay.reject('put-keys-other-device');
    return relay.sendError(conn, CloseCodes.forbidden, 'only the admin may put keys for other devices', { retry: false, id: msg.id });
  }
  const members = new Map((await store.listDevices(room.id)).map((d) => [d.id, d]));
  for (const e of msg.entries) {
    if (!members.has(e.deviceId) && (await store.getDevice(room.id, e.deviceId))?.status !== 'removed')
      return relay.sendError(conn, CloseCodes.notFound, 'entry for a device that is not in the room', { retry: false, id: msg.id });
  }
  // Another admin's removal may overtake this device's new epoch: keys for a removed device are
  // dropped, the others still land (refusing all would leave the members without the epoch). The
  // store drops them too if the removal commits after this read.
  const entries = msg.entries.filter((e) => members.has(e.deviceId));
  const seen = room.epoch;
  let outcome = await store.putKeys(room.id, msg.epoch, entries, raiseFrom(seen));
  if (!outcome.ok) {
    // This node's epoch may be behind a raise that committed meanwhile (on another node, or a
    // request in flight here): decide once more on the store's epoch, as a single relay would have.
    const current = (await store.getRoom(room.id))?.epoch;
    if (current !== undefined && current !== seen) outcome = await store.putKeys(room.id, msg.epoch, entries, raiseFrom(current));
  }
  if (!outcome.ok)
    return relay.sendError(conn, CloseCodes.conflict, 'epoch must not be above the current one (an admin may raise it a little)', { retry: false, id: msg.id });
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type });
  if (outcome.raised) {
    relay.deps.logger.info('epoch-raised', { room: room.id, epoch: outcome.epoch, device: conn.deviceId! });
    relay.roomEvent({ kind: 'epoch', room: room.id, epoch: outcome.epoch });
  }
  for (const entry of entries) {
    if (members.get(entry.deviceId)?.status !== 'active') continue;
    relay.roomEvent({ kind: 'keys', room: room.id, device: entry.deviceId, epoch: msg.epoch, wrapped: entry.wrapped });
  }
}

async function createInvite(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'create-invite'>): Promise<void> {
  const now = relay.deps.now();
  if (msg.expiresAt <= now || msg.expiresAt > now + MAX_INVITE_LIFETIME_MS) {
    return relay.sendError(conn, CloseCodes.badRequest, 'expiry must be in the future and within 30 days', { retry: false, id: msg.id });
  }
  const outcome = await relay.deps.store.createInvite({
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

async function listInvites(relay: Relay, room: LiveRoom): Promise<InviteInfo[]> {
  const now = relay.deps.now();
  return (await relay.deps.store.listInvites(room.id)).map((i) => ({
    tokenHash: i.tokenHash,
    role: i.role,
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
    requireApproval: i.requireApproval,
    state: i.state === 'open' && i.expiresAt <= now ? 'expired' : i.state,
  }));
}

async function removeDevice(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'remove-device'>): Promise<void> {
  const { store } = relay.deps;
  if (msg.deviceId === conn.deviceId) return relay.sendError(conn, CloseCodes.conflict, 'an admin cannot remove its own device', { retry: false, id: msg.id });
  const device = await store.getDevice(room.id, msg.deviceId);
  if (device === undefined || device.status === 'removed')
    return relay.sendError(conn, CloseCodes.notFound, 'device not in the room', { retry: false, id: msg.id });
  // What this node received from the device before the removal is stored first; from the
  // status change on, the store refuses its frames on every node (inside the seq transaction).
  await relay.flush();
  await store.setDeviceStatus(room.id, msg.deviceId, 'removed');
  await store.deleteKeysFor(room.id, msg.deviceId);
  relay.roomEvent({ kind: 'removed', room: room.id, device: msg.deviceId });
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
  await answerWithHead(relay, conn, room, msg);
  relay.roomEvent({ kind: 'peers', room: room.id });
}

/**
 * `ok {head}` once every frame the device committed, through any node, went out to this node's
 * live connections: the head read after the status change covers all of them (the store orders
 * the change after every append in flight), so the admin's next log entry names its last frames.
 */
async function answerWithHead(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'remove-device' | 'set-role'>): Promise<void> {
  const record = await relay.deps.store.getRoom(room.id);
  const head = Math.max(room.head, record?.head ?? 0);
  await relay.reachHead(room, head);
  relay.sendMessage(conn, { type: 'ok', id: msg.id, for: msg.type, head: room.head });
}

async function setRole(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'set-role'>): Promise<void> {
  const { store } = relay.deps;
  if (msg.deviceId === conn.deviceId) return relay.sendError(conn, CloseCodes.conflict, 'an admin cannot change its own role', { retry: false, id: msg.id });
  const device = await store.getDevice(room.id, msg.deviceId);
  if (device === undefined || device.status === 'removed')
    return relay.sendError(conn, CloseCodes.notFound, 'device not in the room', { retry: false, id: msg.id });
  await relay.flush();
  await store.setDeviceRole(room.id, msg.deviceId, msg.role);
  relay.roomEvent({ kind: 'role', room: room.id, device: msg.deviceId, role: msg.role });
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
  await answerWithHead(relay, conn, room, msg);
  relay.roomEvent({ kind: 'peers', room: room.id });
}

async function approveDevice(relay: Relay, conn: Connection, room: LiveRoom, msg: ClientMessageOf<'approve-device'>): Promise<void> {
  const { store } = relay.deps;
  const device = await store.getDevice(room.id, msg.deviceId);
  if (device?.status !== 'pending') return relay.sendError(conn, CloseCodes.notFound, 'no device awaiting approval', { retry: false, id: msg.id });
  await store.setDeviceStatus(room.id, msg.deviceId, 'active');
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
  relay.roomEvent({ kind: 'approved', room: room.id, device: msg.deviceId });
  relay.roomEvent({ kind: 'peers', room: room.id });
}
