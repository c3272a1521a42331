/**
 * The web host: HostApi in a plain browser, for the renderer served by the relay. Keys sit in
 * IndexedDB under a passphrase-derived key, settings in IndexedDB, exports are downloads, PDFs
 * go through the browser's print dialog and invite links arrive as `/join/...` page addresses.
 */
import type { HostApi } from '../../shared/host/hostApi.js';
import { openWebHostDb } from './web/idb.js';
import { createPassphraseVault, type PassphraseVault, type VaultCrypto } from './web/passphraseVault.js';
import { createWebDeepLinks, inviteLinkFromLocation } from './web/webDeepLinks.js';
import { downloadFile, downloadZip } from './web/webFiles.js';
import { createWebSettingsStore, defaultWebSettings, ownRelayUrl } from './web/webSettings.js';

/** What the web host needs from the browser (all of it from `window` in the app). */
export interface WebHostEnvironment {
  readonly indexedDB: IDBFactory | undefined;
  readonly crypto: VaultCrypto;
  readonly location: Pick<Location, 'protocol' | 'host' | 'pathname' | 'href'>;
  readonly document: Document;
  readonly appVersion: string;
}

/** HostApi for the browser, whose vault also says whether it has been created. */
export interface WebHost extends HostApi {
  readonly vault: PassphraseVault;
}

export function createWebHost(env: WebHostEnvironment): WebHost {
  let db: Promise<IDBDatabase> | undefined;
  const openDb = (): Promise<IDBDatabase> => {
    const factory = env.indexedDB;
    if (factory === undefined) return Promise.reject(new Error('IndexedDB unavailable'));
    db ??= openWebHostDb(factory).catch((error: unknown) => {
      db = undefined;
      throw error;
    });
    return db;
  };
  const settings = createWebSettingsStore(openDb, defaultWebSettings(ownRelayUrl(env.location)));

  return {
    capabilities: { kind: 'web', vault: 'passphrase', saveDialog: false, deepLinks: true },
    getAppInfo: async () => ({ name: 'Tafel', version: env.appVersion, platform: 'web' }),
    vault: createPassphraseVault({ openDb, crypto: env.crypto }),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    exportFile: async (request) => downloadFile(env.document, request),
    exportFiles: async (request) => downloadZip(env.document, request),
    onDeepLink: createWebDeepLinks(inviteLinkFromLocation(env.location)),
  };
}
