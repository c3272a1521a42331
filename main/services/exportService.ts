/**
 * Exports to disk: the renderer hands over finished bytes (DOCX, Markdown) or a print view
 * (HTML, turned into a PDF by the injected renderer); the user picks the place in a native save
 * dialog; the file is written atomically. Only the chosen file's base name goes back.
 */
import path from 'node:path';
import type { ExportRequest, HostResult, PrintToPdfRequest } from '../../shared/host/hostApi.js';
import { fail, ok } from '../../shared/host/hostResult.js';
import { type FileSystemLike, isDiskFullError, nodeFileSystem, writeFileAtomic } from './atomicFile.js';

/** The part of Electron's `dialog.showSaveDialog` the service uses (parent window bound by the caller). */
export interface SaveDialogLike {
  showSaveDialog(options: {
    readonly defaultPath: string;
    readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
  }): Promise<{ readonly canceled: boolean; readonly filePath?: string | undefined }>;
}

/** Renders a self-contained HTML document to PDF bytes (Electron: a hidden window's printToPDF). */
export interface PdfRendererLike {
  render(html: string): Promise<Uint8Array>;
}

export interface ExportServiceOptions {
  readonly dialog: SaveDialogLike;
  readonly pdf: PdfRendererLike;
  /** Folder the save dialog opens in (the user's Documents). */
  readonly defaultDir: string;
  readonly fs?: FileSystemLike;
}

interface FileKind {
  readonly extension: string;
  readonly filterName: string;
}

const KINDS: Readonly<Record<string, FileKind>> = {
  'application/pdf': { extension: 'pdf', filterName: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx', filterName: 'Word' },
  'text/markdown': { extension: 'md', filterName: 'Markdown' },
  'text/plain': { extension: 'txt', filterName: 'Tekst' },
  'text/html': { extension: 'html', filterName: 'HTML' },
  'application/json': { extension: 'json', filterName: 'JSON' },
};

const PDF_FAILED_MESSAGE = 'De PDF kon niet worden gemaakt. Probeer het opnieuw.';

export class ExportService {
  private readonly fs: FileSystemLike;

  constructor(private readonly options: ExportServiceOptions) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  async exportFile(request: ExportRequest): Promise<HostResult<{ readonly fileName: string }>> {
    const kind = KINDS[request.mimeType];
    if (!kind) return fail('unsupported', 'Dit soort bestand kan Tafel niet opslaan.');
    return this.saveWithDialog(request.suggestedName, kind, request.data);
  }

  async printToPdf(request: PrintToPdfRequest): Promise<HostResult<{ readonly fileName: string }>> {
    let pdf: Uint8Array;
    try {
      pdf = await this.options.pdf.render(request.html);
    } catch {
      return fail('io-error', PDF_FAILED_MESSAGE);
    }
    return this.saveWithDialog(request.suggestedName, { extension: 'pdf', filterName: 'PDF' }, pdf);
  }

  private async saveWithDialog(suggestedName: string, kind: FileKind, data: Uint8Array | string): Promise<HostResult<{ readonly fileName: string }>> {
    const choice = await this.options.dialog.showSaveDialog({
      defaultPath: path.join(this.options.defaultDir, safeFileName(suggestedName, kind.extension)),
      filters: [{ name: kind.filterName, extensions: [kind.extension] }],
    });
    if (choice.canceled || !choice.filePath) return fail('cancelled');
    try {
      await writeFileAtomic(choice.filePath, data, this.fs);
    } catch (error) {
      return fail(isDiskFullError(error) ? 'disk-full' : 'io-error');
    }
    return ok({ fileName: path.basename(choice.filePath) });
  }
}

/**
 * A file name from the renderer's suggestion: no folders, no characters Windows refuses, no
 * leading dots, not empty, and with the expected extension.
 */
export function safeFileName(suggested: string, extension: string): string {
  const base = suggested
    .replace(/[\\/]/g, '-')
    // eslint-disable-next-line no-control-regex -- control characters are what we strip
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 120);
  const stem = base === '' ? 'tafel-export' : base;
  return stem.toLowerCase().endsWith(`.${extension}`) ? stem : `${stem}.${extension}`;
}
