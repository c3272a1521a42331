/**
 * Control messages: the JSON text frames of the protocol (docs/sync-protocol.md). Every message
 * either side receives is validated with the zod schemas here before anything acts on it.
 * Handlers switch on `type` and end in an exhaustive check.
 */

import { z } from 'zod';
import { CloseCodes, type CloseCode } from './closeCodes.js';
import {
  CHALLENGE_NONCE_BYTES,
  DEVICE_ID_BYTES,
  INVITE_TOKEN_BYTES,
  ROOM_ID_BYTES,
  TOKEN_HASH_BYTES,
  fromBase64Url,
  idBytes,
  isCanonical,
  type DeviceId,
  type RoomId,
} from './ids.js';
import { ROLES } from './roles.js';

/**
 * Version of the control protocol; a login with another `v` is closed with 4426. Version 2: the
 * signed membership log (create-room carries its genesis; hello asks for the log since a length;
 * append-log, get-log, set-role) and signed envelopes (frames.ts, ENVELOPE_VERSION 2).
 */
export const PROTOCOL_VERSION = 2;

/** Largest control message (UTF-16 length of the JSON text); bigger ones are refused with 4413. */
export const MAX_CONTROL_MESSAGE_CHARS = 256 * 1024;

const b64 = (bytes: number) => z.string().refine((s) => isCanonical(s, bytes), { message: `expected base64url of ${bytes} bytes` });
const blob = (maxChars: number) =>
  z
    .string()
    .min(1)
    .max(maxChars)
    .refine((s) => fromBase64Url(s) !== undefined, { message: 'expected base64url' });

/** Room id: canonical base64url of 16 bytes. */
export const roomIdSchema = b64(ROOM_ID_BYTES).transform((s) => s as RoomId);
/** Device id: canonical base64url of 16 bytes. */
export const deviceIdSchema = b64(DEVICE_ID_BYTES).transform((s) => s as DeviceId);
/** SHA-256 of an invite token: canonical base64url of 32 bytes. */
export const tokenHashSchema = b64(TOKEN_HASH_BYTES);
/** Sequence numbers and counters: safe non-negative integers. */
const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const u32Schema = z.number().int().min(0).max(0xffff_ffff);
/** ECDSA P-256 signature in IEEE P1363 form (r ‖ s, 64 bytes), as WebCrypto produces it. */
const signatureSchema = b64(64);
/** An SPKI public key in base64url (P-256 SPKI is 91 bytes; a little room for other encodings). */
const publicKeySchema = blob(400);
/** Opaque sealed blobs the relay stores but cannot read. */
const wrappedKeySchema = blob(2048);
const invitePackageSchema = blob(64 * 1024);
/** Longest membership log entry (its JSON text); real ones are about 1 KiB. */
export const MAX_LOG_ENTRY_CHARS = 16 * 1024;
/** A signed membership log entry: opaque text to the relay (shared/sync/membership/logEntry.ts). */
const logEntrySchema = z.string().min(2).max(MAX_LOG_ENTRY_CHARS);
const requestIdSchema = z.string().min(1).max(64).optional();

/** A person's professional label, shown to the room's members and in the access log. */
export const deviceLabelSchema = z.object({
  name: z.string().trim().min(1).max(120),
  organisation: z.string().trim().max(120),
});
export type DeviceLabel = z.infer<typeof deviceLabelSchema>;

/** A device introducing itself (create-room, redeem). */
export const deviceIntroSchema = z.object({
  id: deviceIdSchema,
  signPublicKey: publicKeySchema,
  boxPublicKey: publicKeySchema,
  label: deviceLabelSchema,
});
export type DeviceIntro = z.infer<typeof deviceIntroSchema>;

const roleSchema = z.enum(ROLES);

// ---- client → relay -------------------------------------------------------------------------

const createRoom = z.object({
  type: z.literal('create-room'),
  v: z.number().int(),
  room: roomIdSchema,
  accessKey: z.string().min(1).max(512),
  device: deviceIntroSchema,
  /** The room's membership log entry 0, signed by the creating device; stored with the room. */
  genesis: logEntrySchema,
  signature: signatureSchema,
});
const hello = z.object({
  type: z.literal('hello'),
  v: z.number().int(),
  room: roomIdSchema,
  deviceId: deviceIdSchema,
  since: seqSchema,
  /** Number of membership log entries the device holds; the relay sends the ones after. */
  logSince: seqSchema,
  signature: signatureSchema,
});
const redeem = z.object({
  type: z.literal('redeem'),
  v: z.number().int(),
  room: roomIdSchema,
  token: b64(INVITE_TOKEN_BYTES),
  device: deviceIntroSchema,
  signature: signatureSchema,
});
const putKeys = z.object({
  type: z.literal('put-keys'),
  id: requestIdSchema,
  epoch: u32Schema.min(1),
  entries: z
    .array(z.object({ deviceId: deviceIdSchema, wrapped: wrappedKeySchema }))
    .min(1)
    .max(512),
});
const createInvite = z.object({
  type: z.literal('create-invite'),
  id: requestIdSchema,
  tokenHash: tokenHashSchema,
  role: roleSchema,
  /** Milliseconds since the Unix epoch. */
  expiresAt: seqSchema,
  package: invitePackageSchema,
  requireApproval: z.boolean(),
});
const revokeInvite = z.object({ type: z.literal('revoke-invite'), id: requestIdSchema, tokenHash: tokenHashSchema });
const listInvites = z.object({ type: z.literal('list-invites'), id: requestIdSchema });
const removeDevice = z.object({ type: z.literal('remove-device'), id: requestIdSchema, deviceId: deviceIdSchema });
const setRole = z.object({ type: z.literal('set-role'), id: requestIdSchema, deviceId: deviceIdSchema, role: roleSchema });
/** Appends a signed entry at `index` (compare-and-swap: refused with 4409 unless `index` is the log's length). */
const appendLog = z.object({ type: z.literal('append-log'), id: requestIdSchema, index: seqSchema, entry: logEntrySchema });
/** Asks for the membership log entries from `since` on (answered with `log`). */
const getLog = z.object({ type: z.literal('get-log'), id: requestIdSchema, since: seqSchema });
const approveDevice = z.object({ type: z.literal('approve-device'), id: requestIdSchema, deviceId: deviceIdSchema });
const getAccessLog = z.object({
  type: z.literal('get-access-log'),
  id: requestIdSchema,
  /** Only entries strictly older than this time (ms); paging backwards. */
  before: seqSchema.optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

/**
 * A client-reported export (NEN 7513: every export is logged). `detail` is
 * soort:formaat:versieId:orgId — enum words and ids only, so no name or case text can reach the relay.
 */
export const EXPORT_DETAIL_PATTERN =
  /^(plan|verslag|uittreksel|einduittreksel|overdracht|werkversie):(markdown|docx|pdf|html):[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/;
const logExport = z.object({ type: z.literal('log-export'), id: requestIdSchema, detail: z.string().max(160).regex(EXPORT_DETAIL_PATTERN) });
/**
 * The chair erases the room: `entry` is the signed `erase` entry for index `index` of the
 * membership log (compare-and-swap, as append-log). The relay checks that `room` is the
 * connection's room and its device the room's admin, keeps the entry in a tombstone and deletes
 * everything else of the room; the access log stays for its own term.
 */
const eraseRoom = z.object({ type: z.literal('erase-room'), id: requestIdSchema, room: roomIdSchema, index: seqSchema, entry: logEntrySchema });

/** The three ways to log in; exactly one of them is the first message on a connection. */
export const loginMessageSchema = z.discriminatedUnion('type', [createRoom, hello, redeem]);
export type LoginMessage = z.infer<typeof loginMessageSchema>;
/** `type` of a login message (signed together with the challenge nonce and the room id). */
export type LoginType = LoginMessage['type'];

/** Requests after login. */
export const requestMessageSchema = z.discriminatedUnion('type', [
  putKeys,
  createInvite,
  revokeInvite,
  listInvites,
  removeDevice,
  setRole,
  approveDevice,
  appendLog,
  getLog,
  getAccessLog,
  logExport,
  eraseRoom,
]);
export type RequestMessage = z.infer<typeof requestMessageSchema>;

/** Every message a client may send. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  createRoom,
  hello,
  redeem,
  putKeys,
  createInvite,
  revokeInvite,
  listInvites,
  removeDevice,
  setRole,
  approveDevice,
  appendLog,
  getLog,
  getAccessLog,
  logExport,
  eraseRoom,
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

// ---- relay → client -------------------------------------------------------------------------

/** A room member as the relay describes it to the room. */
export const deviceInfoSchema = z.object({
  id: deviceIdSchema,
  role: roleSchema,
  label: deviceLabelSchema,
  signPublicKey: publicKeySchema,
  boxPublicKey: publicKeySchema,
  /** `pending`: redeemed an invite that needs an admin's approval. */
  status: z.enum(['active', 'pending']),
  online: z.boolean(),
});
export type DeviceInfo = z.infer<typeof deviceInfoSchema>;

/** What the access log records (NEN 7513: who, when, from where, with which role; never content). */
export const ACCESS_EVENTS = [
  'room-created',
  'connect',
  'disconnect',
  'refused',
  'invite-redeemed',
  'device-approved',
  'device-removed',
  'role-changed',
  'export',
  'room-erased',
] as const;
export type AccessEvent = (typeof ACCESS_EVENTS)[number];

export const accessLogEntrySchema = z.object({
  /** Milliseconds since the Unix epoch. */
  at: seqSchema,
  deviceId: deviceIdSchema.nullable(),
  name: z.string(),
  organisation: z.string(),
  role: roleSchema.nullable(),
  event: z.enum(ACCESS_EVENTS),
  address: z.string(),
  /**
   * For `refused`: the close reason (or what was refused, e.g. `erase-not-admin`); for
   * `device-removed`: the admin's device id; for `export`: soort:formaat:versieId:orgId; for
   * `room-erased`: the erase reason and the admin's device id.
   */
  detail: z.string(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const inviteInfoSchema = z.object({
  tokenHash: tokenHashSchema,
  role: roleSchema,
  expiresAt: seqSchema,
  createdAt: seqSchema,
  requireApproval: z.boolean(),
  state: z.enum(['open', 'used', 'revoked', 'expired']),
});
export type InviteInfo = z.infer<typeof inviteInfoSchema>;

const challenge = z.object({ type: z.literal('challenge'), v: z.number().int(), nonce: b64(CHALLENGE_NONCE_BYTES) });
const welcome = z.object({
  type: z.literal('welcome'),
  v: z.number().int(),
  room: roomIdSchema,
  deviceId: deviceIdSchema,
  role: roleSchema,
  epoch: u32Schema,
  /** Highest seq stored in the room. */
  head: seqSchema,
  /** Base seq of the room's current snapshot (0 = none). */
  snapshotSeq: seqSchema,
  /** True while the device waits for an admin's approval: no frames, no keys until then. */
  pending: z.boolean(),
  devices: z.array(deviceInfoSchema),
  /** Number of entries in the room's membership log. */
  logLength: seqSchema,
});
const caughtUp = z.object({ type: z.literal('caught-up'), head: seqSchema });
const ack = z.object({ type: z.literal('ack'), msgId: u32Schema, seq: seqSchema });
const keys = z.object({ type: z.literal('keys'), epoch: u32Schema, wrapped: wrappedKeySchema });
const epochChanged = z.object({ type: z.literal('epoch'), epoch: u32Schema });
const invitePackage = z.object({ type: z.literal('invite-package'), role: roleSchema, requireApproval: z.boolean(), package: invitePackageSchema });
const invites = z.object({ type: z.literal('invites'), id: requestIdSchema, invites: z.array(inviteInfoSchema) });
const accessLog = z.object({ type: z.literal('access-log'), id: requestIdSchema, entries: z.array(accessLogEntrySchema) });
const peers = z.object({ type: z.literal('peers'), devices: z.array(deviceInfoSchema) });
const pleaseCompact = z.object({ type: z.literal('please-compact'), upTo: seqSchema });
/**
 * Membership log entries `from`, `from + 1`, … as the relay stores them: after welcome (those after
 * the login's `logSince`), to the whole room after an append, and as the answer to `get-log` (`id`).
 */
const log = z.object({ type: z.literal('log'), id: requestIdSchema, from: seqSchema, entries: z.array(logEntrySchema).max(1000) });
/**
 * The room was erased: the membership log from `from` (the login's `logSince`) up to and including
 * the chair's signed `erase` entry, which the client verifies against its own copy of the log before
 * it deletes anything. Followed by a close with 4410.
 */
const erased = z.object({ type: z.literal('erased'), from: seqSchema, entries: z.array(logEntrySchema).min(1).max(1000) });
/** Confirms a request that has no other answer. */
const ok = z.object({
  type: z.literal('ok'),
  id: requestIdSchema,
  for: z.enum(['put-keys', 'create-invite', 'revoke-invite', 'remove-device', 'set-role', 'approve-device', 'append-log', 'log-export', 'erase-room']),
  /** remove-device, set-role: the room's head once every frame the device sent before is stored and delivered. */
  head: seqSchema.optional(),
});
const error = z.object({
  type: z.literal('error'),
  code: z.number().int(),
  reason: z.string(),
  /** Short English text for logs and support; never content. */
  message: z.string(),
  /** True if the same thing may succeed later (after backoff, new keys or a rebuild). */
  retry: z.boolean(),
  /** The request this answers, if it had an id. */
  id: requestIdSchema,
  /** The SUBMIT this answers, if any. */
  msgId: u32Schema.optional(),
});

/** Every message the relay may send. */
export const relayMessageSchema = z.discriminatedUnion('type', [
  challenge,
  welcome,
  caughtUp,
  ack,
  keys,
  epochChanged,
  invitePackage,
  invites,
  accessLog,
  peers,
  pleaseCompact,
  log,
  erased,
  ok,
  error,
]);
export type RelayMessage = z.infer<typeof relayMessageSchema>;

/** A relay message of one type. */
export type RelayMessageOf<T extends RelayMessage['type']> = Extract<RelayMessage, { type: T }>;
/** A client message of one type. */
export type ClientMessageOf<T extends ClientMessage['type']> = Extract<ClientMessage, { type: T }>;

// ---- parsing --------------------------------------------------------------------------------

/** Why a control message was refused, and the code to answer with. */
export interface MessageError {
  readonly message: string;
  readonly close: CloseCode;
}

/** Result of parsing a control message. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MessageError };

function parseWith<T>(schema: z.ZodType<T>, text: string): ParseResult<T> {
  if (text.length > MAX_CONTROL_MESSAGE_CHARS) return { ok: false, error: { message: 'control message too large', close: CloseCodes.tooLarge } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { message: 'control message is not JSON', close: CloseCodes.badRequest } };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Name the fields, never echo their values: a bad message may still carry a token or a name.
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.code}`)
    .join('; ');
  return { ok: false, error: { message: `invalid control message (${where})`, close: CloseCodes.badRequest } };
}

/** Parses and validates a client → relay text frame. Never throws. */
export function parseClientMessage(text: string): ParseResult<ClientMessage> {
  return parseWith(clientMessageSchema, text);
}

/** Parses and validates a relay → client text frame. Never throws. */
export function parseRelayMessage(text: string): ParseResult<RelayMessage> {
  return parseWith(relayMessageSchema, text);
}

/** JSON text of a message (the one place that serialises control messages). */
export function encodeMessage(message: ClientMessage | RelayMessage): string {
  return JSON.stringify(message);
}

/**
 * The bytes a device signs to log in: challenge nonce (32 bytes) ‖ room id (16 bytes) ‖ the
 * ASCII message type. Signed with ECDSA P-256 / SHA-256, signature in IEEE P1363 form (64 bytes).
 * Throws a TypeError on a malformed nonce (a programming error: callers pass validated input).
 */
export function loginSignedBytes(nonce: string, room: RoomId, type: LoginType): Uint8Array {
  const nonceBytes = fromBase64Url(nonce);
  if (nonceBytes === undefined || nonceBytes.length !== CHALLENGE_NONCE_BYTES) throw new TypeError('bad challenge nonce');
  const roomBytes = idBytes(room);
  const out = new Uint8Array(nonceBytes.length + roomBytes.length + type.length);
  out.set(nonceBytes, 0);
  out.set(roomBytes, nonceBytes.length);
  for (let i = 0; i < type.length; i++) out[nonceBytes.length + roomBytes.length + i] = type.charCodeAt(i);
  return out;
}
