/**
 * Mijn tafel as a chair and an expert would read it: each case's summary made from a real case
 * document, the lines worked out against hand-counted fixtures on a fixed day.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createCase, openCase, type CaseModel, type ModelContext } from '../model/index.js';
import { actiepuntenVan, eindeVanWeek, filterRegels, GEEN_FILTER, sorteerRegels, tafelRegels, type TafelCasus } from './mijnTafel.js';
import { samenvattingSchema, samenvattingVan } from './samenvatting.js';

// Monday 7 December 2026; the week ends on Sunday the 13th.
const VANDAAG = '2026-12-07';

function context(deelnemerId: string, orgId = 'org-vt'): ModelContext {
  let n = 0;
  return { actor: { deelnemerId, orgId }, now: () => '2026-11-01T08:00:00.000Z', newId: () => `${deelnemerId}-${++n}` };
}

/** A case made by chair `dn-chair` (Veilig Thuis) with expert `dn-expert` (politie) at the table. */
function caseOf(titel: string): CaseModel {
  const model = createCase(new Y.Doc(), context('dn-chair'), {
    titel,
    regio: 'Voorbeeldregio',
    aanmelddatum: '2026-10-05',
    grondslag: { type: 'wettelijke_taak' },
    organisaties: [
      { id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' },
      { id: 'org-pol', naam: 'Politie', type: 'Politie' },
    ],
    aanbrengerOrgId: 'org-vt',
    maker: { naam: 'Ingrid', rollen: ['voorzitter'] },
  });
  model.deelnemers.add({ naam: 'Joost', organisatieId: 'org-pol', rollen: ['expert'] }, { id: 'dn-expert' });
  return model;
}

/** The same document as another deelnemer's device sees it. */
function asSeenBy(model: CaseModel, deelnemerId: string, orgId: string): CaseModel {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(model.doc));
  return openCase(doc, context(deelnemerId, orgId));
}

const actie = (model: CaseModel, omschrijving: string, deadline: string, eigenaar: 'dn-chair' | 'dn-expert', status: 'open' | 'gedaan' = 'open') =>
  model.actiepunten.add({ omschrijving, deadline, eigenaarDeelnemerId: eigenaar, eigenaarOrgId: eigenaar === 'dn-chair' ? 'org-vt' : 'org-pol', status });

/** Case K.: two late actiepunten (one each), one due this week (expert), one next week, one done; a low scale; no agreed plan. */
function gezinK(): CaseModel {
  const m = caseOf('Gezin K.');
  actie(m, 'Huisbezoek plannen', '2026-12-01', 'dn-chair');
  actie(m, 'Proces-verbaal opvragen', '2026-12-04', 'dn-expert');
  actie(m, 'Contact met school', '2026-12-13', 'dn-expert');
  actie(m, 'Terugkoppeling aan gezin', '2026-12-14', 'dn-chair');
  actie(m, 'Al gedaan', '2026-11-20', 'dn-expert', 'gedaan');
  m.overleggen.add({ type: 'casusoverleg', datum: '2026-11-30', status: 'vastgesteld' });
  m.overleggen.add({ type: 'casusoverleg', datum: '2026-12-10' });
  m.overleggen.add({ type: 'evaluatie', datum: '2027-01-14' });
  const plan = m.plannen.add({ type: 'veiligheidsplan', titel: 'Veiligheidsplan', evaluatieMomenten: ['2026-11-02', '2027-01-11', '2026-12-21'] });
  const zorg = m.zorgStatements.add({
    planId: plan,
    wieMaaktZichZorgen: 'Veilig Thuis',
    waarover: 'Ruzies waar de kinderen bij zijn',
    watAlsNietsVerandert: '',
    afschaalNiveau: 7,
  });
  m.veiligheidsSchalen.add({ zorgStatementId: zorg, datum: '2026-11-01', wie: 'dn-expert', score: 8 });
  m.veiligheidsSchalen.add({ zorgStatementId: zorg, datum: '2026-12-01', wie: 'dn-expert', score: 4 });
  m.veiligheidsSchalen.add({ zorgStatementId: zorg, datum: '2026-12-01', wie: 'dn-chair', score: 7 });
  m.annotaties.add({ doelId: plan, soort: 'vraag', tekst: 'Wie belt oma?', zichtbaarheid: 'alle_deelnemers' });
  m.annotaties.add({ doelId: plan, soort: 'bezwaar', tekst: 'Niet eens met de bodemeis', zichtbaarheid: 'alle_deelnemers' });
  m.annotaties.add({ doelId: plan, soort: 'bezwaar', tekst: 'Alleen voor de voorzitter', zichtbaarheid: 'voorzitter' });
  m.annotaties.add({ doelId: plan, soort: 'vraag', tekst: 'Al beantwoord', zichtbaarheid: 'alle_deelnemers', status: 'verwerkt' });
  m.annotaties.add({ doelId: plan, soort: 'aanvulling', tekst: 'Geen vraag', zichtbaarheid: 'alle_deelnemers' });
  return m;
}

/** Case B.: an agreed plan, nothing due. */
function gezinB(): CaseModel {
  const m = caseOf('Gezin B.');
  actie(m, 'Later', '2027-02-01', 'dn-expert');
  m.levensloop.naarFase({ naar: 'analyse', datum: '2026-10-20', reden: 'Opgenomen' });
  m.levensloop.naarFase({ naar: 'plan', datum: '2026-11-03', reden: 'Analyse klaar' });
  m.versies.add({ snapshotRef: 'vastgesteld:v1', vingerafdruk: 'abc', omvat: ['analyse', 'plan'], vastgesteldOp: '2026-11-16T10:00:00.000Z' });
  return m;
}

const tafel = (models: Array<[string, CaseModel]>): TafelCasus[] =>
  models.map(([room, m]) => ({ room, title: m.meta.get().titel, samenvatting: samenvattingSchema.parse(samenvattingVan(m, VANDAAG)) }));

describe('Mijn tafel', () => {
  it('shows the chair every case with its phase, next overleg and evaluatiemoment, late and due actiepunten, open vragen and bezwaren, low scales and missing plans', () => {
    const [k] = tafelRegels(tafel([['r-k', gezinK()]]), VANDAAG, 'rol');
    expect(k).toMatchObject({
      titel: 'Gezin K.',
      fase: 'aanmelding',
      voorzitter: true,
      volgendOverleg: { datum: '2026-12-10', type: 'casusoverleg' },
      volgendEvaluatiemoment: '2026-12-21',
      vragen: 1,
      bezwaren: 2,
      annotatieDoel: 'plannen',
      schalenOnder: 1,
      zonderPlan: true,
    });
    expect(k!.teLaat.map((p) => [p.omschrijving, p.eigenaar, p.organisatie])).toEqual([
      ['Huisbezoek plannen', 'Ingrid', 'Veilig Thuis'],
      ['Proces-verbaal opvragen', 'Joost', 'Politie'],
    ]);
    expect(k!.dezeWeek.map((p) => p.omschrijving)).toEqual(['Contact met school']);

    const [b] = tafelRegels(tafel([['r-b', gezinB()]]), VANDAAG, 'rol');
    expect(b).toMatchObject({ fase: 'plan', zonderPlan: false, vragen: 0, bezwaren: 0, schalenOnder: 0, teLaat: [], dezeWeek: [] });
    expect(b!.volgendOverleg).toBeUndefined();
  });

  it('shows an expert only their own actiepunten by default, and never an annotation meant for the chair', () => {
    const k = gezinK();
    const expert = asSeenBy(k, 'dn-expert', 'org-pol');
    const casussen: TafelCasus[] = [{ room: 'r-k', title: 'Gezin K.', samenvatting: samenvattingVan(expert, VANDAAG) }];
    const [mine] = tafelRegels(casussen, VANDAAG, 'rol');
    expect(mine!.voorzitter).toBe(false);
    expect(mine!.teLaat.map((p) => p.omschrijving)).toEqual(['Proces-verbaal opvragen']);
    expect(mine!.dezeWeek.map((p) => p.omschrijving)).toEqual(['Contact met school']);
    expect(mine!.bezwaren).toBe(1);
    expect(JSON.stringify(casussen)).not.toContain('Alleen voor de voorzitter');
    const [all] = tafelRegels(casussen, VANDAAG, 'alle');
    expect(all!.teLaat).toHaveLength(2);
    // The chair can narrow to their own too.
    const [chairOwn] = tafelRegels(tafel([['r-k', k]]), VANDAAG, 'eigen');
    expect(chairOwn!.teLaat.map((p) => p.omschrijving)).toEqual(['Huisbezoek plannen']);
    expect(chairOwn!.dezeWeek).toEqual([]);
  });

  it('filters by title, organisation and attention, and sorts by late actiepunten, next overleg or title', () => {
    const regels = tafelRegels(
      tafel([
        ['r-b', gezinB()],
        ['r-k', gezinK()],
      ]),
      VANDAAG,
      'alle',
    );
    expect(sorteerRegels(regels, 'actiepunten').map((r) => r.titel)).toEqual(['Gezin K.', 'Gezin B.']);
    expect(sorteerRegels(regels, 'titel').map((r) => r.titel)).toEqual(['Gezin B.', 'Gezin K.']);
    expect(sorteerRegels(regels, 'overleg').map((r) => r.titel)).toEqual(['Gezin K.', 'Gezin B.']);
    expect(filterRegels(regels, { ...GEEN_FILTER, zoek: 'k.' }).map((r) => r.titel)).toEqual(['Gezin K.']);
    expect(filterRegels(regels, { ...GEEN_FILTER, alleenAandacht: true }).map((r) => r.titel)).toEqual(['Gezin K.']);
    const politie = filterRegels(regels, { ...GEEN_FILTER, organisatie: 'Politie' });
    expect(politie.map((r) => r.titel)).toEqual(['Gezin B.', 'Gezin K.']);
    expect(politie.find((r) => r.titel === 'Gezin K.')!.teLaat.map((p) => p.organisatie)).toEqual(['Politie']);
    // The actiepunten table across cases, by owner.
    expect(actiepuntenVan(regels, 'eigenaar').map((p) => `${p.eigenaar}: ${p.omschrijving}`)).toEqual([
      'Ingrid: Huisbezoek plannen',
      'Joost: Proces-verbaal opvragen',
      'Joost: Contact met school',
    ]);
  });

  it('leaves closed cases out unless asked, and lists a case without a summary yet as not known', () => {
    const closed = gezinB();
    closed.levensloop.afsluiten({ datum: '2026-11-30', reden: 'doelen_bereikt', toelichting: 'Doelen bereikt' });
    const regels = tafelRegels([...tafel([['r-b', closed]]), { room: 'r-new', title: 'Gezin N.', samenvatting: null }], VANDAAG, 'rol');
    expect(regels.map((r) => [r.titel, r.fase, r.bekend])).toEqual([
      ['Gezin B.', 'afgesloten', true],
      ['Gezin N.', undefined, false],
    ]);
    expect(filterRegels(regels, GEEN_FILTER).map((r) => r.titel)).toEqual(['Gezin N.']);
    expect(filterRegels(regels, { ...GEEN_FILTER, ookAfgesloten: true })).toHaveLength(2);
  });

  it('ends the week on Sunday', () => {
    expect(eindeVanWeek('2026-12-07')).toBe('2026-12-13');
    expect(eindeVanWeek('2026-12-13')).toBe('2026-12-13');
    expect(eindeVanWeek('2026-12-31')).toBe('2027-01-03');
  });
});
