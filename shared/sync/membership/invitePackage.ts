/**
 * The invite package: what an invited device receives from the relay once, on redeem, sealed
 * under a key derived from the link's secret (which the relay never sees). Everything the newcomer
 * needs to trust the case without trusting the relay is in it: the hash of the membership log's
 * first entry (the genesis every later entry chains back to), the log's length and last hash when
 * the invite was made (so a relay cannot hand over a shorter log), the inviter's public keys (for
 * the safety code), the invite's own private signing key (whose public half the admin put in the
 * log; the newcomer co-signs its join entry with it, so the relay cannot join in its place or swap
 * its keys), the streams the inviter had seen (so a stale snapshot is noticed), and — unless the
 * chair approves first — the case keys.
 */
import { z } from 'zod';
import { aeadOpen, aeadSeal, concatBytes, deriveAeadKey, fromUtf8, utf8 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, isCanonical, toBase64Url, type RoomId } from '../../protocol/ids.js';
import { ROLES, type Role } from '../../protocol/roles.js';

/** The inviter's device as the package introduces it. */
export interface InviterInfo {
  readonly deviceId: string;
  readonly signPublicKey: string;
  readonly boxPublicKey: string;
  readonly name: string;
  readonly organisation: string;
}

/** A stream of one device as the inviter had it (integrity/streams.ts). */
export interface StreamHint {
  readonly device: string;
  readonly stream: string;
  readonly counter: number;
}

/** The package's content. */
export interface InvitePackageContent {
  readonly relayUrl: string;
  readonly room: RoomId;
  readonly role: Role;
  readonly requireApproval: boolean;
  readonly inviter: InviterInfo;
  /** Hash of the membership log's entry 0. */
  readonly genesis: string;
  /** The log as the inviter held it once the invite entry was in (the newcomer's log must reach it). */
  readonly logHead: { readonly length: number; readonly hash: string };
  /** PKCS#8 of the invite's ECDSA P-256 key (its public half is in the log's invite entry). */
  readonly invitePrivateKey: Uint8Array;
  /** Streams the inviter had received, up to the counters named. */
  readonly streams: readonly StreamHint[];
  /** Case keys by epoch; empty when the chair approves the device first. */
  readonly keys: ReadonlyArray<{ readonly epoch: number; readonly key: Uint8Array }>;
}

const b64 = (bytes?: number) => z.string().refine((s) => (bytes === undefined ? fromBase64Url(s) !== undefined : isCanonical(s, bytes)));
const contentSchema = z.object({
  v: z.literal(2),
  relayUrl: z.string().max(300),
  room: b64(16),
  role: z.enum(ROLES),
  requireApproval: z.boolean(),
  inviter: z.object({ deviceId: b64(16), signPublicKey: b64(), boxPublicKey: b64(), name: z.string().max(120), organisation: z.string().max(120) }),
  genesis: b64(32),
  logHead: z.object({ length: z.number().int().min(1), hash: b64(32) }),
  invitePrivateKey: b64(),
  streams: z.array(z.object({ device: b64(16), stream: b64(8), counter: z.number().int().min(1) })).max(256),
  keys: z.array(z.object({ epoch: z.number().int().min(1), key: b64(32) })).max(1000),
});

const INFO = 'tafel/invite-package/v2';

function associatedData(room: RoomId, tokenHash: string): Uint8Array {
  return utf8(`${INFO}|${room}|${tokenHash}`);
}

async function packageKey(crypto: CryptoPort, secret: Uint8Array, room: RoomId) {
  return deriveAeadKey(crypto, secret, utf8(room), INFO);
}

/** Seals a package; returns base64url for `create-invite`. */
export async function sealInvitePackage(crypto: CryptoPort, secret: Uint8Array, tokenHash: string, content: InvitePackageContent): Promise<string> {
  const json = JSON.stringify({
    ...content,
    v: 2,
    invitePrivateKey: toBase64Url(content.invitePrivateKey),
    keys: content.keys.map((k) => ({ epoch: k.epoch, key: toBase64Url(k.key) })),
  });
  const sealed = await aeadSeal(crypto, await packageKey(crypto, secret, content.room), utf8(json), associatedData(content.room, tokenHash));
  return toBase64Url(concatBytes(sealed.nonce, sealed.ciphertext));
}

/** Opens a package received on redeem; `undefined` if it was tampered with or is not for this link. */
export async function openInvitePackage(
  crypto: CryptoPort,
  secret: Uint8Array,
  room: RoomId,
  tokenHash: string,
  sealed: string,
): Promise<InvitePackageContent | undefined> {
  const bytes = fromBase64Url(sealed);
  if (bytes === undefined || bytes.length < 12 + 16) return undefined;
  const plain = await aeadOpen(crypto, await packageKey(crypto, secret, room), bytes.subarray(0, 12), bytes.subarray(12), associatedData(room, tokenHash));
  if (plain === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(plain));
  } catch {
    return undefined;
  }
  const parsed = contentSchema.safeParse(json);
  if (!parsed.success || parsed.data.room !== room) return undefined;
  const c = parsed.data;
  return {
    relayUrl: c.relayUrl,
    room,
    role: c.role,
    requireApproval: c.requireApproval,
    inviter: c.inviter,
    genesis: c.genesis,
    logHead: c.logHead,
    invitePrivateKey: fromBase64Url(c.invitePrivateKey)!,
    streams: c.streams,
    keys: c.keys.map((k) => ({ epoch: k.epoch, key: fromBase64Url(k.key)! })),
  };
}
