/**
 * Proposals (voorstellen) in rich text, as the Voorstellen mode stores them: marks on runs of
 * text, the layout of @handlewithcare/prosemirror-suggest-changes (docs/editors.md). Proposed
 * text carries `insertion`, text proposed for removal carries `deletion`, both with the
 * proposal's `id` (voorstelId.ts). A proposed paragraph break (or the removal of one) is marked
 * by a zero-width space at the end of the first block and at the start of the next, both with
 * the same mark; the user never sees those characters.
 *
 * This module reads that layout from Tiptap JSON: which proposals are open, and the text as it
 * is when they are decided (all of them rejected gives the accepted text, which is what an
 * agreed version and every export contain). voorstelBesluit.ts makes the same decisions in the
 * Y.XmlFragment itself; both follow one rule, so what the chair sees after a decision is what
 * the agreed text would have been.
 */
import { herkomstVanVoorstel } from './voorstelId.js';
import type { RichDoc, RichElementNode, RichMark, RichNode, RichTextNode } from './richText.js';

/** Mark names, as in the editor's schema and in the stored text attributes. */
export const VOORSTEL_MARK = { invoeging: 'insertion', verwijdering: 'deletion' } as const;
/** The marker of a proposed paragraph break (or of its removal): a zero-width space. */
export const VOORSTEL_MARKERING = '\u200B';
/** Block nodes whose content is text (a break between two of them can be proposed). */
export const TEKSTBLOKKEN: ReadonlySet<string> = new Set(['paragraph', 'heading']);

/** Whether a run is proposed text or text proposed for removal. */
export type VoorstelSoort = keyof typeof VOORSTEL_MARK;
/** What is decided about a proposal. */
export type VoorstelUitkomst = 'aanvaard' | 'afgewezen';
/** Decides per proposal id; undefined leaves that proposal open. */
export type VoorstelBeslisser = (voorstelId: string) => VoorstelUitkomst | undefined;

/** The proposal mark of a run, if any. */
export interface VoorstelMarkering {
  readonly soort: VoorstelSoort;
  readonly id: string;
}

/**
 * The proposal a set of marks carries. A run can carry both marks when one expert's proposed
 * removal and another's proposed text met concurrently (Yjs extends a formatted range over text
 * inserted inside it at the same time): the text is then the inserter's proposal, which its
 * author never proposed to remove, so the insertion counts and the removal is ignored (and
 * dropped when the insertion is decided).
 */
export function voorstelVanMarks(marks: readonly RichMark[] | undefined): VoorstelMarkering | null {
  for (const soort of ['invoeging', 'verwijdering'] as const) {
    const id = marks?.find((m) => m.type === VOORSTEL_MARK[soort])?.attrs?.['id'];
    if (typeof id === 'string' || typeof id === 'number') return { soort, id: String(id) };
  }
  return null;
}

/** The proposal the text attributes of a Y.XmlText run carry (`{ insertion: { id } }`). */
export function voorstelVanAttributen(attributes: Readonly<Record<string, unknown>> | undefined): VoorstelMarkering | null {
  if (attributes === undefined) return null;
  for (const soort of ['invoeging', 'verwijdering'] as const) {
    const value = attributes[VOORSTEL_MARK[soort]];
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
    if (typeof id === 'string' || typeof id === 'number') return { soort, id: String(id) };
  }
  return null;
}

/** True if deciding `uitkomst` removes the text of a run of `soort`: an accepted removal, a rejected addition. */
export function verdwijntBij(soort: VoorstelSoort, uitkomst: VoorstelUitkomst): boolean {
  return (soort === 'verwijdering') === (uitkomst === 'aanvaard');
}

// ---- reading proposals ----

/** One open proposal in a text, as a list shows it. */
export interface Voorstel {
  readonly id: string;
  /** Its author (a deelnemer id), or null for an id Tafel did not make. */
  readonly auteurId: string | null;
  /** When it was started (ms since 1970), or null when unknown. */
  readonly sindsMs: number | null;
  /** The text it adds (paragraph breaks as "¶"), "" if none. */
  readonly ingevoegd: string;
  /** The text it removes, "" if none. */
  readonly verwijderd: string;
}

interface Opbouw {
  ingevoegd: string;
  verwijderd: string;
  /** Where the last run of each kind ended (block index, run index), to tell gaps from continuations. */
  laatst: { invoeging?: [number, number]; verwijdering?: [number, number] };
}

const zonderMarkering = (text: string): string => text.split(VOORSTEL_MARKERING).join('');

/** The text blocks of a document in reading order. */
function tekstblokken(nodes: readonly RichNode[], out: RichElementNode[] = []): RichElementNode[] {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    const el = node as RichElementNode;
    if (TEKSTBLOKKEN.has(el.type)) out.push(el);
    else tekstblokken(el.content ?? [], out);
  }
  return out;
}

/** The open proposals of a text, in order of first appearance. */
export function leesVoorstellen(doc: RichDoc): Voorstel[] {
  const perId = new Map<string, Opbouw>();
  tekstblokken(doc.content).forEach((blok, b) => {
    (blok.content ?? []).forEach((node, r) => {
      if (node.type !== 'text') return;
      const m = voorstelVanMarks((node as RichTextNode).marks);
      if (m === null) return;
      let o = perId.get(m.id);
      if (o === undefined) {
        o = { ingevoegd: '', verwijderd: '', laatst: {} };
        perId.set(m.id, o);
      }
      const veld = m.soort === 'invoeging' ? 'ingevoegd' : 'verwijderd';
      const vorige = o.laatst[m.soort];
      const tekst = zonderMarkering((node as RichTextNode).text);
      const scheiding = vorige === undefined ? '' : vorige[0] !== b ? ' ¶ ' : vorige[1] !== r - 1 ? ' … ' : '';
      o[veld] = o[veld] + scheiding + tekst;
      o.laatst[m.soort] = [b, r];
    });
  });
  // A proposal of markers only (a break on its own) reads as "¶".
  const tekstVan = (tekst: string, heeft: boolean): string => {
    const kort = tekst.replace(/\s+/g, ' ').trim();
    return kort === '' && heeft ? '¶' : kort;
  };
  return [...perId].map(([id, o]) => {
    const herkomst = herkomstVanVoorstel(id);
    return {
      id,
      auteurId: herkomst?.auteurId ?? null,
      sindsMs: herkomst?.sindsMs ?? null,
      ingevoegd: tekstVan(o.ingevoegd, o.laatst.invoeging !== undefined),
      verwijderd: tekstVan(o.verwijderd, o.laatst.verwijdering !== undefined),
    };
  });
}

/** True if the text holds any open proposal (cheaper than reading them). */
export function heeftVoorstellen(doc: RichDoc): boolean {
  const zoek = (nodes: readonly RichNode[]): boolean =>
    nodes.some((n) => (n.type === 'text' ? voorstelVanMarks((n as RichTextNode).marks) !== null : zoek((n as RichElementNode).content ?? [])));
  return zoek(doc.content);
}

// ---- deciding, on JSON ----

type Knoop = { type: string; attrs?: RichElementNode['attrs']; content?: Knoop[]; text?: string; marks?: RichMark[] };

function kopie(node: RichNode): Knoop {
  if (node.type === 'text') {
    const t = node as RichTextNode;
    return { type: 'text', text: t.text, ...(t.marks ? { marks: t.marks.map((m) => ({ ...m, ...(m.attrs ? { attrs: { ...m.attrs } } : {}) })) } : {}) };
  }
  const el = node as RichElementNode;
  return { type: el.type, ...(el.attrs ? { attrs: { ...el.attrs } } : {}), ...(el.content ? { content: el.content.map(kopie) } : {}) };
}

const isTekst = (n: Knoop | undefined): n is Knoop & { text: string } => n?.type === 'text';

/** Merges neighbouring runs with equal marks and drops empty content, as Yjs reads it back. */
function normaliseer(node: Knoop): void {
  if (node.content === undefined) return;
  const out: Knoop[] = [];
  for (const child of node.content) {
    normaliseer(child);
    const prev = out[out.length - 1];
    if (isTekst(prev) && isTekst(child) && JSON.stringify(prev.marks ?? []) === JSON.stringify(child.marks ?? [])) prev.text += child.text;
    else out.push(child);
  }
  if (out.length === 0) delete node.content;
  else node.content = out;
}

/**
 * The document with the proposals `beslis` decides applied: an accepted addition stays as plain
 * text, a rejected one goes; an accepted removal goes, a rejected one stays as plain text. A
 * paragraph break that goes with the proposal joins the two blocks. Undecided proposals stay.
 */
export function beslisInJson(doc: RichDoc, beslis: VoorstelBeslisser): RichDoc {
  const root: Knoop = { type: 'doc', content: doc.content.map(kopie) };
  const ouder = new Map<Knoop, Knoop>();
  const blokken: Knoop[] = [];
  const verzamel = (node: Knoop): void => {
    for (const child of node.content ?? []) {
      if (child.type === 'text') continue;
      ouder.set(child, node);
      if (TEKSTBLOKKEN.has(child.type)) blokken.push(child);
      else verzamel(child);
    }
  };
  verzamel(root);

  const verdwijnt = (n: Knoop | undefined): VoorstelMarkering | null => {
    if (!isTekst(n)) return null;
    const m = voorstelVanMarks(n.marks);
    const uitkomst = m === null ? undefined : beslis(m.id);
    return m !== null && uitkomst !== undefined && verdwijntBij(m.soort, uitkomst) ? m : null;
  };
  // Which breaks go, judged on the text as it was.
  const samenvoegen = blokken.slice(0, -1).map((a, i) => {
    const eind = verdwijnt(a.content?.[a.content.length - 1]);
    const begin = verdwijnt(blokken[i + 1]!.content?.[0]);
    return eind !== null && begin !== null && eind.id === begin.id && eind.soort === begin.soort;
  });

  for (const blok of blokken) {
    blok.content = (blok.content ?? []).flatMap((n): Knoop[] => {
      if (!isTekst(n)) return [n];
      const m = voorstelVanMarks(n.marks);
      const uitkomst = m === null ? undefined : beslis(m.id);
      if (m === null || uitkomst === undefined) return [n];
      if (verdwijntBij(m.soort, uitkomst)) return [];
      const text = zonderMarkering(n.text);
      // An accepted addition loses a concurrent removal mark too (see voorstelVanMarks).
      const marks = (n.marks ?? []).filter((mark) => mark.type !== VOORSTEL_MARK.verwijdering && mark.type !== VOORSTEL_MARK[m.soort]);
      return text === '' ? [] : [{ type: 'text', text, ...(marks.length > 0 ? { marks } : {}) }];
    });
  }
  // From the end, so a block that takes in the next one is itself taken in by the one before.
  for (let i = samenvoegen.length - 1; i >= 0; i--) if (samenvoegen[i]) voegSamen(blokken[i]!, blokken[i + 1]!, ouder, root);

  normaliseer(root);
  return { type: 'doc', content: (root.content ?? []) as RichNode[] };
}

/** Takes block `b` into block `a` (see voorstelBesluit.ts for the same rule in Yjs). */
function voegSamen(a: Knoop, b: Knoop, ouder: Map<Knoop, Knoop>, root: Knoop): void {
  a.content = [...(a.content ?? []), ...(b.content ?? [])];
  const houder = ouder.get(b)!;
  const siblings = houder.content!;
  const index = siblings.indexOf(b);
  siblings.splice(index, 1);
  const ouderVanA = ouder.get(a)!;
  // What followed `b` in a container of its own (a list item's nested list) moves up behind `a`.
  if (houder !== ouderVanA && index === 0 && siblings.length > 0) {
    const rest = siblings.splice(0);
    const doel = ouderVanA.content!;
    doel.splice(doel.indexOf(a) + 1, 0, ...rest);
    for (const r of rest) ouder.set(r, ouderVanA);
  }
  let leeg: Knoop = houder;
  while (leeg !== root && (leeg.content?.length ?? 0) === 0) {
    const boven = ouder.get(leeg)!;
    boven.content!.splice(boven.content!.indexOf(leeg), 1);
    leeg = boven;
  }
}

/** The text with every open proposal left out: what was accepted so far (agreed versions, exports). */
export function zonderOpenVoorstellen(doc: RichDoc): RichDoc {
  return heeftVoorstellen(doc) ? beslisInJson(doc, () => 'afgewezen') : doc;
}
