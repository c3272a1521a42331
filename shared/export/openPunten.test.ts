/**
 * The checklist before Vaststellen: every kind of open item is found and named with a link target,
 * a new kind is one more entry, and agreeing anyway needs a reason that the version records.
 */
import { describe, expect, it } from 'vitest';
import { ATTENDEES, CHAIR, demoModel, subtle } from '../../tests/golden/agreedFixture.js';
import { beslisVoorstellen } from '../model/index.js';
import { DEMO_VOORSTEL_ID } from '../model/demoMeta.js';
import { openPunten, OPEN_PUNT_SOORTEN, planDocument, planLayout, vaststellen, writeMarkdown, type OpenPuntSoort } from './index.js';

const VOORZITTER = { deelnemerId: CHAIR, orgId: 'org-vt', rollen: ['voorzitter' as const] };

/** The demo case with one open item of every kind in ov-1, looked at on 25 March 2025. */
function metOpenPunten() {
  const model = demoModel();
  model.analyse.update({ status: 'concept' });
  model.plannen.update('plan-1', { status: 'concept' });
  model.annotaties.add({ doelId: 'zorgen', soort: 'vraag', tekst: 'Klopt de datum van het incident?' });
  model.annotaties.add({ doelId: 'af-1', soort: 'bezwaar', tekst: 'Oma kan niet elke zaterdag.' });
  // An aanvulling and a settled question are not open items; nor a thread the chair may not see.
  model.annotaties.add({ doelId: 'hyp-stress', soort: 'vraag', tekst: 'Al beantwoord.', status: 'verwerkt' });
  const besluit = model.besluiten.add({ overlegId: 'ov-1', datum: '2025-03-10', tekst: 'Vader krijgt een contactverbod via de rechter.' });
  model.afspraken.update('af-2', { wanneer: '1-3-2025' });
  model.aanwezigheid.add({ overlegId: 'ov-1', wie: 'dn-pieter', organisatieId: 'org-reclassering', rol: 'expert' });
  return { model, besluit };
}

describe('openPunten before Vaststellen', () => {
  it('lists each kind of open item with where to settle it', () => {
    const { model, besluit } = metOpenPunten();
    const punten = openPunten({ model, overlegId: 'ov-1', vandaag: '2025-03-25', viewer: VOORZITTER });
    expect(punten.map((p) => [p.soort, p.detail, p.part, p.naam])).toEqual([
      ['open_draad', 'vraag', 'analyse', 'Zorgen (wat gaat er mis)'],
      ['open_draad', 'bezwaar', 'plan', 'afspraak: Oma begeleidt elke overdracht bij haar thuis.'],
      ['open_voorstel', 'een', 'analyse', 'Krachten / beschermende factoren'],
      ['concept', 'analyse', 'analyse', 'De verklarende analyse'],
      ['concept', 'plan', 'plan', 'Veiligheidsplan gezin K.'],
      ['gezin_niet_geinformeerd', undefined, 'overleggen', 'Vader krijgt een contactverbod via de rechter.'],
      ['te_laat', 'afspraak', 'plan', 'Vader volgt een training agressieregulatie.'],
      ['te_laat', 'actiepunt', 'overleggen', 'Intake training agressieregulatie plannen.'],
      ['vertrouwelijkheid', undefined, 'overleggen', 'Pieter (fictief)'],
    ]);
    expect(punten.find((p) => p.soort === 'gezin_niet_geinformeerd')?.doelId).toBe(besluit);
    expect(punten.find((p) => p.detail === 'afspraak')?.doelId).toBe('af-2');
    // The link goes to the text's field, where the proposal is decided.
    expect(punten.find((p) => p.soort === 'open_voorstel')?.doelId).toBe('sectie:krachten');
    for (const p of punten) expect(p.zin.length).toBeGreaterThan(10);
  });

  it('finds nothing in a case where nothing is open', () => {
    const model = demoModel();
    // The demo's one open proposal, rejected.
    beslisVoorstellen(model, model.analyse.sectieFragment('krachten'), { voorstelId: DEMO_VOORSTEL_ID }, 'afgewezen');
    expect(openPunten({ model, overlegId: 'ov-1', vandaag: '2025-03-10', viewer: VOORZITTER })).toEqual([]);
  });

  it('takes a new kind as one more entry in the list', () => {
    const { model } = metOpenPunten();
    const nieuw: OpenPuntSoort = {
      soort: 'nieuwe_soort',
      zoek: () => [{ soort: 'nieuwe_soort', part: 'analyse', doelId: 'zorgen', naam: 'Zorgen', zin: 'Iets bij Zorgen is nog niet besproken.' }],
    };
    const punten = openPunten({ model, overlegId: 'ov-1', vandaag: '2025-03-25', viewer: VOORZITTER }, [...OPEN_PUNT_SOORTEN, nieuw]);
    expect(punten.at(-1)?.soort).toBe('nieuwe_soort');
  });

  it('agreeing anyway needs a reason; the version and every export record what was open and why', async () => {
    const { model } = metOpenPunten();
    const punten = openPunten({ model, overlegId: 'ov-1', vandaag: '2025-03-25', viewer: VOORZITTER });
    const input = { voorzitterId: CHAIR, aanwezigen: ATTENDEES, op: '2025-03-25T10:00:00.000Z', overlegId: 'ov-1', subtle, openPunten: punten };
    await expect(vaststellen(model, { ...input, tochReden: '  ' })).rejects.toMatchObject({ code: 'toch_reden_ontbreekt' });
    expect(model.versies.list().filter((v) => v.overlegId === 'ov-1' && v.vastgesteldOp.startsWith('2025-03-25'))).toEqual([]);
    const versie = await vaststellen(model, { ...input, tochReden: 'De rechter beslist morgen; het plan moet vandaag rond.' });
    expect(versie.vaststelling?.openPunten).toEqual(punten.map((p) => p.zin));
    // Agreed means agreed: the version and the live case no longer say "concept".
    expect(versie.inhoud.analyse.status).toBe('vastgesteld');
    expect(versie.inhoud.plan.plannen[0]?.status).toBe('vastgesteld');
    expect(model.analyse.get()).toMatchObject({ status: 'vastgesteld', vastgesteldOp: '2025-03-25', vastgesteldInOverlegId: 'ov-1' });
    expect(model.overleggen.get('ov-1')?.status).toBe('vastgesteld');
    const md = writeMarkdown(planLayout(planDocument(versie, { ontvangerOrgId: 'org-vt' })));
    expect(md).toContain('## Vastgesteld met open punten');
    expect(md).toContain('De rechter beslist morgen; het plan moet vandaag rond.');
    expect(md).toContain('Open bezwaar bij afspraak: Oma begeleidt elke overdracht bij haar thuis.');
    expect(md).not.toMatch(/Status:\*\* concept/);
  });
});
