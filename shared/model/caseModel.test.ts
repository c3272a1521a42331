import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  ankerPositie,
  createCase,
  openCase,
  plainTextOf,
  resolveAnkerPositie,
  richDocFromPlainText,
  sectionFragmentName,
  validateCase,
  ModelError,
  type CaseModel,
  type ModelContext,
} from './index.js';

function context(deelnemerId: string, orgId = 'org-vt'): ModelContext {
  let n = 0;
  return { actor: { deelnemerId, orgId }, now: () => '2025-05-01T08:00:00.000Z', newId: () => `${deelnemerId}-${++n}` };
}

function newCase(): CaseModel {
  return createCase(new Y.Doc(), context('dn-1'), {
    titel: 'Gezin T. (fictief)',
    regio: 'Voorbeeldregio',
    grondslag: { type: 'wettelijke_taak' },
    organisaties: [
      { id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' },
      { id: 'org-lt', naam: 'Wijkteam', type: 'LokaalTeam' },
    ],
    aanbrengerOrgId: 'org-vt',
    maker: { naam: 'Voorzitter', rollen: ['voorzitter'] },
  });
}

function peer(model: CaseModel, deelnemerId: string, orgId = 'org-vt'): CaseModel {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(model.doc));
  return openCase(doc, context(deelnemerId, orgId));
}

function sync(a: CaseModel, b: CaseModel): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

describe('the case model', () => {
  it('starts a case with the default 13 sections, attributed to the maker and their organisation', () => {
    const model = newCase();
    expect(model.analyse.secties().map((s) => s.titel)[0]).toBe('Aanleiding en hulpvraag');
    expect(model.analyse.secties()).toHaveLength(13);
    const id = model.personen.add({ roepnaam: 'Tess', rolInGezin: 'kind' });
    expect(model.personen.get(id)).toMatchObject({ aangemaaktDoor: 'dn-1', bronOrgId: 'org-vt', gevoeligheid: 'bijzonder' });
    expect(validateCase(model.doc)).toEqual([]);
  });

  it("uses a region's own section list", () => {
    const model = createCase(new Y.Doc(), context('dn-1'), {
      titel: 'Gezin R.',
      regio: 'Noord',
      grondslag: { type: 'toestemming' },
      aanbrengerOrgId: 'org-vt',
      organisaties: [{ id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' }],
      maker: { naam: 'V', rollen: [] },
      secties: [
        { id: 'situatie', titel: 'Situatie' },
        { id: 'analyse', titel: 'Analyse' },
      ],
    });
    expect(model.analyse.secties().map((s) => s.id)).toEqual(['situatie', 'analyse']);
  });

  it('refuses invalid input and references to things that do not exist, without writing', () => {
    const model = newCase();
    const before = Y.encodeStateAsUpdate(model.doc);
    expect(() => model.personen.add({ roepnaam: 'X', rolInGezin: 'buurman' as 'ouder' })).toThrow(ModelError);
    expect(() => model.relaties.add({ vanPersoonId: 'nee', naarPersoonId: 'ook-niet', type: 'partner' })).toThrow(/verwijzing/i);
    expect(Y.encodeStateAsUpdate(model.doc)).toEqual(before);
  });

  it('merges concurrent edits to different fields of one entity', () => {
    const a = newCase();
    const id = a.personen.add({ roepnaam: 'Kim', rolInGezin: 'ouder' });
    const b = peer(a, 'dn-2');
    a.personen.update(id, { woonsituatie: 'Bij oma' });
    b.personen.update(id, { gezag: true });
    sync(a, b);
    expect(a.personen.get(id)).toMatchObject({ woonsituatie: 'Bij oma', gezag: true });
    expect(b.personen.get(id)).toEqual(a.personen.get(id));
  });

  it('keeps both concurrent additions to a list of references', () => {
    const a = newCase();
    const p1 = a.personen.add({ roepnaam: 'Kim', rolInGezin: 'ouder' });
    const p2 = a.personen.add({ roepnaam: 'Bo', rolInGezin: 'kind' });
    const p3 = a.personen.add({ roepnaam: 'Jip', rolInGezin: 'kind' });
    const ev = a.gebeurtenissen.add({
      datum: '2025-01',
      datumPrecisie: 'maand',
      type: 'incident',
      titel: 'Ruzie',
      bronType: 'verklaring',
      betrokkenPersoonIds: [p1],
    });
    const b = peer(a, 'dn-2');
    a.gebeurtenissen.update(ev, { betrokkenPersoonIds: [p1, p2] });
    b.gebeurtenissen.update(ev, { betrokkenPersoonIds: [p1, p3] });
    sync(a, b);
    expect(new Set(a.gebeurtenissen.get(ev)?.betrokkenPersoonIds)).toEqual(new Set([p1, p2, p3]));
  });

  it('removing an entity cleans up references, also when a peer links to it concurrently', () => {
    const a = newCase();
    const kim = a.personen.add({ roepnaam: 'Kim', rolInGezin: 'ouder' });
    const bo = a.personen.add({ roepnaam: 'Bo', rolInGezin: 'kind' });
    const rel = a.relaties.add({ vanPersoonId: kim, naarPersoonId: bo, type: 'ouder_kind' });
    const b = peer(a, 'dn-2');
    a.personen.remove(kim);
    expect(a.relaties.get(rel)).toBeUndefined(); // owned by a removed person
    const ev = b.gebeurtenissen.add({ datum: '2025', datumPrecisie: 'jaar', type: 'overig', titel: 'x', bronType: 'dossier', betrokkenPersoonIds: [kim, bo] });
    sync(a, b);
    expect(b.gebeurtenissen.get(ev)?.betrokkenPersoonIds).toEqual([bo]);
    expect(b.personen.list().map((p) => p.id)).toEqual([bo]);
    expect(validateCase(b.doc)).toEqual([]);
  });

  it('keeps one primary profile under concurrent choices and reports primary + uitgesloten as a conflict', () => {
    const a = newCase();
    const b = peer(a, 'dn-2');
    a.gezinsprofiel.setPrimair('intieme_terreur');
    b.gezinsprofiel.setPrimair('gezin_in_de_stress');
    sync(a, b);
    const primaries = (['intieme_terreur', 'gezin_in_de_stress'] as const).filter((p) => a.gezinsprofiel.stand(p) === 'primair');
    expect(primaries).toHaveLength(1);
    const primair = a.gezinsprofiel.get().primair!;
    b.gezinsprofiel.setOordeel(primair, 'uitgesloten');
    a.gezinsprofiel.setPrimair(primair);
    // b's exclusion cleared the register locally; a re-asserted it concurrently.
    const c = peer(a, 'dn-3');
    sync(c, b);
    expect(validateCase(c.doc).map((p) => [p.soort, p.code])).toEqual(c.gezinsprofiel.get().primair ? [['conflict', 'profiel_primair_en_uitgesloten']] : []);
  });

  it('has at most one werkhypothese', () => {
    const model = newCase();
    const h1 = model.hypothesen.add({ titel: 'A', stelling: richDocFromPlainText('Verklaring A') });
    const h2 = model.hypothesen.add({ titel: 'B' });
    model.analyse.setHypotheseStatus(h1, 'werkhypothese');
    model.analyse.setHypotheseStatus(h2, 'werkhypothese');
    expect([model.analyse.hypotheseStatus(h1), model.analyse.hypotheseStatus(h2)]).toEqual(['aannemelijk', 'werkhypothese']);
    expect(plainTextOf(model.hypothesen.get(h1)!.stelling)).toBe('Verklaring A');
  });

  it('binds rich text by name and anchors annotations with relative positions that survive edits', () => {
    const model = newCase();
    const editor = model.analyse.sectieTekst('zorgen');
    editor.insert(0, 'Vader slaat moeder.');
    const fragment = model.doc.getXmlFragment(sectionFragmentName('zorgen'));
    expect(model.analyse.sectieFragment('zorgen')).toBe(fragment);
    const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const start = ankerPositie(text, 6);
    const eind = ankerPositie(text, 11);
    const id = model.annotaties.add({ doelId: 'zorgen', anker: { start, eind, citaat: 'slaat' }, soort: 'vraag', tekst: 'Sinds wanneer?' });
    const b = peer(model, 'dn-2');
    b.analyse.sectieTekst('zorgen').insert(0, 'Volgens school: ');
    sync(model, b);
    const anker = model.annotaties.get(id)!.anker!;
    const s = resolveAnkerPositie(model.doc, anker.start)!;
    const e = resolveAnkerPositie(model.doc, anker.eind)!;
    expect(text.toString().slice(s.index, e.index)).toBe('slaat');
  });

  it('a removed section disappears and its text is cleared', () => {
    const model = newCase();
    model.analyse.sectieTekst('doelen').insert(0, 'Iets');
    model.analyse.verwijderSectie('doelen');
    expect(model.analyse.secties().map((s) => s.id)).not.toContain('doelen');
    expect(model.doc.getXmlFragment(sectionFragmentName('doelen')).length).toBe(0);
    expect(() => model.analyse.sectieFragment('doelen')).toThrow(ModelError);
  });
});
