/**
 * Turns what a user types or deletes in Voorstellen mode into a proposal, with
 * @handlewithcare/prosemirror-suggest-changes doing the work (docs/editors.md), plus what a
 * table of several authors needs on top of it:
 *
 * - Each proposal belongs to its author. The library joins an edit to a proposal right next to
 *   it, also someone else's; here new text and newly struck text always get an id of the acting
 *   user, and text that already was someone's proposal keeps its id.
 * - Someone else's proposed text is theirs: deleting or reformatting it is refused (the chair
 *   rejects it, its author withdraws it, anyone can comment on it).
 * - Only what the Yjs binding stores is proposed: marks on text. Block changes (a heading, a list)
 *   would need marks on nodes, which y-tiptap does not store (peers would receive them as
 *   accepted); they are refused, and multi-paragraph pastes are typed in as lines instead.
 */
import type { Mark, MarkType, Node as PmNode } from '@tiptap/pm/model';
import { Selection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { isVoorstelVan, VOORSTEL_MARKERING } from '../../../../shared/model/index.js';

/** Why an edit cannot be a proposal. */
export type Weigering = 'blok' | 'ander';

export type AlsVoorstelUitkomst = { readonly ok: true; readonly tr: Transaction } | { readonly ok: false; readonly reden: Weigering };

export interface VoorstelAuteur {
  /** The acting user's deelnemer id. */
  readonly deelnemerId: string;
  /** A fresh proposal id of this user. */
  nieuwId(): string;
}

function voorstelMarks(state: EditorState): { insertion: MarkType; deletion: MarkType } {
  const { insertion, deletion } = state.schema.marks;
  if (insertion === undefined || deletion === undefined) throw new Error('voorstellen: schema without proposal marks');
  return { insertion, deletion };
}

/** True if the step takes away or reformats part of someone else's proposed text. */
function raaktAnder(tr: Transaction, insertion: MarkType, ik: string): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep || step instanceof AddMarkStep || step instanceof RemoveMarkStep)) return false;
    const { from, to } = step as unknown as { from: number; to: number };
    if (from >= to) return false;
    let ander = false;
    tr.docs[i]!.nodesBetween(from, to, (node) => {
      const id = insertion.isInSet(node.marks)?.attrs['id'];
      if (node.isText && id !== undefined && !isVoorstelVan(id, ik)) ander = true;
      return !ander;
    });
    return ander;
  });
}

/** True if a proposal mark sits on something other than text (a hard break): the binding would not store it. */
function opNietTekst(doc: PmNode, types: readonly MarkType[]): boolean {
  let gevonden = false;
  doc.descendants((node) => {
    if (gevonden || node.isText) return false;
    if (node.marks.some((m) => types.includes(m.type))) gevonden = true;
    return !gevonden;
  });
  return gevonden;
}

/** Gives new and newly struck text the acting user's id; text that was someone's proposal before keeps its id. */
function herstelAuteurschap(tracked: Transaction, oud: PmNode, types: readonly MarkType[], auteur: VoorstelAuteur): void {
  const bereiken: Array<{ from: number; to: number }> = [];
  let eigenId: string | undefined;
  tracked.steps.forEach((step, i) => {
    if (!(step instanceof AddMarkStep) || !types.includes(step.mark.type)) return;
    const id = step.mark.attrs['id'] as unknown;
    if (eigenId === undefined && isVoorstelVan(id, auteur.deelnemerId)) eigenId = String(id);
    const rest = tracked.mapping.slice(i + 1);
    const from = rest.map(step.from, 1);
    const to = rest.map(step.to, -1);
    if (from < to) bereiken.push({ from, to });
  });
  if (bereiken.length === 0) return;
  const terug = tracked.mapping.invert();
  const herstel: Array<{ from: number; to: number; type: MarkType; id: string }> = [];
  for (const bereik of bereiken) {
    tracked.doc.nodesBetween(bereik.from, bereik.to, (node, pos) => {
      if (!node.isText) return true;
      const mark: Mark | undefined = node.marks.find((m) => types.includes(m.type));
      if (mark === undefined) return false;
      const huidig = String(mark.attrs['id']);
      for (let c = Math.max(pos, bereik.from); c < Math.min(pos + node.nodeSize, bereik.to); c++) {
        const a = terug.mapResult(c, 1);
        const b = terug.mapResult(c + 1, -1);
        // The character existed before this edit: it keeps the proposal it was part of, if any.
        const vroeger = b.pos - a.pos === 1 ? oud.nodeAt(a.pos)?.marks.find((m) => m.type === mark.type) : undefined;
        const gewenst =
          vroeger !== undefined ? String(vroeger.attrs['id']) : isVoorstelVan(huidig, auteur.deelnemerId) ? huidig : (eigenId ??= auteur.nieuwId());
        if (gewenst === huidig) continue;
        const laatste = herstel[herstel.length - 1];
        if (laatste !== undefined && laatste.to === c && laatste.id === gewenst && laatste.type === mark.type) laatste.to = c + 1;
        else herstel.push({ from: c, to: c + 1, type: mark.type, id: gewenst });
      }
      return false;
    });
  }
  for (const h of herstel) tracked.addMark(h.from, h.to, h.type.create({ id: h.id }));
}

/**
 * A proposed paragraph break is two markers with one id: at the end of one block and the start of
 * the next (shared/model/voorstelTekst.ts). Re-proposing the new paragraph's text (bold over it,
 * from its start) gives its first marker a new id; this gives it back the id of the marker before
 * it when both are the acting user's, so the break stays one proposal.
 */
function herstelAlineagrenzen(tracked: Transaction, types: readonly MarkType[], ik: string): void {
  let vorige: Mark | undefined;
  const herstel: Array<{ pos: number; mark: Mark }> = [];
  tracked.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const eerste = node.firstChild;
    const begin = eerste?.isText === true && eerste.text!.startsWith(VOORSTEL_MARKERING) ? eerste.marks.find((m) => types.includes(m.type)) : undefined;
    if (vorige !== undefined && begin !== undefined && begin.type === vorige.type && begin.attrs['id'] !== vorige.attrs['id']) {
      if (isVoorstelVan(begin.attrs['id'], ik) && isVoorstelVan(vorige.attrs['id'], ik)) herstel.push({ pos: pos + 1, mark: vorige });
    }
    const laatste = node.lastChild;
    vorige = laatste?.isText === true && laatste.text!.endsWith(VOORSTEL_MARKERING) ? laatste.marks.find((m) => types.includes(m.type)) : undefined;
    return false;
  });
  for (const h of herstel) tracked.addMark(h.pos, h.pos + 1, h.mark);
}

/**
 * Deleting whole blocks (select all, then Delete) as deleting their text from the first letter to
 * the last: the same words go, and it needs no marks on nodes.
 */
function binnenDeBlokken(tr: Transaction, state: EditorState): Transaction {
  const step = tr.steps[0];
  // Deleting everything replaces it with one empty paragraph (a document is never empty).
  const leeg = step instanceof ReplaceStep && step.slice.content.textBetween(0, step.slice.content.size) === '' && step.slice.content.childCount <= 1;
  if (tr.steps.length !== 1 || !(step instanceof ReplaceStep) || !leeg) return tr;
  const doc = tr.docs[0]!;
  const $from = doc.resolve(step.from);
  const $to = doc.resolve(step.to);
  if ($from.parent.inlineContent && $to.parent.inlineContent) return tr;
  const start = Selection.findFrom($from, 1, true);
  const eind = Selection.findFrom($to, -1, true);
  if (start === null || eind === null || start.from >= eind.to) return tr;
  return state.tr.delete(start.from, eind.to);
}

/** The proposal `tr` becomes in `state` (the state before it), or why it cannot be one. */
export function alsVoorstel(origineel: Transaction, state: EditorState, auteur: VoorstelAuteur): AlsVoorstelUitkomst {
  const { insertion, deletion } = voorstelMarks(state);
  const tr = binnenDeBlokken(origineel, state);
  if (raaktAnder(tr, insertion, auteur.deelnemerId)) return { ok: false, reden: 'ander' };
  let tracked: Transaction;
  try {
    tracked = transformToSuggestionTransaction(tr, state, () => auteur.nieuwId());
  } catch {
    // The library needs marks on nodes for this change (a heading, a list, whole blocks).
    return { ok: false, reden: 'blok' };
  }
  herstelAuteurschap(tracked, state.doc, [insertion, deletion], auteur);
  herstelAlineagrenzen(tracked, [insertion, deletion], auteur.deelnemerId);
  if (opNietTekst(tracked.doc, [insertion, deletion])) return { ok: false, reden: 'blok' };
  return { ok: true, tr: tracked };
}
