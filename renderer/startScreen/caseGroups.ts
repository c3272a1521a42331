/**
 * Which group of the start screen a case is in: active, afgeschaald and nazorg, or closed. The case
 * list entry holds the levensloop phase (older entries the status words of before it, mapped).
 */
import { LEVENSFASEN, STATUS_NAAR_FASE, type Levensfase } from '../../shared/model/index.js';
import type { CaseSummary } from '../../shared/sync/session/syncClient.js';

export type CaseGroup = 'actief' | 'afgeschaald' | 'afgesloten';
export const CASE_GROUPS: readonly CaseGroup[] = ['actief', 'afgeschaald', 'afgesloten'];

/** The phase a case list entry names, or undefined (a case not received yet, a damaged entry). */
export function faseVan(c: CaseSummary): Levensfase | undefined {
  if ((LEVENSFASEN as readonly string[]).includes(c.status)) return c.status as Levensfase;
  return (STATUS_NAAR_FASE as Readonly<Record<string, Levensfase>>)[c.status];
}

export function groupOf(c: CaseSummary): CaseGroup {
  const fase = faseVan(c);
  if (fase === 'afgesloten') return 'afgesloten';
  if (fase === 'afschalen' || fase === 'nazorg') return 'afgeschaald';
  return 'actief';
}
