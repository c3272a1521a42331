/**
 * Tafel's Electron main process: app lifecycle only. Everything that decides something lives
 * in a plain, tested module (security/, protocol/, deepLinks/, ipc/, services/, menu/); this
 * file connects those to Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { buildContentSecurityPolicy, relayConnectSources } from '../shared/host/contentSecurityPolicy.js';
import { HostEvents } from '../shared/host/ipcContract.js';
import { menuLabels } from '../shared/i18n/menu.js';
import { APP_SCHEME } from './appOrigin.js';
import { DeepLinkInbox } from './deepLinks/deepLinkInbox.js';
import { DEEP_LINK_SCHEME, findInviteLinkInArgv, parseInviteLink } from './deepLinks/inviteDeepLink.js';
import { createHostHandlers } from './ipc/hostHandlers.js';
import { registerHostHandlers } from './ipc/hostIpc.js';
import { buildMenuTemplate } from './menu/applicationMenu.js';
import { createAppProtocolHandler } from './protocol/appProtocol.js';
import { isPermissionAllowed } from './security/permissions.js';
import { applySpellcheckPlan, planSpellcheck, readShippedDictionaries } from './spellcheck/spellcheckPlan.js';
import { ExportService } from './services/exportService.js';
import { SettingsStore } from './services/settingsStore.js';
import { Vault } from './services/vault.js';
import { createMainWindow, guardWebContents } from './windows/mainWindow.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;
const deepLinks = new DeepLinkInbox((link) => mainWindow?.webContents.send(HostEvents.deepLink, link));

function receiveDeepLink(raw: string): void {
  const link = parseInviteLink(raw);
  if (link) deepLinks.receive(link);
  else console.warn('deep link: ignored a malformed tafel:// link');
  showMainWindow();
}

function showMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// Everything below up to whenReady must happen before the app is ready.
app.enableSandbox();
// Chromium's own widgets (date fields, spelling) in Dutch: days as dd-mm-jjjj, whatever the
// system language; the interface language itself is the renderer's choice.
app.commandLine.appendSwitch('lang', 'nl');
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another Tafel runs: it receives our argv (with any tafel:// link) via 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const link = findInviteLinkInArgv(argv);
    if (link) receiveDeepLink(link);
    else showMainWindow();
  });
  // macOS delivers links through open-url, also before 'ready' when the link started the app.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    receiveDeepLink(url);
  });
  registerProtocolClient();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(`Tafel could not start: ${error instanceof Error ? error.name : 'unknown error'}`);
    app.exit(1);
  });
}

function registerProtocolClient(): void {
  // Unpackaged (`electron .`), the OS must start Electron with our app folder as argument.
  const appPath = process.argv[1];
  if (process.defaultApp && appPath !== undefined) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(appPath)]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const settings = new SettingsStore(path.join(userData, 'settings.json'));
  await settings.load();
  const vault = new Vault({ dir: path.join(userData, 'vault'), safeStorage, platform: process.platform });
  const exports = new ExportService({
    defaultDir: app.getPath('documents'),
    dialog: {
      showSaveDialog: (options) => {
        const dialogOptions = { defaultPath: options.defaultPath, filters: options.filters.map((f) => ({ ...f, extensions: [...f.extensions] })) };
        return mainWindow ? dialog.showSaveDialog(mainWindow, dialogOptions) : dialog.showSaveDialog(dialogOptions);
      },
      showFolderDialog: (options) =>
        mainWindow
          ? dialog.showOpenDialog(mainWindow, { defaultPath: options.defaultPath, properties: ['openDirectory', 'createDirectory'] })
          : dialog.showOpenDialog({ defaultPath: options.defaultPath, properties: ['openDirectory', 'createDirectory'] }),
    },
  });

  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: rendererDir,
      contentSecurityPolicy: () => buildContentSecurityPolicy({ connectSources: relayConnectSources(settings.current().relays) }),
    }),
  );
  denyPermissions();
  useLocalDictionaries();
  registerHostHandlers(
    ipcMain,
    createHostHandlers({
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      vault,
      settings,
      exports,
      deepLinks,
    }),
  );

  const applyMenu = (): void => {
    const labels = menuLabels[settings.current().language];
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(labels, { platform: process.platform, developerTools: !app.isPackaged })));
  };
  applyMenu();
  settings.onChange((next, previous) => {
    if (next.language !== previous.language) applyMenu();
    // The CSP of a loaded page cannot change: reload so connect-src lists the new relays.
    // The delay lets the IPC reply that caused the change reach the renderer first.
    if (next.relays.join('\n') !== previous.relays.join('\n')) setTimeout(() => mainWindow?.webContents.reload(), 250);
  });

  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  const linkAtLaunch = findInviteLinkInArgv(process.argv);
  if (linkAtLaunch) deepLinks.receive(linkAtLaunch);
}

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath, devTools: !app.isPackaged });
  window.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) deepLinks.rendererGone();
  });
  window.webContents.on('render-process-gone', () => deepLinks.rendererGone());
  window.on('closed', () => {
    mainWindow = null;
    deepLinks.rendererGone();
  });
  mainWindow = window;
}

/** Spelling dictionaries come from the app itself, never from Google's CDN (spellcheck/spellcheckPlan.ts). */
function useLocalDictionaries(): void {
  // Packed: resources/dictionaries (electron-builder's extraResources); unpacked: build/dictionaries.
  const dictionaryDir = app.isPackaged ? path.join(process.resourcesPath, 'dictionaries') : path.join(here, '..', '..', 'build', 'dictionaries');
  const plan = planSpellcheck({ platform: process.platform, dictionaryDir, shippedFiles: readShippedDictionaries(dictionaryDir) });
  applySpellcheckPlan(session.defaultSession, plan);
}

function denyPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame }));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed({ permission, requestingUrl: requestingOrigin, isMainFrame: details.isMainFrame }),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}
