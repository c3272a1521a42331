/**
 * Every export is logged (NEN 7513): in the relay's access log of the case, where the chair reads
 * it, and here on this device so the user sees what was copied and whether the relay has it. The
 * device's own record lives in the vault (`tafel:exportlog:<room>`, encrypted at rest), so a
 * report the relay did not take (offline, app closed before the answer) is not forgotten: it is
 * sent again when the case is next in sync, and with the next export. A case kept only on this
 * device has no relay: the record stays here.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { exportLogDetail, parseExportLogRegel, type ExportLogRegel } from '../../shared/export/index.js';
import { fromUtf8, utf8 } from '../../shared/crypto/index.js';
import type { HostVault } from '../../shared/host/hostApi.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { logExport } from '../../shared/sync/membership/caseAdmin.js';
import { useDeviceSession } from '../store/index.js';

/** Where the relay stands on one export: logged, not (yet) logged, or no relay for this case. */
export type RelayState = 'gemeld' | 'bezig' | 'niet-gemeld' | 'lokaal';
const MELDINGEN: readonly RelayState[] = ['gemeld', 'bezig', 'niet-gemeld', 'lokaal'];

export interface ExportLogItem {
  readonly regel: ExportLogRegel;
  readonly relay: RelayState;
}

const perCasus = new Map<string, readonly ExportLogItem[]>();
const laden = new Map<string, Promise<void>>();
const luisteraars = new Set<() => void>();
const LEEG: readonly ExportLogItem[] = [];

/** The vault entry with this device's export log of a case. */
export const exportLogVaultName = (room: string): string => `tafel:exportlog:${room}`;
const sleutel = exportLogVaultName;
const kluis = (): HostVault | null => useDeviceSession.getState().host?.vault ?? null;

function zet(room: string, items: readonly ExportLogItem[]): void {
  perCasus.set(room, items);
  for (const l of luisteraars) l();
}

function lees(bytes: Uint8Array): ExportLogItem[] {
  try {
    const value = JSON.parse(fromUtf8(bytes)) as unknown;
    if (!Array.isArray(value)) return [];
    return value.flatMap((v: { regel?: unknown; relay?: unknown }) => {
      const regel = parseExportLogRegel(v.regel);
      // A report that was on its way when the app stopped is not known to have arrived: send it again.
      const relay = v.relay === 'bezig' ? 'niet-gemeld' : MELDINGEN.find((m) => m === v.relay);
      return regel === undefined || relay === undefined ? [] : [{ regel, relay }];
    });
  } catch {
    return [];
  }
}

/** Reads the stored log of `room` once (before anything is added, so nothing is overwritten). */
function geladen(room: string): Promise<void> {
  let bezig = laden.get(room);
  if (bezig === undefined) {
    const vault = kluis();
    bezig = (async () => {
      const stored = vault === null ? null : await vault.get(sleutel(room));
      const items = stored?.ok === true && stored.value !== null ? lees(stored.value) : [];
      zet(room, [...items, ...(perCasus.get(room) ?? LEEG)]);
    })().catch(() => undefined);
    laden.set(room, bezig);
  }
  return bezig;
}

/** Writes the log of `room`; a failed write is tried again with the next change (the list on screen stays right). */
async function bewaar(room: string): Promise<void> {
  const vault = kluis();
  if (vault === null) return;
  await vault.put(sleutel(room), utf8(JSON.stringify(perCasus.get(room) ?? LEEG))).catch(() => undefined);
}

function markeer(room: string, regel: ExportLogRegel, relay: RelayState): void {
  zet(
    room,
    (perCasus.get(room) ?? LEEG).map((item) => (item.regel === regel ? { regel, relay } : item)),
  );
}

async function meld(room: string, regel: ExportLogRegel, session: CaseSession): Promise<void> {
  markeer(room, regel, 'bezig');
  const { logged } = await logExport(session, exportLogDetail(regel));
  markeer(room, regel, logged ? 'gemeld' : 'niet-gemeld');
  await bewaar(room);
}

const viaRelay = (room: string, session: CaseSession | null): session is CaseSession => session !== null && session.room === room && !session.isLocalCase;

/** Sends the reports of `room` the relay has not taken yet (call when the case is in sync). */
export async function reportPendingExports(room: string, session: CaseSession): Promise<void> {
  await geladen(room);
  if (!viaRelay(room, session)) return;
  const open = (perCasus.get(room) ?? LEEG).filter((i) => i.relay === 'niet-gemeld').map((i) => i.regel);
  await Promise.all(open.map((regel) => meld(room, regel, session)));
}

/** Records an export and reports it to the relay of `session` (the open case's session, if any). */
export function recordExport(room: string, regel: ExportLogRegel, session: CaseSession | null): void {
  const relay = viaRelay(room, session);
  void (async () => {
    await geladen(room);
    zet(room, [...(perCasus.get(room) ?? LEEG), { regel, relay: relay ? 'niet-gemeld' : 'lokaal' }]);
    await bewaar(room);
    if (relay) await reportPendingExports(room, session);
  })();
}

/** The exports made on this device for a case, oldest first, once read from the vault. */
export async function loadExportLog(room: string): Promise<readonly ExportLogItem[]> {
  await geladen(room);
  return perCasus.get(room) ?? LEEG;
}

function subscribe(onChange: () => void): () => void {
  luisteraars.add(onChange);
  return () => luisteraars.delete(onChange);
}

/** The exports made on this device for a case, oldest first. */
export function useExportLog(room: string): readonly ExportLogItem[] {
  useEffect(() => {
    void geladen(room);
  }, [room]);
  return useSyncExternalStore(subscribe, () => perCasus.get(room) ?? LEEG);
}
