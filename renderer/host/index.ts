/**
 * The renderer's one way to the host. In the desktop app the preload has put a HostApi on
 * `window.tafelHost`; in a browser there is none and the web host takes its place. Everything
 * else in the renderer asks `getHost()` and adapts to `capabilities`, never to the host's kind.
 */
import type { HostApi, HostVault } from '../../shared/host/hostApi.js';
import { version } from '../../package.json';
import { createWebHost } from './webHost.js';

declare global {
  interface Window {
    /** Set by the Electron preload (main/preload); absent in a browser. */
    readonly tafelHost?: HostApi;
  }
}

let host: HostApi | undefined;

/** The host of this window (created on first use). */
export function getHost(): HostApi {
  host ??=
    window.tafelHost ??
    createWebHost({
      indexedDB: window.indexedDB,
      crypto: window.crypto,
      location: window.location,
      document: window.document,
      appVersion: version,
    });
  return host;
}

/** A vault that can tell a first use (create a passphrase) from a return (unlock). */
export interface CreatableVault extends HostVault {
  isCreated(): Promise<boolean>;
}

/** True when the vault can say whether it exists yet (the passphrase vault can). */
export function isCreatableVault(vault: HostVault): vault is CreatableVault {
  return typeof (vault as Partial<CreatableVault>).isCreated === 'function';
}
