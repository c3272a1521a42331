/**
 * Turns an open sync session into the workspace's open case: the model (migrated after the
 * first sync), this user's deelnemer, rights from the relay role (an observer cannot edit), the
 * live sync state, and a close that updates the case list and ends the session (flushing first).
 */
import { SCHEMA_VERSION, migrateCase, schemaVersion, isEmptyCase, type CaseModel } from '../../shared/model/index.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { SyncStatus } from '../../shared/sync/session/status.js';
import type { DeviceInfo } from '../../shared/protocol/messages.js';
import { canAdminister, canWrite } from '../../shared/protocol/roles.js';
import { flushWhenHidden } from '../storage/flushWhenHidden.js';
import { holdUnloadWhileSaving } from '../storage/holdUnloadWhileSaving.js';
import { buildWorkspaceValue, type OpenedCase } from '../workspace/openedCase.js';
import type { SyncStatusSource } from '../workspace/workspaceContext.js';
import { caseIndexEntryOf } from './caseIndexEntry.js';
import { ensureDeelnemer, listObservers, rollenFor } from './caseIdentity.js';
import { useDeviceSession, useOpenSession } from '../store/index.js';
import { refreshCases } from './deviceSession.js';
import { reportPendingExports } from '../export/deviceExportLog.js';
import { holdCaseNewsUntil } from './caseNews.js';
import { sessionSecuritySource } from './securitySource.js';
import { colourFor } from '../workspace/deelnemerKleur.js';

/** A sync source that follows the session's status events (with a stable snapshot between them). */
export function sessionSyncSource(session: CaseSession): SyncStatusSource {
  let current: SyncStatus = session.status;
  const listeners = new Set<() => void>();
  session.on('status', (status) => {
    current = status;
    for (const l of listeners) l();
  });
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => current,
  };
}

/**
 * Starts a fresh connection when the browser reports the network gone or back. An open socket
 * may survive a lost network for a long time (half-open TCP; browsers' offline emulation leaves
 * open WebSockets alone), and after a long outage the backoff may be waiting up to 10 s: the
 * user should see "Offline" at once, and be back at once.
 */
function followNetwork(session: CaseSession): () => void {
  if (session.isLocalCase) return () => undefined;
  const reconnect = () => {
    if (session.status.state === 'error') return;
    session.disconnect();
    session.connect();
  };
  window.addEventListener('offline', reconnect);
  window.addEventListener('online', reconnect);
  return () => {
    window.removeEventListener('offline', reconnect);
    window.removeEventListener('online', reconnect);
  };
}

/** The chair's device adds admitted observers to the deelnemers, as they appear in the room. */
function listObserversOf(session: CaseSession, model: CaseModel): () => void {
  const onDevices = (devices: readonly DeviceInfo[]) => {
    try {
      listObservers(model, devices);
    } catch {
      // A label the model refuses (too long, empty organisation name rules): leave it unlisted.
    }
  };
  session.on('devices', onDevices);
  onDevices(session.devices);
  return () => session.off('devices', onDevices);
}

/** Brings an older case to the current schema (writers only; observers read what is there). */
function migrateIfNeeded(session: CaseSession): void {
  if (isEmptyCase(session.doc) || schemaVersion(session.doc) >= SCHEMA_VERSION) return;
  if (session.role !== undefined && !canWrite(session.role)) return;
  migrateCase(session.doc);
}

/** How long after a change the case list entry is brought up to date while the case is open. */
const INDEX_AFTER_CHANGE_MS = 5000;

/** The case list entry from the case's meta. */
export async function updateCaseIndex(session: CaseSession, model: CaseModel): Promise<void> {
  const client = useDeviceSession.getState().client;
  if (client === null) return;
  await client.setCaseIndex(session.room, caseIndexEntryOf(model));
}

/** Opens the session's case in the workspace shape. The document must hold the case. */
export async function openedCaseFrom(session: CaseSession): Promise<OpenedCase> {
  const { host, profile, client } = useDeviceSession.getState();
  if (host === null || profile === null) throw new Error('session: not ready');
  migrateIfNeeded(session);
  const role = session.isLocalCase ? null : (session.role ?? null);
  const identity = await ensureDeelnemer(session.doc, host.vault, session.room, profile, role);
  const value = buildWorkspaceValue({
    room: session.room,
    doc: session.doc,
    awareness: session.awareness,
    deelnemerId: identity.deelnemerId,
    apparaatId: session.device.id,
    ...(identity.listed ? {} : { rollen: rollenFor(role) }),
    user: { name: profile.naam, organisation: profile.organisatie, role, color: colourFor(identity.deelnemerId) },
    canEdit: role === null || canWrite(role),
    canManage: role === null || canAdminister(role),
    sync: sessionSyncSource(session),
    ...(client === null ? {} : { security: sessionSecuritySource(session, client) }),
  });
  // The list's "last change" moves only when the case changed while it was open; it is written
  // a few seconds after a change too, so a page reloaded or killed without closing the case keeps it.
  let changed = false;
  let indexTimer: ReturnType<typeof setTimeout> | undefined;
  const onUpdate = () => {
    changed = true;
    indexTimer ??= setTimeout(() => {
      indexTimer = undefined;
      void updateCaseIndex(session, value.model).catch(() => undefined);
    }, INDEX_AFTER_CHANGE_MS);
  };
  session.doc.on('update', onUpdate);
  const stopFlushing = flushWhenHidden(session, { document, window });
  const stopHolding = holdUnloadWhileSaving(session, window);
  const stopFollowingNetwork = followNetwork(session);
  const stopListingObservers = role === 'admin' ? listObserversOf(session, value.model) : () => undefined;
  useOpenSession.setState({ session });
  // Exports made while the relay could not be reached go into its access log whenever the case is in sync again.
  const reportExports = (status: SyncStatus) => {
    if (status.state === 'synced') void reportPendingExports(session.room, session);
  };
  if (!session.isLocalCase) session.on('status', reportExports);
  let closing: Promise<void> | undefined;
  return {
    value,
    close() {
      closing ??= (async () => {
        stopFlushing();
        stopHolding();
        stopFollowingNetwork();
        stopListingObservers();
        session.off('status', reportExports);
        session.doc.off('update', onUpdate);
        clearTimeout(indexTimer);
        if (useOpenSession.getState().session === session) useOpenSession.setState({ session: null });
        value.undo.destroy();
        if (changed && session.status.state !== 'error') await updateCaseIndex(session, value.model).catch(() => undefined);
        await session.destroy();
        await refreshCases();
      })();
      holdCaseNewsUntil(closing);
      return closing;
    },
  };
}
