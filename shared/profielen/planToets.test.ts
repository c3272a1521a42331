/**
 * The plan check as a chair meets it on the demo case (intieme terreur primary): which afspraken,
 * actiepunten, besluiten and hulpverlening it flags for which profile, what it leaves alone, how a
 * recorded exception and a marked form of contact count, and the vaststellen checklist naming it.
 */
import { describe, expect, it } from 'vitest';
import { demoModel } from '../../tests/golden/agreedFixture.js';
import { openPunten } from '../export/index.js';
import { richDocFromPlainText, type CaseModel } from '../model/index.js';
import { bevindingZin, leesToetsInvoer, profielGidsSchema, STANDAARD_PROFIELGIDS, toetsPlan } from './index.js';

const VANDAAG = '2025-03-25';
const bevindingen = (model: CaseModel) => toetsPlan(leesToetsInvoer(model, VANDAAG));
const kort = (model: CaseModel) => bevindingen(model).map((b) => [b.soort, b.doelId, b.regel]);

describe('the plan check on the demo case (intieme terreur)', () => {
  it("catches the joint conversation agreed in the meeting that decided 'Geen mediation', and the secondary profile resting on onbekend", () => {
    const model = demoModel();
    expect(kort(model)).toEqual([
      ['actiepunt', 'ap-3', 'gezamenlijk_contact'],
      ['profiel', 'kindgedrag_en_opvoedstress', 'secundair_zonder_indicator'],
    ]);
    const [gesprek, secundair] = bevindingen(model);
    expect(gesprek?.gevonden).toBe('gesprek met vader en moeder samen');
    expect(bevindingZin(gesprek!)).toBe(
      'Actiepunt "Gesprek met vader en moeder samen.": gezamenlijk contact van beide partners past niet bij Intieme terreur. Aparte gesprekken met elk van de partners, met aparte contactpersonen.',
    );
    expect(bevindingZin(secundair!)).toBe('Secundair profiel Kindgedrag en opvoedstress rust op geen aanwezige indicator (1 onbekend).');
  });

  it('reads afspraken, actiepunten, besluiten and ongoing hulpverlening, each for its own rule', () => {
    const model = demoModel();
    const af = model.afspraken.add({
      planId: 'plan-1',
      fase: 'directe_veiligheid',
      wat: richDocFromPlainText('Oma begeleidt de overdracht op zaterdag.'),
      wanneer: 'Zaterdag',
    });
    const ap = model.actiepunten.add({
      overlegId: 'ov-1',
      omschrijving: 'Aanmelden voor een training agressieregulatie.',
      eigenaarDeelnemerId: 'dn-pieter',
      eigenaarOrgId: 'org-reclassering',
      deadline: '2025-04-01',
    });
    const bs = model.besluiten.add({ overlegId: 'ov-1', datum: '2025-03-10', tekst: 'De ouders starten met relatietherapie.' });
    const hulp = model.hulpverleners.add({ organisatieId: 'org-ggz', wat: 'Mediation over de omgang' });
    const voorbij = model.hulpverleners.add({ organisatieId: 'org-ggz', wat: 'Relatietherapie', tot: '2024-12-31' });
    const regels = kort(model);
    expect(regels).toContainEqual(['afspraak', af, 'overdracht_door_familie']);
    expect(regels).toContainEqual(['actiepunt', ap, 'algemene_agressietraining']);
    expect(regels).toContainEqual(['besluit', bs, 'gezamenlijk_contact']);
    expect(regels).toContainEqual(['hulpverlening', hulp, 'gezamenlijk_contact']);
    // Help that ended is history, not plan.
    expect(regels.some(([, id]) => id === voorbij)).toBe(false);
  });

  it('leaves alone what refuses, separates or professionalises, and what is done or lapsed', () => {
    const model = demoModel();
    const stil = [
      model.afspraken.add({
        planId: 'plan-1',
        fase: 'directe_veiligheid',
        wat: richDocFromPlainText('Geen gezamenlijke gesprekken tussen vader en moeder.'),
        wanneer: 'Altijd',
      }),
      model.afspraken.add({
        planId: 'plan-1',
        fase: 'herstel',
        wat: richDocFromPlainText('Vader en moeder krijgen ieder apart een gesprek bij GGZ.'),
        wanneer: 'April',
      }),
      model.afspraken.add({
        planId: 'plan-1',
        fase: 'directe_veiligheid',
        wat: richDocFromPlainText('Overdracht in het omgangshuis; oma brengt de kinderen.'),
        wanneer: 'Zaterdag',
      }),
      model.afspraken.add({ planId: 'plan-1', fase: 'herstel', wat: richDocFromPlainText('Mediation over de omgang.'), wanneer: 'Mei', status: 'vervallen' }),
      model.actiepunten.add({
        omschrijving: 'Gezamenlijk gesprek met beide ouders.',
        eigenaarDeelnemerId: 'dn-fatima',
        eigenaarOrgId: 'org-ggz',
        deadline: '2025-03-01',
        status: 'gedaan',
      }),
      model.actiepunten.add({
        omschrijving: 'Relatietherapie aanvragen.',
        eigenaarDeelnemerId: 'dn-fatima',
        eigenaarOrgId: 'org-ggz',
        deadline: '2025-03-01',
        status: 'vervallen',
      }),
    ];
    const gevonden = new Set(bevindingen(model).map((b) => b.doelId));
    for (const id of stil) expect(gevonden.has(id)).toBe(false);
  });

  it('a marked form of contact counts whatever the words, and names the partners through their own names', () => {
    const model = demoModel();
    const gemarkeerd = model.afspraken.add({
      planId: 'plan-1',
      fase: 'stabiele_veiligheid',
      wat: richDocFromPlainText('Afstemming over de kinderen, elke maand.'),
      wanneer: 'Maandelijks',
      contactvormen: ['gezamenlijk_gesprek_partners'],
    });
    const namen = model.actiepunten.add({
      omschrijving: 'Gesprek met Mark en Sanne samen plannen.',
      eigenaarDeelnemerId: 'dn-lotte',
      eigenaarOrgId: 'org-lokaalteam',
      deadline: '2025-04-01',
    });
    const b = bevindingen(model);
    expect(b.find((x) => x.doelId === gemarkeerd)).toMatchObject({ regel: 'gezamenlijk_contact', gemarkeerd: true, gevonden: 'gezamenlijk_gesprek_partners' });
    expect(b.find((x) => x.doelId === namen)).toMatchObject({ regel: 'gezamenlijk_contact', gemarkeerd: false });
  });

  it('a recorded exception (a besluit) settles it for the checklist, and the finding says so', () => {
    const model = demoModel();
    model.besluiten.add({
      overlegId: 'ov-1',
      datum: '2025-03-12',
      tekst: 'Afwijking van de aanpak bij Intieme terreur: Actiepunt "Gesprek met vader en moeder samen.".',
      onderbouwing: richDocFromPlainText('Alleen om de overdracht te regelen, met twee hulpverleners en op afstand.'),
      afwijkingDoelId: 'ap-3',
      afwijkingRegel: 'gezamenlijk_contact',
    });
    const gesprek = bevindingen(model).find((b) => b.doelId === 'ap-3');
    expect(gesprek?.uitzondering?.reden).toBe('Alleen om de overdracht te regelen, met twee hulpverleners en op afstand.');
    // The exception itself (whose words name the conversation) is not flagged again.
    expect(bevindingen(model).filter((b) => b.soort === 'besluit')).toEqual([]);
    const viewer = { deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter' as const] };
    const punten = openPunten({ model, overlegId: 'ov-1', vandaag: VANDAAG, viewer }).filter((p) => p.soort === 'profiel_afwijking');
    expect(punten.map((p) => p.doelId)).toEqual(['kindgedrag_en_opvoedstress']);
  });
});

describe('the plan check per profile', () => {
  it('nothing for intieme terreur once it is excluded and no indicator of it is present', () => {
    const model = demoModel();
    model.gezinsprofiel.setPrimair('gezin_in_de_stress');
    model.gezinsprofiel.setOordeel('intieme_terreur', 'uitgesloten');
    for (const i of model.indicatoren.list()) if (i.profiel === 'intieme_terreur') model.indicatoren.update(i.id, { aanwezig: 'nee' });
    expect(kort(model)).toEqual([['profiel', 'kindgedrag_en_opvoedstress', 'secundair_zonder_indicator']]);
  });

  it('a present intieme-terreur indicator is enough, whatever the primary profile', () => {
    const model = demoModel();
    model.gezinsprofiel.setPrimair('gezin_in_de_stress');
    expect(kort(model)).toContainEqual(['actiepunt', 'ap-3', 'gezamenlijk_contact']);
  });

  it('complexe (conflict)scheiding: mediation only once intieme terreur is excluded', () => {
    const model = demoModel();
    model.gezinsprofiel.setPrimair('complexe_conflictscheiding');
    model.gezinsprofiel.setOordeel('kindgedrag_en_opvoedstress', 'geen');
    for (const i of model.indicatoren.list()) if (i.profiel === 'intieme_terreur') model.indicatoren.update(i.id, { aanwezig: 'onbekend' });
    expect(kort(model)).toEqual([['actiepunt', 'ap-3', 'mediation_zonder_uitsluiting']]);
    model.gezinsprofiel.setOordeel('intieme_terreur', 'uitgesloten');
    expect(kort(model)).toEqual([]);
  });

  it('a secondary profile with a present indicator is not pointed out', () => {
    const model = demoModel();
    const ind = model.indicatoren.list().find((i) => i.profiel === 'kindgedrag_en_opvoedstress');
    model.indicatoren.update(ind!.id, { aanwezig: 'ja' });
    expect(kort(model).filter(([soort]) => soort === 'profiel')).toEqual([]);
  });
});

describe('the guide', () => {
  it('explains each of the five profiles, and a region can bring its own that is checked', () => {
    expect(profielGidsSchema.parse(STANDAARD_PROFIELGIDS)).toEqual(STANDAARD_PROFIELGIDS);
    const zonderAanpak = {
      ...STANDAARD_PROFIELGIDS,
      profielen: { ...STANDAARD_PROFIELGIDS.profielen, langdurige_zorg: { beschrijving: 'x', indicatoren: ['y'], aanpak: [] } },
    };
    expect(profielGidsSchema.safeParse(zonderAanpak).success).toBe(false);
    expect(STANDAARD_PROFIELGIDS.profielen.intieme_terreur.aanpak.join(' ')).toMatch(/Geen mediation/);
  });
});
