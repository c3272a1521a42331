import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  createCase,
  doorlooptijden,
  exportCase,
  importCase,
  openBijAfschalen,
  openBijAfsluiten,
  openCase,
  openPuntZin,
  validateCase,
  werkfaseVan,
  ModelError,
  demoCaseJson,
  type CaseModel,
  type ModelContext,
} from './index.js';

function context(deelnemerId: string, orgId = 'org-vt', at = '2025-05-01T08:00:00.000Z'): ModelContext {
  let n = 0;
  return { actor: { deelnemerId, orgId }, now: () => at, newId: () => `${deelnemerId}-${++n}` };
}

function newCase(): CaseModel {
  return createCase(new Y.Doc(), context('dn-1'), {
    titel: 'Gezin T. (fictief)',
    regio: 'Voorbeeldregio',
    aanmelddatum: '2025-01-06',
    grondslag: { type: 'wettelijke_taak' },
    organisaties: [
      { id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' },
      { id: 'org-lt', naam: 'Wijkteam', type: 'LokaalTeam' },
    ],
    aanbrengerOrgId: 'org-vt',
    maker: { naam: 'Voorzitter', rollen: ['voorzitter'] },
  });
}

function peer(model: CaseModel, deelnemerId: string, orgId = 'org-vt', at?: string): CaseModel {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(model.doc));
  return openCase(doc, context(deelnemerId, orgId, at));
}

function sync(a: CaseModel, b: CaseModel): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

const move = (model: CaseModel, naar: Parameters<CaseModel['levensloop']['naarFase']>[0]['naar'], datum: string, reden = `naar ${naar}`) =>
  model.levensloop.naarFase({ naar, datum, reden });

describe('the levensloop of a case', () => {
  it('starts at aanmelding on the aanmelddatum and records every move with date, who, reason and meeting', () => {
    const model = newCase();
    expect(model.levensloop.stand()).toMatchObject({ fase: 'aanmelding', sinds: '2025-01-06', begin: { fase: 'aanmelding', voorRegistratie: false } });
    const overleg = model.overleggen.add({ type: 'triage', datum: '2025-01-09' });
    model.levensloop.naarFase({ naar: 'triage', datum: '2025-01-09', reden: 'Melding besproken in het triageoverleg', overlegId: overleg });
    move(model, 'analyse', '2025-01-20');
    const stand = model.levensloop.stand();
    expect(stand.fase).toBe('analyse');
    expect(stand.sinds).toBe('2025-01-20');
    expect(stand.overgangen.map((o) => [o.van, o.naar, o.datum])).toEqual([
      ['aanmelding', 'triage', '2025-01-09'],
      ['triage', 'analyse', '2025-01-20'],
    ]);
    expect(stand.overgangen[0]).toMatchObject({ aangemaaktDoor: 'dn-1', reden: 'Melding besproken in het triageoverleg', overlegId: overleg, terug: false });
    expect(stand.overgangen[1]!.vorigeId).toBe(stand.overgangen[0]!.id);
    expect(validateCase(model.doc)).toEqual([]);
  });

  it('allows a step back, recorded as such; refuses a move to the same phase, a date before the phase began and a plain move into nazorg', () => {
    const model = newCase();
    move(model, 'analyse', '2025-02-01');
    move(model, 'plan', '2025-02-10');
    model.levensloop.naarFase({ naar: 'analyse', datum: '2025-02-12', reden: 'Nieuwe informatie van de politie: analyse opnieuw' });
    const stand = model.levensloop.stand();
    expect(stand.fase).toBe('analyse');
    expect(stand.huidige).toMatchObject({ van: 'plan', naar: 'analyse', terug: true });
    const before = Y.encodeStateAsUpdate(model.doc);
    expect(() => move(model, 'analyse', '2025-02-13')).toThrow(ModelError);
    expect(() => move(model, 'plan', '2025-02-11')).toThrow(/invoer/);
    expect(() => move(model, 'nazorg', '2025-02-13')).toThrow(expect.objectContaining({ code: 'niet_toegestaan' }));
    expect(() => move(model, 'afgesloten', '2025-02-13')).toThrow(expect.objectContaining({ code: 'niet_toegestaan' }));
    expect(() => model.levensloop.naarFase({ naar: 'plan', datum: '2025-02-13', reden: '   ' })).toThrow(ModelError);
    expect(Y.encodeStateAsUpdate(model.doc)).toEqual(before);
  });

  it('records the triage decision with criteria and onderbouwing; "niet opnemen" must say where the case goes', () => {
    const model = newCase();
    expect(() => model.levensloop.triage({ besluit: 'niet_opnemen', onderbouwing: 'Geen herhaling', datum: '2025-01-09' })).toThrow(/invoer/);
    model.levensloop.triage({
      besluit: 'niet_opnemen',
      criteria: [],
      onderbouwing: 'Eenmalig incident; het wijkteam is al betrokken.',
      verwijzing: 'lokaal_team',
      verwijzingToelichting: 'Wijkteam Centrum',
      datum: '2025-01-09',
    });
    model.levensloop.triage({
      besluit: 'opnemen',
      criteria: ['structurele_onveiligheid', 'meerdere_partijen'],
      onderbouwing: 'Herhaald geweld.',
      datum: '2025-01-10',
    });
    expect(model.levensloop.stand().triage).toMatchObject({ besluit: 'opnemen', criteria: ['structurele_onveiligheid', 'meerdere_partijen'] });
    expect(model.triagebesluiten.list()).toHaveLength(2);
  });

  it('keeps each judgement of acute and structurele onveiligheid; the latest is shown', () => {
    const model = newCase();
    model.levensloop.oordeelOnveiligheid({ acuut: 'ja', structureel: 'onbekend', onderbouwing: 'Huisverbod opgelegd.', datum: '2025-01-07' });
    model.levensloop.oordeelOnveiligheid({ acuut: 'nee', structureel: 'ja', onderbouwing: 'Herhaling sinds 2023.', datum: '2025-02-01' });
    expect(model.levensloop.stand().onveiligheid).toMatchObject({ acuut: 'nee', structureel: 'ja', datum: '2025-02-01' });
    expect(model.onveiligheidsoordelen.list()).toHaveLength(2);
  });

  it('closes into nazorg with follow-up moments, ends nazorg, and reopens on a hermelding during nazorg', () => {
    const model = newCase();
    move(model, 'uitvoering_monitoring', '2025-03-01');
    move(model, 'afschalen', '2025-06-01');
    const id = model.levensloop.afsluiten({
      datum: '2025-07-01',
      reden: 'overgedragen',
      toelichting: 'Doelen bereikt; het wijkteam gaat door met het gezin.',
      overgedragenAanOrgId: 'org-lt',
      nazorgMomenten: ['2026-07-01', '2025-10-01'],
    });
    let stand = model.levensloop.stand();
    expect(stand.fase).toBe('nazorg');
    expect(stand.afsluiting).toMatchObject({ id, reden: 'overgedragen', nazorgMomenten: ['2025-10-01', '2026-07-01'] });
    expect(stand.huidige).toMatchObject({ naar: 'nazorg', afsluitingId: id });
    expect(stand.wisOp).toBeUndefined();
    expect(() => model.levensloop.afsluiten({ datum: '2025-07-02', reden: 'overig', toelichting: 'nog eens' })).toThrow(
      expect.objectContaining({ code: 'niet_toegestaan' }),
    );
    model.levensloop.naarFase({ naar: 'triage', datum: '2025-09-15', reden: 'Hermelding: nieuw incident gemeld door de politie' });
    stand = model.levensloop.stand();
    expect(stand).toMatchObject({ fase: 'triage', huidige: { van: 'nazorg', terug: true } });
    expect(stand.afsluiting).toBeUndefined();
    expect(stand.overgangen.filter((o) => o.afsluitingId === id)).toHaveLength(1);
  });

  it('counts the erase date from the final close: the default term, or the case\u2019s own', () => {
    const model = newCase();
    model.levensloop.afsluiten({ datum: '2025-08-31', reden: 'gezin_verhuisd', toelichting: 'Gezin verhuisd naar een andere regio.' });
    expect(model.levensloop.stand()).toMatchObject({ fase: 'afgesloten', afgeslotenOp: '2025-08-31', wisOp: '2026-02-28' });
    model.meta.update({ bewaartermijnMaanden: 3 });
    expect(model.levensloop.stand().wisOp).toBe('2025-11-30');
    expect(() => model.meta.update({ bewaartermijnMaanden: 0 })).toThrow(ModelError);
  });

  it('ends nazorg with a plain move; the erase date then counts from the end of nazorg', () => {
    const model = newCase();
    model.levensloop.afsluiten({ datum: '2025-07-01', reden: 'doelen_bereikt', toelichting: 'Doelen bereikt.', nazorgMomenten: ['2025-10-01'] });
    move(model, 'afgesloten', '2025-10-02', 'Nazorg afgerond: veiligheid houdt stand');
    expect(model.levensloop.stand()).toMatchObject({
      fase: 'afgesloten',
      afgeslotenOp: '2025-10-02',
      wisOp: '2026-04-02',
      afsluiting: { reden: 'doelen_bereikt' },
    });
  });

  it('two chairs closing at once: both closings are kept and visible, and every device agrees on the one that counts', () => {
    const a = newCase();
    move(a, 'afschalen', '2025-06-01');
    const b = peer(a, 'dn-2', 'org-vt', '2025-05-01T08:00:01.000Z');
    const idA = a.levensloop.afsluiten({ datum: '2025-07-01', reden: 'doelen_bereikt', toelichting: 'Doelen bereikt (A).' });
    const idB = b.levensloop.afsluiten({
      datum: '2025-07-01',
      reden: 'overgedragen',
      toelichting: 'Overgedragen (B).',
      overgedragenAan: 'Jeugdzorg elders',
      nazorgMomenten: ['2025-10-01'],
    });
    sync(a, b);
    const [sa, sb] = [a.levensloop.stand(), b.levensloop.stand()];
    expect(sa).toEqual(sb);
    expect(sa.overgangen.filter((o) => o.afsluitingId !== undefined)).toHaveLength(2);
    expect([sa.afsluiting?.id, sa.andereAfsluitingen[0]?.id].sort()).toEqual([idA, idB].sort());
    // B wrote a second later: its closing counts; A's stays visible as made at the same time.
    expect(sa.afsluiting?.id).toBe(idB);
    expect(sa.fase).toBe('nazorg');
    expect(sa.huidige?.gelijktijdigMet).toHaveLength(1);
    expect(validateCase(a.doc).filter((p) => p.soort === 'fout')).toEqual([]);
  });

  it('opens a case written before the levensloop in its old status mapped to a phase, history "vóór registratie"', () => {
    const doc = new Y.Doc();
    // The demo as an older Tafel wrote it: a status, the split werkfase, no moves.
    const json = demoCaseJson() as { casus: Record<string, unknown>; faseOvergangen?: unknown };
    delete json.faseOvergangen;
    json.casus['status'] = 'in_overleg';
    json.casus['fase'] = 'risicogestuurde_zorg';
    expect(importCase(doc, json, 'dn-ingrid')).toEqual({ ok: true });
    const model = openCase(doc, context('dn-ingrid', 'org-vt'));
    const stand = model.levensloop.stand();
    expect(stand).toMatchObject({ fase: 'analyse', begin: { fase: 'analyse', voorRegistratie: true, oudeStatus: 'in_overleg' }, overgangen: [] });
    expect(stand.begin.datum).toBeUndefined();
    expect(werkfaseVan(model.meta.get().fase)).toBe('stabiele_veiligheid_risicogestuurde_zorg');
    move(model, 'plan', '2025-03-20');
    expect(model.levensloop.stand()).toMatchObject({ fase: 'plan', begin: { voorRegistratie: true }, huidige: { van: 'analyse' } });
    expect(validateCase(doc)).toEqual([]);
  });

  it('lets an organisation confirm only its own receipt, once per document and version', () => {
    const model = newCase();
    const versie = model.versies.add({ snapshotRef: 'vastgesteld:v1', vingerafdruk: 'sha256:ab', vastgesteldOp: '2025-06-30T10:00:00.000Z', omvat: ['plan'] });
    const wijkteam = peer(model, 'dn-2', 'org-lt');
    const id = wijkteam.levensloop.bevestigOntvangst({ versieId: versie, stuk: 'einduittreksel', vingerafdruk: 'sha256:ab' });
    expect(wijkteam.levensloop.bevestigOntvangst({ versieId: versie, stuk: 'einduittreksel', vingerafdruk: 'sha256:ab' })).toBe(id);
    expect(wijkteam.ontvangstbevestigingen.get(id)).toMatchObject({ organisatieId: 'org-lt', aangemaaktDoor: 'dn-2' });
    const buiten = peer(model, 'dn-9', 'org-onbekend');
    expect(() => buiten.levensloop.bevestigOntvangst({ versieId: versie, stuk: 'einduittreksel', vingerafdruk: 'sha256:ab' })).toThrow(
      expect.objectContaining({ code: 'niet_toegestaan' }),
    );
  });

  it('names what is still open at afschalen and afsluiten, in words the move records', () => {
    const model = newCase();
    model.deelnemers.add({ naam: 'Wijkteamer', organisatieId: 'org-lt' });
    const plan = model.plannen.add({ type: 'veiligheidsplan', titel: 'Veiligheidsplan', evaluatieMomenten: ['2025-05-01', '2025-09-01'] });
    const zorg = model.zorgStatements.add({ planId: plan, wieMaaktZichZorgen: 'VT', waarover: 'Escalaties bij de overdracht', watAlsNietsVerandert: '' });
    const zonder = model.zorgStatements.add({ planId: plan, wieMaaktZichZorgen: 'VT', waarover: 'Drankgebruik', watAlsNietsVerandert: '' });
    model.zorgStatements.update(zorg, { afschaalNiveau: 7 });
    const kim = model.personen.add({ roepnaam: 'Kim', rolInGezin: 'ouder' });
    model.veiligheidsSchalen.add({ zorgStatementId: zorg, datum: '2025-04-01', wie: kim, score: 8 });
    model.veiligheidsSchalen.add({ zorgStatementId: zorg, datum: '2025-05-20', wie: kim, score: 5 });
    model.veiligheidsSchalen.add({ zorgStatementId: zorg, datum: '2025-05-20', wie: 'dn-1', score: 7 });
    model.veiligheidsSchalen.add({ zorgStatementId: zonder, datum: '2025-05-20', wie: 'dn-1', score: 9 });
    model.actiepunten.add({ omschrijving: 'Schoolarts informeren', eigenaarDeelnemerId: 'dn-1', eigenaarOrgId: 'org-vt', deadline: '2025-06-15' });
    model.actiepunten.add({ omschrijving: 'Al gedaan', eigenaarDeelnemerId: 'dn-1', eigenaarOrgId: 'org-vt', deadline: '2025-06-15', status: 'gedaan' });
    const punten = openBijAfschalen(model, '2025-06-01');
    expect(punten.map(openPuntZin)).toEqual([
      'Actiepunt nog open (uiterlijk 2025-06-15): Schoolarts informeren',
      'Evaluatiemoment 2025-09-01 van Veiligheidsplan moet nog plaatsvinden.',
      'Veiligheidsschaal bij "Escalaties bij de overdracht": Kim gaf 5, afgesproken was 7.',
      'Bij "Drankgebruik" is geen niveau afgesproken om af te schalen.',
    ]);
    expect(openBijAfsluiten(model, '2025-06-01', undefined).at(-1)).toEqual({ soort: 'geen_versie' });
    const versie = model.versies.add({ snapshotRef: 'vastgesteld:v1', vingerafdruk: 'sha256:ab', vastgesteldOp: '2025-06-30T10:00:00.000Z', omvat: ['plan'] });
    model.levensloop.bevestigOntvangst({ versieId: versie, stuk: 'einduittreksel', vingerafdruk: 'sha256:ab' });
    const bijAfsluiten = openBijAfsluiten(model, '2025-06-01', versie).filter((p) => p.soort === 'uittreksel');
    expect(bijAfsluiten.map(openPuntZin)).toEqual(['Wijkteam heeft de ontvangst van het einduittreksel niet bevestigd.']);
    // An organisation that only watched (its device cannot write) and one whose deelnemer left are not asked to confirm.
    model.organisaties.add({ naam: 'Gemeente', type: 'Gemeente' });
    const gemeente = model.organisaties.list().find((o) => o.naam === 'Gemeente')!.id;
    model.deelnemers.add({ naam: 'Waarnemer', organisatieId: gemeente, rollen: ['observer'] });
    const wijkteamer = model.deelnemers.list().find((d) => d.naam === 'Wijkteamer')!.id;
    model.deelnemers.update(wijkteamer, { vertrokkenOp: '2025-06-01T09:00:00.000Z' });
    expect(openBijAfsluiten(model, '2025-06-01', versie).filter((p) => p.soort === 'uittreksel')).toEqual([]);
  });

  it('measures the doorlooptijden from aanmelding to afsluiten', () => {
    const model = newCase();
    model.overleggen.add({ type: 'triage', datum: '2025-01-08' });
    model.overleggen.add({ type: 'casusoverleg', datum: '2025-01-20' });
    model.overleggen.add({ type: 'casusoverleg', datum: '2099-01-01' });
    model.versies.add({ snapshotRef: 'vastgesteld:v1', vingerafdruk: 'sha256:ab', vastgesteldOp: '2025-02-03T10:00:00.000Z', omvat: ['plan'] });
    move(model, 'afschalen', '2025-05-05');
    model.levensloop.afsluiten({ datum: '2025-06-02', reden: 'doelen_bereikt', toelichting: 'Doelen bereikt.' });
    expect(doorlooptijden(model, '2025-06-10')).toEqual([
      { soort: 'aanmelding', datum: '2025-01-06', dagenSindsAanmelding: 0 },
      { soort: 'eerste_overleg', datum: '2025-01-20', dagenSindsVorige: 14, dagenSindsAanmelding: 14 },
      { soort: 'plan_vastgesteld', datum: '2025-02-03', dagenSindsVorige: 14, dagenSindsAanmelding: 28 },
      { soort: 'afschalen', datum: '2025-05-05', dagenSindsVorige: 91, dagenSindsAanmelding: 119 },
      { soort: 'afsluiten', datum: '2025-06-02', dagenSindsVorige: 28, dagenSindsAanmelding: 147 },
    ]);
  });

  it('exports and imports the whole course of a case', () => {
    const model = newCase();
    move(model, 'analyse', '2025-02-01');
    model.levensloop.triage({ besluit: 'opnemen', criteria: ['acute_onveiligheid'], onderbouwing: 'Acuut.', datum: '2025-01-31' });
    model.levensloop.oordeelOnveiligheid({ acuut: 'ja', structureel: 'ja', onderbouwing: 'Beide.', datum: '2025-01-31' });
    model.levensloop.afsluiten({ datum: '2025-03-01', reden: 'niet_passend', toelichting: 'Past niet.', nazorgMomenten: ['2025-06-01'] });
    const json = exportCase(model.doc);
    const doc = new Y.Doc();
    expect(importCase(doc, json, 'dn-1')).toEqual({ ok: true });
    const copy = openCase(doc, context('dn-1'));
    expect(copy.levensloop.stand()).toEqual(model.levensloop.stand());
  });
});
