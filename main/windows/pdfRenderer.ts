/**
 * Turns the renderer's print view into PDF bytes in a hidden window. That window runs no
 * script, has no preload and lives in its own in-memory session whose network is closed: the
 * document is loaded from a data: URL and nothing else may load (a stray <img src="https://…">
 * in an export would otherwise leak that a case was printed).
 */
import { Buffer } from 'node:buffer';
import { BrowserWindow, session } from 'electron';
import type { PdfRendererLike } from '../services/exportService.js';

/** Chromium refuses URLs above 2 MiB; the data: URL must stay below that. */
const MAX_DATA_URL_LENGTH = 2 * 1024 * 1024 - 1024;
const PRINT_PARTITION = 'tafel-print';

export class TooLargeForPdfError extends Error {
  override readonly name = 'TooLargeForPdfError';
}

export function createPdfRenderer(): PdfRendererLike {
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('data:') });
  });
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);

  return {
    async render(html: string): Promise<Uint8Array> {
      const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
      if (url.length > MAX_DATA_URL_LENGTH) throw new TooLargeForPdfError();
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          // Nothing is typed here: no spellchecker, so no dictionary is ever asked for.
          spellcheck: false,
          devTools: false,
        },
      });
      try {
        await window.loadURL(url);
        const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
