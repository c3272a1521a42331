/**
 * Invites and admission, on the chair's device: an invite is an entry in the membership log (with
 * the public half of a key made for it) and a sealed package at the relay; the newcomer joins with
 * an entry co-signed by that key. Before admitting a device that needs approval, the chair compares
 * a safety code with the newcomer; it binds every public key of both devices, the newcomer's name
 * and organisation, and the invite, and it is computed from the keys in the log — so a relay that
 * swapped any of them shows the chair a code that does not match the newcomer's.
 */
import { generateDeviceKeyMaterial, randomBytes, sha256 } from '../../crypto/index.js';
import { fromBase64Url, toBase64Url, type DeviceId } from '../../protocol/ids.js';
import type { InviteInfo } from '../../protocol/messages.js';
import type { Role } from '../../protocol/roles.js';
import type { CaseSession } from '../session/caseSession.js';
import { INVITE_SECRET_BYTES, buildTafelLink, buildWebLink, type InviteLink } from './inviteLink.js';
import { sealInvitePackage, type StreamHint } from './invitePackage.js';
import { safetyCode } from './safetyCode.js';

/** Default and longest invite lifetime. */
export const INVITE_LIFETIME_MS = { default: 7 * 24 * 60 * 60 * 1000, max: 30 * 24 * 60 * 60 * 1000 } as const;

/** A new invite: two forms of the same link (send one), and its handle for revoking. */
export interface CreatedInvite {
  readonly tafelLink: string;
  readonly webLink: string;
  readonly tokenHash: string;
  readonly role: Role;
  readonly requireApproval: boolean;
  readonly expiresAt: number;
}

/** Options of `createInvite`. */
export interface InviteOptions {
  readonly role: Role;
  /** true: the newcomer gets no keys until the chair has compared the safety code and approved. */
  readonly requireApproval: boolean;
  readonly lifetimeMs?: number;
  /** Clock (ms since the Unix epoch); default Date.now. */
  readonly now?: number;
}

/** Streams the package names for the newcomer's history check: those the inviter saw most recently. */
const STREAM_HINTS = 64;

/** Creates an invite (log entry, sealed package, relay record) and returns its links. Admin only. */
export async function createInvite(session: CaseSession, options: InviteOptions): Promise<CreatedInvite> {
  const { crypto } = session.deps;
  const relayUrl = session.options.relayUrl;
  if (relayUrl === null) throw new Error('sync: a case kept only on this device has no invites; publish it first');
  const secret = randomBytes(crypto, INVITE_SECRET_BYTES);
  const tokenBytes = randomBytes(crypto, 16);
  const token = toBase64Url(tokenBytes);
  const tokenHash = toBase64Url(await sha256(crypto, tokenBytes));
  const createdAt = options.now ?? Date.now();
  const expiresAt = createdAt + Math.min(options.lifetimeMs ?? INVITE_LIFETIME_MS.default, INVITE_LIFETIME_MS.max);
  // The invite's own key: its public half goes into the log, its private half only into the sealed package.
  const inviteKey = await generateDeviceKeyMaterial(crypto);
  await session.logSync.append(() => ({
    type: 'invite',
    tokenHash,
    role: options.role,
    requireApproval: options.requireApproval,
    inviteKey: toBase64Url(inviteKey.signPublicSpki),
    expiresAt,
  }));
  const log = session.log;
  const device = session.device;
  const streams: StreamHint[] = session.streams
    .snapshot()
    .streams.filter((s) => s.contiguous > 0)
    .slice(0, STREAM_HINTS)
    .map((s) => ({ device: s.device, stream: s.stream, counter: s.contiguous }));
  const sealed = await sealInvitePackage(crypto, secret, tokenHash, {
    relayUrl,
    room: session.room,
    role: options.role,
    requireApproval: options.requireApproval,
    inviter: {
      deviceId: device.id,
      signPublicKey: toBase64Url(device.signPublicSpki),
      boxPublicKey: toBase64Url(device.boxPublicSpki),
      name: session.deps.label.name,
      organisation: session.deps.label.organisation,
    },
    genesis: log.genesis!,
    logHead: { length: log.length, hash: log.headHash },
    invitePrivateKey: inviteKey.signPrivatePkcs8,
    streams,
    keys: options.requireApproval ? [] : session.keyring.entries().filter((k) => k.epoch <= log.currentEpoch),
  });
  await session.request({ type: 'create-invite', tokenHash, role: options.role, expiresAt, package: sealed, requireApproval: options.requireApproval });
  // The chair needs the secret again only to compute the safety code before approving.
  if (options.requireApproval)
    await session.deps.keys.addIssuedInvite(session.room, { tokenHash, secret, role: options.role, requireApproval: true, createdAt });
  const link: InviteLink = { relayUrl, room: session.room, token, secret: toBase64Url(secret) };
  return { tafelLink: buildTafelLink(link), webLink: buildWebLink(link), tokenHash, role: options.role, requireApproval: options.requireApproval, expiresAt };
}

/** Revokes an open invite: its link opens nothing from now on, and the log refuses a join through it. */
export async function revokeInvite(session: CaseSession, tokenHash: string): Promise<void> {
  await session.request({ type: 'revoke-invite', tokenHash });
  await session.logSync.append((log) => {
    const invite = log.invites.get(tokenHash);
    return invite === undefined || invite.revoked || invite.usedBy !== undefined ? undefined : { type: 'revoke-invite', tokenHash };
  });
  await session.deps.keys.removeIssuedInvite(session.room, tokenHash);
}

/** The room's invites and their state (open, used, revoked, expired), as the relay keeps them. */
export async function listInvites(session: CaseSession): Promise<InviteInfo[]> {
  const answer = await session.request({ type: 'list-invites' });
  return answer.type === 'invites' ? answer.invites : [];
}

/** A safety code for a device waiting for approval. */
export interface SafetyCodeCandidate {
  readonly tokenHash: string;
  readonly role: Role;
  readonly code: string;
  /**
   * False when the device is not in the membership log with a valid join (only the relay names
   * it): the code is computed from the keys the relay claims, and admitting it is refused.
   */
  readonly verified: boolean;
}

/**
 * The safety code(s) the chair compares with a newcomer's before approving: one from the keys
 * the log records for the device and the invite it joined through; for a device only the relay
 * lists, one per used invite of this chair, from the keys the relay claims (they will not match
 * the newcomer's code if the relay swapped a key).
 */
export async function safetyCodesFor(session: CaseSession, deviceId: DeviceId): Promise<SafetyCodeCandidate[]> {
  const { crypto } = session.deps;
  const me = { sign: session.device.signPublicSpki, box: session.device.boxPublicSpki };
  const issued = await session.deps.keys.issuedInvites(session.room);
  const member = session.log.members.get(deviceId);
  if (member?.invite !== undefined) {
    const invite = issued.find((i) => i.tokenHash === member.invite);
    if (invite === undefined) return [];
    const invitee = { sign: fromBase64Url(member.pub.sign)!, box: fromBase64Url(member.pub.box)!, label: member.label };
    return [{ tokenHash: invite.tokenHash, role: invite.role, code: await safetyCode(crypto, invite.secret, invite.tokenHash, me, invitee), verified: true }];
  }
  const claimed = session.relayDevices.find((d) => d.id === deviceId);
  const sign = claimed === undefined ? undefined : fromBase64Url(claimed.signPublicKey);
  const box = claimed === undefined ? undefined : fromBase64Url(claimed.boxPublicKey);
  if (claimed === undefined || sign === undefined || box === undefined) return [];
  const used = new Set((await listInvites(session)).filter((i) => i.state === 'used').map((i) => i.tokenHash));
  const out: SafetyCodeCandidate[] = [];
  for (const invite of issued) {
    if (!used.has(invite.tokenHash)) continue;
    out.push({
      tokenHash: invite.tokenHash,
      role: invite.role,
      code: await safetyCode(crypto, invite.secret, invite.tokenHash, me, { sign, box, label: claimed.label }),
      verified: false,
    });
  }
  return out;
}

/**
 * Admits a device whose safety code matched: an `approve` entry in the log, every case key so far
 * wrapped for the box key the log records for it, then the relay lets it in. Refused for a device
 * the log does not know as waiting (a device only the relay names).
 */
export async function approveDevice(session: CaseSession, deviceId: DeviceId, tokenHash?: string): Promise<void> {
  const member = session.log.members.get(deviceId);
  if (member === undefined || member.status === 'removed') {
    session.alarm('log-refused', { device: deviceId });
    throw new Error('sync: this device is not in the signed membership; it cannot be admitted');
  }
  await session.logSync.append((log) => (log.members.get(deviceId)?.status === 'pending' ? { type: 'approve', device: deviceId } : undefined));
  const box = fromBase64Url(member.pub.box)!;
  for (const { epoch, key } of session.keyring.entries()) {
    if (epoch > session.log.currentEpoch) continue;
    await session.request({ type: 'put-keys', epoch, entries: [{ deviceId, wrapped: await session.wrapFor(deviceId, box, epoch, key) }] });
  }
  await session.request({ type: 'approve-device', deviceId });
  if (tokenHash !== undefined) await session.deps.keys.removeIssuedInvite(session.room, tokenHash);
}
