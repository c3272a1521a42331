/**
 * Text as it enters an agreed version: one normal form (NFC, `\n` line ends, no trailing spaces,
 * no leading or trailing blank lines), so the same words typed on two devices hash the same.
 * Rich text (Tiptap JSON) becomes plain text with one line per block and "- " before list items:
 * formatting (bold, links) is presentation, not what was agreed. Open proposals (Voorstellen
 * mode) are not part of it: the text is read as if every open one were rejected, so an agreed
 * version and its fingerprint hold accepted text only.
 */
import { zonderOpenVoorstellen, type RichDoc, type RichNode } from '../model/index.js';

/** The normal form of a piece of text. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t ]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

function inline(node: RichNode): string {
  // Zero-width spaces are the invisible markers of proposed paragraph breaks (voorstelTekst.ts); a
  // stray one (concurrent edits can leave one unmarked) is not text anyone agreed on.
  if (node.type === 'text' && 'text' in node) return node.text.replace(/\u200B/g, '');
  if (node.type === 'hardBreak') return '\n';
  return ('content' in node ? (node.content ?? []) : []).map(inline).join('');
}

/** One line per block; list items get "- " or "1. ", nested blocks are indented under them. */
function blocks(nodes: readonly RichNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const items = 'content' in node ? (node.content ?? []) : [];
      items.forEach((item, i) => {
        const marker = node.type === 'orderedList' ? `${i + 1}. ` : '- ';
        blocks('content' in item ? (item.content ?? []) : []).forEach((line, j) => out.push((j === 0 ? marker : '  ') + line));
      });
    } else {
      out.push(inline(node));
    }
  }
  return out;
}

/** A rich-text value as normalised plain text, without open proposals. */
export function richToText(doc: RichDoc): string {
  return normaliseText(blocks(zonderOpenVoorstellen(doc).content).join('\n'));
}

/** The first line of a text, shortened to `max` characters, for naming an item in a sentence. */
export function kortLabel(text: string, max = 60): string {
  const first = text.split('\n')[0] ?? '';
  return first.length <= max ? first : first.slice(0, max - 1).trimEnd() + '…';
}
