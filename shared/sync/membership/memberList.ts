/**
 * The case's devices as the UI and the annotation keys see them: the members of the verified
 * membership log, with the relay's word used only for who is online. A device the relay lists but
 * the log does not know (a phantom) is left out; a removed one too.
 */
import type { DeviceId } from '../../protocol/ids.js';
import type { DeviceInfo } from '../../protocol/messages.js';
import type { MembershipLog } from './membershipLog.js';

/** Members of the log (active and pending) as `DeviceInfo`, online as the relay says. */
export function memberList(log: MembershipLog, relayDevices: readonly DeviceInfo[]): DeviceInfo[] {
  const online = new Set<DeviceId>(relayDevices.filter((d) => d.online).map((d) => d.id));
  const out: DeviceInfo[] = [];
  for (const [id, m] of log.members) {
    if (m.status === 'removed') continue;
    out.push({
      id,
      role: m.role,
      label: m.label,
      signPublicKey: m.pub.sign,
      boxPublicKey: m.pub.box,
      status: m.status,
      online: online.has(id),
    });
  }
  return out;
}

/** Devices the relay lists that the log does not know as members (shown to the chair as unverifiable). */
export function unverifiedDevices(log: MembershipLog, relayDevices: readonly DeviceInfo[]): DeviceInfo[] {
  return relayDevices.filter((d) => {
    const m = log.members.get(d.id);
    return m === undefined || m.status === 'removed';
  });
}
