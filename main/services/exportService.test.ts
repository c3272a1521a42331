import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportService, type SaveDialogLike, safeFileName } from './exportService.js';
import { fillableFileSystem, tempDir } from './testSupport.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('export')));
afterEach(() => cleanup());

/** A save dialog in which the user picks `answer` (a file name in the temp dir) or cancels. */
function dialogAnswering(answer: string | null): SaveDialogLike & { asked: Parameters<SaveDialogLike['showSaveDialog']>[0][] } {
  const asked: Parameters<SaveDialogLike['showSaveDialog']>[0][] = [];
  return {
    asked,
    showSaveDialog: async (options) => {
      asked.push(options);
      return answer === null ? { canceled: true } : { canceled: false, filePath: path.join(dir, answer) };
    },
  };
}

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

describe('ExportService', () => {
  it('writes the exported bytes where the user chose and returns the file name', async () => {
    const dialog = dialogAnswering('Plan van aanpak.docx');
    const service = new ExportService({ dialog, pdf: { render: async () => pdfBytes }, defaultDir: '/home/anna/Documenten' });
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

  it('writes text as UTF-8 and turns the print view into a PDF', async () => {
    const rendered: string[] = [];
    const service = new ExportService({
      dialog: dialogAnswering('plan.md'),
      pdf: { render: async (html) => (rendered.push(html), pdfBytes) },
      defaultDir: dir,
    });
    await service.exportFile({ suggestedName: 'plan', mimeType: 'text/markdown', data: '# Veiligheidsplan — één' });
    expect(await readFile(path.join(dir, 'plan.md'), 'utf8')).toBe('# Veiligheidsplan — één');
    const pdfService = new ExportService({
      dialog: dialogAnswering('plan.pdf'),
      pdf: { render: async (html) => (rendered.push(html), pdfBytes) },
      defaultDir: dir,
    });
    expect(await pdfService.printToPdf({ suggestedName: 'plan', html: '<h1>Plan</h1>' })).toEqual({ ok: true, value: { fileName: 'plan.pdf' } });
    expect(rendered).toEqual(['<h1>Plan</h1>']);
    expect(new Uint8Array(await readFile(path.join(dir, 'plan.pdf')))).toEqual(pdfBytes);
  });

  it('reports cancel, unknown types, PDF failure and a full disk as errors, writing nothing', async () => {
    const cancelled = new ExportService({ dialog: dialogAnswering(null), pdf: { render: async () => pdfBytes }, defaultDir: dir });
    expect(await cancelled.exportFile({ suggestedName: 'x', mimeType: 'text/plain', data: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(await cancelled.exportFile({ suggestedName: 'x', mimeType: 'application/x-msdownload', data: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    const broken = new ExportService({
      dialog: dialogAnswering('x.pdf'),
      pdf: {
        render: async () => {
          throw new Error('render failed');
        },
      },
      defaultDir: dir,
    });
    expect(await broken.printToPdf({ suggestedName: 'x', html: '<p>x</p>' })).toMatchObject({ ok: false, error: { code: 'io-error' } });
    const fs = fillableFileSystem();
    fs.full = true;
    const full = new ExportService({ dialog: dialogAnswering('x.txt'), pdf: { render: async () => pdfBytes }, defaultDir: dir, fs });
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
