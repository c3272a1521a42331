/**
 * Text as it enters an agreed version: one normal form (NFC, `\n` line ends, no trailing spaces,
 * no leading or trailing blank lines), so the same words typed on two devices hash the same.
 * Rich text (Tiptap JSON) becomes plain text with one line per block, "- " or "1. " before list
 * items and "# " before a heading (a subheading inside the text): the structure people wrote is
 * part of what they agreed, formatting (bold, italics) is presentation. `tekstBlokken` reads this
 * form back into headings, paragraphs and lists for the documents.
 * Open proposals (Voorstellen mode) are not part of it: the text is read as if every open one
 * were rejected, so an agreed version and its fingerprint hold accepted text only.
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
    } else if (node.type === 'heading') {
      out.push(`# ${inline(node)}`);
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

/** A block of agreed text as the documents lay it out. */
export type TekstBlok =
  | { readonly soort: 'kop'; readonly tekst: string }
  | { readonly soort: 'alinea'; readonly tekst: string }
  | { readonly soort: 'lijst'; readonly genummerd: boolean; readonly items: readonly string[] };

const ITEM = /^(- |\d+\. )/;

/**
 * Agreed text (the form `richToText` writes) as headings, paragraphs and lists. Lines indented
 * under a list item stay with that item.
 */
export function tekstBlokken(text: string): TekstBlok[] {
  const out: TekstBlok[] = [];
  for (const line of text.split('\n')) {
    const last = out[out.length - 1];
    if (line.startsWith('  ') && last?.soort === 'lijst') {
      const items = [...last.items];
      items[items.length - 1] = `${items[items.length - 1] ?? ''}\n${line.trim()}`;
      out[out.length - 1] = { ...last, items };
    } else if (ITEM.test(line)) {
      const genummerd = !line.startsWith('- ');
      const item = line.replace(ITEM, '');
      if (last?.soort === 'lijst' && last.genummerd === genummerd) out[out.length - 1] = { ...last, items: [...last.items, item] };
      else out.push({ soort: 'lijst', genummerd, items: [item] });
    } else if (line.startsWith('# ')) {
      out.push({ soort: 'kop', tekst: line.slice(2) });
    } else if (line.trim() !== '') {
      out.push({ soort: 'alinea', tekst: line });
    }
  }
  return out;
}
