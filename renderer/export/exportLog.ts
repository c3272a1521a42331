/**
 * Every export is logged (NEN 7513): in the relay's access log of the case, where the chair reads
 * it, and here on this device for the session so the user sees what was copied and whether the
 * relay has it. A report the relay did not take (offline) is tried again with the next export.
 * A case kept only on this device has no relay: the record stays here.
 */
import { useSyncExternalStore } from 'react';
import { exportLogDetail, type ExportLogRegel } from '../../shared/export/index.js';
import type { CaseSession } from '../../shared/sync/caseSession.js';
import { logExport } from '../../shared/sync/caseAdmin.js';

/** Where the relay stands on one export: logged, not (yet) logged, or no relay for this case. */
export type RelayMelding = 'gemeld' | 'bezig' | 'niet-gemeld' | 'lokaal';

export interface ExportLogItem {
  readonly regel: ExportLogRegel;
  readonly relay: RelayMelding;
}

const perCasus = new Map<string, readonly ExportLogItem[]>();
const luisteraars = new Set<() => void>();
const LEEG: readonly ExportLogItem[] = [];

function zet(room: string, items: readonly ExportLogItem[]): void {
  perCasus.set(room, items);
  for (const l of luisteraars) l();
}

function markeer(room: string, regel: ExportLogRegel, relay: RelayMelding): void {
  zet(room, (perCasus.get(room) ?? LEEG).map((item) => (item.regel === regel ? { regel, relay } : item)));
}

async function meld(room: string, regel: ExportLogRegel, session: CaseSession): Promise<void> {
  markeer(room, regel, 'bezig');
  const { logged } = await logExport(session, exportLogDetail(regel));
  markeer(room, regel, logged ? 'gemeld' : 'niet-gemeld');
}

/** Records an export and reports it to the relay of `session` (the open case's session, if any). */
export function legExportVast(room: string, regel: ExportLogRegel, session: CaseSession | null): void {
  const viaRelay = session !== null && session.room === room && !session.isLocalCase;
  const eerder = perCasus.get(room) ?? LEEG;
  zet(room, [...eerder, { regel, relay: viaRelay ? 'bezig' : 'lokaal' }]);
  if (!viaRelay) return;
  for (const item of [...eerder.filter((i) => i.relay === 'niet-gemeld').map((i) => i.regel), regel]) void meld(room, item, session);
}

function subscribe(onChange: () => void): () => void {
  luisteraars.add(onChange);
  return () => luisteraars.delete(onChange);
}

/** The exports made on this device in this session for a case, oldest first. */
export function useExportLog(room: string): readonly ExportLogItem[] {
  return useSyncExternalStore(subscribe, () => perCasus.get(room) ?? LEEG);
}
