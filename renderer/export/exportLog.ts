/**
 * Export records kept on this device for the open session. Every export must be logged
 * (NEN 7513), but the relay's access log has no export event yet and the case document has no
 * log of its own (docs/exports.md, "Access log"); until one of them exists the record is kept
 * here, in memory, and shown beside the versions so the user sees what was copied.
 */
import { useSyncExternalStore } from 'react';
import type { ExportLogRegel } from '../../shared/export/index.js';

const perCasus = new Map<string, readonly ExportLogRegel[]>();
const luisteraars = new Set<() => void>();
const LEEG: readonly ExportLogRegel[] = [];

export function legExportVast(room: string, regel: ExportLogRegel): void {
  perCasus.set(room, [...(perCasus.get(room) ?? LEEG), regel]);
  for (const l of luisteraars) l();
}

function subscribe(onChange: () => void): () => void {
  luisteraars.add(onChange);
  return () => luisteraars.delete(onChange);
}

/** The exports made on this device in this session for a case, oldest first. */
export function useExportLog(room: string): readonly ExportLogRegel[] {
  return useSyncExternalStore(subscribe, () => perCasus.get(room) ?? LEEG);
}
