/**
 * Accepting and rejecting proposals in the stored text itself (a Y.XmlFragment), so a decision is
 * an ordinary change of the case: it reaches every peer, merges with their typing, and works
 * without an editor open (a whole section, everything of one person). The rule is the one of
 * `beslisInJson` (voorstelTekst.ts): reading the fragment after `beslisInFragment` gives what
 * `beslisInJson` gives for the text before it.
 *
 * Who may decide: the chair (voorzitter) anything; the author may withdraw (reject) their own.
 * A CRDT cannot refuse a write, so this is the clients' rule, like every role in the workspace.
 */
import * as Y from 'yjs';
import type { CaseModel } from './caseModel.js';
import { ModelError } from './errors.js';
import { localOrigin } from './origins.js';
import { isVoorstelVan } from './voorstelId.js';
import {
  TEKSTBLOKKEN,
  VOORSTEL_MARK,
  VOORSTEL_MARKERING,
  verdwijntBij,
  voorstelVanAttributen,
  type VoorstelBeslisser,
  type VoorstelMarkering,
  type VoorstelUitkomst,
} from './voorstelTekst.js';

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

type Houder = Y.XmlFragment | Y.XmlElement;

function tekstblokken(houder: Houder, out: Y.XmlElement[] = []): Y.XmlElement[] {
  for (const child of houder.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (TEKSTBLOKKEN.has(child.nodeName)) out.push(child);
    else tekstblokken(child, out);
  }
  return out;
}

function randVoorstel(blok: Y.XmlElement, kant: 'begin' | 'eind'): VoorstelMarkering | null {
  const child = blok.length === 0 ? undefined : blok.get(kant === 'begin' ? 0 : blok.length - 1);
  if (!(child instanceof Y.XmlText)) return null;
  const ops = child.toDelta() as DeltaOp[];
  const op = kant === 'begin' ? ops[0] : ops[ops.length - 1];
  return typeof op?.insert === 'string' ? voorstelVanAttributen(op.attributes) : null;
}

/** Applies the decisions to the runs of one Y.XmlText; returns the ids it decided. */
function beslisRuns(text: Y.XmlText, beslis: VoorstelBeslisser, besloten: Set<string>): void {
  const runs: Array<{ index: number; tekst: string; m: VoorstelMarkering; uitkomst: VoorstelUitkomst }> = [];
  let index = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const m = typeof op.insert === 'string' ? voorstelVanAttributen(op.attributes) : null;
    const uitkomst = m === null ? undefined : beslis(m.id);
    if (m !== null && uitkomst !== undefined) runs.push({ index, tekst: op.insert as string, m, uitkomst });
    index += length;
  }
  // From the end, so the indices of runs before stay valid.
  for (const run of runs.reverse()) {
    besloten.add(run.m.id);
    if (verdwijntBij(run.m.soort, run.uitkomst)) {
      text.delete(run.index, run.tekst.length);
      continue;
    }
    // Kept as plain text: an accepted addition loses a concurrent removal mark too (voorstelVanMarks).
    text.format(run.index, run.tekst.length, { [VOORSTEL_MARK[run.m.soort]]: null, [VOORSTEL_MARK.verwijdering]: null });
    for (let i = run.tekst.length - 1; i >= 0; i--) if (run.tekst[i] === VOORSTEL_MARKERING) text.delete(run.index + i, 1);
  }
}

function indexIn(houder: Houder, child: Y.XmlElement): number {
  return houder.toArray().indexOf(child);
}

/** Takes text block `b` into `a`: its runs (with their marks) and inline nodes, then removes it. */
function voegSamen(a: Y.XmlElement, b: Y.XmlElement, fragment: Y.XmlFragment): void {
  for (const child of b.toArray()) {
    if (child instanceof Y.XmlText) {
      const ops = child.toDelta() as DeltaOp[];
      if (ops.length === 0) continue;
      let last = a.length === 0 ? undefined : a.get(a.length - 1);
      if (!(last instanceof Y.XmlText)) {
        a.push([new Y.XmlText()]);
        last = a.get(a.length - 1) as Y.XmlText;
      }
      const doel = last as Y.XmlText;
      // Explicit attributes ({} for plain text): without them Yjs would continue the formatting before.
      for (const op of ops) if (typeof op.insert === 'string') doel.insert(doel.length, op.insert, op.attributes ?? {});
    } else if (child instanceof Y.XmlElement) {
      a.push([child.clone()]);
    }
  }
  const houder = b.parent as Houder;
  const ouderVanA = a.parent as Houder;
  const index = indexIn(houder, b);
  houder.delete(index, 1);
  // What followed `b` in a container of its own (a list item's nested list) moves up behind `a`.
  if (houder !== ouderVanA && index === 0 && houder.length > 0) {
    const rest = houder.toArray().map((n) => n.clone());
    houder.delete(0, houder.length);
    ouderVanA.insert(indexIn(ouderVanA, a) + 1, rest as Array<Y.XmlElement | Y.XmlText>);
  }
  let leeg: Houder = houder;
  while (leeg !== fragment && leeg.length === 0) {
    const boven = leeg.parent as Houder;
    boven.delete(indexIn(boven, leeg as Y.XmlElement), 1);
    leeg = boven;
  }
}

/**
 * Applies the decisions `beslis` makes to the proposals in `fragment` and returns the ids it
 * decided. Call inside a transaction (the model's `beslisVoorstellen` does).
 */
export function beslisInFragment(fragment: Y.XmlFragment, beslis: VoorstelBeslisser): Set<string> {
  const blokken = tekstblokken(fragment);
  const verdwijnt = (m: VoorstelMarkering | null): boolean => {
    const uitkomst = m === null ? undefined : beslis(m.id);
    return m !== null && uitkomst !== undefined && verdwijntBij(m.soort, uitkomst);
  };
  const samenvoegen = blokken.slice(0, -1).map((a, i) => {
    const eind = randVoorstel(a, 'eind');
    const begin = randVoorstel(blokken[i + 1]!, 'begin');
    return eind !== null && begin !== null && eind.id === begin.id && eind.soort === begin.soort && verdwijnt(eind);
  });
  const besloten = new Set<string>();
  for (const blok of blokken) for (const child of blok.toArray()) if (child instanceof Y.XmlText) beslisRuns(child, beslis, besloten);
  for (let i = samenvoegen.length - 1; i >= 0; i--) if (samenvoegen[i]) voegSamen(blokken[i]!, blokken[i + 1]!, fragment);
  return besloten;
}

/** Which proposals a decision is about: one, everything of one person, or all in the text. */
export type VoorstelKeuze = { readonly voorstelId: string } | { readonly auteurId: string } | { readonly alle: true };

/** True if `deelnemerId` chairs the case (case role voorzitter, or named as its voorzitter). */
export function isVoorzitterVanCasus(model: CaseModel, deelnemerId: string): boolean {
  const deelnemer = model.deelnemers.get(deelnemerId);
  return deelnemer !== undefined && (deelnemer.rollen.includes('voorzitter') || model.meta.get().voorzitterId === deelnemerId);
}

/**
 * Accepts or rejects the chosen proposals in `fragment` as the acting user, in one transaction
 * (one step of their undo). The chair decides anything; anyone else only withdraws (rejects)
 * their own proposals: asking for more throws ModelError `niet_toegestaan` and changes nothing.
 * Returns the number of proposals decided.
 */
export function beslisVoorstellen(model: CaseModel, fragment: Y.XmlFragment, keuze: VoorstelKeuze, uitkomst: VoorstelUitkomst): number {
  model.reader.assertWritable();
  const ik = model.ctx.actor.deelnemerId;
  const voorzitter = isVoorzitterVanCasus(model, ik);
  if (!voorzitter) {
    const eigen = 'voorstelId' in keuze ? isVoorstelVan(keuze.voorstelId, ik) : 'auteurId' in keuze && keuze.auteurId === ik;
    if (uitkomst !== 'afgewezen' || !eigen) throw new ModelError('niet_toegestaan', 'voorstellen');
  }
  const gekozen = (id: string): boolean =>
    ('voorstelId' in keuze ? id === keuze.voorstelId : 'auteurId' in keuze ? isVoorstelVan(id, keuze.auteurId) : true) && (voorzitter || isVoorstelVan(id, ik));
  let besloten = new Set<string>();
  model.doc.transact(() => {
    besloten = beslisInFragment(fragment, (id) => (gekozen(id) ? uitkomst : undefined));
  }, localOrigin(ik));
  return besloten.size;
}
