/**
 * The Voorstellen mode on real editor states (the field's own schema, the library's transform),
 * without a browser: what a keystroke, a deletion or a block change becomes, whose it is, and
 * that the Yjs decision rule (shared/model) gives what the library's own commands give.
 */
import { getSchema } from '@tiptap/core';
import { applySuggestions, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { splitBlock, toggleMark, setBlockType } from '@tiptap/pm/commands';
import type { Node as PmNode } from '@tiptap/pm/model';
import { wrapInList } from '@tiptap/pm/schema-list';
import { AllSelection, EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { updateYFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  beslisInFragment,
  herkomstVanVoorstel,
  leesVoorstellen,
  nieuwVoorstelId,
  readRichDoc,
  zonderOpenVoorstellen,
  type RichDoc,
} from '../../../../shared/model/index.js';
import { richTextExtensions } from '../extensions.js';
import { alsVoorstel, type VoorstelAuteur } from './alsVoorstel.js';

const schema = getSchema(richTextExtensions({ fragment: new Y.Doc().getXmlFragment('x'), awareness: new Awareness(new Y.Doc()), user: {}, headingLevel: 4 }));
const IK = 'dn-ik';
const ANDER = 'dn-ander';
const VAN_ANDER = nieuwVoorstelId(ANDER, 1_000, 'zzzz');

/** Fresh ids on every call, across edits, as on a real device. */
let teller = 0;
function auteur(deelnemerId = IK): VoorstelAuteur {
  return { deelnemerId, nieuwId: () => nieuwVoorstelId(deelnemerId, 2_000 + teller, `id${String(++teller).padStart(2, '0')}`) };
}

function state(json: unknown, from?: number, to = from): EditorState {
  const s = EditorState.create({ schema, doc: schema.nodeFromJSON(json) });
  return from === undefined ? s : s.apply(s.tr.setSelection(TextSelection.create(s.doc, from, to)));
}

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const ins = (id: string) => [{ type: 'insertion', attrs: { id } }];
const del = (id: string) => [{ type: 'deletion', attrs: { id } }];
const doc = (...content: unknown[]) => ({ type: 'doc', content });

/** Runs `command` (or a transaction) as a proposal; returns the new state or the refusal. */
function voorstel(s: EditorState, maak: (s: EditorState, dispatch: (tr: Transaction) => void) => Transaction | boolean, wie = auteur()) {
  let tr: Transaction | undefined;
  const result = maak(s, (x: Transaction) => (tr = x));
  if (typeof result === 'object') tr = result;
  if (tr === undefined) throw new Error('command did nothing');
  const uit = alsVoorstel(tr, s, wie);
  return uit.ok ? { ok: true as const, state: s.apply(uit.tr) } : uit;
}

/** Ids on text runs, with their text. */
function runs(node: PmNode): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  node.descendants((n) => {
    if (!n.isText) return true;
    const m = n.marks.find((mark) => mark.type.name === 'insertion' || mark.type.name === 'deletion');
    out.push([n.text!, m === undefined ? null : `${m.type.name}:${herkomstVanVoorstel(m.attrs['id'])?.auteurId ?? '?'}`]);
    return false;
  });
  return out;
}

function alsYjs(pm: PmNode): Y.XmlFragment {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('sectie:test');
  ydoc.transact(() => updateYFragment(ydoc, fragment, pm, { mapping: new Map(), isOMark: new Map() } as never));
  return fragment;
}

describe('what an edit becomes in Voorstellen mode', () => {
  it('typed text is the typist’s proposal, also right after someone else’s', () => {
    const s = state(doc(p(t('Een '), t('nieuwe', ins(VAN_ANDER)), t(' zin'))), 11);
    const uit = voorstel(s, (x) => x.tr.insertText('!'));
    expect(uit.ok).toBe(true);
    if (!uit.ok) return;
    expect(runs(uit.state.doc)).toEqual([
      ['Een ', null],
      ['nieuwe', `insertion:${ANDER}`],
      ['!', `insertion:${IK}`],
      [' zin', null],
    ]);
    // The next keystroke joins the typist's own proposal.
    const verder = voorstel(uit.state, (x) => x.tr.insertText('?'));
    expect(verder.ok && leesVoorstellen(readRichDoc(alsYjs(verder.state.doc))).map((v) => [v.auteurId, v.ingevoegd])).toEqual([
      [ANDER, 'nieuwe'],
      [IK, '!?'],
    ]);
  });

  it('struck text is the striker’s, and text someone already struck keeps their name', () => {
    const s = state(doc(p(t('Een '), t('oud', del(VAN_ANDER)), t(' huis'))), 2, 12);
    const uit = voorstel(s, (x) => x.tr.deleteSelection());
    expect(uit.ok && runs(uit.state.doc)).toEqual([
      ['E', null],
      ['en ', `deletion:${IK}`],
      ['oud', `deletion:${ANDER}`],
      [' hui', `deletion:${IK}`],
      ['s', null],
    ]);
  });

  it('someone else’s proposed text cannot be deleted or reformatted, only one’s own', () => {
    const s = state(doc(p(t('Een '), t('nieuwe', ins(VAN_ANDER)), t(' zin'))), 6, 8);
    expect(voorstel(s, (x) => x.tr.deleteSelection())).toEqual({ ok: false, reden: 'ander' });
    expect(voorstel(s, toggleMark(schema.marks['bold']!))).toEqual({ ok: false, reden: 'ander' });
    const eigen = voorstel(s, (x) => x.tr.deleteSelection(), auteur(ANDER));
    expect(eigen.ok && runs(eigen.state.doc)).toEqual([
      ['Een ', null],
      ['nuwe', `insertion:${ANDER}`],
      [' zin', null],
    ]);
    expect(eigen.ok && eigen.state.doc.textContent).toBe('Een nuwe zin');
  });

  it('headings, lists and line breaks are refused: the binding would store them as accepted', () => {
    const s = state(doc(p(t('Een zin'))), 3);
    expect(voorstel(s, setBlockType(schema.nodes['heading']!, { level: 4 }))).toEqual({ ok: false, reden: 'blok' });
    expect(voorstel(s, wrapInList(schema.nodes['bulletList']!))).toEqual({ ok: false, reden: 'blok' });
    expect(voorstel(s, (x) => x.tr.replaceSelectionWith(schema.nodes['hardBreak']!.create()))).toEqual({ ok: false, reden: 'blok' });
  });

  it('a new paragraph and deleting everything are proposals the accepted text does not hold', () => {
    const begin = doc(p(t('Hallo wereld')), p(t('Tweede')));
    const enter = voorstel(state(begin, 4), splitBlock);
    expect(enter.ok).toBe(true);
    if (!enter.ok) return;
    const metAlinea = readRichDoc(alsYjs(enter.state.doc));
    expect(metAlinea.content).toHaveLength(3);
    expect(leesVoorstellen(metAlinea)).toEqual([expect.objectContaining({ auteurId: IK, ingevoegd: '¶' })]);
    expect(zonderOpenVoorstellen(metAlinea)).toEqual(begin);

    const s = state(begin);
    const alles = voorstel(s.apply(s.tr.setSelection(new AllSelection(s.doc))), (x) => x.tr.deleteSelection());
    expect(alles.ok).toBe(true);
    if (!alles.ok) return;
    expect(alles.state.doc.textContent.replace(/\u200B/g, '')).toBe('Hallo wereldTweede');
    expect(zonderOpenVoorstellen(readRichDoc(alsYjs(alles.state.doc)))).toEqual(begin);
  });

  it('a proposed paragraph whose text is then made bold stays one break: rejecting everything gives the text back', () => {
    const begin = doc(p(t('Hallo wereld')));
    const enter = voorstel(state(begin, 13), splitBlock);
    if (!enter.ok) throw new Error('enter refused');
    const getypt = voorstel(enter.state, (x) => x.tr.insertText('Nieuw'));
    if (!getypt.ok) throw new Error('typing refused');
    const s = getypt.state;
    const tweede = s.doc.child(1);
    const start = s.doc.child(0).nodeSize + 1;
    const vet = voorstel(s.apply(s.tr.setSelection(TextSelection.create(s.doc, start, start + tweede.content.size))), toggleMark(schema.marks['bold']!));
    expect(vet.ok).toBe(true);
    if (!vet.ok) return;
    const json = readRichDoc(alsYjs(vet.state.doc));
    expect(zonderOpenVoorstellen(json)).toEqual(begin);
    const fragment = alsYjs(vet.state.doc);
    fragment.doc!.transact(() => beslisInFragment(fragment, () => 'afgewezen'));
    expect(readRichDoc(fragment)).toEqual(begin);
  });
});

describe('the Yjs decision rule and the library’s own commands agree', () => {
  const gevallen: Record<string, (s: EditorState) => ReturnType<typeof voorstel>> = {
    woorden: (s) => voorstel(s.apply(s.tr.setSelection(TextSelection.create(s.doc, 7))), (x) => x.tr.insertText('mooie ')),
    weghalen: (s) => voorstel(s.apply(s.tr.setSelection(TextSelection.create(s.doc, 1, 6))), (x) => x.tr.deleteSelection()),
    alinea: (s) => voorstel(s.apply(s.tr.setSelection(TextSelection.create(s.doc, 4))), splitBlock),
    overAlineas: (s) => voorstel(s.apply(s.tr.setSelection(TextSelection.create(s.doc, 9, 17))), (x) => x.tr.deleteSelection()),
    vet: (s) => voorstel(s.apply(s.tr.setSelection(TextSelection.create(s.doc, 15, 21))), toggleMark(schema.marks['bold']!)),
  };
  const begin = doc(p(t('Hallo wereld')), p(t('Tweede regel')));

  for (const [naam, maak] of Object.entries(gevallen)) {
    for (const [uitkomst, command] of [
      ['aanvaard', applySuggestions],
      ['afgewezen', revertSuggestions],
    ] as const) {
      it(`${naam}, alles ${uitkomst}`, () => {
        const uit = maak(state(begin));
        expect(uit.ok).toBe(true);
        if (!uit.ok) return;
        let library: EditorState | undefined;
        command(uit.state, (tr) => (library = uit.state.apply(tr)));
        const fragment = alsYjs(uit.state.doc);
        fragment.doc!.transact(() => beslisInFragment(fragment, () => uitkomst));
        const normaal = (d: RichDoc | unknown): unknown => schema.nodeFromJSON(d).toJSON();
        expect(normaal(readRichDoc(fragment))).toEqual(normaal(library!.doc.toJSON()));
      });
    }
  }
});
