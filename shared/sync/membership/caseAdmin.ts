/**
 * What the chair (room admin) does with a case: invite (with or without approval), compare the
 * safety code and approve, revoke, remove a member (which rotates the case key: a new epoch
 * wrapped for the remaining devices and a fresh snapshot under it), and read the access log.
 * The relay enforces who may do this; these functions do the cryptography around it.
 */
import { fromBase64Url, toBase64Url, type DeviceId } from '../../protocol/ids.js';
import type { AccessLogEntry, InviteInfo } from '../../protocol/messages.js';
import type { Role } from '../../protocol/roles.js';
import { newSymmetricKey, randomBytes, sha256 } from '../../crypto/index.js';
import type { CaseSession } from '../session/caseSession.js';
import { INVITE_SECRET_BYTES, buildTafelLink, buildWebLink, type InviteLink } from './inviteLink.js';
import { sealInvitePackage } from './invitePackage.js';
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

/** Creates an invite at the relay and returns its links. Admin only. */
export async function createInvite(session: CaseSession, options: InviteOptions): Promise<CreatedInvite> {
  const { crypto } = session.deps;
  const secret = randomBytes(crypto, INVITE_SECRET_BYTES);
  const tokenBytes = randomBytes(crypto, 16);
  const token = toBase64Url(tokenBytes);
  const tokenHash = toBase64Url(await sha256(crypto, tokenBytes));
  const createdAt = options.now ?? Date.now();
  const expiresAt = createdAt + Math.min(options.lifetimeMs ?? INVITE_LIFETIME_MS.default, INVITE_LIFETIME_MS.max);
  const relayUrl = session.options.relayUrl;
  if (relayUrl === null) throw new Error('sync: a case kept only on this device has no invites; publish it first');
  const device = session.device;
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
    keys: options.requireApproval ? [] : session.keyring.entries(),
  });
  await session.request({ type: 'create-invite', tokenHash, role: options.role, expiresAt, package: sealed, requireApproval: options.requireApproval });
  // The chair needs the secret again only to compute the safety code before approving.
  if (options.requireApproval)
    await session.deps.keys.addIssuedInvite(session.room, { tokenHash, secret, role: options.role, requireApproval: true, createdAt });
  const link: InviteLink = { relayUrl, room: session.room, token, secret: toBase64Url(secret) };
  return { tafelLink: buildTafelLink(link), webLink: buildWebLink(link), tokenHash, role: options.role, requireApproval: options.requireApproval, expiresAt };
}

/** Revokes an open invite: its link opens nothing from now on. */
export async function revokeInvite(session: CaseSession, tokenHash: string): Promise<void> {
  await session.request({ type: 'revoke-invite', tokenHash });
  await session.deps.keys.removeIssuedInvite(session.room, tokenHash);
}

/** The room's invites and their state (open, used, revoked, expired). */
export async function listInvites(session: CaseSession): Promise<InviteInfo[]> {
  const answer = await session.request({ type: 'list-invites' });
  return answer.type === 'invites' ? answer.invites : [];
}

/** A safety code for a device, per used invite it may have redeemed (usually exactly one). */
export interface SafetyCodeCandidate {
  readonly tokenHash: string;
  readonly role: Role;
  readonly code: string;
}

/**
 * The safety code(s) the chair compares with a newcomer's before approving. The relay does not
 * say which invite a device redeemed, so there is one candidate per used invite of this device's.
 */
export async function safetyCodesFor(session: CaseSession, deviceId: DeviceId): Promise<SafetyCodeCandidate[]> {
  const device = session.devices.find((d) => d.id === deviceId);
  const inviteeKey = device === undefined ? undefined : fromBase64Url(device.signPublicKey);
  if (inviteeKey === undefined) return [];
  const used = new Set((await listInvites(session)).filter((i) => i.state === 'used').map((i) => i.tokenHash));
  const out: SafetyCodeCandidate[] = [];
  for (const invite of await session.deps.keys.issuedInvites(session.room)) {
    if (!used.has(invite.tokenHash)) continue;
    out.push({
      tokenHash: invite.tokenHash,
      role: invite.role,
      code: await safetyCode(session.deps.crypto, invite.secret, session.device.signPublicSpki, inviteeKey),
    });
  }
  return out;
}

/**
 * Wraps every case key for a pending device and admits it. `tokenHash`: the invite whose safety
 * code matched; its secret is then forgotten.
 */
export async function approveDevice(session: CaseSession, deviceId: DeviceId, tokenHash?: string): Promise<void> {
  const device = session.devices.find((d) => d.id === deviceId);
  const box = device === undefined ? undefined : fromBase64Url(device.boxPublicKey);
  if (box === undefined) throw new Error('sync: no such device');
  for (const { epoch, key } of session.keyring.entries()) {
    if (epoch > session.relayEpoch) continue;
    await session.request({ type: 'put-keys', epoch, entries: [{ deviceId, wrapped: await session.wrapFor(deviceId, box, epoch, key) }] });
  }
  await session.request({ type: 'approve-device', deviceId });
  if (tokenHash !== undefined) await session.deps.keys.removeIssuedInvite(session.room, tokenHash);
}

/**
 * Removes a member's device: the case moves to a new key epoch wrapped for the remaining devices
 * only, the relay refuses the device from then on, and a fresh snapshot is written under the new
 * key, so nothing written afterwards can be read with the keys the removed device had. The key
 * moves first: if the connection drops halfway, the device is already without the new key.
 */
export async function removeDevice(session: CaseSession, deviceId: DeviceId): Promise<void> {
  await rotateCaseKey(session, [deviceId], { snapshot: false });
  await session.request({ type: 'remove-device', deviceId });
  await session.flush();
  await session.submitSnapshot();
}

/** Moves the case to a new key epoch for every active device except `excluded`; resolves the epoch. */
export async function rotateCaseKey(session: CaseSession, excluded: readonly DeviceId[] = [], options: { snapshot?: boolean } = {}): Promise<number> {
  const epoch = session.relayEpoch + 1;
  const key = newSymmetricKey(session.deps.crypto);
  const entries: Array<{ deviceId: DeviceId; wrapped: string }> = [];
  for (const d of session.devices) {
    if (d.status !== 'active' || excluded.includes(d.id)) continue;
    const box = fromBase64Url(d.boxPublicKey);
    if (box !== undefined) entries.push({ deviceId: d.id, wrapped: await session.wrapFor(d.id, box, epoch, key) });
  }
  if (!entries.some((e) => e.deviceId === session.device.id)) {
    entries.push({ deviceId: session.device.id, wrapped: await session.wrapFor(session.device.id, session.device.boxPublicSpki, epoch, key) });
  }
  // Keep the key before the relay hears of it: a crash in between must not lose the new epoch.
  await session.deps.keys.putCaseKeys(session.room, [{ epoch, key }]);
  session.keyring.add(epoch, key);
  await session.request({ type: 'put-keys', epoch, entries });
  session.relayEpoch = Math.max(session.relayEpoch, epoch);
  if (options.snapshot !== false) {
    await session.flush();
    await session.submitSnapshot();
  }
  return epoch;
}

/** The case's access log (newest first), as the relay keeps it: who, when, from where, which role. */
export async function readAccessLog(session: CaseSession, options: { before?: number; limit?: number } = {}): Promise<AccessLogEntry[]> {
  const answer = await session.request({ type: 'get-access-log', ...options });
  return answer.type === 'access-log' ? answer.entries : [];
}

/**
 * Reports an export to the case's access log (detail: soort:formaat:versieId:orgId, ids only).
 * Resolves `logged: false` when the relay refused or could not be reached; the caller keeps it queued.
 */
export async function logExport(session: CaseSession, detail: string): Promise<{ readonly logged: boolean }> {
  try {
    const answer = await session.request({ type: 'log-export', detail });
    return { logged: answer.type === 'ok' };
  } catch {
    return { logged: false };
  }
}
