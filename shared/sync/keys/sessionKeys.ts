/**
 * Case keys arriving at a session: from the invite package (redeeming a link) or wrapped for
 * this device by the relay's `keys` message; both go into the keyring and the vault. And the
 * other way: wrapping a case key for one device.
 */
import { sha256, unwrapKeyForDevice, wrapKeyForDevice, type DeviceKeys } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url, type DeviceId, type RoomId } from '../../protocol/ids.js';
import { openInvitePackage } from '../membership/invitePackage.js';
import { caseKeyContext } from './keyContext.js';
import type { CaseKeyring } from './keyring.js';
import type { KeyStore } from './keyStore.js';
import type { LocalCaseStore } from '../local/localCaseStore.js';
import type { LoginPlan } from '../link/login.js';

/** What key handling needs from its session. */
export interface SessionKeyContext {
  readonly crypto: CryptoPort;
  readonly keys: KeyStore;
  readonly store: LocalCaseStore;
  readonly room: RoomId;
  readonly device: DeviceKeys;
  readonly keyring: CaseKeyring;
}

/** A case key of one epoch. */
export interface EpochKey {
  readonly epoch: number;
  readonly key: Uint8Array;
}

/**
 * Opens the invite package the relay handed over for a redeemed link, keeps the invite (for the
 * safety code) and its keys, and makes this device a member. `undefined` if it does not open
 * with the link's secret (a damaged or forged link).
 */
export async function acceptInvitePackage(
  ctx: SessionKeyContext,
  plan: Extract<LoginPlan, { type: 'redeem' }>,
  sealed: string,
): Promise<{ keys: readonly EpochKey[] } | undefined> {
  const { token, secret } = plan;
  const tokenHash = toBase64Url(await sha256(ctx.crypto, fromBase64Url(token)!));
  const content = await openInvitePackage(ctx.crypto, secret, ctx.room, tokenHash, sealed);
  if (content === undefined) return undefined;
  await ctx.keys.putPendingInvite(ctx.room, { token, secret, inviterSignPublicKey: content.inviter.signPublicKey });
  if (content.keys.length > 0) {
    for (const k of content.keys) ctx.keyring.add(k.epoch, k.key);
    await ctx.keys.putCaseKeys(ctx.room, content.keys);
  }
  const record = await ctx.store.getCase(ctx.room);
  if (record !== undefined) await ctx.store.putCase({ ...record, membership: 'member', role: content.role });
  return { keys: content.keys };
}

/** Unwraps a key the relay holds for this device and keeps it; false if it does not open. */
export async function receiveWrappedKey(ctx: SessionKeyContext, epoch: number, wrapped: string): Promise<boolean> {
  const bytes = fromBase64Url(wrapped);
  const key =
    bytes === undefined ? undefined : await unwrapKeyForDevice(ctx.crypto, bytes, ctx.device.boxPrivate, caseKeyContext(ctx.room, epoch, ctx.device.id));
  if (key === undefined) return false;
  if (!ctx.keyring.has(epoch)) {
    ctx.keyring.add(epoch, key);
    await ctx.keys.putCaseKeys(ctx.room, [{ epoch, key }]);
  }
  return true;
}

/** Wraps a case key for one device (bound to room, epoch and device). */
export async function wrapCaseKey(
  crypto: CryptoPort,
  room: RoomId,
  deviceId: DeviceId,
  boxPublicSpki: Uint8Array,
  epoch: number,
  key: Uint8Array,
): Promise<string> {
  return toBase64Url(await wrapKeyForDevice(crypto, key, boxPublicSpki, caseKeyContext(room, epoch, deviceId)));
}
