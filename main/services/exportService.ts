/**
 * Exports to disk: the renderer hands over finished bytes (PDF, DOCX, Markdown: the renderer
 * writes every format itself, so the desktop's files equal the browser's); the user picks the
 * place in a native save dialog, or a folder for several files at once; each file is written
 * atomically. Only the chosen file's or folder's base name goes back.
 */
import path from 'node:path';
import type { ExportFilesRequest, ExportRequest, HostResult } from '../../shared/host/hostApi.js';
import { fail, ok } from '../../shared/host/hostResult.js';
import { type FileSystemLike, isDiskFullError, nodeFileSystem, writeFileAtomic } from './atomicFile.js';

/** The part of Electron's `dialog.showSaveDialog` the service uses (parent window bound by the caller). */
export interface SaveDialogLike {
  showSaveDialog(options: {
    readonly defaultPath: string;
    readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
  }): Promise<{ readonly canceled: boolean; readonly filePath?: string | undefined }>;
}

/** The part of Electron's `dialog.showOpenDialog` the service uses to choose a folder. */
export interface FolderDialogLike {
  showFolderDialog(options: { readonly defaultPath: string }): Promise<{ readonly canceled: boolean; readonly filePaths: readonly string[] }>;
}

export interface ExportServiceOptions {
  readonly dialog: SaveDialogLike & FolderDialogLike;
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

  /**
   * Several files in a new folder where the user points: `<folderName>`, or `<folderName> (2)` …
   * when that exists (nothing is overwritten). A failure halfway removes the folder again.
   */
  async exportFiles(request: ExportFilesRequest): Promise<HostResult<{ readonly fileName: string }>> {
    const kinds = request.files.map((f) => KINDS[f.mimeType]);
    if (kinds.some((k) => k === undefined)) return fail('unsupported', 'Dit soort bestand kan Tafel niet opslaan.');
    const choice = await this.options.dialog.showFolderDialog({ defaultPath: this.options.defaultDir });
    const parent = choice.filePaths[0];
    if (choice.canceled || parent === undefined) return fail('cancelled');
    const base = safeFileName(request.folderName, 'map').replace(/\.map$/, '');
    let folder = '';
    for (let n = 1; n < 100 && folder === ''; n++) {
      const candidate = path.join(parent, n === 1 ? base : `${base} (${n})`);
      try {
        await this.fs.mkdir(candidate, { recursive: false });
        folder = candidate;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EEXIST') return fail(isDiskFullError(error) ? 'disk-full' : 'io-error');
      }
    }
    if (folder === '') return fail('io-error');
    const used = new Set<string>();
    try {
      for (const [i, file] of request.files.entries()) {
        const name = safeFileName(file.suggestedName, kinds[i]!.extension);
        if (used.has(name.toLowerCase())) throw Object.assign(new Error('duplicate name'), { code: 'EEXIST' });
        used.add(name.toLowerCase());
        await writeFileAtomic(path.join(folder, name), file.data, this.fs);
      }
    } catch (error) {
      await this.fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
      return fail(isDiskFullError(error) ? 'disk-full' : 'io-error');
    }
    return ok({ fileName: path.basename(folder) });
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
