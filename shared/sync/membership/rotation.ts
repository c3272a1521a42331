/**
 * The chair's actions that change who holds the case key: a new epoch (after a removal, and at
 * least every 30 days of activity, so a key that leaked stops being useful), removing a device, and
 * changing a device's role. Each is a signed entry in the membership log first; new keys are
 * wrapped only for the devices the log says are active, with the box keys the log records — never
 * for the relay's device list (docs/threat-model.md, "Keys and epochs").
 */
import { newSymmetricKey } from '../../crypto/index.js';
import { fromBase64Url, type DeviceId } from '../../protocol/ids.js';
import { canWrite, type Role } from '../../protocol/roles.js';
import { epochCommitment } from '../keys/epochCommitment.js';
import type { CaseSession } from '../session/caseSession.js';

/** How long an epoch may serve while the case is in use before the chair's device starts a new one. */
export const REKEY_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Moves the case to a new key epoch, wrapped for every active member in the log except
 * `excluded`; resolves the new epoch. The key is kept in the vault before anyone hears of it (a
 * crash in between must not lose it), and the epoch entry goes into the log before the relay is
 * told, so members can check the key when it arrives. If another admin started an epoch for the
 * same members meanwhile, that one serves and nothing more is appended.
 */
export async function rotateCaseKey(session: CaseSession, excluded: readonly DeviceId[] = [], options: { snapshot?: boolean } = {}): Promise<number> {
  const { crypto } = session.deps;
  const key = newSymmetricKey(crypto);
  let chosen: { epoch: number; devices: DeviceId[] } | undefined;
  const startedAt = session.log.currentEpoch;
  await session.logSync.append(async (log) => {
    const current = log.epochs.get(log.currentEpoch);
    // An epoch never takes back a device the one before left out (another admin is removing it),
    // unless it became active since; and never the devices this rotation excludes.
    const devices = log
      .activeMembers()
      .filter((m) => current === undefined || current.devices.has(m.pub.id) || (m.activeFrom ?? -1) > current.index)
      .map((m) => m.pub.id)
      .filter((id) => !excluded.includes(id));
    // Lost a race to another admin's new epoch that already leaves the excluded devices out: done.
    if (log.currentEpoch > startedAt && current !== undefined && excluded.every((d) => !current.devices.has(d))) {
      chosen = undefined;
      return undefined;
    }
    const epoch = log.currentEpoch + 1;
    chosen = { epoch, devices };
    await session.deps.keys.putCaseKeys(session.room, [{ epoch, key }]);
    return { type: 'epoch', epoch, commitment: await epochCommitment(crypto, session.room, epoch, key), devices };
  });
  if (chosen === undefined) return session.log.currentEpoch;
  const { epoch, devices } = chosen;
  session.keyring.add(epoch, key);
  const entries: Array<{ deviceId: DeviceId; wrapped: string }> = [];
  for (const id of devices) {
    const box = fromBase64Url(session.log.members.get(id)!.pub.box)!;
    entries.push({ deviceId: id, wrapped: await session.wrapFor(id, box, epoch, key) });
  }
  await session.request({ type: 'put-keys', epoch, entries });
  session.relayEpoch = Math.max(session.relayEpoch, epoch);
  session.outbox.pumpInBackground();
  if (options.snapshot !== false) {
    await session.flush();
    await session.submitSnapshot();
  }
  return epoch;
}

/**
 * Removes a member's device. First the case moves to a new key epoch without it, so from then on
 * nobody seals anything — text or presence — under a key it holds. Then the relay refuses it, and
 * once every frame it sent before is here, the log records its removal with the last frame of each
 * of its streams (everyone refuses anything of it beyond those; taken after the relay cut it off,
 * so every member judges its frames alike). Last, a fresh snapshot under the new key.
 */
export async function removeDevice(session: CaseSession, deviceId: DeviceId): Promise<void> {
  if (deviceId === session.device.id) throw new Error('sync: a chair cannot remove its own device');
  await rotateCaseKey(session, [deviceId], { snapshot: false });
  const answer = await session.request({ type: 'remove-device', deviceId });
  if (answer.type === 'ok' && answer.head !== undefined) await session.appliedUpTo(answer.head);
  await session.logSync.append((log) => {
    const m = log.members.get(deviceId);
    return m === undefined || m.status === 'removed' ? undefined : { type: 'remove', device: deviceId, heads: session.streams.headsOf(deviceId) };
  });
  await session.flush();
  await session.submitSnapshot();
}

/**
 * Changes a member's role. A device that loses the right to write is cut off by the relay first,
 * so the log can record the last frame of each of its streams (as for a removal).
 */
export async function setRole(session: CaseSession, deviceId: DeviceId, role: Role): Promise<void> {
  const before = session.log.members.get(deviceId);
  if (before === undefined || before.status === 'removed') throw new Error('sync: no such member');
  const answer = await session.request({ type: 'set-role', deviceId, role });
  if (losesWrite(before.role, role) && answer.type === 'ok' && answer.head !== undefined) await session.appliedUpTo(answer.head);
  await session.logSync.append((log) => {
    const m = log.members.get(deviceId);
    if (m === undefined || m.status === 'removed' || m.role === role) return undefined;
    return { type: 'role', device: deviceId, role, heads: losesWrite(m.role, role) ? session.streams.headsOf(deviceId) : [] };
  });
}

/** A role that may no longer change the document after the change. */
export function losesWrite(from: Role, to: Role): boolean {
  return canWrite(from) && !canWrite(to);
}

/**
 * On an admin's device, whenever membership changes: a device that joined through an invite holds
 * the keys of the epochs started before that invite (they were in its package); an epoch started
 * between the invite and the join (a removal, a periodic re-key) is wrapped for it here. Any admin
 * device may do it; doing it twice is harmless. Resolves how many keys it wrapped.
 */
export async function grantMissedEpochs(session: CaseSession): Promise<number> {
  const log = session.log;
  if (!log.isAdmin(session.device.id)) return 0;
  let granted = 0;
  for (const m of log.activeMembers()) {
    const invite = m.invite === undefined ? undefined : log.invites.get(m.invite);
    if (invite === undefined || invite.requireApproval) continue; // approval wraps every key itself
    const missed = session.keyring.entries().filter((k) => {
      const record = log.epochs.get(k.epoch);
      return record !== undefined && record.index > invite.index && !record.devices.has(m.pub.id) && log.mayHoldKey(m.pub.id, k.epoch);
    });
    const box = fromBase64Url(m.pub.box)!;
    for (const { epoch, key } of missed) {
      const grantKey = `${m.pub.id}/${epoch}`;
      if (session.grantedKeys.has(grantKey)) continue;
      await session.request({ type: 'put-keys', epoch, entries: [{ deviceId: m.pub.id, wrapped: await session.wrapFor(m.pub.id, box, epoch, key) }] });
      session.grantedKeys.add(grantKey);
      granted++;
    }
  }
  return granted;
}

/**
 * On the chair's device, once the session is caught up: if the log started an epoch whose keys
 * the relay never received (this device stopped between the entry and `put-keys`), hands them over
 * now, so the members can write again. Resolves true if it did.
 */
export async function completeEpoch(session: CaseSession): Promise<boolean> {
  const log = session.log;
  const epoch = log.currentEpoch;
  const record = log.epochs.get(epoch);
  const key = session.keyring.entries().find((k) => k.epoch === epoch)?.key;
  if (record === undefined || key === undefined || !log.isAdmin(session.device.id) || session.relayEpoch !== epoch - 1) return false;
  const entries: Array<{ deviceId: DeviceId; wrapped: string }> = [];
  for (const id of record.devices) {
    const m = log.members.get(id);
    if (m?.status === 'active') entries.push({ deviceId: id, wrapped: await session.wrapFor(id, fromBase64Url(m.pub.box)!, epoch, key) });
  }
  await session.request({ type: 'put-keys', epoch, entries });
  session.relayEpoch = epoch;
  return true;
}

/**
 * On the chair's device, once the session is caught up: starts a new epoch when the current one is
 * older than `REKEY_AFTER_MS` while the case is in use, or when nobody can hold the current key
 * (this device started it and died before it could keep it). Resolves true if it rotated.
 */
export async function rekeyIfDue(session: CaseSession): Promise<boolean> {
  const log = session.log;
  const current = log.epochs.get(log.currentEpoch);
  const now = (session.deps.now ?? Date.now)();
  if (current === undefined || !log.isAdmin(session.device.id)) return false;
  const lost = current.by === session.device.id && !session.keyring.has(current.epoch);
  // A removal whose new epoch never followed (the chair's device stopped in between).
  const stale = log.heldByRemoved(current.epoch);
  if (!lost && !stale && now - current.at < REKEY_AFTER_MS) return false;
  await rotateCaseKey(session);
  return true;
}
