/**
 * Relay nodes sharing one PostgreSQL database tell each other through LISTEN/NOTIFY on one
 * channel, and keep their live connections in a table (per-room limit, who is online).
 *
 * - Frames: tafel_append announces every commit inside its transaction (pgSchema.ts), so a
 *   frame is announced exactly when it is durable, in commit order; envelopes ride along when
 *   they fit the 8000-byte payload, else nodes read them from the store by seq.
 * - Room events (log, epoch, keys, removal, role, approval, peers, snapshot, awareness) are
 *   published after the change committed, one after the other from this node. Awareness too
 *   large for a payload is parked in an unlogged table for a minute and sent by reference.
 * - A node that lost its listening connection reconnects and resyncs its live rooms from the
 *   store (heads, peers); every 2 s it also compares its live rooms' heads with the store's and
 *   closes its connections of devices the store says are removed, in case it missed a message.
 * - Nodes heartbeat every 2 s; a node silent for 10 s is dead: its connection rows are dropped
 *   and its rooms get a fresh `peers`.
 *
 * Payloads carry ids, numbers and ciphertext; never content or names.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import { errorFields, type Logger } from '../log.js';
import { CLUSTER_CHANNEL, NOTIFY_FRAMES_BUDGET } from '../store/pgSchema.js';
import { poolConfig } from '../store/pgStore.js';
import type { Cluster, ClusterListener, RoomEvent } from './cluster.js';

const HEARTBEAT_MS = 2_000;
/** A node not seen for this long is taken for dead. */
const NODE_TIMEOUT_S = 10;
const SPILL_KEEP_S = 60;
const LIVE_NODE = `n.seen_at > now() - interval '${NODE_TIMEOUT_S} seconds'`;

type JsonEvent = Exclude<RoomEvent, { kind: 'ephemeral' }>;

export class PgCluster implements Cluster {
  static newNodeId(): string {
    return randomBytes(9).toString('base64url');
  }

  private listener: ClusterListener | undefined;
  private client: pg.Client | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private publishing: Promise<void> = Promise.resolve();
  private closed = false;
  /** This node's entered connections (to register them again if the table was emptied). */
  private readonly mine = new Map<number, { room: RoomId; device: DeviceId }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private readonly logger: Logger,
    readonly nodeId: string,
  ) {}

  async start(listener: ClusterListener): Promise<void> {
    this.listener = listener;
    await this.register();
    await this.listen();
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private async register(): Promise<void> {
    await this.pool.query('INSERT INTO relay_nodes (id, seen_at) VALUES ($1, now()) ON CONFLICT (id) DO UPDATE SET seen_at = now()', [this.nodeId]);
    for (const [conn, { room, device }] of this.mine) {
      await this.pool.query('INSERT INTO relay_connections (node, conn, room, device) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
        this.nodeId,
        conn,
        room,
        device,
      ]);
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client(poolConfig(this.url));
    client.on('notification', (n) => {
      if (n.channel === CLUSTER_CHANNEL && n.payload !== undefined) this.received(n.payload);
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.relisten(), 500).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${CLUSTER_CHANNEL}`);
    this.client = client;
  }

  private async relisten(): Promise<void> {
    if (this.closed) return;
    try {
      await this.listen();
      await this.register();
      this.logger.info('cluster-listening-again', { node: this.nodeId });
      this.listener?.resync();
    } catch (error) {
      this.logger.warn('cluster-listen-failed', errorFields(error));
      if (!this.closed) setTimeout(() => void this.relisten(), 1_000).unref();
    }
  }

  private received(payload: string): void {
    const listener = this.listener;
    // This node's own announcements come back too: skip them before taking a 7 KB payload apart.
    if (listener === undefined || payload.startsWith(`${this.nodeId}|`, 2)) return;
    const [type, , ...rest] = payload.split('|');
    try {
      if (type === 'f') {
        const [room, from, to, inline] = rest as [RoomId, string, string, string];
        const envelopes = inline === '-' ? undefined : inline === '' ? [] : inline.split(',').map((b) => new Uint8Array(Buffer.from(b, 'base64')));
        listener.frames({ room, from: Number(from), to: Number(to), envelopes });
      } else if (type === 'e') {
        listener.event(JSON.parse(rest.join('|')) as JsonEvent);
      } else if (type === 'a') {
        const [room, b64] = rest as [RoomId, string];
        listener.event({ kind: 'ephemeral', room, frame: new Uint8Array(Buffer.from(b64, 'base64')) });
      } else if (type === 'A') {
        const [room, id] = rest as [RoomId, string];
        this.pool.query<{ frame: Buffer }>('SELECT frame FROM relay_spill WHERE id = $1', [id]).then(
          (r) => {
            const frame = r.rows[0]?.frame;
            if (frame !== undefined) listener.event({ kind: 'ephemeral', room, frame: new Uint8Array(frame) });
          },
          (error: unknown) => this.logger.warn('cluster-spill-read-failed', errorFields(error)),
        );
      }
    } catch (error) {
      this.logger.warn('cluster-message-unreadable', errorFields(error));
    }
  }

  publish(event: RoomEvent): void {
    // One after the other: the other nodes see this node's events in the order they happened.
    this.publishing = this.publishing.then(async () => {
      try {
        await this.pool.query('SELECT pg_notify($1, $2)', [CLUSTER_CHANNEL, await this.payload(event)]);
      } catch (error) {
        this.logger.warn('cluster-publish-failed', { kind: event.kind, ...errorFields(error) });
      }
    });
  }

  private async payload(event: RoomEvent): Promise<string> {
    if (event.kind !== 'ephemeral') return `e|${this.nodeId}|${JSON.stringify(event)}`;
    const b64 = Buffer.from(event.frame.buffer, event.frame.byteOffset, event.frame.byteLength).toString('base64');
    if (b64.length <= NOTIFY_FRAMES_BUDGET) return `a|${this.nodeId}|${event.room}|${b64}`;
    const id = (await this.pool.query<{ id: number }>('INSERT INTO relay_spill (frame) VALUES ($1) RETURNING id', [Buffer.from(event.frame)])).rows[0]!.id;
    return `A|${this.nodeId}|${event.room}|${id}`;
  }

  async enter(room: RoomId, conn: number, device: DeviceId, limit: number): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One census per room at a time, across nodes.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tafel-conns:${room}`]);
      const n = (
        await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM relay_connections c JOIN relay_nodes n ON n.id = c.node WHERE c.room = $1 AND ${LIVE_NODE}`,
          [room],
        )
      ).rows[0]!.n;
      if (n >= limit) {
        await client.query('ROLLBACK');
        return false;
      }
      await client.query('INSERT INTO relay_connections (node, conn, room, device) VALUES ($1, $2, $3, $4)', [this.nodeId, conn, room, device]);
      await client.query('COMMIT');
      this.mine.set(conn, { room, device });
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async leave(_room: RoomId, conn: number): Promise<void> {
    this.mine.delete(conn);
    await this.pool.query('DELETE FROM relay_connections WHERE node = $1 AND conn = $2', [this.nodeId, conn]);
  }

  async online(room: RoomId, local: Iterable<DeviceId>): Promise<Set<DeviceId>> {
    const { rows } = await this.pool.query<{ device: string }>(
      `SELECT DISTINCT c.device FROM relay_connections c JOIN relay_nodes n ON n.id = c.node WHERE c.room = $1 AND ${LIVE_NODE}`,
      [room],
    );
    return new Set([...local, ...rows.map((r) => r.device as DeviceId)]);
  }

  async claimCompaction(room: RoomId, head: number, now: number, reaskMs: number, minGrowth: number): Promise<boolean> {
    const r = await this.pool.query(
      `UPDATE rooms SET compact_asked_head = $2, compact_asked_at = $3
       WHERE id = $1 AND (compact_asked_head <= snapshot_seq OR compact_asked_head + $5 <= $2 OR compact_asked_at <= $3 - $4)`,
      [room, head, now, reaskMs, minGrowth],
    );
    return r.rowCount === 1;
  }

  /** Heartbeat; dead nodes' connections dropped; removed devices' connections here closed (a missed message). */
  private async beat(): Promise<void> {
    const listener = this.listener;
    try {
      const seen = await this.pool.query('UPDATE relay_nodes SET seen_at = now() WHERE id = $1', [this.nodeId]);
      if (seen.rowCount === 0) await this.register(); // PostgreSQL restarted: unlogged tables start empty
      const dead = await this.pool.query<{ room: string }>(
        `WITH gone AS (DELETE FROM relay_nodes WHERE seen_at < now() - interval '${NODE_TIMEOUT_S} seconds' RETURNING id)
         DELETE FROM relay_connections WHERE node IN (SELECT id FROM gone) RETURNING room`,
      );
      for (const room of new Set(dead.rows.map((r) => r.room as RoomId))) {
        listener?.event({ kind: 'peers', room });
        this.publish({ kind: 'peers', room });
      }
      const removed = await this.pool.query<{ room: string; device: string }>(
        `SELECT DISTINCT c.room, c.device FROM relay_connections c JOIN devices d ON d.room = c.room AND d.id = c.device
         WHERE c.node = $1 AND d.status = 'removed'`,
        [this.nodeId],
      );
      for (const r of removed.rows) listener?.event({ kind: 'removed', room: r.room as RoomId, device: r.device as DeviceId });
      await this.pool.query(`DELETE FROM relay_spill WHERE at < now() - interval '${SPILL_KEEP_S} seconds'`);
      // A commit whose announcement was lost (its node died, or its answer did) is found by heads.
      const rooms = [...new Set([...this.mine.values()].map((m) => m.room))];
      if (rooms.length > 0) {
        const heads = await this.pool.query<{ id: string; head: number }>('SELECT id, head FROM rooms WHERE id = ANY($1)', [rooms]);
        for (const r of heads.rows) listener?.frames({ room: r.id as RoomId, from: r.head, to: r.head, envelopes: undefined });
      }
    } catch (error) {
      this.logger.warn('cluster-heartbeat-failed', errorFields(error));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    await this.publishing;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    await this.pool.query('DELETE FROM relay_connections WHERE node = $1', [this.nodeId]).catch(() => undefined);
    await this.pool.query('DELETE FROM relay_nodes WHERE id = $1', [this.nodeId]).catch(() => undefined);
  }
}
