/**
 * PostgreSQL schema of the relay store as versioned migrations (table tafel_schema). The relay
 * runs them at start under an advisory lock (two nodes starting together migrate once) and
 * refuses a database whose version is newer than it knows.
 *
 * Seqs are assigned by tafel_append (one round trip per group commit): it locks each room's row
 * in room order, recognises resends, refuses a sender that may not write or a stale epoch —
 * inside the transaction, so on every node at once — inserts the frames, moves the head and
 * announces the frames to the other nodes with NOTIFY, which PostgreSQL delivers only when
 * the transaction commits, in commit order.
 */
import type { Migration } from './sqliteSchema.js';

/** The LISTEN/NOTIFY channel of the relay nodes sharing this database. */
export const CLUSTER_CHANNEL = 'tafel_relay';

/** A NOTIFY payload must stay below 8000 bytes; frames that do not fit are fetched by seq. */
export const NOTIFY_FRAMES_BUDGET = 7000;

const V1 = `
CREATE TABLE rooms (
  id text PRIMARY KEY,
  access_key_id text NOT NULL,
  created_at bigint NOT NULL,
  epoch integer NOT NULL,
  head bigint NOT NULL,
  snapshot_seq bigint NOT NULL,
  compact_asked_head bigint NOT NULL DEFAULT 0,
  compact_asked_at bigint NOT NULL DEFAULT 0
);
CREATE INDEX rooms_by_key ON rooms (access_key_id);

CREATE TABLE devices (
  room text NOT NULL,
  id text NOT NULL,
  role text NOT NULL,
  sign_key text NOT NULL,
  box_key text NOT NULL,
  name text NOT NULL,
  organisation text NOT NULL,
  status text NOT NULL,
  added_at bigint NOT NULL,
  PRIMARY KEY (room, id)
);

CREATE TABLE frames (
  room text NOT NULL,
  seq bigint NOT NULL,
  sender text NOT NULL,
  msg_id bigint NOT NULL,
  epoch integer NOT NULL,
  envelope bytea NOT NULL,
  PRIMARY KEY (room, seq)
);
-- Ciphertext does not compress: keep large envelopes out of line without trying.
ALTER TABLE frames ALTER COLUMN envelope SET STORAGE EXTERNAL;
-- Resends from any node: (room, sender, msg id) is unique.
CREATE UNIQUE INDEX frames_dedup ON frames (room, sender, msg_id);

CREATE TABLE snapshots (
  id bigserial PRIMARY KEY,
  room text NOT NULL,
  base_seq bigint NOT NULL,
  sender text NOT NULL,
  msg_id bigint NOT NULL,
  epoch integer NOT NULL,
  envelope bytea NOT NULL
);
ALTER TABLE snapshots ALTER COLUMN envelope SET STORAGE EXTERNAL;
CREATE INDEX snapshots_by_room ON snapshots (room, id);

CREATE TABLE invites (
  token_hash text PRIMARY KEY,
  room text NOT NULL,
  role text NOT NULL,
  expires_at bigint NOT NULL,
  created_at bigint NOT NULL,
  require_approval boolean NOT NULL,
  package text,
  state text NOT NULL,
  used_by text
);
CREATE INDEX invites_by_room ON invites (room);

CREATE TABLE wrapped_keys (
  room text NOT NULL,
  device text NOT NULL,
  epoch integer NOT NULL,
  wrapped text NOT NULL,
  PRIMARY KEY (room, device, epoch)
);

CREATE TABLE membership_log (
  room text NOT NULL,
  idx integer NOT NULL,
  author text NOT NULL,
  entry text NOT NULL,
  PRIMARY KEY (room, idx)
);

CREATE TABLE access_log (
  id bigserial PRIMARY KEY,
  room text NOT NULL,
  at bigint NOT NULL,
  device text,
  name text NOT NULL,
  organisation text NOT NULL,
  role text,
  event text NOT NULL,
  address text NOT NULL,
  detail text NOT NULL
);
CREATE INDEX access_log_by_room ON access_log (room, at);

CREATE TABLE erased_rooms (
  room text PRIMARY KEY,
  erased_at bigint NOT NULL
);

CREATE TABLE relay_health (
  id integer PRIMARY KEY,
  at bigint NOT NULL
);

-- The nodes and their live connections (per-room limit, who is online). Unlogged: after a crash
-- of PostgreSQL they are empty, and the nodes register again.
CREATE UNLOGGED TABLE relay_nodes (
  id text PRIMARY KEY,
  seen_at timestamptz NOT NULL
);
CREATE UNLOGGED TABLE relay_connections (
  node text NOT NULL,
  conn integer NOT NULL,
  room text NOT NULL,
  device text NOT NULL,
  PRIMARY KEY (node, conn)
);
CREATE INDEX relay_connections_by_room ON relay_connections (room);
-- Awareness frames too large for a NOTIFY payload, kept for a minute for the other nodes to read.
CREATE UNLOGGED TABLE relay_spill (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  frame bytea NOT NULL
);

-- Ends one room's share of an append: the new head, and the announcement (frames inline if they fit).
CREATE FUNCTION tafel_append_announce(p_channel text, p_node text, p_room text, p_from bigint, p_to bigint, p_parts text[], p_inline boolean)
RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE rooms SET head = p_to WHERE id = p_room;
  IF p_channel <> '' THEN
    PERFORM pg_notify(p_channel, 'f|' || p_node || '|' || p_room || '|' || p_from || '|' || p_to || '|' ||
      CASE WHEN p_inline THEN array_to_string(p_parts, ',') ELSE '-' END);
  END IF;
END
$fn$;

-- One group commit. Items must come sorted by room (rooms are locked in that order, so two
-- nodes never wait for each other in a circle). Outcome per item: stored, duplicate, forbidden,
-- stale-epoch or no-room.
CREATE FUNCTION tafel_append(p_rooms text[], p_senders text[], p_msg_ids bigint[], p_epochs integer[], p_envelopes bytea[],
                             p_channel text, p_node text, p_budget integer)
RETURNS TABLE (o_seq bigint, o_outcome text) LANGUAGE plpgsql AS $fn$
DECLARE
  n integer := coalesce(array_length(p_rooms, 1), 0);
  i integer;
  cur_room text := NULL;
  cur_head bigint;
  cur_epoch integer;
  first_seq bigint;
  existing bigint;
  may boolean;
  parts text[];
  plen integer;
BEGIN
  FOR i IN 1..n LOOP
    IF cur_room IS DISTINCT FROM p_rooms[i] THEN
      IF first_seq IS NOT NULL THEN
        PERFORM tafel_append_announce(p_channel, p_node, cur_room, first_seq, cur_head, parts, plen >= 0);
      END IF;
      cur_room := p_rooms[i];
      cur_head := NULL;
      SELECT head, epoch INTO cur_head, cur_epoch FROM rooms WHERE id = cur_room FOR UPDATE;
      first_seq := NULL;
      parts := '{}';
      plen := 0;
    END IF;
    IF cur_head IS NULL THEN
      o_seq := 0; o_outcome := 'no-room'; RETURN NEXT; CONTINUE;
    END IF;
    SELECT seq INTO existing FROM frames WHERE room = cur_room AND sender = p_senders[i] AND msg_id = p_msg_ids[i];
    IF FOUND THEN
      o_seq := existing; o_outcome := 'duplicate'; RETURN NEXT; CONTINUE;
    END IF;
    may := NULL;
    SELECT status = 'active' AND role <> 'observer' INTO may FROM devices WHERE room = cur_room AND id = p_senders[i];
    IF may IS NOT TRUE THEN
      o_seq := 0; o_outcome := 'forbidden'; RETURN NEXT; CONTINUE;
    END IF;
    IF p_epochs[i] <> cur_epoch THEN
      o_seq := 0; o_outcome := 'stale-epoch'; RETURN NEXT; CONTINUE;
    END IF;
    cur_head := cur_head + 1;
    IF first_seq IS NULL THEN first_seq := cur_head; END IF;
    INSERT INTO frames (room, seq, sender, msg_id, epoch, envelope) VALUES (cur_room, cur_head, p_senders[i], p_msg_ids[i], p_epochs[i], p_envelopes[i]);
    IF plen >= 0 THEN
      plen := plen + (octet_length(p_envelopes[i]) + 2) / 3 * 4 + 1;
      IF plen > p_budget THEN
        plen := -1;
      ELSE
        parts := parts || translate(encode(p_envelopes[i], 'base64'), E'\\n', '');
      END IF;
    END IF;
    o_seq := cur_head; o_outcome := 'stored'; RETURN NEXT;
  END LOOP;
  IF first_seq IS NOT NULL THEN
    PERFORM tafel_append_announce(p_channel, p_node, cur_room, first_seq, cur_head, parts, plen >= 0);
  END IF;
END
$fn$;
`;

/** Version 2: a tombstone keeps the chair's signed erase entry, for devices that connect later. */
const V2 = `
ALTER TABLE erased_rooms ADD COLUMN entry text;
`;

export const PG_MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: V1 },
  { version: 2, sql: V2 },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.at(-1)!.version;
