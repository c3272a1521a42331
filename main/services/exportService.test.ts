import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportService, type FolderDialogLike, type SaveDialogLike, safeFileName } from './exportService.js';
import { fillableFileSystem, tempDir } from './testSupport.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('export')));
afterEach(() => cleanup());

/** A save dialog in which the user picks `answer` (a file name in the temp dir) or cancels; a folder dialog that picks the temp dir. */
function dialogAnswering(answer: string | null): SaveDialogLike & FolderDialogLike & { asked: Parameters<SaveDialogLike['showSaveDialog']>[0][] } {
  const asked: Parameters<SaveDialogLike['showSaveDialog']>[0][] = [];
  return {
    asked,
    showSaveDialog: async (options) => {
      asked.push(options);
      return answer === null ? { canceled: true } : { canceled: false, filePath: path.join(dir, answer) };
    },
    showFolderDialog: async () => (answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [dir] }),
  };
}

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

describe('ExportService', () => {
  it('writes the exported bytes where the user chose and returns the file name', async () => {
    const dialog = dialogAnswering('Plan van aanpak.docx');
    const service = new ExportService({ dialog, defaultDir: '/home/anna/Documenten' });
    const data = new Uint8Array([80, 75, 3, 4]);
    const result = await service.exportFile({
      suggestedName: 'Plan van aanpak',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data,
    });
    expect(result).toEqual({ ok: true, value: { fileName: 'Plan van aanpak.docx' } });
    expect(new Uint8Array(await readFile(path.join(dir, 'Plan van aanpak.docx')))).toEqual(data);
    expect(dialog.asked[0]).toEqual({
      defaultPath: path.join('/home/anna/Documenten', 'Plan van aanpak.docx'),
      filters: [{ name: 'Word', extensions: ['docx'] }],
    });
  });

  it('writes text as UTF-8 and PDF bytes as they came', async () => {
    const service = new ExportService({ dialog: dialogAnswering('plan.md'), defaultDir: dir });
    await service.exportFile({ suggestedName: 'plan', mimeType: 'text/markdown', data: '# Veiligheidsplan — één' });
    expect(await readFile(path.join(dir, 'plan.md'), 'utf8')).toBe('# Veiligheidsplan — één');
    const pdfService = new ExportService({ dialog: dialogAnswering('plan.pdf'), defaultDir: dir });
    expect(await pdfService.exportFile({ suggestedName: 'plan', mimeType: 'application/pdf', data: pdfBytes })).toEqual({
      ok: true,
      value: { fileName: 'plan.pdf' },
    });
    expect(new Uint8Array(await readFile(path.join(dir, 'plan.pdf')))).toEqual(pdfBytes);
  });

  it('writes several files into a new folder where the user points, never over an existing one', async () => {
    const service = new ExportService({ dialog: dialogAnswering('.'), defaultDir: dir });
    const files = [
      { suggestedName: 'uittreksel-politie', mimeType: 'application/pdf', data: pdfBytes },
      { suggestedName: 'uittreksel-politie', mimeType: 'text/markdown', data: '# Uittreksel' },
    ];
    expect(await service.exportFiles({ folderName: 'Tafel gezin K. 10 maart', files })).toEqual({ ok: true, value: { fileName: 'Tafel gezin K. 10 maart' } });
    expect((await readdir(path.join(dir, 'Tafel gezin K. 10 maart'))).sort()).toEqual(['uittreksel-politie.md', 'uittreksel-politie.pdf']);
    expect(await service.exportFiles({ folderName: 'Tafel gezin K. 10 maart', files })).toEqual({
      ok: true,
      value: { fileName: 'Tafel gezin K. 10 maart (2)' },
    });
    // A folder name cannot climb out of the chosen place; two files of one name are refused whole.
    expect(await service.exportFiles({ folderName: '../buiten', files })).toEqual({ ok: true, value: { fileName: '-buiten' } });
    const dubbel = await service.exportFiles({ folderName: 'dubbel', files: [files[0]!, files[0]!] });
    expect(dubbel).toMatchObject({ ok: false, error: { code: 'io-error' } });
    expect((await readdir(dir)).sort()).toEqual(['-buiten', 'Tafel gezin K. 10 maart', 'Tafel gezin K. 10 maart (2)']);
    expect(await new ExportService({ dialog: dialogAnswering(null), defaultDir: dir }).exportFiles({ folderName: 'x', files })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
  });

  it('reports cancel, unknown types and a full disk as errors, writing nothing', async () => {
    const cancelled = new ExportService({ dialog: dialogAnswering(null), defaultDir: dir });
    expect(await cancelled.exportFile({ suggestedName: 'x', mimeType: 'text/plain', data: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(await cancelled.exportFile({ suggestedName: 'x', mimeType: 'application/x-msdownload', data: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    const fs = fillableFileSystem();
    fs.full = true;
    const full = new ExportService({ dialog: dialogAnswering('x.txt'), defaultDir: dir, fs });
    expect(await full.exportFile({ suggestedName: 'x', mimeType: 'text/plain', data: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'disk-full' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('turns a suggestion into a plain file name', () => {
    expect(safeFileName('../../etc/passwd', 'md')).toBe('-..-etc-passwd.md');
    expect(safeFileName('Plan: gezin <J.>?', 'pdf')).toBe('Plan gezin J.pdf');
    expect(safeFileName('...', 'pdf')).toBe('tafel-export.pdf');
    expect(safeFileName('plan.PDF', 'pdf')).toBe('plan.PDF');
    expect(safeFileName('C:\\Users\\x', 'txt')).toBe('C-Users-x.txt');
  });
});
