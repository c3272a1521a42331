/**
 * SQLite schema of the relay store as versioned migrations (PRAGMA user_version). STRICT tables;
 * ids are base64url text, envelopes are blobs of ciphertext the relay cannot read.
 *
 * Versions 1–3 were written as one idempotent script before migrations were numbered, so
 * migration 3 is that script: it brings a database of version 0–3 to 3. A database of a newer
 * version than this relay knows is refused with a message (never opened half-understood).
 */

export interface Migration {
  readonly version: number;
  readonly sql: string;
}

const V3 = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  access_key_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  epoch INTEGER NOT NULL,
  head INTEGER NOT NULL,
  snapshot_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS rooms_by_key ON rooms(access_key_id);

CREATE TABLE IF NOT EXISTS devices (
  room TEXT NOT NULL,
  id TEXT NOT NULL,
  role TEXT NOT NULL,
  sign_key TEXT NOT NULL,
  box_key TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  status TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  PRIMARY KEY (room, id)
) STRICT;

CREATE TABLE IF NOT EXISTS frames (
  room TEXT NOT NULL,
  seq INTEGER NOT NULL,
  sender TEXT NOT NULL,
  msg_id INTEGER NOT NULL,
  epoch INTEGER NOT NULL,
  envelope BLOB NOT NULL,
  PRIMARY KEY (room, seq)
) STRICT;
-- Resends are recognised by (room, sender, msg id) in SqliteRelayStore.appendUpdates, without
-- an index: maintaining one cost a page write per frame on the hot path (schema version 2).
DROP INDEX IF EXISTS frames_dedup;

CREATE TABLE IF NOT EXISTS snapshots (
  id INTEGER PRIMARY KEY,
  room TEXT NOT NULL,
  base_seq INTEGER NOT NULL,
  sender TEXT NOT NULL,
  msg_id INTEGER NOT NULL,
  epoch INTEGER NOT NULL,
  envelope BLOB NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS snapshots_by_room ON snapshots(room, id);

CREATE TABLE IF NOT EXISTS invites (
  token_hash TEXT PRIMARY KEY,
  room TEXT NOT NULL,
  role TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  require_approval INTEGER NOT NULL,
  package TEXT,
  state TEXT NOT NULL,
  used_by TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS invites_by_room ON invites(room);

CREATE TABLE IF NOT EXISTS wrapped_keys (
  room TEXT NOT NULL,
  device TEXT NOT NULL,
  epoch INTEGER NOT NULL,
  wrapped TEXT NOT NULL,
  PRIMARY KEY (room, device, epoch)
) STRICT;

-- The signed membership log of each room, entries as the clients wrote them (opaque to the
-- relay but for their index and author, which it checks on append).
CREATE TABLE IF NOT EXISTS membership_log (
  room TEXT NOT NULL,
  idx INTEGER NOT NULL,
  author TEXT NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (room, idx)
) STRICT;

CREATE TABLE IF NOT EXISTS access_log (
  id INTEGER PRIMARY KEY,
  room TEXT NOT NULL,
  at INTEGER NOT NULL,
  device TEXT,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  role TEXT,
  event TEXT NOT NULL,
  address TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS access_log_by_room ON access_log(room, at);
`;

/** Version 4: tombstones of erased rooms, and the row /healthz writes to prove the disk takes writes. */
const V4 = `
CREATE TABLE erased_rooms (
  room TEXT PRIMARY KEY,
  erased_at INTEGER NOT NULL
) STRICT;
CREATE TABLE relay_health (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL
) STRICT;
`;

/** Version 5: a tombstone keeps the chair's signed erase entry, for devices that connect later. */
const V5 = `
ALTER TABLE erased_rooms ADD COLUMN entry TEXT;
`;

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 3, sql: V3 },
  { version: 4, sql: V4 },
  { version: 5, sql: V5 },
];

export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS.at(-1)!.version;

/** The message for a database written by a newer relay. */
export function newerSchemaMessage(where: string, found: number, known: number): string {
  return `${where} has schema version ${found}, this relay knows up to ${known}: start a relay of the version that wrote it (or newer), or restore a backup made before the upgrade`;
}
