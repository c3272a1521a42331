/**
 * Binds each IPC channel to the service that answers it. No Electron here: the services come in
 * ready-made, so this mapping is tested with real services on a temp folder.
 */
import type { AppInfo } from '../../shared/host/hostApi.js';
import { ok } from '../../shared/host/hostResult.js';
import { HostChannels } from '../../shared/host/ipcContract.js';
import type { DeepLinkInbox } from '../deepLinks/deepLinkInbox.js';
import type { ExportService } from '../services/exportService.js';
import type { SettingsStore } from '../services/settingsStore.js';
import type { Vault } from '../services/vault.js';
import type { HostHandlers } from './hostIpc.js';

export interface HostServices {
  readonly appInfo: AppInfo;
  readonly vault: Vault;
  readonly settings: SettingsStore;
  readonly exports: ExportService;
  readonly deepLinks: DeepLinkInbox;
}

export function createHostHandlers(services: HostServices): HostHandlers {
  return {
    [HostChannels.appInfo]: async () => ok(services.appInfo),
    [HostChannels.vaultStatus]: async () => ok(await services.vault.isAvailable()),
    [HostChannels.vaultGet]: ({ name }) => services.vault.get(name),
    [HostChannels.vaultPut]: ({ name, value }) => services.vault.put(name, value),
    [HostChannels.vaultDelete]: ({ name }) => services.vault.delete(name),
    [HostChannels.settingsGet]: async () => ok(services.settings.current()),
    [HostChannels.settingsUpdate]: (patch) => services.settings.update(patch),
    [HostChannels.exportFile]: (request) => services.exports.exportFile(request),
    [HostChannels.exportFiles]: (request) => services.exports.exportFiles(request),
    [HostChannels.deepLinkTakePending]: async () => ok(services.deepLinks.takePending()),
  };
}
