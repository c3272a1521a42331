// The wiring test: main/index.ts against a stand-in `electron` module (the real one would try
// to download the binary). Everything it checks is what index.ts hands to Electron.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    focus: ReturnType<typeof vi.fn>;
    webContents: { on: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> };
  }[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const state = { lock: true, userData: '' };
  const BrowserWindow = vi.fn(function (this: Record<string, unknown>, options: Record<string, unknown>) {
    const window = {
      options,
      loadURL: vi.fn(async () => undefined),
      once: vi.fn(),
      on: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
      restore: vi.fn(),
      isMinimized: () => false,
      webContents: { on: vi.fn(), send: vi.fn(), reload: vi.fn() },
    };
    windows.push(window);
    return window;
  });
  Object.assign(BrowserWindow, { getAllWindows: () => windows });
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    availableSpellCheckerLanguages: ['en-US', 'nl'],
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
  };
  return {
    state,
    appListeners,
    ipcHandlers,
    windows,
    resolveReady,
    module: {
      app: {
        enableSandbox: vi.fn(),
        commandLine: { appendSwitch: vi.fn() },
        requestSingleInstanceLock: vi.fn(() => state.lock),
        setAsDefaultProtocolClient: vi.fn(() => true),
        on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
        whenReady: () => ready,
        quit: vi.fn(),
        exit: vi.fn(),
        getPath: vi.fn(() => state.userData),
        getName: () => 'Tafel',
        getVersion: () => '0.1.0',
        isPackaged: true,
      },
      BrowserWindow,
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      dialog: { showSaveDialog: vi.fn() },
      ipcMain: { handle: vi.fn((channel: string, listener: Listener) => ipcHandlers.set(channel, listener)) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      safeStorage: { isAsyncEncryptionAvailable: async () => false },
      session: { defaultSession: session, fromPartition: vi.fn(() => ({ ...session, webRequest: { onBeforeRequest: vi.fn() } })) },
      shell: { openExternal: vi.fn() },
    },
  };
});
vi.mock('electron', () => electron.module);

const userData = mkdtempSync(path.join(os.tmpdir(), 'tafel-main-'));
electron.state.userData = userData;
afterAll(() => rmSync(userData, { recursive: true, force: true }));
// The packed app's resources folder, holding the Dutch dictionary the installer shipped.
const resources = path.join(userData, 'resources');
mkdirSync(path.join(resources, 'dictionaries'), { recursive: true });
writeFileSync(path.join(resources, 'dictionaries', 'nl-nl-3-0.bdic'), 'bdic');
(process as { resourcesPath?: string }).resourcesPath = resources;

const fromApp = { senderFrame: { url: 'app://tafel/index.html', parent: null } };
const LINK = 'tafel://join/q2Vf3kN8bXo1mZ7cT4yH5w/Zx9-8_wq7vU6tS5rQ4pO3n#aB3dE6gH9jK2';

describe('main process wiring', () => {
  it('sets up security and the app scheme before ready', async () => {
    await import('./index.js');
    const { app, protocol } = electron.module;
    expect(app.enableSandbox).toHaveBeenCalled();
    // Chromium's date fields in Dutch (dd-mm-jjjj) whatever the system language.
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'nl');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('tafel');
    expect([...electron.appListeners.keys()]).toEqual(expect.arrayContaining(['second-instance', 'open-url', 'web-contents-created']));
  });

  it('opens one locked-down window on app://tafel and answers IPC once ready', async () => {
    electron.resolveReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const [window] = electron.windows;
    expect(window?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      preload: expect.stringMatching(/preload[\\/]index\.cjs$/),
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://tafel/index.html');
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const menu = electron.module.Menu.buildFromTemplate.mock.calls[0]?.[0] as { label: string }[];
    expect(menu.map((item) => item.label)).toContain('Bestand');

    const getSettings = electron.ipcHandlers.get('host:settings:get');
    expect(await getSettings?.(fromApp)).toMatchObject({ ok: true, value: { language: 'nl', relays: [] } });
    // No OS keychain in this stand-in: the vault must refuse, not fall back to plaintext.
    const put = electron.ipcHandlers.get('host:vault:put');
    expect(await put?.(fromApp, { name: 'device-key', value: new Uint8Array([1]) })).toMatchObject({
      ok: false,
      error: { code: 'vault-unavailable' },
    });
  });

  it('takes spelling dictionaries from the app itself, never from a download server', () => {
    const ses = electron.module.session.defaultSession;
    expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(pathToFileURL(path.join(resources, 'dictionaries')).href + '/');
    expect(ses.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]).toBeLessThan(electron.module.BrowserWindow.mock.invocationCallOrder[0]!);
    if (process.platform === 'linux') {
      expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(true);
      expect(ses.setSpellCheckerLanguages).toHaveBeenCalledWith(['nl']);
    }
  });

  it('forwards an invite link from a second instance to the renderer', async () => {
    const secondInstance = electron.appListeners.get('second-instance');
    secondInstance?.({}, ['/opt/Tafel/tafel', LINK], '/home/anna');
    expect(electron.windows[0]?.focus).toHaveBeenCalled();
    const take = electron.ipcHandlers.get('host:deep-link:take-pending');
    expect(await take?.(fromApp)).toEqual({ ok: true, value: [LINK] });
    // Now that the renderer listens, the next link is pushed at once.
    electron.appListeners.get('open-url')?.({ preventDefault: () => undefined }, LINK);
    expect(electron.windows[0]?.webContents.send).toHaveBeenCalledWith('host:deep-link', LINK);
    electron.appListeners.get('open-url')?.({ preventDefault: () => undefined }, 'tafel://join/../../x');
    expect(electron.windows[0]?.webContents.send).toHaveBeenCalledTimes(1);
  });
});
