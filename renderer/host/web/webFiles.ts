/**
 * Files in the browser: exports become downloads, PDFs go through the browser's own print
 * dialog (the user picks "Opslaan als PDF"). Neither ever leaves the device.
 */
import type { ExportRequest, HostResult, PrintToPdfRequest } from '../../../shared/host/hostApi.js';
import { fail, ok } from '../../../shared/host/hostResult.js';
import { MAX_EXPORT_BYTES, MAX_PRINT_HTML_CHARS } from '../../../shared/host/ipcContract.js';

const MIME_TYPE = /^[a-z]+\/[a-z0-9.+-]+(?:;\s*charset=[a-z0-9-]+)?$/i;

/** A file name safe for a download attribute: no path separators or control characters. */
export function safeFileName(suggested: string): string {
  const cleaned = suggested
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned.length > 0 ? cleaned : 'tafel-export';
}

/** Offers `request.data` as a download. */
export function downloadFile(document: Document, request: ExportRequest): HostResult<{ readonly fileName: string }> {
  if (typeof request.suggestedName !== 'string' || typeof request.mimeType !== 'string' || !MIME_TYPE.test(request.mimeType)) {
    return fail('invalid-input');
  }
  const size = typeof request.data === 'string' ? request.data.length : request.data instanceof Uint8Array ? request.data.byteLength : -1;
  if (size < 0 || size > MAX_EXPORT_BYTES) return fail('invalid-input');
  const fileName = safeFileName(request.suggestedName);
  const part: BlobPart = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part], { type: request.mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the click; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return ok({ fileName });
}

/**
 * Opens the print view in a hidden frame and calls the browser's print dialog on it. The frame
 * is sandboxed without scripts: the print view is data to lay out, never code to run.
 */
export function printHtml(document: Document, request: PrintToPdfRequest): Promise<HostResult<{ readonly fileName: string }>> {
  if (typeof request.html !== 'string' || request.html.length === 0 || request.html.length > MAX_PRINT_HTML_CHARS) {
    return Promise.resolve(fail('invalid-input'));
  }
  if (typeof request.suggestedName !== 'string') return Promise.resolve(fail('invalid-input'));
  const fileName = safeFileName(request.suggestedName);
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.position = 'fixed';
    frame.style.inlineSize = '0';
    frame.style.blockSize = '0';
    frame.style.border = '0';
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (view === null) {
          frame.remove();
          resolve(fail('unsupported'));
          return;
        }
        view.addEventListener('afterprint', () => frame.remove(), { once: true });
        view.print();
        resolve(ok({ fileName }));
      },
      { once: true },
    );
    frame.srcdoc = request.html;
    document.body.append(frame);
  });
}
