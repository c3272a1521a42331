/**
 * Markdown writer. Deterministic: the same document gives the same bytes on every device (no
 * clock, no locale; `\n` line ends; one trailing newline). Text people typed is escaped so it
 * cannot turn into headings, links or HTML.
 */
import { kopVelden, type Blok, type ExportDocument } from './layout.js';

/** Escapes Markdown syntax in one line of typed text. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(
      /^(\s*)([#+\-=>]|\d+[.)])/,
      (_m, space: string, mark: string) =>
        `${space}${mark.replace(/^(\d+)?(.)$/, (_n, digits: string | undefined, last: string) => `${digits ?? ''}\\${last}`)}`,
    );
}

const lines = (text: string): string[] => text.split('\n').map(escapeMarkdown);

/** A list item whose text may span lines (continuation lines indented under the item). */
function item(prefix: string, text: string, marker = '-'): string {
  const [first = '', ...rest] = lines(text);
  const indent = ' '.repeat(marker.length + 1);
  return [`${marker} ${prefix}${first}`, ...rest.map((l) => (l === '' ? '' : `${indent}${l}`))].join('\n');
}

function blok(b: Blok): string {
  switch (b.soort) {
    case 'kop':
      return `${'#'.repeat(b.niveau)} ${escapeMarkdown(b.tekst)}`;
    case 'alinea':
      return lines(b.tekst).join('\n').replace(/\n+/g, '\n\n');
    case 'lijst':
      return b.items.map((t, i) => item('', t, b.genummerd === true ? `${i + 1}.` : '-')).join('\n');
    case 'velden':
      return b.velden.map(([label, value]) => item(`**${escapeMarkdown(label)}:** `, value)).join('\n');
  }
}

/** The document as Markdown text. */
export function writeMarkdown(doc: ExportDocument): string {
  const parts: string[] = [
    `# ${escapeMarkdown(doc.titel)}`,
    `> ${escapeMarkdown(doc.kop.watermerk)}`,
    kopVelden(doc.kop)
      .map(([label, value]) => item(`**${label}:** `, value))
      .join('\n'),
  ];
  for (const sectie of doc.secties) {
    parts.push(`## ${escapeMarkdown(sectie.titel)}`);
    for (const b of sectie.blokken) if (b.soort !== 'velden' || b.velden.length > 0) parts.push(blok(b));
  }
  parts.push('---', escapeMarkdown(doc.kop.watermerk));
  return parts.join('\n\n') + '\n';
}
