/**
 * The relay store on PostgreSQL (`pg`), shared by every relay node of a deployment. Every
 * multi-row change is one transaction; seqs are assigned by the stored function tafel_append
 * in one round trip per group commit (pgSchema.ts). A resolved commit is durable
 * (synchronous_commit on, PostgreSQL's default; the relay refuses to start with it off).
 *
 * Changes that must be ordered against appends in flight (a device's status or role, keys
 * that raise the epoch, a snapshot, an erasure) lock the room's row first, as tafel_append does.
 */
import pg from 'pg';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import type { AccessEvent } from '../../shared/protocol/messages.js';
import type { Role } from '../../shared/protocol/roles.js';
import { newerSchemaMessage } from './sqliteSchema.js';
import { CLUSTER_CHANNEL, NOTIFY_FRAMES_BUDGET, PG_MIGRATIONS, PG_SCHEMA_VERSION } from './pgSchema.js';
import type {
  AccessLogRecord,
  AppendOutcome,
  DeviceRecord,
  DeviceStatus,
  InviteRecord,
  InviteState,
  LogAppendOutcome,
  PutKeysOutcome,
  RedeemOutcome,
  RelayStore,
  RoomRecord,
  Tombstone,
  SnapshotInput,
  SnapshotOutcome,
  StoredFrame,
  StoredSnapshot,
  UpdateInput,
} from './relayStore.js';

/** int8 (bigint) as a JavaScript number: seqs and times stay far below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Pool settings: the relay waits briefly for a connection, so a PostgreSQL that is down fails writes fast (and /healthz says so). */
export function poolConfig(url: string, max = 10): pg.PoolConfig {
  return { connectionString: url, max, types, connectionTimeoutMillis: 3_000, idleTimeoutMillis: 30_000, application_name: 'tafel-relay' };
}

interface DeviceRow {
  room: string;
  id: string;
  role: string;
  sign_key: string;
  box_key: string;
  name: string;
  organisation: string;
  status: string;
  added_at: number;
}
interface InviteRow {
  token_hash: string;
  room: string;
  role: string;
  expires_at: number;
  created_at: number;
  require_approval: boolean;
  package: string | null;
  state: string;
  used_by: string | null;
}

const toDevice = (r: DeviceRow): DeviceRecord => ({
  room: r.room as RoomId,
  id: r.id as DeviceId,
  role: r.role as Role,
  signPublicKey: r.sign_key,
  boxPublicKey: r.box_key,
  name: r.name,
  organisation: r.organisation,
  status: r.status as DeviceStatus,
  addedAt: r.added_at,
});
const toInvite = (r: InviteRow): InviteRecord => ({
  tokenHash: r.token_hash,
  room: r.room as RoomId,
  role: r.role as Role,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
  requireApproval: r.require_approval,
  package: r.package,
  state: r.state as InviteState,
  usedBy: r.used_by as DeviceId | null,
});

type Query = Pick<pg.PoolClient, 'query'>;

const INSERT_DEVICE =
  'INSERT INTO devices (room, id, role, sign_key, box_key, name, organisation, status, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)';
const deviceValues = (d: DeviceRecord) => [d.room, d.id, d.role, d.signPublicKey, d.boxPublicKey, d.name, d.organisation, d.status, d.addedAt];

/** Brings the schema to this relay's version (once, whichever node starts first), or refuses a newer one. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One node migrates; the others wait here and then find the work done.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('tafel-relay-schema'))");
    await client.query('CREATE TABLE IF NOT EXISTS tafel_schema (version integer NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM tafel_schema')).rows[0];
    const from = row?.version ?? 0;
    if (from > PG_SCHEMA_VERSION) throw new Error(newerSchemaMessage('the PostgreSQL database', from, PG_SCHEMA_VERSION));
    for (const m of PG_MIGRATIONS) if (m.version > from) await client.query(m.sql);
    if (row === undefined) await client.query('INSERT INTO tafel_schema (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    else await client.query('UPDATE tafel_schema SET version = $1', [PG_SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export class PgRelayStore implements RelayStore {
  readonly kind = 'postgres';

  private constructor(
    readonly pool: pg.Pool,
    /** This node's id in NOTIFY payloads ('' = announce nothing). */
    private readonly nodeId: string,
  ) {}

  /** Connects, checks durability settings and migrates. `nodeId`: announce appends to the other nodes under this id. */
  static async open(url: string, nodeId = ''): Promise<PgRelayStore> {
    const pool = new pg.Pool(poolConfig(url));
    // An idle client that loses its server (PostgreSQL restarted) emits here; the pool drops it.
    pool.on('error', () => undefined);
    try {
      const sync = (await pool.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit;
      if (sync === 'off') throw new Error('PostgreSQL has synchronous_commit = off: an acknowledged frame could be lost; turn it on for the relay');
      await migrate(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgRelayStore(pool, nodeId);
  }

  private async tx<T>(run: (client: Query) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await run(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async lockRoom(client: Query, room: RoomId): Promise<{ head: number; epoch: number } | undefined> {
    return (await client.query<{ head: number; epoch: number }>('SELECT head, epoch FROM rooms WHERE id = $1 FOR UPDATE', [room])).rows[0];
  }

  async createRoom(
    room: Omit<RoomRecord, 'head' | 'snapshotSeq' | 'epoch'>,
    admin: Omit<DeviceRecord, 'room' | 'role' | 'status'>,
    maxRoomsPerKey: number,
    genesis: string,
  ): Promise<'created' | 'exists' | 'quota'> {
    return this.tx(async (c) => {
      // Room creation per access key is serialised, so two nodes cannot both take the last place of a quota.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tafel-rooms:${room.accessKeyId}`]);
      const taken = await c.query('SELECT 1 FROM rooms WHERE id = $1 UNION ALL SELECT 1 FROM erased_rooms WHERE room = $1', [room.id]);
      if (taken.rowCount !== 0) return 'exists';
      const n = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM rooms WHERE access_key_id = $1', [room.accessKeyId])).rows[0]!.n;
      if (n >= maxRoomsPerKey) return 'quota';
      const inserted = await c.query(
        'INSERT INTO rooms (id, access_key_id, created_at, epoch, head, snapshot_seq) VALUES ($1, $2, $3, 1, 0, 0) ON CONFLICT (id) DO NOTHING',
        [room.id, room.accessKeyId, room.createdAt],
      );
      if (inserted.rowCount === 0) return 'exists';
      await c.query(INSERT_DEVICE, deviceValues({ ...admin, room: room.id, role: 'admin', status: 'active' }));
      await c.query('INSERT INTO membership_log (room, idx, author, entry) VALUES ($1, 0, $2, $3)', [room.id, admin.id, genesis]);
      return 'created';
    });
  }

  async getRoom(room: RoomId): Promise<RoomRecord | undefined> {
    const r = (
      await this.pool.query<{ id: string; access_key_id: string; created_at: number; epoch: number; head: number; snapshot_seq: number }>(
        'SELECT id, access_key_id, created_at, epoch, head, snapshot_seq FROM rooms WHERE id = $1',
        [room],
      )
    ).rows[0];
    return r === undefined
      ? undefined
      : { id: r.id as RoomId, accessKeyId: r.access_key_id, createdAt: r.created_at, epoch: r.epoch, head: r.head, snapshotSeq: r.snapshot_seq };
  }

  async getDevice(room: RoomId, device: DeviceId): Promise<DeviceRecord | undefined> {
    const r = (await this.pool.query<DeviceRow>('SELECT * FROM devices WHERE room = $1 AND id = $2', [room, device])).rows[0];
    return r === undefined ? undefined : toDevice(r);
  }

  async listDevices(room: RoomId): Promise<DeviceRecord[]> {
    return (await this.pool.query<DeviceRow>("SELECT * FROM devices WHERE room = $1 AND status <> 'removed' ORDER BY added_at, id", [room])).rows.map(toDevice);
  }

  async setDeviceStatus(room: RoomId, device: DeviceId, status: DeviceStatus): Promise<boolean> {
    return this.tx(async (c) => {
      // After every append in flight for the room: they hold its row until they commit.
      await this.lockRoom(c, room);
      if (status === 'removed') await c.query('DELETE FROM wrapped_keys WHERE room = $1 AND device = $2', [room, device]);
      return (await c.query('UPDATE devices SET status = $1 WHERE room = $2 AND id = $3', [status, room, device])).rowCount === 1;
    });
  }

  async setDeviceRole(room: RoomId, device: DeviceId, role: Role): Promise<boolean> {
    return this.tx(async (c) => {
      await this.lockRoom(c, room);
      return (await c.query('UPDATE devices SET role = $1 WHERE room = $2 AND id = $3', [role, room, device])).rowCount === 1;
    });
  }

  async appendLog(room: RoomId, index: number, author: DeviceId, entry: string, maxEntries: number): Promise<LogAppendOutcome> {
    return this.tx(async (c) => {
      // The room's row serialises appends to its log across nodes: the compare-and-swap holds everywhere.
      await this.lockRoom(c, room);
      const length = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM membership_log WHERE room = $1', [room])).rows[0]!.n;
      if (index !== length) return 'conflict';
      if (length >= maxEntries) return 'full';
      await c.query('INSERT INTO membership_log (room, idx, author, entry) VALUES ($1, $2, $3, $4)', [room, index, author, entry]);
      return 'appended';
    });
  }

  async readLog(room: RoomId, from: number, limit: number): Promise<string[]> {
    return (
      await this.pool.query<{ entry: string }>('SELECT entry FROM membership_log WHERE room = $1 AND idx >= $2 ORDER BY idx LIMIT $3', [room, from, limit])
    ).rows.map((r) => r.entry);
  }

  async logLength(room: RoomId): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM membership_log WHERE room = $1', [room])).rows[0]!.n;
  }

  async hasLogEntryBy(room: RoomId, author: DeviceId): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM membership_log WHERE room = $1 AND author = $2 LIMIT 1', [room, author])).rowCount !== 0;
  }

  async appendUpdates(items: readonly UpdateInput[]): Promise<AppendOutcome[]> {
    if (items.length === 0) return [];
    // Sorted by room (stable within a room): rooms are locked in one order on every node.
    const order = items.map((_, i) => i).sort((a, b) => (items[a]!.room < items[b]!.room ? -1 : items[a]!.room > items[b]!.room ? 1 : a - b));
    const sorted = order.map((i) => items[i]!);
    const { rows } = await this.pool.query<{ o_seq: number; o_outcome: string }>('SELECT o_seq, o_outcome FROM tafel_append($1, $2, $3, $4, $5, $6, $7, $8)', [
      sorted.map((i) => i.room),
      sorted.map((i) => i.sender),
      sorted.map((i) => i.msgId),
      sorted.map((i) => i.epoch),
      sorted.map((i) => Buffer.from(i.envelope.buffer, i.envelope.byteOffset, i.envelope.byteLength)),
      this.nodeId === '' ? '' : CLUSTER_CHANNEL,
      this.nodeId,
      NOTIFY_FRAMES_BUDGET,
    ]);
    const out = new Array<AppendOutcome>(items.length);
    rows.forEach((r, k) => {
      const outcome: AppendOutcome =
        r.o_outcome === 'stored' || r.o_outcome === 'duplicate'
          ? { seq: r.o_seq, duplicate: r.o_outcome === 'duplicate' }
          : { refused: r.o_outcome as 'forbidden' | 'stale-epoch' | 'no-room' };
      out[order[k]!] = outcome;
    });
    return out;
  }

  async putSnapshot(input: SnapshotInput): Promise<SnapshotOutcome> {
    return this.tx(async (c): Promise<SnapshotOutcome> => {
      const room = await this.lockRoom(c, input.room);
      if (room === undefined) throw new Error('snapshot for a room that does not exist');
      const again = (
        await c.query<{ base_seq: number }>('SELECT base_seq FROM snapshots WHERE room = $1 AND sender = $2 AND msg_id = $3', [
          input.room,
          input.sender,
          input.msgId,
        ])
      ).rows[0];
      if (again !== undefined) return { ok: true, duplicate: true, baseSeq: again.base_seq, droppedFrames: 0 };
      if (input.baseSeq > room.head) return { ok: false, reason: 'ahead-of-head' };
      const current = (
        await c.query<{ id: number; base_seq: number; epoch: number }>('SELECT id, base_seq, epoch FROM snapshots WHERE room = $1 ORDER BY id DESC LIMIT 1', [
          input.room,
        ])
      ).rows[0];
      const newer = current === undefined || input.baseSeq > current.base_seq || (input.baseSeq === current.base_seq && input.epoch > current.epoch);
      if (!newer) return { ok: false, reason: 'stale' };
      await c.query('INSERT INTO snapshots (room, base_seq, sender, msg_id, epoch, envelope) VALUES ($1, $2, $3, $4, $5, $6)', [
        input.room,
        input.baseSeq,
        input.sender,
        input.msgId,
        input.epoch,
        Buffer.from(input.envelope),
      ]);
      let droppedFrames = 0;
      if (current !== undefined) {
        // Keep the previous snapshot and its tail (in case the new one is lossy); drop what is older.
        await c.query('DELETE FROM snapshots WHERE room = $1 AND id < $2', [input.room, current.id]);
        droppedFrames = (await c.query('DELETE FROM frames WHERE room = $1 AND seq <= $2', [input.room, current.base_seq])).rowCount ?? 0;
      }
      await c.query('UPDATE rooms SET snapshot_seq = $1 WHERE id = $2', [input.baseSeq, input.room]);
      return { ok: true, duplicate: false, baseSeq: input.baseSeq, droppedFrames };
    });
  }

  async currentSnapshot(room: RoomId): Promise<StoredSnapshot | undefined> {
    const r = (
      await this.pool.query<{ base_seq: number; epoch: number; envelope: Buffer }>(
        'SELECT base_seq, epoch, envelope FROM snapshots WHERE room = $1 ORDER BY id DESC LIMIT 1',
        [room],
      )
    ).rows[0];
    return r === undefined ? undefined : { baseSeq: r.base_seq, epoch: r.epoch, envelope: new Uint8Array(r.envelope) };
  }

  async readFrames(room: RoomId, afterSeq: number, limit: number): Promise<StoredFrame[]> {
    const { rows } = await this.pool.query<{ seq: number; envelope: Buffer }>(
      'SELECT seq, envelope FROM frames WHERE room = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [room, afterSeq, limit],
    );
    return rows.map((r) => ({ seq: r.seq, envelope: new Uint8Array(r.envelope.buffer, r.envelope.byteOffset, r.envelope.byteLength) }));
  }

  async frameCount(room: RoomId): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM frames WHERE room = $1', [room])).rows[0]!.n;
  }

  async createInvite(invite: Omit<InviteRecord, 'state' | 'usedBy'>): Promise<'created' | 'exists'> {
    const r = await this.pool.query(
      "INSERT INTO invites (token_hash, room, role, expires_at, created_at, require_approval, package, state, used_by) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', NULL) ON CONFLICT (token_hash) DO NOTHING",
      [invite.tokenHash, invite.room, invite.role, invite.expiresAt, invite.createdAt, invite.requireApproval, invite.package],
    );
    return r.rowCount === 1 ? 'created' : 'exists';
  }

  async revokeInvite(room: RoomId, tokenHash: string): Promise<boolean> {
    const r = await this.pool.query("UPDATE invites SET state = 'revoked', package = NULL WHERE room = $1 AND token_hash = $2 AND state = 'open'", [
      room,
      tokenHash,
    ]);
    return r.rowCount === 1;
  }

  async listInvites(room: RoomId): Promise<InviteRecord[]> {
    return (await this.pool.query<InviteRow>('SELECT * FROM invites WHERE room = $1 ORDER BY created_at', [room])).rows.map(toInvite);
  }

  async redeemInvite(room: RoomId, tokenHash: string, device: Omit<DeviceRecord, 'room' | 'role' | 'status'>, now: number): Promise<RedeemOutcome> {
    return this.tx(async (c): Promise<RedeemOutcome> => {
      const row = (await c.query<InviteRow>('SELECT * FROM invites WHERE token_hash = $1 FOR UPDATE', [tokenHash])).rows[0];
      // Another room's token opens nothing here, and says nothing about that room either.
      if (row === undefined || row.room !== room) return { ok: false, reason: 'not-found' };
      const invite = toInvite(row);
      if (invite.state === 'revoked') return { ok: false, reason: 'revoked' };
      if (invite.state === 'used') {
        const existing = (await c.query<DeviceRow>('SELECT * FROM devices WHERE room = $1 AND id = $2', [room, device.id])).rows[0];
        if (invite.usedBy === device.id && existing !== undefined && existing.status !== 'removed') {
          return { ok: true, invite, device: toDevice(existing), again: true };
        }
        return { ok: false, reason: 'used' };
      }
      if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
      await c.query("UPDATE invites SET state = 'used', used_by = $1 WHERE token_hash = $2", [device.id, tokenHash]);
      const record: DeviceRecord = { ...device, room, role: invite.role, status: invite.requireApproval ? 'pending' : 'active' };
      await c.query(INSERT_DEVICE, deviceValues(record));
      return { ok: true, invite: { ...invite, state: 'used', usedBy: device.id }, device: record, again: false };
    });
  }

  async putKeys(room: RoomId, epoch: number, entries: readonly { deviceId: DeviceId; wrapped: string }[], raise: boolean): Promise<PutKeysOutcome> {
    return this.tx(async (c): Promise<PutKeysOutcome> => {
      const row = await this.lockRoom(c, room);
      if (row === undefined) throw new Error('keys for a room that does not exist');
      // The room's row is locked: of two admins raising at once, the second sees the first's epoch.
      if (raise ? epoch <= row.epoch : epoch > row.epoch) return { ok: false, reason: 'bad-epoch' };
      if (entries.length > 0) {
        // A removal holds the same row lock: a device removed before this runs gets no key.
        await c.query(
          `INSERT INTO wrapped_keys (room, device, epoch, wrapped) SELECT $1, t.d, $2, t.w FROM unnest($3::text[], $4::text[]) AS t(d, w)
           WHERE NOT EXISTS (SELECT 1 FROM devices WHERE room = $1 AND id = t.d AND status = 'removed')
           ON CONFLICT (room, device, epoch) DO UPDATE SET wrapped = excluded.wrapped`,
          [room, epoch, entries.map((e) => e.deviceId), entries.map((e) => e.wrapped)],
        );
      }
      if (raise) await c.query('UPDATE rooms SET epoch = $1 WHERE id = $2', [epoch, room]);
      return { ok: true, epoch: raise ? epoch : row.epoch, raised: raise };
    });
  }

  async keysFor(room: RoomId, device: DeviceId): Promise<{ epoch: number; wrapped: string }[]> {
    return (
      await this.pool.query<{ epoch: number; wrapped: string }>('SELECT epoch, wrapped FROM wrapped_keys WHERE room = $1 AND device = $2 ORDER BY epoch', [
        room,
        device,
      ])
    ).rows;
  }

  async deleteKeysFor(room: RoomId, device: DeviceId): Promise<void> {
    await this.pool.query('DELETE FROM wrapped_keys WHERE room = $1 AND device = $2', [room, device]);
  }

  async appendAccessLog(e: AccessLogRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO access_log (room, at, device, name, organisation, role, event, address, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [e.room, e.at, e.deviceId, e.name, e.organisation, e.role, e.event, e.address, e.detail],
    );
  }

  async readAccessLog(room: RoomId, before: number | undefined, limit: number): Promise<AccessLogRecord[]> {
    const { rows } = await this.pool.query<{
      room: string;
      at: number;
      device: string | null;
      name: string;
      organisation: string;
      role: string | null;
      event: string;
      address: string;
      detail: string;
    }>('SELECT * FROM access_log WHERE room = $1 AND at < $2 ORDER BY at DESC, id DESC LIMIT $3', [room, before ?? Number.MAX_SAFE_INTEGER, limit]);
    return rows.map((r) => ({
      room: r.room as RoomId,
      at: r.at,
      deviceId: r.device as DeviceId | null,
      name: r.name,
      organisation: r.organisation,
      role: r.role as Role | null,
      event: r.event as AccessEvent,
      address: r.address,
      detail: r.detail,
    }));
  }

  async purgeAccessLog(room: RoomId, before: number): Promise<number> {
    return (await this.pool.query('DELETE FROM access_log WHERE room = $1 AND at < $2', [room, before])).rowCount ?? 0;
  }

  async purgeErasedAccessLogs(erasedBefore: number): Promise<number> {
    const sql = 'DELETE FROM access_log WHERE room IN (SELECT room FROM erased_rooms WHERE erased_at < $1)';
    return (await this.pool.query(sql, [erasedBefore])).rowCount ?? 0;
  }

  async eraseRoom(room: RoomId, at: number, entry?: string): Promise<boolean> {
    return this.tx(async (c) => {
      if ((await this.lockRoom(c, room)) === undefined) return false;
      for (const table of ['frames', 'snapshots', 'wrapped_keys', 'invites', 'membership_log', 'devices']) {
        await c.query(`DELETE FROM ${table} WHERE room = $1`, [room]);
      }
      await c.query('DELETE FROM rooms WHERE id = $1', [room]);
      await c.query(
        'INSERT INTO erased_rooms (room, erased_at, entry) VALUES ($1, $2, $3) ON CONFLICT (room) DO UPDATE SET erased_at = excluded.erased_at, entry = excluded.entry',
        [room, at, entry ?? null],
      );
      return true;
    });
  }

  async tombstone(room: RoomId): Promise<Tombstone | undefined> {
    const row = (
      await this.pool.query<{ erased_at: string | number; entry: string | null }>('SELECT erased_at, entry FROM erased_rooms WHERE room = $1', [room])
    ).rows[0];
    return row === undefined ? undefined : { at: Number(row.erased_at), entry: row.entry ?? undefined };
  }

  async probeWrite(): Promise<void> {
    await this.pool.query('INSERT INTO relay_health (id, at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at = excluded.at', [Date.now()]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
