/**
 * One entry of a case's membership log: who is in the case, with which keys and role, which
 * invites exist, and which case-key epochs were started for whom. Entries are signed by the device
 * that wrote them and chained by hash; the relay stores and forwards their text without being
 * trusted with it. membershipLog.ts decides whether an entry is allowed; this file only lays out,
 * signs and parses entries (docs/threat-model.md, "Membership log").
 *
 * Wire form: JSON `{"signed": "<inner JSON text>", "sig": "<b64url>", "cosig"?: "<b64url>"}`. The
 * signature covers the exact inner text (so no canonical JSON is needed); the entry's hash is
 * SHA-256 over the whole wire text, and the next entry names it as `prev`.
 */
import { z } from 'zod';
import { concatBytes, sha256, signBytes, utf8, verifySignature, type DeviceKeys } from '../../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../platform/cryptoPort.js';
import { deviceLabelSchema, type DeviceLabel } from '../../protocol/messages.js';
import { fromBase64Url, isCanonical, toBase64Url, type DeviceId, type RoomId } from '../../protocol/ids.js';
import { ROLES } from '../../protocol/roles.js';

/** Domain of an entry's signature: nothing else a device signs starts with these bytes. */
const ENTRY_DOMAIN = 'tafel/membership-entry/v1\n';
/** Domain of the invite key's co-signature on a join entry. */
const JOIN_DOMAIN = 'tafel/membership-join/v1\n';
/** Domain of the signature that binds a device's box (key agreement) key to its signing key. */
const BOX_KEY_DOMAIN = 'tafel/box-key/v1\n';

const b64 = (bytes: number) => z.string().refine((s) => isCanonical(s, bytes));
const spki = z
  .string()
  .min(1)
  .max(400)
  .refine((s) => fromBase64Url(s) !== undefined);
const deviceId = b64(16).transform((s) => s as DeviceId);
const role = z.enum(ROLES);
const sig64 = b64(64);

/** A device's public keys as the log records them; `boxSig` binds the box key to the signing key. */
export const devicePublicSchema = z.object({ id: deviceId, sign: spki, box: spki, boxSig: sig64 });
export type DevicePublic = z.infer<typeof devicePublicSchema>;

/** The last frame of one of a device's streams (shared/sync/integrity/streams.ts). */
export const streamHeadSchema = z.object({ stream: b64(8), counter: z.number().int().min(0).max(0xffff_ffff), digest: b64(32) });
export type StreamHead = z.infer<typeof streamHeadSchema>;

const heads = z.array(streamHeadSchema).max(1000);

/** Why the chair erased a case: its agreed bewaartermijn ended, or the chair decided to erase it earlier. */
export const ERASE_REASONS = ['bewaartermijn', 'besluit_voorzitter'] as const;
export type EraseReason = (typeof ERASE_REASONS)[number];

/** What an entry says. */
export const entryBodySchema = z.discriminatedUnion('type', [
  /** Entry 0: the creating device, admin, and the case key of epoch 1. */
  z.object({ type: z.literal('genesis'), device: devicePublicSchema, label: deviceLabelSchema, commitment: b64(32) }),
  /** An admin issued an invite; `inviteKey` co-signs the one join it allows. */
  z.object({ type: z.literal('invite'), tokenHash: b64(32), role, requireApproval: z.boolean(), inviteKey: spki, expiresAt: z.number().int().min(0) }),
  z.object({ type: z.literal('revoke-invite'), tokenHash: b64(32) }),
  /** A device joined through an invite (signed by itself and co-signed with the invite's key). */
  z.object({ type: z.literal('join'), invite: b64(32), device: devicePublicSchema, label: deviceLabelSchema }),
  /** An admin admitted a device that joined through an invite needing approval. */
  z.object({ type: z.literal('approve'), device: deviceId }),
  /** An admin removed a device; `heads`: its streams' last frames as the admin had them once the relay cut it off. */
  z.object({ type: z.literal('remove'), device: deviceId, heads }),
  /** An admin changed a device's role; `heads` as for removal (only meaningful when it loses the right to write). */
  z.object({ type: z.literal('role'), device: deviceId, role, heads }),
  /** An admin started a case-key epoch: a commitment to the key and the devices it was wrapped for. */
  z.object({ type: z.literal('epoch'), epoch: z.number().int().min(2).max(0xffff_ffff), commitment: b64(32), devices: z.array(deviceId).min(1).max(512) }),
  /**
   * An admin erased the case (the relay deletes the room on this entry; every member's device
   * deletes its keys and copy once it has verified it). Nothing may follow it. `datum`: the day, YYYY-MM-DD.
   */
  z.object({
    type: z.literal('erase'),
    reden: z.enum(ERASE_REASONS),
    datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
]);
export type EntryBody = z.infer<typeof entryBodySchema>;
export type EntryType = EntryBody['type'];

/** What an entry's author signs. */
export const entryContentSchema = z.object({
  v: z.literal(1),
  room: b64(16),
  /** Position in the log (0 = genesis). */
  index: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** Hash of entry `index - 1` (b64url SHA-256 of its wire text); '' for the genesis. */
  prev: z.union([z.literal(''), b64(32)]),
  /** The author's clock when signing (ms since the Unix epoch); informative, not trusted for order. */
  at: z.number().int().min(0),
  by: deviceId,
  body: entryBodySchema,
});
export type EntryContent = z.infer<typeof entryContentSchema>;

const wireSchema = z.object({ signed: z.string().max(16 * 1024), sig: sig64, cosig: sig64.optional() });

/** A parsed entry (signatures not yet checked: that needs the log's state). */
export interface LogEntry {
  /** The wire text, exactly as stored and hashed. */
  readonly text: string;
  /** b64url SHA-256 of `text`. */
  readonly hash: string;
  readonly content: EntryContent;
  /** The inner text the signatures cover. */
  readonly signed: string;
  readonly sig: Uint8Array;
  readonly cosig: Uint8Array | undefined;
}

/** Signs `content` as `author` (and, for a join, co-signs with the invite's private key). */
export async function signEntry(crypto: CryptoPort, author: DeviceKeys, content: EntryContent, invitePrivate?: CryptoKeyHandle): Promise<string> {
  const signed = JSON.stringify(content);
  const sig = await signBytes(crypto, author.signPrivate, concatBytes(utf8(ENTRY_DOMAIN), utf8(signed)));
  const wire: z.infer<typeof wireSchema> = { signed, sig: toBase64Url(sig) };
  if (invitePrivate !== undefined) wire.cosig = toBase64Url(await signBytes(crypto, invitePrivate, concatBytes(utf8(JOIN_DOMAIN), utf8(signed))));
  return JSON.stringify(wire);
}

/** Parses an entry's wire text; `undefined` if it is not a well-formed entry. Never throws. */
export async function parseEntry(crypto: CryptoPort, text: string): Promise<LogEntry | undefined> {
  let outer: unknown;
  let inner: unknown;
  try {
    outer = JSON.parse(text);
    const wire = wireSchema.safeParse(outer);
    if (!wire.success) return undefined;
    inner = JSON.parse(wire.data.signed);
    const content = entryContentSchema.safeParse(inner);
    if (!content.success) return undefined;
    return {
      text,
      hash: toBase64Url(await sha256(crypto, utf8(text))),
      content: content.data,
      signed: wire.data.signed,
      sig: fromBase64Url(wire.data.sig)!,
      cosig: wire.data.cosig === undefined ? undefined : fromBase64Url(wire.data.cosig)!,
    };
  } catch {
    return undefined;
  }
}

/** True if the author's signature over the entry verifies with `signSpki`. */
export function verifyEntrySignature(crypto: CryptoPort, entry: LogEntry, signSpki: Uint8Array): Promise<boolean> {
  return verifySignature(crypto, signSpki, entry.sig, concatBytes(utf8(ENTRY_DOMAIN), utf8(entry.signed)));
}

/** True if the entry carries a co-signature by the invite key `inviteSpki`. */
export async function verifyJoinCosignature(crypto: CryptoPort, entry: LogEntry, inviteSpki: Uint8Array): Promise<boolean> {
  if (entry.cosig === undefined) return false;
  return verifySignature(crypto, inviteSpki, entry.cosig, concatBytes(utf8(JOIN_DOMAIN), utf8(entry.signed)));
}

/** The public half of a device as the log records it, with its box key signed by its signing key. */
export async function devicePublic(crypto: CryptoPort, device: DeviceKeys): Promise<DevicePublic> {
  const boxSig = await signBytes(crypto, device.signPrivate, concatBytes(utf8(BOX_KEY_DOMAIN), device.boxPublicSpki));
  return { id: device.id, sign: toBase64Url(device.signPublicSpki), box: toBase64Url(device.boxPublicSpki), boxSig: toBase64Url(boxSig) };
}

/** True if `pub`'s box key is signed by its signing key (so a relay cannot pair another box key with it). */
export function verifyBoxKey(crypto: CryptoPort, pub: DevicePublic): Promise<boolean> {
  return verifySignature(crypto, fromBase64Url(pub.sign)!, fromBase64Url(pub.boxSig)!, concatBytes(utf8(BOX_KEY_DOMAIN), fromBase64Url(pub.box)!));
}

/** The label a member is shown with. */
export type MemberLabel = DeviceLabel;

/** Content of the next entry of a log of `length` entries whose last hash is `prev`. */
export function nextContent(room: RoomId, length: number, prev: string, by: DeviceId, body: EntryBody, at: number): EntryContent {
  return { v: 1, room, index: length, prev, at, by, body };
}
