/** The cases whose figures a user may produce for the region: those they chair (or coordinate), or keep only on this device. */
import type { CaseSummary } from '../../../shared/sync/session/syncClient.js';

export function voorgezeten(cases: readonly CaseSummary[]): CaseSummary[] {
  return cases.filter((c) => c.role === 'admin' || c.sharing === 'local-only' || c.entry?.tafel?.voorzitter === true);
}
