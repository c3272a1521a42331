/**
 * The one application window and the security settings every web contents gets. Electron is
 * imported here (and in index.ts) only; the decisions themselves live in
 * plain modules under security/.
 */
import { BrowserWindow, type WebContents, shell } from 'electron';
import { APP_START_URL } from '../appOrigin.js';
import { decideNavigation, decideWindowOpen } from '../security/navigation.js';
import { unloadRetry } from './closeAfterSaving.js';

export interface MainWindowOptions {
  /** dist/main/preload/index.cjs */
  readonly preloadPath: string;
  /** Developer tools may open (unpackaged builds only). */
  readonly devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Tafel',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The page holds a close or reload while its last edits are being saved: do it again shortly.
  let closing = false;
  window.on('close', () => {
    closing = true;
  });
  const retry = unloadRetry();
  window.webContents.on('will-prevent-unload', (event) => {
    const decision = retry.held();
    if (decision.action === 'leave-now') {
      event.preventDefault(); // ignore the page's hold
      return;
    }
    const wasClosing = closing;
    closing = false;
    setTimeout(() => {
      if (window.isDestroyed()) return;
      if (wasClosing) window.close();
      else window.webContents.reload();
    }, decision.afterMs);
  });
  void window.loadURL(APP_START_URL);
  return window;
}

/**
 * Guards for any web contents the app creates (the main window, the hidden PDF window): no
 * navigation off our origin, no new windows, no <webview>; https links the user clicks open in
 * the system browser after `decideNavigation` / `decideWindowOpen` checked them.
 */
export function guardWebContents(contents: WebContents): void {
  const onNavigate = (event: { preventDefault(): void }, url: string): void => {
    const decision = decideNavigation(url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-external') void shell.openExternal(decision.url);
  };
  contents.on('will-navigate', (event) => onNavigate(event, event.url));
  contents.on('will-redirect', (event) => {
    // Redirects are never user intent: refuse anything off our origin without opening it.
    if (decideNavigation(event.url).action !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'open-external') void shell.openExternal(decision.url);
    return { action: 'deny' };
  });
}
