// The sandboxed preload: the renderer's only bridge to main. It exposes one HostApi object as
// window.tafelHost, made of plain functions; the renderer never sees ipcRenderer or an event.
// Compiled to CommonJS (dist/main/preload/index.cjs) because sandboxed preloads cannot be ES
// modules and may only require('electron'), so everything from shared/ is imported as types.
import electron = require('electron');
import type { HostApi, HostResult } from '../../shared/host/hostApi.js' with { 'resolution-mode': 'import' };
import type {
  HostChannel,
  HostChannels as HostChannelNames,
  HostEvents as HostEventNames,
  HostRequest,
  HostResponse,
} from '../../shared/host/ipcContract.js' with { 'resolution-mode': 'import' };

const { contextBridge, ipcRenderer } = electron;

// Repeated from shared/host/ipcContract.ts (a runtime import is impossible here); `satisfies`
// makes the compiler refuse any difference.
const channels = {
  appInfo: 'host:app:info',
  vaultStatus: 'host:vault:status',
  vaultGet: 'host:vault:get',
  vaultPut: 'host:vault:put',
  vaultDelete: 'host:vault:delete',
  settingsGet: 'host:settings:get',
  settingsUpdate: 'host:settings:update',
  exportFile: 'host:export:file',
  exportFiles: 'host:export:files',
  deepLinkTakePending: 'host:deep-link:take-pending',
} as const satisfies typeof HostChannelNames;
const events = { deepLink: 'host:deep-link' } as const satisfies typeof HostEventNames;

const BRIDGE_FAILED: HostResult<never> = {
  ok: false,
  error: { code: 'io-error', message: 'Tafel kon het verzoek niet afhandelen. Start de app opnieuw als dit blijft gebeuren.' },
};

async function call<C extends HostChannel>(channel: C, request: HostRequest<C>): Promise<HostResult<HostResponse<C>>> {
  try {
    return (await ipcRenderer.invoke(channel, request)) as HostResult<HostResponse<C>>;
  } catch {
    // Only reached when main has no handler (e.g. during shutdown); handlers answer with data.
    return BRIDGE_FAILED;
  }
}

/** For the calls whose HostApi signature has no error branch: main answers them from memory. */
async function value<C extends HostChannel>(channel: C): Promise<HostResponse<C>> {
  const result = await call(channel, undefined as HostRequest<C>);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const tafelHost: HostApi = {
  capabilities: { kind: 'desktop', vault: 'os-keychain', saveDialog: true, deepLinks: true },
  getAppInfo: () => value(channels.appInfo),
  vault: {
    isUnlocked: () => value(channels.vaultStatus),
    // The OS keychain unlocks the desktop vault at login: there is no passphrase to check, and
    // none is sent anywhere.
    unlock: async () => ({ ok: true, value: undefined }),
    get: (name) => call(channels.vaultGet, { name }),
    put: (name, data) => call(channels.vaultPut, { name, value: data }),
    delete: (name) => call(channels.vaultDelete, { name }),
  },
  getSettings: () => value(channels.settingsGet),
  updateSettings: (patch) => call(channels.settingsUpdate, patch),
  exportFile: (request) => call(channels.exportFile, { suggestedName: request.suggestedName, mimeType: request.mimeType, data: request.data }),
  exportFiles: (request) =>
    call(channels.exportFiles, {
      folderName: request.folderName,
      files: request.files.map((f) => ({ suggestedName: f.suggestedName, mimeType: f.mimeType, data: f.data })),
    }),
  onDeepLink: (listener) => {
    const onMessage = (_event: unknown, link: unknown): void => {
      if (typeof link === 'string') listener(link);
    };
    ipcRenderer.on(events.deepLink, onMessage);
    // Links that arrived before anyone listened (the app was started by one) come once.
    void call(channels.deepLinkTakePending, undefined).then((result) => {
      if (result.ok) for (const link of result.value) listener(link);
    });
    return () => {
      ipcRenderer.removeListener(events.deepLink, onMessage);
    };
  },
};

contextBridge.exposeInMainWorld('tafelHost', tafelHost);
