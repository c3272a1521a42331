import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostChannels, hostContract } from '../../shared/host/ipcContract.js';
import { DeepLinkInbox } from '../deepLinks/deepLinkInbox.js';
import { ExportService } from '../services/exportService.js';
import { SettingsStore } from '../services/settingsStore.js';
import { fakeSafeStorage, tempDir } from '../services/testSupport.js';
import { Vault } from '../services/vault.js';
import { createHostHandlers } from './hostHandlers.js';
import { type HostHandlers, type InvokeEventLike, type IpcMainLike, dispatchHostCall, registerHostHandlers } from './hostIpc.js';

const fromApp: InvokeEventLike = { senderFrame: { url: 'app://tafel/index.html', parent: null } };

let dir: string;
let cleanup: () => Promise<void>;
let handlers: HostHandlers;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('ipc'));
  const settings = new SettingsStore(`${dir}/settings.json`);
  await settings.load();
  handlers = createHostHandlers({
    appInfo: { name: 'Tafel', version: '0.1.0', platform: 'linux' },
    vault: new Vault({ dir: `${dir}/vault`, safeStorage: fakeSafeStorage(), platform: 'linux' }),
    settings,
    exports: new ExportService({
      dialog: { showSaveDialog: async () => ({ canceled: true }), showFolderDialog: async () => ({ canceled: true, filePaths: [] }) },
      defaultDir: dir,
    }),
    deepLinks: new DeepLinkInbox(() => undefined),
  });
});
afterEach(() => cleanup());

describe('the IPC door', () => {
  it('registers exactly the contract channels', () => {
    const registered: string[] = [];
    const ipc: IpcMainLike = { handle: (channel) => void registered.push(channel) };
    registerHostHandlers(ipc, handlers);
    expect(registered.sort()).toEqual(Object.keys(hostContract).sort());
  });

  it('runs valid requests from the app through to the services', async () => {
    const value = new Uint8Array([1, 2, 3]);
    expect(await dispatchHostCall(HostChannels.vaultPut, handlers, fromApp, [{ name: 'device-key', value }])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await dispatchHostCall(HostChannels.vaultGet, handlers, fromApp, [{ name: 'device-key' }])).toEqual({ ok: true, value });
    expect(await dispatchHostCall(HostChannels.settingsUpdate, handlers, fromApp, [{ language: 'en' }])).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });
    expect(await dispatchHostCall(HostChannels.appInfo, handlers, fromApp, [])).toEqual({
      ok: true,
      value: { name: 'Tafel', version: '0.1.0', platform: 'linux' },
    });
    expect(await dispatchHostCall(HostChannels.exportFile, handlers, fromApp, [{ suggestedName: 'p', mimeType: 'text/plain', data: 'x' }])).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
  });

  it('answers bad input with invalid-input before any handler runs', async () => {
    const cases: [Parameters<typeof dispatchHostCall>[0], unknown[]][] = [
      [HostChannels.vaultGet, [{ name: '../../.ssh/id_rsa' }]],
      [HostChannels.vaultGet, []],
      [HostChannels.vaultPut, [{ name: 'k', value: 'not bytes' }]],
      [HostChannels.vaultPut, [{ name: 'k', value: new Uint8Array(1) }, 'second argument']],
      [HostChannels.settingsUpdate, [{ language: 'nl', __proto__: { admin: true }, extra: 1 }]],
      [HostChannels.settingsGet, [{ unexpected: true }]],
      [HostChannels.exportFiles, [{ folderName: 'x', files: [] }]],
      [HostChannels.exportFiles, [{ folderName: 'x', files: [{ suggestedName: 'a', mimeType: 'text/plain', data: 42 }] }]],
      [HostChannels.exportFiles, [{ folderName: 'x', files: Array.from({ length: 61 }, () => ({ suggestedName: 'a', mimeType: 'text/plain', data: 'a' })) }]],
    ];
    for (const [channel, args] of cases) {
      expect(await dispatchHostCall(channel, handlers, fromApp, args), channel).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('refuses calls from frames that are not our app main frame', async () => {
    const iframe: InvokeEventLike = { senderFrame: { url: 'app://tafel/index.html', parent: fromApp.senderFrame } };
    const foreign: InvokeEventLike = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const gone: InvokeEventLike = { senderFrame: null };
    for (const event of [iframe, foreign, gone]) {
      const result = await dispatchHostCall(HostChannels.settingsGet, handlers, event, []);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('turns a throwing or misbehaving handler into io-error', async () => {
    const broken: HostHandlers = {
      ...handlers,
      [HostChannels.settingsGet]: async () => {
        throw new Error('boom with case content');
      },
      [HostChannels.appInfo]: async () => ({ ok: true, value: { name: 'Tafel', version: 1 } }) as never,
    };
    expect(await dispatchHostCall(HostChannels.settingsGet, broken, fromApp, [])).toMatchObject({ ok: false, error: { code: 'io-error' } });
    expect(await dispatchHostCall(HostChannels.appInfo, broken, fromApp, [])).toMatchObject({ ok: false, error: { code: 'io-error' } });
  });
});
