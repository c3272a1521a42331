/**
 * The three logins: create-room (access key), hello (returning member), redeem (invite token).
 * Each proves possession of the device's signing key over the relay's fresh challenge.
 */
import { CloseCodes, type CloseCode } from '../../shared/protocol/closeCodes.js';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import { PROTOCOL_VERSION, type DeviceIntro, type LoginMessage } from '../../shared/protocol/messages.js';
import { accessKeyMatches } from '../accessKey.js';
import type { DeviceRecord } from '../store/relayStore.js';
import { hashToken, keyMatchesDeviceId, verifyLogin } from './auth.js';
import type { Connection } from './connection.js';
import { erasedLogin } from './erasure.js';
import { entryFields, logUpToRemoval } from './membershipLog.js';
import type { Relay } from './relay.js';
import { welcome } from './welcome.js';

function deviceFields(device: DeviceIntro, now: number): Omit<DeviceRecord, 'room' | 'role' | 'status'> {
  return {
    id: device.id,
    signPublicKey: device.signPublicKey,
    boxPublicKey: device.boxPublicKey,
    name: device.label.name,
    organisation: device.label.organisation,
    addedAt: now,
  };
}

/** Refuses a login: access log entry (if the room exists), then the close code. */
async function refuse(relay: Relay, conn: Connection, code: CloseCode, why: string, room: RoomId | undefined, device: DeviceId | undefined): Promise<void> {
  if (room !== undefined && (await relay.deps.store.getRoom(room)) !== undefined) {
    const known = device === undefined ? undefined : await relay.deps.store.getDevice(room, device);
    relay.accessLog({
      room,
      deviceId: device ?? null,
      name: known?.name ?? '',
      organisation: known?.organisation ?? '',
      role: known?.role ?? null,
      event: 'refused',
      address: conn.socket.remoteAddress,
      detail: code.reason,
    });
  }
  relay.close(conn, code, why);
}

/** Runs a login message; on success the connection is live in its room. */
export async function handleLogin(relay: Relay, conn: Connection, msg: LoginMessage): Promise<void> {
  const { store, now } = relay.deps;
  if (msg.v !== PROTOCOL_VERSION) return relay.close(conn, CloseCodes.unsupportedVersion, 'protocol version not supported');
  if (conn.socket.pathRoom !== undefined && conn.socket.pathRoom !== msg.room) return relay.close(conn, CloseCodes.badRequest, 'the path names another room');
  const deviceId = msg.type === 'hello' ? msg.deviceId : msg.device.id;

  if (msg.type === 'create-room') {
    if (!accessKeyMatches(msg.accessKey, relay.deps.accessKey)) return relay.close(conn, CloseCodes.unauthenticated, 'wrong access key');
    const genesis = entryFields(msg.genesis);
    if (genesis?.type !== 'genesis' || genesis.room !== msg.room || genesis.index !== 0 || genesis.by !== msg.device.id) {
      return relay.close(conn, CloseCodes.badRequest, 'the room needs its genesis entry, signed by the creating device');
    }
    if (!keyMatchesDeviceId(msg.device.signPublicKey, msg.device.id)) return relay.close(conn, CloseCodes.unauthenticated, 'device id does not match its key');
    if (!(await verifyLogin(msg.device.signPublicKey, msg.signature, conn.nonce, msg.room, msg.type))) {
      return relay.close(conn, CloseCodes.unauthenticated, 'bad signature');
    }
    if (conn.state !== 'authenticating' || relay.isClosing) return;
    const outcome = await store.createRoom(
      { id: msg.room, accessKeyId: relay.deps.accessKeyId, createdAt: now() },
      deviceFields(msg.device, now()),
      relay.deps.limits.roomsPerAccessKey,
      msg.genesis,
    );
    if (outcome === 'quota') return relay.close(conn, CloseCodes.rateLimited, 'room quota of this access key reached');
    if (outcome === 'exists') {
      // A retry by the creator (the welcome got lost) carries on; anyone else is refused.
      const existing = await store.getDevice(msg.room, msg.device.id);
      if (existing?.role !== 'admin' || existing.status !== 'active') {
        relay.sendError(conn, CloseCodes.conflict, 'room exists', { retry: false });
        return relay.close(conn, CloseCodes.forbidden, 'room exists');
      }
    } else {
      relay.accessLog({
        room: msg.room,
        deviceId,
        name: msg.device.label.name,
        organisation: msg.device.label.organisation,
        role: 'admin',
        event: 'room-created',
        address: conn.socket.remoteAddress,
        detail: '',
      });
      relay.deps.logger.info('room-created', { room: msg.room, device: deviceId });
    }
    return admit(relay, conn, msg.room, deviceId, 0, 0);
  }

  const room = await store.getRoom(msg.room);
  if (room === undefined) {
    if (await erasedLogin(relay, conn, msg.room)) return;
    return relay.close(conn, CloseCodes.notFound, 'room not found');
  }

  if (msg.type === 'hello') {
    const device = await store.getDevice(msg.room, msg.deviceId);
    if (device === undefined) return refuse(relay, conn, CloseCodes.unauthenticated, 'unknown device', msg.room, deviceId);
    if (!(await verifyLogin(device.signPublicKey, msg.signature, conn.nonce, msg.room, msg.type))) {
      return refuse(relay, conn, CloseCodes.unauthenticated, 'bad signature', msg.room, deviceId);
    }
    if (conn.state !== 'authenticating' || relay.isClosing) return;
    // Checked after the await: the device may have been removed while its signature was checked.
    if ((await store.getDevice(msg.room, msg.deviceId))?.status === 'removed') {
      // The signed removal first (if the admin wrote it): the device checks it and deletes the case.
      const proof = await logUpToRemoval(store, msg.room, msg.deviceId, msg.logSince);
      if (proof !== undefined) relay.sendMessage(conn, { type: 'log', ...proof });
      return refuse(relay, conn, CloseCodes.forbidden, 'device removed', msg.room, deviceId);
    }
    return admit(relay, conn, msg.room, deviceId, msg.since, msg.logSince);
  }

  // redeem
  if (!keyMatchesDeviceId(msg.device.signPublicKey, msg.device.id))
    return refuse(relay, conn, CloseCodes.unauthenticated, 'device id does not match its key', msg.room, undefined);
  if (!(await verifyLogin(msg.device.signPublicKey, msg.signature, conn.nonce, msg.room, msg.type))) {
    return refuse(relay, conn, CloseCodes.unauthenticated, 'bad signature', msg.room, undefined);
  }
  if (conn.state !== 'authenticating' || relay.isClosing) return;
  const tokenHash = hashToken(msg.token)!;
  const known = await store.getDevice(msg.room, msg.device.id);
  if (known?.status === 'removed') return refuse(relay, conn, CloseCodes.forbidden, 'device removed', msg.room, deviceId);
  const outcome = await store.redeemInvite(msg.room, tokenHash, deviceFields(msg.device, now()), now());
  if (!outcome.ok) {
    if (known !== undefined) return admit(relay, conn, msg.room, deviceId, 0, 0); // already a member: the link was opened twice
    const code = outcome.reason === 'expired' ? CloseCodes.inviteExpired : CloseCodes.notFound;
    return refuse(relay, conn, code, `invite ${outcome.reason}`, msg.room, undefined);
  }
  if (!outcome.again) {
    relay.accessLog({
      room: msg.room,
      deviceId,
      name: outcome.device.name,
      organisation: outcome.device.organisation,
      role: outcome.device.role,
      event: 'invite-redeemed',
      address: conn.socket.remoteAddress,
      detail: outcome.invite.requireApproval ? 'pending-approval' : '',
    });
  }
  if (outcome.invite.package !== null) {
    relay.sendMessage(conn, {
      type: 'invite-package',
      role: outcome.invite.role,
      requireApproval: outcome.invite.requireApproval,
      package: outcome.invite.package,
    });
  }
  return admit(relay, conn, msg.room, deviceId, 0, 0);
}

async function admit(relay: Relay, conn: Connection, roomId: RoomId, deviceId: DeviceId, since: number, logSince: number): Promise<void> {
  const { store, cluster, limits } = relay.deps;
  const [record, device] = await Promise.all([store.getRoom(roomId), store.getDevice(roomId, deviceId)]);
  if (record === undefined || device === undefined) return relay.close(conn, CloseCodes.notFound, 'room not found');
  if (conn.state !== 'authenticating' || relay.isClosing) return;
  // The per-room limit counts connections on every node.
  if (!(await cluster.enter(roomId, conn.id, deviceId, limits.connectionsPerRoom))) {
    return refuse(relay, conn, CloseCodes.rateLimited, 'room is full', roomId, deviceId);
  }
  conn.entered = true;
  conn.room = roomId;
  if (conn.state !== 'authenticating' || relay.isClosing) {
    void cluster.leave(roomId, conn.id);
    return;
  }
  clearTimeout(conn.loginTimer);
  conn.socket.loggedIn();
  conn.deviceId = deviceId;
  conn.role = device.role;
  const room = relay.joinRoom(conn, record);
  relay.accessLog({
    room: roomId,
    deviceId,
    name: device.name,
    organisation: device.organisation,
    role: device.role,
    event: 'connect',
    address: conn.socket.remoteAddress,
    detail: device.status === 'pending' ? 'pending-approval' : '',
  });
  relay.deps.logger.info('connection-live', { conn: conn.id, room: roomId, device: deviceId, role: device.role, since });
  // Frames other nodes committed before this login reached the store go out on this node first.
  await relay.reachHead(room, record.head);
  await relay.inRoom(room, () => welcome(relay, conn, room, device, since, logSince));
  relay.roomEvent({ kind: 'peers', room: roomId });
  relay.maybeAskForSnapshot(room);
}
