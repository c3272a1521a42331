/**
 * Files in the browser: an export is a download, several at once one zip download. PDFs are
 * written by the renderer like every other format (shared/export/pdf.ts). Nothing leaves the device.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ExportFilesRequest, ExportRequest, HostResult } from '../../../shared/host/hostApi.js';
import { fail, ok } from '../../../shared/host/hostResult.js';
import { MAX_EXPORT_BYTES, MAX_EXPORT_FILES } from '../../../shared/host/ipcContract.js';

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
 * Offers several files as one zip download, `<folderName>.zip`, each file under its own clean
 * name (the browser's equivalent of the desktop's folder). Built in memory with fflate, stored
 * without compression for PDF and DOCX (already compressed) and deflated for text.
 */
export function downloadZip(document: Document, request: ExportFilesRequest): HostResult<{ readonly fileName: string }> {
  if (typeof request.folderName !== 'string' || !Array.isArray(request.files) || request.files.length === 0 || request.files.length > MAX_EXPORT_FILES) {
    return fail('invalid-input');
  }
  const entries: Record<string, Uint8Array> = {};
  let total = 0;
  for (const file of request.files) {
    if (typeof file.suggestedName !== 'string' || typeof file.mimeType !== 'string' || !MIME_TYPE.test(file.mimeType)) return fail('invalid-input');
    const bytes = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data instanceof Uint8Array ? file.data : null;
    if (bytes === null) return fail('invalid-input');
    total += bytes.byteLength;
    const name = safeFileName(file.suggestedName);
    if (total > MAX_EXPORT_BYTES || name in entries) return fail('invalid-input');
    entries[name] = bytes;
  }
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) zippable[name] = [bytes, { level: /\.(md|txt|json)$/i.test(name) ? 6 : 0 }];
  const zip = zipSync(zippable, { mtime: new Date('2000-01-01T00:00:00Z') });
  return downloadFile(document, { suggestedName: `${safeFileName(request.folderName)}.zip`, mimeType: 'application/zip', data: zip });
}
