import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoModel } from '../../tests/golden/agreedFixture.js';
import {
  beslisInFragment,
  beslisInJson,
  beslisVoorstellen,
  herkomstVanVoorstel,
  leesVoorstellen,
  localOrigin,
  nieuwVoorstelId,
  openVoorstellen,
  plekVanFragment,
  readRichDoc,
  voorstelRedenen,
  writeRichDoc,
  zetVoorstelReden,
  zonderOpenVoorstellen,
  type RichDoc,
  type RichNode,
  type VoorstelBeslisser,
} from './index.js';
import { ModelError } from './errors.js';
import { DEMO_VOORSTEL_ID } from './demoMeta.js';

const LOTTE = 'dn-lotte';
const FATIMA = 'dn-fatima';
const A = nieuwVoorstelId(LOTTE, Date.UTC(2025, 2, 1, 9), 'aaaa');
const B = nieuwVoorstelId(FATIMA, Date.UTC(2025, 2, 1, 10), 'bbbb');
const ZW = '\u200B';

const t = (text: string): RichNode => ({ type: 'text', text });
const ins = (id: string, text: string): RichNode => ({ type: 'text', text, marks: [{ type: 'insertion', attrs: { id } }] });
const del = (id: string, text: string): RichNode => ({ type: 'text', text, marks: [{ type: 'deletion', attrs: { id } }] });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
const ul = (...content: RichNode[]): RichNode => ({ type: 'bulletList', content });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

/** Layouts the Voorstellen mode writes (see the editor's own tests for how they arise). */
const LAYOUTS: Record<string, RichDoc> = {
  woorden: doc(p(t('Een '), ins(A, 'nieuwe '), t('zin'), del(B, ' oud'), t('.'))),
  nieuweAlinea: doc(p(t('Ha'), ins(A, ZW)), p(ins(A, ZW), t('llo'))),
  alineaWeg: doc(p(t('Een'), del(B, ZW)), p(del(B, ZW), t('Twee'))),
  overAlineas: doc(p(t('lo'), del(B, 'rem')), p(del(B, 'ip'), t('sum'))),
  lijst: doc(ul(li(p(t('één'), ins(A, ZW))), li(p(ins(A, ZW), t('twee')), ul(li(p(t('diep'))))))),
  regeleinde: doc(p(t('a'), ins(A, ZW)), p(ins(A, ZW), t('b'), { type: 'hardBreak' }, t('c'))),
  drieAlineas: doc(p(t('x'), del(B, '1')), p(del(B, '2')), p(del(B, '3'), t('y'))),
  // Lotte proposed text where Fatima concurrently proposed a removal: it stays Lotte's proposal.
  samenloop: doc(
    p(
      del(B, 'oud '),
      {
        type: 'text',
        text: 'nieuw',
        marks: [
          { type: 'deletion', attrs: { id: B } },
          { type: 'insertion', attrs: { id: A } },
        ],
      },
      del(B, ' weg'),
      t('.'),
    ),
  ),
  vetVoorgesteld: doc(p(del(A, 'Tweede'), { type: 'text', text: 'Tweede', marks: [{ type: 'bold' }, { type: 'insertion', attrs: { id: A } }] })),
};

const BESLISSERS: Record<string, VoorstelBeslisser> = {
  allesAanvaard: () => 'aanvaard',
  allesAfgewezen: () => 'afgewezen',
  alleenAAanvaard: (id) => (id === A ? 'aanvaard' : undefined),
  alleenBAfgewezen: (id) => (id === B ? 'afgewezen' : undefined),
};

function fragmentMet(json: RichDoc): Y.XmlFragment {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('sectie:zorgen');
  ydoc.transact(() => writeRichDoc(fragment, json));
  return fragment;
}

describe('proposal ids', () => {
  it('name their author and start, and ids Tafel did not make have none', () => {
    expect(herkomstVanVoorstel(A)).toEqual({ auteurId: LOTTE, sindsMs: Date.UTC(2025, 2, 1, 9) });
    for (const id of [1, 'abc', 'x~y', '~1~aaaa', 'dn~zz~aaaa~x', `${LOTTE}~1~a`]) expect(herkomstVanVoorstel(id)).toBeNull();
    expect(() => nieuwVoorstelId('a~b', 0, 'aaaa')).toThrow(RangeError);
  });
});

describe('reading proposals', () => {
  it('lists each proposal once with its author, what it adds and what it removes', () => {
    expect(leesVoorstellen(LAYOUTS['woorden']!)).toEqual([
      { id: A, auteurId: LOTTE, sindsMs: Date.UTC(2025, 2, 1, 9), ingevoegd: 'nieuwe', verwijderd: '' },
      { id: B, auteurId: FATIMA, sindsMs: Date.UTC(2025, 2, 1, 10), ingevoegd: '', verwijderd: 'oud' },
    ]);
    expect(leesVoorstellen(LAYOUTS['overAlineas']!)).toEqual([expect.objectContaining({ id: B, verwijderd: 'rem ¶ ip' })]);
    expect(leesVoorstellen(LAYOUTS['nieuweAlinea']!)).toEqual([expect.objectContaining({ id: A, ingevoegd: '¶' })]);
    expect(leesVoorstellen(LAYOUTS['samenloop']!).map((v) => [v.id, v.ingevoegd, v.verwijderd])).toEqual([
      [B, '', 'oud … weg'],
      [A, 'nieuw', ''],
    ]);
    // Fatima's removal accepted, Lotte's text still proposed; then accepted, it is plain text.
    const eerst = beslisInJson(LAYOUTS['samenloop']!, (id) => (id === B ? 'aanvaard' : undefined));
    expect(eerst).toEqual(
      doc(
        p(
          {
            type: 'text',
            text: 'nieuw',
            marks: [
              { type: 'deletion', attrs: { id: B } },
              { type: 'insertion', attrs: { id: A } },
            ],
          },
          t('.'),
        ),
      ),
    );
    expect(beslisInJson(eerst, () => 'aanvaard')).toEqual(doc(p(t('nieuw.'))));
  });

  it('reads the accepted text: proposed words and breaks left out, words proposed for removal kept', () => {
    expect(zonderOpenVoorstellen(LAYOUTS['woorden']!)).toEqual(doc(p(t('Een zin oud.'))));
    expect(zonderOpenVoorstellen(LAYOUTS['nieuweAlinea']!)).toEqual(doc(p(t('Hallo'))));
    expect(zonderOpenVoorstellen(LAYOUTS['alineaWeg']!)).toEqual(doc(p(t('Een')), p(t('Twee'))));
    const plain = doc(p(t('Niets voorgesteld.')));
    expect(zonderOpenVoorstellen(plain)).toBe(plain);
  });

  it('joins a proposed break inside a list the way the editor would have left it', () => {
    expect(zonderOpenVoorstellen(LAYOUTS['lijst']!)).toEqual(doc(ul(li(p(t('ééntwee')), ul(li(p(t('diep'))))))));
    expect(beslisInJson(LAYOUTS['drieAlineas']!, () => 'aanvaard')).toEqual(doc(p(t('xy'))));
  });
});

describe('deciding in the stored text', () => {
  for (const [layout, json] of Object.entries(LAYOUTS)) {
    for (const [naam, beslis] of Object.entries(BESLISSERS)) {
      it(`${layout}, ${naam}: the fragment reads as the same decision on JSON`, () => {
        const fragment = fragmentMet(json);
        fragment.doc!.transact(() => beslisInFragment(fragment, beslis));
        expect(readRichDoc(fragment)).toEqual(beslisInJson(json, beslis));
      });
    }
  }

  it('leaves no markers behind once everything is decided', () => {
    for (const json of Object.values(LAYOUTS)) {
      const fragment = fragmentMet(json);
      fragment.doc!.transact(() => beslisInFragment(fragment, () => 'aanvaard'));
      expect(JSON.stringify(readRichDoc(fragment))).not.toContain(ZW);
      expect(leesVoorstellen(readRichDoc(fragment))).toEqual([]);
    }
  });
});

describe('who decides (the case roles)', () => {
  function caseWithProposals(as: string, org: string) {
    const model = demoModel(as, org);
    const fragment = model.analyse.sectieFragment('zorgen');
    model.doc.transact(() => writeRichDoc(fragment, LAYOUTS['woorden']!), localOrigin(LOTTE));
    return { model, fragment };
  }

  it('the chair accepts one proposal, per person, or all in a section', () => {
    const { model, fragment } = caseWithProposals('dn-ingrid', 'org-vt');
    expect(beslisVoorstellen(model, fragment, { voorstelId: A }, 'aanvaard')).toBe(1);
    expect(readRichDoc(fragment)).toEqual(doc(p(t('Een nieuwe zin'), del(B, ' oud'), t('.'))));
    expect(beslisVoorstellen(model, fragment, { auteurId: FATIMA }, 'afgewezen')).toBe(1);
    expect(readRichDoc(fragment)).toEqual(doc(p(t('Een nieuwe zin oud.'))));
    model.doc.transact(() => writeRichDoc(fragment, LAYOUTS['woorden']!));
    expect(beslisVoorstellen(model, fragment, { alle: true }, 'aanvaard')).toBe(2);
    expect(readRichDoc(fragment)).toEqual(doc(p(t('Een nieuwe zin.'))));
  });

  it('an expert withdraws their own proposal, and may not accept it or touch anyone else’s', () => {
    const { model, fragment } = caseWithProposals(LOTTE, 'org-lokaalteam');
    const before = readRichDoc(fragment);
    for (const [keuze, uitkomst] of [
      [{ voorstelId: A }, 'aanvaard'],
      [{ voorstelId: B }, 'afgewezen'],
      [{ auteurId: FATIMA }, 'afgewezen'],
      [{ alle: true }, 'afgewezen'],
    ] as const) {
      expect(() => beslisVoorstellen(model, fragment, keuze, uitkomst)).toThrow(ModelError);
      expect(readRichDoc(fragment)).toEqual(before);
    }
    expect(beslisVoorstellen(model, fragment, { auteurId: LOTTE }, 'afgewezen')).toBe(1);
    expect(readRichDoc(fragment)).toEqual(doc(p(t('Een zin'), del(B, ' oud'), t('.'))));
  });

  it('a decision is one step of the decider’s own undo, and undoing it brings the proposal back', () => {
    const { model, fragment } = caseWithProposals('dn-ingrid', 'org-vt');
    const before = readRichDoc(fragment);
    const undo = new Y.UndoManager([fragment], { trackedOrigins: new Set<unknown>([Object]), captureTimeout: 0 });
    beslisVoorstellen(model, fragment, { alle: true }, 'aanvaard');
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readRichDoc(fragment)).toEqual(before);
    undo.redo();
    expect(readRichDoc(fragment)).toEqual(doc(p(t('Een nieuwe zin.'))));
  });

  it('undo also restores a paragraph break the decision removed', () => {
    const { model, fragment } = caseWithProposals('dn-ingrid', 'org-vt');
    model.doc.transact(() => writeRichDoc(fragment, LAYOUTS['lijst']!));
    const before = readRichDoc(fragment);
    const undo = new Y.UndoManager([fragment], { trackedOrigins: new Set<unknown>([Object]), captureTimeout: 0 });
    beslisVoorstellen(model, fragment, { voorstelId: A }, 'afgewezen');
    expect(readRichDoc(fragment)).toEqual(zonderOpenVoorstellen(before));
    undo.undo();
    expect(readRichDoc(fragment)).toEqual(before);
  });
});

describe('proposals between peers', () => {
  it('a decision and concurrent typing in another proposal merge; the other stays open', () => {
    const chair = demoModel('dn-ingrid', 'org-vt');
    const fragment = chair.analyse.sectieFragment('zorgen');
    chair.doc.transact(() => writeRichDoc(fragment, LAYOUTS['woorden']!));
    const expertDoc = new Y.Doc();
    Y.applyUpdate(expertDoc, Y.encodeStateAsUpdate(chair.doc));
    const expertText = (expertDoc.getXmlFragment('sectie:zorgen').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    // Fatima proposes more removal next to her own (as the editor would, with her id).
    expertText.format(0, 3, { deletion: { id: B } });
    beslisVoorstellen(chair, fragment, { voorstelId: A }, 'aanvaard');
    Y.applyUpdate(expertDoc, Y.encodeStateAsUpdate(chair.doc));
    Y.applyUpdate(chair.doc, Y.encodeStateAsUpdate(expertDoc));
    const both = [readRichDoc(fragment), readRichDoc(expertDoc.getXmlFragment('sectie:zorgen'))];
    expect(both[0]).toEqual(both[1]);
    expect(both[0]).toEqual(doc(p(del(B, 'Een'), t(' nieuwe zin'), del(B, ' oud'), t('.'))));
  });

  it('lists open proposals per field of the analysis and the plan', () => {
    const model = demoModel('dn-ingrid', 'org-vt');
    model.doc.transact(() => writeRichDoc(model.analyse.sectieFragment('zorgen'), LAYOUTS['woorden']!));
    const afspraak = model.afspraken.list()[0]!;
    model.doc.transact(() => writeRichDoc(model.afspraken.fragment(afspraak.id, 'wat'), doc(p(t('Wat: '), ins(A, 'elke dag')))));
    expect(openVoorstellen(model).map((o) => [o.plek, o.voorstellen.map((v) => v.id)])).toEqual([
      [{ soort: 'sectie', id: 'zorgen' }, [A, B]],
      [{ soort: 'sectie', id: 'krachten' }, [DEMO_VOORSTEL_ID]],
      [{ soort: 'afspraken', id: afspraak.id }, [A]],
    ]);
    expect(plekVanFragment(model.afspraken.fragment(afspraak.id, 'wat'))).toEqual({ soort: 'afspraken', id: afspraak.id });
    expect(plekVanFragment(model.analyse.sectieFragment('zorgen'))).toEqual({ soort: 'sectie', id: 'zorgen' });
    expect(plekVanFragment(model.gezinsprofiel.toelichtingFragment())).toBeNull();
  });
});

describe('reasons', () => {
  it('only the author gives a reason for their proposal', () => {
    const lotte = demoModel(LOTTE, 'org-lokaalteam');
    zetVoorstelReden(lotte, A, '  Zo staat het in het politierapport.  ');
    expect(voorstelRedenen(lotte).get(A)).toBe('Zo staat het in het politierapport.');
    expect(() => zetVoorstelReden(lotte, B, 'Niet van mij')).toThrow(ModelError);
    zetVoorstelReden(lotte, A, '');
    expect(voorstelRedenen(lotte).has(A)).toBe(false);
  });
});
