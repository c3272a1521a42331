/**
 * Print-ready HTML writer: one self-contained page the UI prints to PDF (Electron's printToPDF or
 * the browser's print). Styles are style attributes only (the renderer's CSP forbids <style> and
 * inline scripts). The watermark is a large light `position: fixed` line behind the text, which
 * Chromium repeats on every printed page; the full watermark sentence is also at the top and end.
 */
import { kopVelden, type Blok, type ExportDocument } from './layout.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const multiline = (text: string): string => text.split('\n').map(escapeHtml).join('<br>');

const S = {
  body: 'font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; margin: 0 1.5cm;',
  // Behind the text on every printed page, light enough to read through.
  watermerk:
    'position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-30deg); font-size: 28pt; color: rgba(0, 0, 0, 0.08); z-index: -1; pointer-events: none;',
  regel: 'font-size: 9pt; color: #333; border: 1px solid #999; padding: 4pt 6pt;',
  dl: 'display: grid; grid-template-columns: max-content 1fr; column-gap: 12pt; row-gap: 3pt; margin: 0 0 8pt 0;',
  dt: 'font-weight: bold; margin: 0;',
  dd: 'margin: 0;',
  code: 'font-family: Consolas, monospace; word-break: break-all;',
};

function velden(rows: ReadonlyArray<readonly [string, string]>, value: (label: string, text: string) => string = (_l, t) => multiline(t)): string {
  if (rows.length === 0) return '';
  const items = rows.map(([label, text]) => `<dt style="${S.dt}">${escapeHtml(label)}</dt><dd style="${S.dd}">${value(label, text)}</dd>`);
  return `<dl style="${S.dl}">${items.join('')}</dl>`;
}

function blok(b: Blok): string {
  switch (b.soort) {
    case 'kop':
      return `<h${b.niveau}>${escapeHtml(b.tekst)}</h${b.niveau}>`;
    case 'alinea':
      return b.tekst
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join('\n');
    case 'lijst':
      return b.genummerd === true
        ? `<ol>${b.items.map((t) => `<li>${multiline(t)}</li>`).join('')}</ol>`
        : `<ul>${b.items.map((t) => `<li>${multiline(t)}</li>`).join('')}</ul>`;
    case 'velden':
      return velden(b.velden);
  }
}

/** The document as a complete HTML page (UTF-8). */
export function writeHtml(doc: ExportDocument): string {
  const kop = velden(kopVelden(doc.kop), (label, text) => (label === 'Vingerafdruk' ? `<span style="${S.code}">${escapeHtml(text)}</span>` : multiline(text)));
  const body = doc.secties.map(
    (s) =>
      `<section>\n<h2>${escapeHtml(s.titel)}</h2>\n${s.blokken
        .map(blok)
        .filter((x) => x !== '')
        .join('\n')}\n</section>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.titel)} — ${escapeHtml(doc.kop.casus)}</title>`,
    '</head>',
    `<body style="${S.body}">`,
    `<div aria-hidden="true" style="${S.watermerk}">Alleen voor ${escapeHtml(doc.kop.ontvanger)}</div>`,
    '<header>',
    `<h1>${escapeHtml(doc.titel)}</h1>`,
    `<p style="${S.regel}">${escapeHtml(doc.kop.watermerk)}</p>`,
    kop,
    '</header>',
    '<main>',
    ...body,
    '</main>',
    `<footer><p style="${S.regel}">${escapeHtml(doc.kop.watermerk)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
