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
import { useDeviceSession } from '../store/index.js';
import { closedNetworkAllows } from './closedNetwork.js';
import { loadProfile, saveProfile, type Profile } from './profile.js';

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

/** Reads the case list again (after creating, joining, closing a case). */
export async function refreshCases(): Promise<void> {
  const client = useDeviceSession.getState().client;
  if (client === null) return;
  try {
    useDeviceSession.setState({ cases: await client.listCases() });
  } catch {
    useDeviceSession.setState({ phase: 'failed' });
  }
}
