/**
 * The relay core: connections, rooms, frame checks, ephemeral forwarding, fan-out. It depends on
 * a SocketLike, a RelayStore and a Cluster only; it never sees plaintext and never parses an
 * envelope body.
 *
 * Ordering. The store is asynchronous, so: one connection's messages are handled one after the
 * other (a message that needs the store holds the later ones in `queued`); a room's welcomes and
 * membership log broadcasts run one after the other (`inRoom`); DELIVERs go out in seq order
 * per room (roomFeed.ts), and a connection catching up turns live in the same turn in which it
 * has sent everything up to the room's head, so it misses nothing and gets nothing twice.
 */
import { randomBytes } from 'node:crypto';
import { CloseCodes, type CloseCode } from '../../shared/protocol/closeCodes.js';
import { decodeFrame } from '../../shared/protocol/frames.js';
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
import type { Cluster, RemoteFrames, RoomEvent } from '../cluster/cluster.js';
import type { RelayLimits } from '../config.js';
import { errorFields, type Logger } from '../log.js';
import { FRAME_TYPE_LABELS, NO_LABELS, type RelayMetrics } from '../metrics.js';
import type { AccessLogRecord, RelayStore, RoomRecord } from '../store/relayStore.js';
import type { StoreHealth } from '../storeHealth.js';
import { welcomed, type Connection } from './connection.js';
import { GroupCommit } from './groupCommit.js';
import { InputBudget } from './inputBudget.js';
import { COMPACT_REASK_MS, compactionWriter, deviceList, newLiveRoom, type LiveRoom } from './liveRoom.js';
import { deliverBuffer, offer, reach } from './roomFeed.js';
import type { SocketLike } from './socketLike.js';
import { TokenBucket } from './tokenBucket.js';

export type { LiveRoom } from './liveRoom.js';

export interface RelayDeps {
  readonly store: RelayStore;
  readonly limits: RelayLimits;
  readonly logger: Logger;
  readonly now: () => number;
  readonly accessKey: string;
  readonly accessKeyId: string;
  /** The other relay nodes on the same database (LocalCluster when there are none). */
  readonly cluster: Cluster;
  /** Told when a store write failed or succeeded (for /healthz). */
  readonly health?: StoreHealth;
}

/**
 * The message handlers, passed in (see createRelay.ts) so that login.ts and requests.ts can
 * depend on the Relay without the Relay depending on them.
 */
export interface RelayHandlers {
  login(relay: Relay, conn: Connection, msg: LoginMessage): Promise<void>;
  request(relay: Relay, conn: Connection, msg: RequestMessage): Promise<void>;
  /** What a room event does to the room's connections on this node (roomEvents.ts). */
  roomEvent(relay: Relay, event: RoomEvent, except?: Connection, entries?: readonly string[]): void;
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
  private readonly commits: GroupCommit;
  readonly input: InputBudget;
  private closing = false;
  metrics: RelayMetrics | undefined;

  constructor(
    readonly deps: RelayDeps,
    private readonly handlers: RelayHandlers,
  ) {
    this.input = new InputBudget(deps.limits.inputBudgetBytes, deps.limits.connectionBacklogBytes);
    this.commits = new GroupCommit(this);
  }

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
    const { limits, now } = this.deps;
    const conn: Connection = {
      id: this.nextId++,
      socket,
      nonce: randomBytes(32).toString('base64url'),
      bucket: new TokenBucket(limits.framesPerSecond, limits.frameBurst, now),
      bytes: new TokenBucket(limits.bytesPerSecond, limits.byteBurst, now),
      state: 'awaiting-login',
      pending: false,
      busy: false,
      queued: [],
      heldBytes: 0,
      rateDrops: 0,
      entered: false,
    };
    if (this.closing) {
      socket.close(CloseCodes.serviceRestart.code, CloseCodes.serviceRestart.reason);
      return { message() {}, closed() {} };
    }
    this.conns.add(conn);
    this.metrics?.connectionsTotal.inc();
    conn.loginTimer = setTimeout(() => {
      if (conn.state === 'awaiting-login' || conn.state === 'authenticating') this.close(conn, CloseCodes.unauthenticated, 'login timeout');
    }, limits.loginTimeoutMs);
    this.sendMessage(conn, { type: 'challenge', v: 1, nonce: conn.nonce });
    return {
      message: (data) => this.onMessage(conn, data),
      closed: () => this.onClosed(conn),
    };
  }

  private onMessage(conn: Connection, data: string | Uint8Array): void {
    if (conn.state === 'closed' || this.closing) return;
    this.metrics?.bytesIn.inc(NO_LABELS, data.length);
    this.input.hold(conn, data.length);
    this.input.throttle(conn, conn.bytes.spend(data.length));
    if (conn.busy) {
      conn.queued.push(data);
      if (conn.queued.length > this.deps.limits.frameBurst) this.close(conn, CloseCodes.rateLimited, 'too many messages waiting');
      return;
    }
    this.handle(conn, data);
  }

  /** Handles one message; one that needs the store makes the connection busy until it is done. */
  private handle(conn: Connection, data: string | Uint8Array): void {
    let outcome: Promise<void> | 'held' | undefined;
    try {
      outcome = this.dispatch(conn, data);
    } catch (error) {
      this.unexpected(conn, error);
    }
    if (outcome === 'held') return; // a SUBMIT: freed when the group commit took it
    if (outcome === undefined) return this.input.free(conn, data.length);
    conn.busy = true;
    outcome
      .catch((error: unknown) => this.unexpected(conn, error))
      .finally(() => {
        this.input.free(conn, data.length);
        conn.busy = false;
        this.drainQueue(conn);
      });
  }

  /** Handles what arrived while the connection was busy, in order. */
  private drainQueue(conn: Connection): void {
    while (!conn.busy && conn.queued.length > 0 && conn.state !== 'closed') this.handle(conn, conn.queued.shift()!);
    if (conn.state === 'closed') conn.queued = [];
  }

  private dispatch(conn: Connection, data: string | Uint8Array): Promise<void> | 'held' | undefined {
    const binary = typeof data !== 'string';
    if (!conn.bucket.take()) {
      this.reject('rate-limited');
      if (++conn.rateDrops > MAX_RATE_DROPS) return this.close(conn, CloseCodes.rateLimited, 'rate limit');
      // A dropped SUBMIT is named, so its sender resends it later instead of waiting for an ack.
      const frame = binary ? decodeFrame(data) : undefined;
      const msgId = frame?.ok === true && frame.value.type === 'submit' ? frame.value.envelope.header.msgId : undefined;
      return this.sendError(conn, CloseCodes.rateLimited, 'rate limit: frame dropped, resend later', {
        retry: true,
        ...(msgId === undefined ? {} : { msgId }),
      });
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
      return this.handlers.login(this, conn, msg);
    }
    if (conn.state === 'closed') return undefined;
    return binary ? this.onFrame(conn, data) : this.onText(conn, data);
  }

  private onText(conn: Connection, text: string): Promise<void> | undefined {
    const parsed = parseClientMessage(text);
    if (!parsed.ok) {
      this.reject('bad-message');
      return this.close(conn, parsed.error.close, parsed.error.message);
    }
    const msg = parsed.value;
    if (msg.type === 'create-room' || msg.type === 'hello' || msg.type === 'redeem') {
      return this.close(conn, CloseCodes.badRequest, 'already logged in');
    }
    return this.handlers.request(this, conn, msg);
  }

  private onFrame(conn: Connection, bytes: Uint8Array): 'held' | undefined {
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
      this.forwardEphemeral(room, bytes, conn);
      this.deps.cluster.publish({ kind: 'ephemeral', room: room.id, frame: bytes });
      return undefined;
    }
    if (!canWrite(conn.role!)) {
      this.reject('observer-write');
      return this.close(conn, CloseCodes.forbidden, 'observers cannot change the document');
    }
    if (header.epoch !== room.epoch) {
      this.reject('stale-epoch');
      return this.sendError(conn, CloseCodes.conflict, 'epoch is not the current one; fetch keys and reseal', { retry: true, msgId: header.msgId });
    }
    this.commits.submit(conn, frame.envelope, bytes.length);
    return 'held';
  }

  forwardEphemeral(room: LiveRoom, bytes: Uint8Array, from: Connection | undefined): void {
    for (const other of room.conns) {
      if (other !== from && other.state === 'live' && !other.pending) this.sendBinary(other, bytes, 'ephemeral');
    }
  }

  /** Resolves once every SUBMIT received so far is committed, acked and fanned out (see groupCommit.ts). */
  flush(): Promise<void> {
    return this.commits.flush();
  }

  /** Every frame of the room up to `head` (committed on any node) has gone out to this node's live connections. */
  reachHead(room: LiveRoom, head: number): Promise<void> {
    return reach(this, room, head);
  }

  /** Frames this node committed, in seq order per room (from the group commit). */
  committed(room: LiveRoom, frames: readonly { seq: number; envelope: Uint8Array; from: Connection }[]): void {
    offer(
      this,
      room,
      frames.map((f) => ({ seq: f.seq, deliver: deliverBuffer(f.seq, f.envelope), from: f.from })),
    );
  }

  localSender(envelope: Uint8Array): Connection | undefined {
    return this.commits.senderOf(envelope);
  }

  fillFailed(room: LiveRoom, error: unknown): void {
    this.deps.logger.warn('room-fill-failed', { room: room.id, head: room.head, ...errorFields(error) });
  }

  /** The feed moved the room's head. */
  advanced(room: LiveRoom): void {
    this.maybeAskForSnapshot(room);
  }

  /** Asks one writer for a snapshot once the tail since the last one passes the threshold (one node asks). */
  maybeAskForSnapshot(room: LiveRoom): void {
    const now = this.deps.now();
    const writer = compactionWriter(room, this.deps.limits.compactAfter, now);
    if (writer === undefined) return;
    room.compactAskedHead = room.head;
    room.compactAskedAt = now;
    const upTo = room.head;
    this.deps.cluster.claimCompaction(room.id, upTo, now, COMPACT_REASK_MS, this.deps.limits.compactAfter / 2).then(
      (mine) => {
        if (mine) this.sendMessage(writer, { type: 'please-compact', upTo });
      },
      (error: unknown) => this.deps.logger.warn('compaction-claim-failed', errorFields(error)),
    );
  }

  /** Runs `task` after the room's earlier welcomes and log broadcasts (and before later ones). */
  inRoom(room: LiveRoom, task: () => Promise<void>): Promise<void> {
    const run = room.tasks.then(task);
    room.tasks = run.catch((error: unknown) => this.deps.logger.error('room-task-failed', { room: room.id, ...errorFields(error) }));
    return run;
  }

  /** Makes a connection a member of its room's live set on this node (after login). */
  joinRoom(conn: Connection, record: RoomRecord): LiveRoom {
    let room = this.rooms.get(record.id);
    if (room === undefined) {
      room = newLiveRoom(record.id, record);
      this.rooms.set(record.id, room);
    } else {
      // Another node may have moved these on while no message about it reached this node yet.
      room.epoch = Math.max(room.epoch, record.epoch);
      room.snapshotSeq = Math.max(room.snapshotSeq, record.snapshotSeq);
    }
    room.conns.add(conn);
    return room;
  }

  /**
   * Sends a connection the membership log from `from` on: in pages after its welcome, or as one
   * answer to `get-log` (`id`; the client asks again for more).
   */
  async sendLog(conn: Connection, room: LiveRoom, from: number, id?: string): Promise<void> {
    let at = from;
    for (;;) {
      const entries = await this.deps.store.readLog(room.id, at, LOG_PAGE);
      if (entries.length === 0 && at > from) return;
      this.sendMessage(conn, { type: 'log', ...(id === undefined ? {} : { id }), from: at, entries });
      if (entries.length < LOG_PAGE || id !== undefined) return;
      at += entries.length;
    }
  }

  /** The room's members as the room sees them. */
  deviceList(room: LiveRoom): Promise<DeviceInfo[]> {
    return deviceList(this.deps.store, this.deps.cluster, room);
  }

  /** Tells everyone in the room on this node who is there (so clients re-send awareness). */
  async broadcastPeers(room: LiveRoom): Promise<void> {
    const devices = await this.deviceList(room);
    for (const c of room.conns) if (welcomed(c)) this.sendMessage(c, { type: 'peers', devices });
  }

  /** Applies a room event here (not to `except`; log `entries` when known) and tells the other nodes. */
  roomEvent(event: RoomEvent, except?: Connection, entries?: readonly string[]): void {
    this.handlers.roomEvent(this, event, except, entries);
    this.deps.cluster.publish(event);
  }

  /** An event of another node. */
  clusterEvent(event: RoomEvent): void {
    this.handlers.roomEvent(this, event);
  }

  /** Frames another node committed. */
  remoteFrames(f: RemoteFrames): void {
    const room = this.rooms.get(f.room);
    if (room === undefined || f.to <= room.head) return;
    if (f.envelopes === undefined) return void this.reachHead(room, f.to);
    offer(
      this,
      room,
      f.envelopes.map((envelope, i) => ({ seq: f.from + i, deliver: deliverBuffer(f.from + i, envelope), from: undefined })),
    );
  }

  /**
   * Messages of other nodes may have been lost: bring every live room up to the store's head
   * (and, after a lost listening connection, tell the rooms again who is there).
   */
  resync(peers = true): void {
    for (const room of this.rooms.values()) {
      void this.deps.store.getRoom(room.id).then(
        (record) => {
          if (record === undefined) return;
          room.epoch = Math.max(room.epoch, record.epoch);
          room.snapshotSeq = Math.max(room.snapshotSeq, record.snapshotSeq);
          void this.reachHead(room, record.head);
          if (peers) void this.broadcastPeers(room).catch(() => undefined);
        },
        (error: unknown) => this.deps.logger.warn('resync-failed', errorFields(error)),
      );
    }
  }

  /** Live connections of one device in a room on this node. */
  connectionsOf(room: LiveRoom, device: DeviceId): Connection[] {
    return [...room.conns].filter((c) => c.deviceId === device && c.state !== 'closed');
  }

  /** Appends to the access log; a failure is logged, never thrown (the action it records happened). */
  accessLog(entry: Omit<AccessLogRecord, 'at'>): void {
    this.deps.store.appendAccessLog({ ...entry, at: this.deps.now() }).catch((error: unknown) => {
      this.deps.logger.error('access-log-write-failed', errorFields(error));
    });
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

  /** The fan-out's send: the slow-reader check of sendBinary, the counting done once per frame (countDelivers). */
  sendDeliver(conn: Connection, deliver: Buffer): void {
    if (conn.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(conn, CloseCodes.rateLimited, 'reader too slow');
      return;
    }
    conn.socket.send(deliver);
  }

  countDelivers(receivers: number, bytes: number): void {
    if (receivers === 0 || this.metrics === undefined) return;
    this.metrics.framesOut.inc(FRAME_TYPE_LABELS.deliver, receivers);
    this.metrics.bytesOut.inc(NO_LABELS, receivers * bytes);
  }

  sendError(conn: Connection, code: CloseCode, message: string, extra: { retry: boolean; id?: string | undefined; msgId?: number }): undefined {
    this.sendMessage(conn, {
      type: 'error',
      code: code.code,
      reason: code.reason,
      message,
      retry: extra.retry,
      ...(extra.id === undefined ? {} : { id: extra.id }),
      ...(extra.msgId === undefined ? {} : { msgId: extra.msgId }),
    });
    return undefined;
  }

  reject(reason: string): void {
    this.metrics?.rejects.inc({ reason });
  }

  /** Closes a connection with a protocol code; `message` is for the log only (no content). */
  close(conn: Connection, code: CloseCode, message: string): undefined {
    if (conn.state === 'closed') return undefined;
    this.deps.logger.info('connection-closed', { conn: conn.id, room: conn.room ?? null, device: conn.deviceId ?? null, code: code.code, why: message });
    this.reject(code.reason);
    if (code.code >= 4000) this.sendError(conn, code, message, { retry: code.code === 4429 || code.code === 4400 });
    conn.socket.close(code.code, code.reason);
    this.onClosed(conn);
    return undefined;
  }

  private onClosed(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    const wasWelcomed = welcomed(conn);
    conn.state = 'closed';
    conn.queued = [];
    this.input.forget(conn);
    clearTimeout(conn.loginTimer);
    if (conn.room === undefined) return;
    if (conn.entered) void this.deps.cluster.leave(conn.room, conn.id).catch((error: unknown) => this.deps.logger.warn('leave-failed', errorFields(error)));
    const room = this.rooms.get(conn.room);
    if (room === undefined || !room.conns.delete(conn)) return;
    if (wasWelcomed && conn.deviceId !== undefined) this.logDisconnect(conn);
    if (room.conns.size === 0) this.rooms.delete(room.id);
    if (!this.closing) this.roomEvent({ kind: 'peers', room: room.id });
  }

  private logDisconnect(conn: Connection): void {
    const { room, deviceId } = conn as Required<Pick<Connection, 'room' | 'deviceId'>>;
    this.deps.store.getDevice(room, deviceId).then(
      (device) =>
        this.accessLog({
          room,
          deviceId,
          name: device?.name ?? '',
          organisation: device?.organisation ?? '',
          role: conn.role ?? null,
          event: 'disconnect',
          address: conn.socket.remoteAddress,
          detail: '',
        }),
      // A socket that outlives the store (terminated after the shutdown grace) must not crash the relay.
      (error: unknown) => this.deps.logger.warn('disconnect-not-logged', errorFields(error)),
    );
  }

  unexpected(conn: Connection, error: unknown): void {
    this.deps.logger.error('unexpected-error', { conn: conn.id, ...errorFields(error) });
    this.close(conn, CloseCodes.internalError, 'internal error');
  }

  /**
   * Graceful stop, step 1 and 2: refuse new connections and messages, and commit and ack what
   * already arrived. The adapter then closes the sockets with 1012.
   */
  async shutdown(): Promise<void> {
    this.closing = true;
    for (const conn of this.conns) clearTimeout(conn.loginTimer);
    await this.flush();
  }
}
