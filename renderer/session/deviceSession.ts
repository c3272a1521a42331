/**
 * Builds the sync side of this device once the vault is unlocked and the profile is known: the
 * one `SyncClient` of the renderer (WebCrypto, browser WebSockets, the IndexedDB case store, the
 * host's vault, the user's profile as label) and the list of cases on this device. The state
 * lives in renderer/store (useDeviceSession).
 */
import type { HostApi } from '../../shared/host/hostApi.js';
import { webSocketPort } from '../../shared/platform/socketPort.js';
import { SyncClient } from '../../shared/sync/session/syncClient.js';
import { IndexedDbCaseStore } from '../storage/indexedDbCaseStore.js';
import { useDeviceSession, useOpenCase } from '../store/index.js';
import { closedNetworkAllows } from './closedNetwork.js';
import { loadProfile, saveProfile, type Profile } from './profile.js';
import { deelnemerVaultName } from './caseIdentity.js';
import { visitsSaved } from './caseNews.js';
import { exportLogVaultName } from '../export/deviceExportLog.js';
import { bezoekVaultName } from '../../shared/annotaties/lastVisit.js';

/** The renderer's own vault entries of one case: deleted with its keys when the case leaves the device. */
export const roomVaultNames = (room: string): string[] => [deelnemerVaultName(room), exportLogVaultName(room), bezoekVaultName(room)];

let storePromise: Promise<IndexedDbCaseStore> | undefined;

function caseStore(): Promise<IndexedDbCaseStore> {
  storePromise ??= IndexedDbCaseStore.open(window);
  return storePromise;
}

async function buildClient(host: HostApi, profile: Profile): Promise<SyncClient> {
  return new SyncClient({
    crypto: window.crypto,
    sockets: webSocketPort(WebSocket),
    store: await caseStore(),
    vault: host.vault,
    label: { name: profile.naam, organisation: profile.organisatie },
    allowUnprotected: closedNetworkAllows,
    roomVaultNames,
    caseRemoved: (room) =>
      void (async () => {
        // Removed from the case or erased, verified and deleted: the workspace closes, the list says so.
        const open = useOpenCase.getState();
        if (open.opened?.value.room === room) await open.close().catch(() => undefined);
        // Closing saves the last visit once more (when its view unmounts): that goes too.
        await new Promise((resolve) => setTimeout(resolve, 0));
        await visitsSaved();
        for (const name of roomVaultNames(room)) await host.vault.delete(name);
        await refreshCases();
      })(),
  });
}

/** After the vault is unlocked: reads the profile and builds the client. */
export async function startDeviceSession(host: HostApi): Promise<void> {
  const { host: current, phase } = useDeviceSession.getState();
  if (current === host && phase !== 'locked' && phase !== 'failed') return;
  useDeviceSession.setState({ host, phase: 'loading' });
  try {
    const profile = await loadProfile(host.vault);
    if (profile === null) return useDeviceSession.setState({ phase: 'needs-profile' });
    useDeviceSession.setState({ profile, client: await buildClient(host, profile), phase: 'ready' });
    await refreshCases();
  } catch {
    useDeviceSession.setState({ phase: 'failed' });
  }
}

/** Saves the profile and (re)builds the client with it as label. */
export async function setProfile(input: Profile): Promise<void> {
  const host = useDeviceSession.getState().host;
  if (host === null) throw new Error('session: no host');
  const profile = await saveProfile(host.vault, input);
  useDeviceSession.setState({ profile, client: await buildClient(host, profile), phase: 'ready' });
  await refreshCases();
}

/** Reads the case list again (after creating, joining, closing a case), with the notices of cases deleted from the device. */
export async function refreshCases(): Promise<void> {
  const client = useDeviceSession.getState().client;
  if (client === null) return;
  try {
    const [cases, notices] = await Promise.all([client.listCases(), client.listNotices()]);
    useDeviceSession.setState({ cases, notices });
  } catch {
    useDeviceSession.setState({ phase: 'failed' });
  }
}

/** The user read a notice of a case deleted from this device. */
export async function dismissNotice(id: string): Promise<void> {
  const client = useDeviceSession.getState().client;
  if (client === null) return;
  await client.dismissNotice(id);
  await refreshCases();
}
