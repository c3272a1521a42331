/**
 * The user's last visit per case, kept on their device in the host's vault (encrypted at rest),
 * never in the shared document: when someone last looked is theirs alone.
 */
import type { HostVault } from '../host/hostApi.js';
import { fromUtf8, utf8 } from '../crypto/index.js';
import { fromBase64Url, toBase64Url } from '../protocol/ids.js';
import type { Bezoek } from './sinceLastVisit.js';

/** The vault entry with the user's last visit of a case. */
export const bezoekVaultName = (room: string): string => `tafel:laatste-bezoek:${room}`;
const keyFor = bezoekVaultName;

/** The stored visit of `room`, or null if there is none (first visit) or it no longer reads. */
export async function loadBezoek(vault: HostVault, room: string): Promise<Bezoek | null> {
  const stored = await vault.get(keyFor(room));
  if (!stored.ok || stored.value === null) return null;
  try {
    const v = JSON.parse(fromUtf8(stored.value)) as { snapshot?: unknown; eigenClients?: unknown; op?: unknown };
    const snapshot = typeof v.snapshot === 'string' ? fromBase64Url(v.snapshot) : undefined;
    const clients = Array.isArray(v.eigenClients) ? v.eigenClients.filter((c): c is number => Number.isSafeInteger(c)) : undefined;
    if (snapshot === undefined || clients === undefined || typeof v.op !== 'string') return null;
    return { snapshot, eigenClients: clients, op: v.op };
  } catch {
    return null;
  }
}

/** Remembers `bezoek` as the last visit of `room`. */
export async function saveBezoek(vault: HostVault, room: string, bezoek: Bezoek): Promise<void> {
  const value = JSON.stringify({ snapshot: toBase64Url(bezoek.snapshot), eigenClients: bezoek.eigenClients, op: bezoek.op });
  const saved = await vault.put(keyFor(room), utf8(value));
  if (!saved.ok) throw new Error(`vault: ${saved.error.code}`);
}
