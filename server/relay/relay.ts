/**
 * The relay core: connections, rooms, fan-out, catch-up, group commit. It depends on a
 * SocketLike and a RelayStore only; it never sees plaintext and never parses an envelope body.
 *
 * Ordering: everything after the login's signature check is synchronous (better-sqlite3 is
 * synchronous too), so a connection's catch-up and the live fan-out cannot interleave: a frame
 * committed before a connection went live is read from the store, one committed after is
 * fanned out to it.
 */
import { randomBytes } from 'node:crypto';
import { CloseCodes, type CloseCode } from '../../shared/protocol/closeCodes.js';
import { decodeFrame, encodeDeliver } from '../../shared/protocol/frames.js';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import {
  encodeMessage,
  parseClientMessage,
  type DeviceInfo,
  type LoginMessage,
  type RelayMessage,
  type RequestMessage,
} from '../../shared/protocol/messages.js';
import { canWrite } from '../../shared/protocol/roles.js';
import type { RelayLimits } from '../config.js';
import { errorFields, type Logger } from '../log.js';
import { GroupCommit } from './groupCommit.js';
import { FRAME_TYPE_LABELS, NO_LABELS, type RelayMetrics } from '../metrics.js';
import type { AccessLogRecord, DeviceRecord, RelayStore, RoomRecord } from '../store/relayStore.js';
import type { Connection } from './connection.js';
import { catchUp, compactionWriter, deviceList, type LiveRoom } from './liveRoom.js';
import type { SocketLike } from './socketLike.js';

export type { LiveRoom } from './liveRoom.js';
import { TokenBucket } from './tokenBucket.js';

export interface RelayDeps {
  readonly store: RelayStore;
  readonly limits: RelayLimits;
  readonly logger: Logger;
  readonly now: () => number;
  readonly accessKey: string;
  readonly accessKeyId: string;
}

/**
 * The message handlers, passed in (see createRelay.ts) so that login.ts and requests.ts can
 * depend on the Relay without the Relay depending on them.
 */
export interface RelayHandlers {
  login(relay: Relay, conn: Connection, msg: LoginMessage): Promise<void>;
  request(relay: Relay, conn: Connection, msg: RequestMessage): void;
}

/** What an adapter calls for one socket. */
export interface ConnectionHandle {
  message(data: string | Uint8Array): void;
  closed(): void;
}

/** A slow reader holding more than this unsent is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
/** Membership log entries per `log` message. */
const LOG_PAGE = 500;
/** Consecutive rate-limited frames before the connection is closed with 4429. */
const MAX_RATE_DROPS = 200;

export class Relay {
  readonly rooms = new Map<RoomId, LiveRoom>();
  private readonly conns = new Set<Connection>();
  private nextId = 1;
  private readonly commits = new GroupCommit(this);
  private closing = false;
  metrics: RelayMetrics | undefined;

  constructor(
    readonly deps: RelayDeps,
    private readonly handlers: RelayHandlers,
  ) {}

  setMetrics(metrics: RelayMetrics): void {
    this.metrics = metrics;
  }

  connectionCount(): number {
    return this.conns.size;
  }

  activeRoomCount(): number {
    return this.rooms.size;
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /** A new socket: sends the challenge and returns the handle the adapter feeds. */
  connect(socket: SocketLike): ConnectionHandle {
    const conn: Connection = {
      id: this.nextId++,
      socket,
      nonce: randomBytes(32).toString('base64url'),
      bucket: new TokenBucket(this.deps.limits.framesPerSecond, this.deps.limits.frameBurst, this.deps.now),
      state: 'awaiting-login',
      pending: false,
      queued: [],
      rateDrops: 0,
    };
    if (this.closing) {
      socket.close(CloseCodes.serviceRestart.code, CloseCodes.serviceRestart.reason);
      return { message() {}, closed() {} };
    }
    this.conns.add(conn);
    this.metrics?.connectionsTotal.inc();
    conn.loginTimer = setTimeout(() => {
      if (conn.state === 'awaiting-login' || conn.state === 'authenticating') this.close(conn, CloseCodes.unauthenticated, 'login timeout');
    }, this.deps.limits.loginTimeoutMs);
    this.sendMessage(conn, { type: 'challenge', v: 1, nonce: conn.nonce });
    return {
      message: (data) => this.onMessage(conn, data),
      closed: () => this.onClosed(conn),
    };
  }

  private onMessage(conn: Connection, data: string | Uint8Array): void {
    if (conn.state === 'closed' || this.closing) return;
    const binary = typeof data !== 'string';
    this.metrics?.bytesIn.inc(NO_LABELS, data.length);
    try {
      if (conn.state === 'authenticating') {
        conn.queued.push(data);
        if (conn.queued.length > this.deps.limits.frameBurst) this.close(conn, CloseCodes.rateLimited, 'too many messages before welcome');
        return;
      }
      if (!conn.bucket.take()) {
        this.reject('rate-limited');
        if (++conn.rateDrops > MAX_RATE_DROPS) this.close(conn, CloseCodes.rateLimited, 'rate limit');
        else this.sendError(conn, CloseCodes.rateLimited, 'rate limit: frame dropped, resend later', { retry: true });
        return;
      }
      conn.rateDrops = 0;
      if (conn.state === 'awaiting-login') {
        if (binary) return this.close(conn, CloseCodes.unauthenticated, 'frame before login');
        const parsed = parseClientMessage(data);
        if (!parsed.ok) return this.close(conn, parsed.error.close, parsed.error.message);
        const msg = parsed.value;
        if (msg.type !== 'create-room' && msg.type !== 'hello' && msg.type !== 'redeem') {
          return this.close(conn, CloseCodes.unauthenticated, 'request before login');
        }
        conn.state = 'authenticating';
        this.handlers.login(this, conn, msg).catch((error: unknown) => this.unexpected(conn, error));
        return;
      }
      if (binary) this.onFrame(conn, data);
      else this.onText(conn, data);
    } catch (error) {
      this.unexpected(conn, error);
    }
  }

  private onText(conn: Connection, text: string): void {
    const parsed = parseClientMessage(text);
    if (!parsed.ok) {
      this.reject('bad-message');
      return this.close(conn, parsed.error.close, parsed.error.message);
    }
    const msg = parsed.value;
    if (msg.type === 'create-room' || msg.type === 'hello' || msg.type === 'redeem') {
      return this.close(conn, CloseCodes.badRequest, 'already logged in');
    }
    this.handlers.request(this, conn, msg);
  }

  private onFrame(conn: Connection, bytes: Uint8Array): void {
    const decoded = decodeFrame(bytes);
    if (!decoded.ok) {
      this.reject(decoded.error.reason);
      return this.close(conn, decoded.error.close, decoded.error.message);
    }
    const frame = decoded.value;
    this.metrics?.framesIn.inc(FRAME_TYPE_LABELS[frame.type]);
    if (frame.type === 'deliver') return this.close(conn, CloseCodes.badRequest, 'DELIVER is relay to client only');
    const { header } = frame.envelope;
    if (header.room !== conn.room) return this.close(conn, CloseCodes.badRequest, 'frame for another room');
    if (header.sender !== conn.deviceId) return this.close(conn, CloseCodes.badRequest, 'frame from another device');
    if (conn.pending) return this.close(conn, CloseCodes.forbidden, 'device awaits approval');
    const room = this.rooms.get(conn.room)!;
    if (frame.type === 'ephemeral') {
      // Awareness is forwarded, never stored. Observers' presence is forwarded too (read-only).
      for (const other of room.conns) {
        if (other !== conn && other.state === 'live' && !other.pending) this.sendBinary(other, bytes, 'ephemeral');
      }
      return;
    }
    if (!canWrite(conn.role!)) {
      this.reject('observer-write');
      return this.close(conn, CloseCodes.forbidden, 'observers cannot change the document');
    }
    if (header.epoch !== room.epoch) {
      this.reject('stale-epoch');
      return this.sendError(conn, CloseCodes.conflict, 'epoch is not the current one; fetch keys and reseal', { retry: true, msgId: header.msgId });
    }
    this.commits.submit(conn, frame.envelope);
  }

  /** Commits, fsyncs, acks and fans out every SUBMIT received so far, blocking (see groupCommit.ts). */
  flush(): void {
    this.commits.flushNow();
  }

  /** Asks one writer for a snapshot once the tail since the last one passes the threshold. */
  maybeAskForSnapshot(room: LiveRoom): void {
    const now = this.deps.now();
    const writer = compactionWriter(room, this.deps.limits.compactAfter, now);
    if (writer === undefined) return;
    room.compactAskedHead = room.head;
    room.compactAskedAt = now;
    this.sendMessage(writer, { type: 'please-compact', upTo: room.head });
  }

  /** Makes a connection a member of its room's live set (after login). */
  joinRoom(conn: Connection, record: RoomRecord): LiveRoom {
    let room = this.rooms.get(record.id);
    if (room === undefined) {
      // Frames still waiting for their fsync are not the room's yet: they are fanned out once on disk.
      const head = this.commits.durableHead(record.id, record.head);
      room = { id: record.id, conns: new Set(), epoch: record.epoch, head, snapshotSeq: record.snapshotSeq, compactAskedHead: 0, compactAskedAt: 0 };
      this.rooms.set(record.id, room);
    }
    room.conns.add(conn);
    return room;
  }

  /** Sends the welcome, keys and catch-up (snapshot + tail) and marks the connection live. */
  welcome(conn: Connection, room: LiveRoom, device: DeviceRecord, since: number, logSince: number): void {
    conn.pending = device.status === 'pending';
    conn.role = device.role;
    this.sendMessage(conn, {
      type: 'welcome',
      v: 1,
      room: room.id,
      deviceId: device.id,
      role: device.role,
      epoch: room.epoch,
      head: room.head,
      snapshotSeq: room.snapshotSeq,
      pending: conn.pending,
      devices: this.deviceList(room),
      logLength: this.deps.store.logLength(room.id),
    });
    conn.state = 'live';
    // The membership log goes to waiting devices too: it is how they check the keys they will get.
    this.sendLog(conn, room, logSince);
    if (conn.pending) return;
    for (const k of this.deps.store.keysFor(room.id, device.id)) this.sendMessage(conn, { type: 'keys', epoch: k.epoch, wrapped: k.wrapped });
    for (const f of catchUp(this.deps.store, room, since)) this.sendBinary(conn, encodeDeliver(f.seq, f.envelope), 'deliver', true);
    this.sendMessage(conn, { type: 'caught-up', head: room.head });
  }

  /**
   * Sends a connection the membership log from `from` on: in pages after its welcome, or as one
   * answer to `get-log` (`id`; the client asks again for more).
   */
  sendLog(conn: Connection, room: LiveRoom, from: number, id?: string): void {
    let at = from;
    for (;;) {
      const entries = this.deps.store.readLog(room.id, at, LOG_PAGE);
      if (entries.length === 0 && at > from) return;
      this.sendMessage(conn, { type: 'log', ...(id === undefined ? {} : { id }), from: at, entries });
      if (entries.length < LOG_PAGE || id !== undefined) return;
      at += entries.length;
    }
  }

  /** Handles what arrived during the login check, in order. */
  drainQueue(conn: Connection): void {
    const queued = conn.queued;
    conn.queued = [];
    for (const data of queued) this.onMessage(conn, data);
  }

  /** The room's members as the room sees them. */
  deviceList(room: LiveRoom): DeviceInfo[] {
    return deviceList(this.deps.store, room);
  }

  /** Tells everyone in the room who is there (so clients re-send awareness). */
  broadcastPeers(room: LiveRoom): void {
    const devices = this.deviceList(room);
    for (const c of room.conns) if (c.state === 'live') this.sendMessage(c, { type: 'peers', devices });
  }

  /** Live connections of one device in a room. */
  connectionsOf(room: LiveRoom, device: DeviceId): Connection[] {
    return [...room.conns].filter((c) => c.deviceId === device && c.state !== 'closed');
  }

  accessLog(entry: Omit<AccessLogRecord, 'at'>): void {
    try {
      this.deps.store.appendAccessLog({ ...entry, at: this.deps.now() });
    } catch (error) {
      this.deps.logger.error('access-log-write-failed', errorFields(error));
    }
  }

  sendMessage(conn: Connection, msg: RelayMessage): void {
    if (conn.state === 'closed') return;
    const text = encodeMessage(msg);
    this.metrics?.bytesOut.inc(NO_LABELS, text.length);
    conn.socket.send(text);
  }

  /** Sends a frame; during live fan-out a reader that fell too far behind is dropped (it can catch up later). */
  sendBinary(conn: Connection, bytes: Uint8Array, type: 'deliver' | 'ephemeral', catchingUp = false): void {
    if (conn.state === 'closed') return;
    if (!catchingUp && conn.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(conn, CloseCodes.rateLimited, 'reader too slow');
      return;
    }
    this.metrics?.framesOut.inc(FRAME_TYPE_LABELS[type]);
    this.metrics?.bytesOut.inc(NO_LABELS, bytes.length);
    conn.socket.send(bytes);
  }

  sendError(conn: Connection, code: CloseCode, message: string, extra: { retry: boolean; id?: string | undefined; msgId?: number }): void {
    this.sendMessage(conn, {
      type: 'error',
      code: code.code,
      reason: code.reason,
      message,
      retry: extra.retry,
      ...(extra.id === undefined ? {} : { id: extra.id }),
      ...(extra.msgId === undefined ? {} : { msgId: extra.msgId }),
    });
  }

  reject(reason: string): void {
    this.metrics?.rejects.inc({ reason });
  }

  /** Closes a connection with a protocol code; `message` is for the log only (no content). */
  close(conn: Connection, code: CloseCode, message: string): void {
    if (conn.state === 'closed') return;
    this.deps.logger.info('connection-closed', { conn: conn.id, room: conn.room ?? null, device: conn.deviceId ?? null, code: code.code, why: message });
    this.reject(code.reason);
    if (code.code >= 4000) this.sendError(conn, code, message, { retry: code.code === 4429 || code.code === 4400 });
    conn.socket.close(code.code, code.reason);
    this.onClosed(conn);
  }

  private onClosed(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    const wasLive = conn.state === 'live';
    conn.state = 'closed';
    clearTimeout(conn.loginTimer);
    if (conn.room === undefined) return;
    const room = this.rooms.get(conn.room);
    if (room === undefined || !room.conns.delete(conn)) return;
    if (wasLive && conn.deviceId !== undefined) this.logDisconnect(conn);
    if (room.conns.size === 0) this.rooms.delete(room.id);
    else if (!this.closing) this.broadcastPeers(room);
  }

  private logDisconnect(conn: Connection): void {
    try {
      const device = this.deps.store.getDevice(conn.room!, conn.deviceId!);
      this.accessLog({
        room: conn.room!,
        deviceId: conn.deviceId!,
        name: device?.name ?? '',
        organisation: device?.organisation ?? '',
        role: conn.role ?? null,
        event: 'disconnect',
        address: conn.socket.remoteAddress,
        detail: '',
      });
    } catch (error) {
      // A socket that outlives the store (terminated after the shutdown grace) must not crash the relay.
      this.deps.logger.warn('disconnect-not-logged', errorFields(error));
    }
  }

  private unexpected(conn: Connection, error: unknown): void {
    this.deps.logger.error('unexpected-error', { conn: conn.id, ...errorFields(error) });
    this.close(conn, CloseCodes.internalError, 'internal error');
  }

  /**
   * Graceful stop, step 1 and 2: refuse new connections and messages, and commit and ack what
   * already arrived. The adapter then closes the sockets with 1012.
   */
  shutdown(): void {
    this.flush();
    this.closing = true;
    for (const conn of this.conns) clearTimeout(conn.loginTimer);
  }
}
