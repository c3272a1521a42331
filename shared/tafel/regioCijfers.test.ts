/**
 * The region's figures against hand-counted fixtures; small counts suppressed so no family can be
 * recognised; and, as the attacker who receives the export, a scan of the CSV for anything of the
 * cases themselves (titles, names, texts, ids, dates).
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n.js';
import { nl } from '../i18n/messages.nl.js';
import { demoCaseJson, exportCase, importCase, openCase, defaultContext, type CaseModel } from '../model/index.js';
import { cijferLabels } from './cijferLabels.js';
import { cijfersCsv, regioCijfers, toonAantal, type CijferRegel, type Periode } from './regioCijfers.js';
import { samenvattingVan, SAMENVATTING_VERSIE, type Samenvatting } from './samenvatting.js';

const JAAR: Periode = { van: '2026-01-01', tot: '2026-12-31' };

type Cijfers = Samenvatting['cijfers'];

/** A summary with only what the figures read. */
function casus(cijfers: Partial<Cijfers> & { fase?: Samenvatting['fase']; plan?: string }): Samenvatting {
  const { fase = 'analyse', plan, ...rest } = cijfers;
  return {
    versie: SAMENVATTING_VERSIE,
    ikId: 'dn-1',
    voorzitter: true,
    fase,
    overleggen: [],
    evaluatieMomenten: [],
    actiepunten: [],
    annotaties: [],
    schalenOnder: [],
    ...(plan === undefined ? {} : { planVastgesteldOp: plan }),
    cijfers: { overgangen: [], organisatieTypes: [], fictief: false, ...rest },
  };
}

const regel = (regels: readonly CijferRegel[], indicator: CijferRegel['indicator'], categorie = ''): CijferRegel => {
  const r = regels.find((x) => x.indicator === indicator && x.categorie === categorie);
  if (r === undefined) throw new Error(`no row ${indicator}/${categorie}`);
  return r;
};

type Overgang = Cijfers['overgangen'][number];
const zet = (van: Overgang['van'], naar: Overgang['naar'], datum: string): Overgang => ({ van, naar, datum });

/**
 * Twelve cases (and a made-up one), counted by hand for 2026:
 * - 1–5: aangemeld 5 Jan, triage opnemen 10 Jan, eerste overleg 15 Jan (10 days), plan agreed 4 Feb
 *   (30 days), closed 3 Jun (149 days): four doelen bereikt, one gezin verhuisd; profile gezin in de
 *   stress; politie and Veilig Thuis at the table.
 * - 6–10: aangemeld 2 Mar, eerste overleg 22 Mar (20 days), in uitvoering; 6 and 7 taken in at
 *   triage; only 6 has an agreed plan (1 Apr, 30 days) and a profile; 10 has only Veilig Thuis.
 * - 11: aangemeld in 2025, closed into nazorg in 2025, back into uitvoering on 1 Mar 2026 (a hermelding).
 * - 12: aangemeld 20 Dec 2025, not taken in at triage on 5 Jan 2026.
 */
function twaalf(): Samenvatting[] {
  const out: Samenvatting[] = [];
  for (let i = 1; i <= 5; i++) {
    out.push(
      casus({
        aanmelding: '2026-01-05',
        eersteOverleg: '2026-01-15',
        plan: '2026-02-04',
        afsluiten: '2026-06-03',
        afsluitreden: i <= 4 ? 'doelen_bereikt' : 'gezin_verhuisd',
        fase: 'afgesloten',
        overgangen: [zet('aanmelding', 'analyse', '2026-01-15'), zet('analyse', 'afgesloten', '2026-06-03')],
        triage: { besluit: 'opnemen', datum: '2026-01-10' },
        gezinsprofiel: 'gezin_in_de_stress',
        organisatieTypes: ['Politie', 'VeiligThuis'],
      }),
    );
  }
  for (let i = 6; i <= 10; i++) {
    out.push(
      casus({
        aanmelding: '2026-03-02',
        eersteOverleg: '2026-03-22',
        ...(i === 6 ? { plan: '2026-04-01', gezinsprofiel: 'gezin_in_de_stress' as const } : {}),
        ...(i <= 7 ? { triage: { besluit: 'opnemen' as const, datum: '2026-03-10' } } : {}),
        fase: 'uitvoering_monitoring',
        overgangen: [zet('aanmelding', 'uitvoering_monitoring', '2026-03-22')],
        organisatieTypes: i <= 9 ? ['Politie', 'VeiligThuis'] : ['VeiligThuis'],
      }),
    );
  }
  out.push(
    casus({
      aanmelding: '2025-06-01',
      fase: 'uitvoering_monitoring',
      overgangen: [zet('aanmelding', 'nazorg', '2025-12-01'), zet('nazorg', 'uitvoering_monitoring', '2026-03-01')],
      organisatieTypes: ['VeiligThuis'],
    }),
  );
  out.push(
    casus({
      aanmelding: '2025-12-20',
      fase: 'triage',
      overgangen: [zet('aanmelding', 'triage', '2025-12-22')],
      triage: { besluit: 'niet_opnemen', datum: '2026-01-05' },
      organisatieTypes: ['VeiligThuis'],
    }),
  );
  // The demo case: made up, never counted.
  out.push(casus({ aanmelding: '2026-02-02', fictief: true, organisatieTypes: ['GGZ'] }));
  return out;
}

describe('the region’s figures', () => {
  it('counts running cases, phases, inflow, outflow and triage in the period', () => {
    const r = regioCijfers(twaalf(), JAAR);
    expect(regel(r, 'lopend').aantal).toBe('12');
    expect(regel(r, 'instroom').aantal).toBe('10');
    expect(regel(r, 'uitstroom').aantal).toBe('5');
    expect(regel(r, 'fase', 'uitvoering_monitoring')).toMatchObject({ aantal: '6', percentage: '50' });
    expect(regel(r, 'fase', 'analyse')).toMatchObject({ aantal: '0', percentage: '0' });
    // One case in triage: "<5"; and since the total (12) is known, the next smallest count (5 closed) is hidden too.
    expect(regel(r, 'fase', 'triage')).toMatchObject({ aantal: '<5', percentage: '' });
    expect(regel(r, 'fase', 'afgesloten')).toMatchObject({ aantal: 'x', percentage: '' });
    expect(regel(r, 'triage', 'niet_opnemen').aantal).toBe('<5');
    expect(regel(r, 'triage', 'opnemen').aantal).toBe('x');
    // The made-up case counts nowhere.
    expect(regel(r, 'organisatie', 'GGZ').aantal).toBe('0');
  });

  it('gives doorlooptijden as median and middle half in days from the aanmelding', () => {
    const r = regioCijfers(twaalf(), JAAR);
    // Five cases at 10 days and five at 20.
    expect(regel(r, 'doorlooptijd', 'eerste_overleg')).toMatchObject({ aantal: '10', mediaan: '15', p25: '10', p75: '20' });
    expect(regel(r, 'doorlooptijd', 'plan_vastgesteld')).toMatchObject({ aantal: '6', mediaan: '30', p25: '30', p75: '30' });
    expect(regel(r, 'doorlooptijd', 'afschalen')).toMatchObject({ aantal: '0', mediaan: '', p25: '', p75: '' });
    expect(regel(r, 'doorlooptijd', 'afsluiten')).toMatchObject({ aantal: '5', mediaan: '149' });
    // In another period, other cases.
    const voorjaar = regioCijfers(twaalf(), { van: '2026-03-01', tot: '2026-05-31' });
    expect(regel(voorjaar, 'doorlooptijd', 'eerste_overleg')).toMatchObject({ aantal: '5', mediaan: '20' });
    expect(regel(voorjaar, 'instroom').aantal).toBe('5');
    expect(regel(voorjaar, 'uitstroom').aantal).toBe('0');
  });

  it('hides a doorlooptijd of fewer than five cases, and every count from 1 to 4', () => {
    const r = regioCijfers(twaalf().slice(0, 4), JAAR);
    expect(regel(r, 'lopend').aantal).toBe('<5');
    expect(regel(r, 'doorlooptijd', 'eerste_overleg')).toMatchObject({ aantal: '<5', mediaan: '', p25: '', p75: '' });
    expect([0, 1, 4, 5, 17].map(toonAantal)).toEqual(['0', '<5', '<5', '5', '17']);
  });

  it('counts gezinsprofielen, the share with an agreed veiligheidsplan, hermeldingen in nazorg, organisations and reasons for closing', () => {
    const r = regioCijfers(twaalf(), JAAR);
    expect(regel(r, 'gezinsprofiel', 'gezin_in_de_stress')).toMatchObject({ aantal: '6', percentage: '50' });
    expect(regel(r, 'gezinsprofiel', 'geen')).toMatchObject({ aantal: '6', percentage: '50' });
    expect(regel(r, 'gezinsprofiel', 'intieme_terreur').aantal).toBe('0');
    // Taken in and past triage: 1–11; 1–6 have an agreed plan.
    expect(regel(r, 'veiligheidsplan', 'met')).toMatchObject({ aantal: '6', percentage: '55' });
    expect(regel(r, 'veiligheidsplan', 'zonder')).toMatchObject({ aantal: '5', percentage: '45' });
    expect(regel(r, 'hermelding', 'hermeldingen').aantal).toBe('<5');
    expect(regel(r, 'hermelding', 'casussen').aantal).toBe('<5');
    expect(regel(r, 'organisatie', 'VeiligThuis').aantal).toBe('12');
    expect(regel(r, 'organisatie', 'Politie').aantal).toBe('9');
    // Four doelen bereikt, one gezin verhuisd: both small, neither exact.
    expect(regel(r, 'afsluitreden', 'doelen_bereikt')).toMatchObject({ aantal: '<5', percentage: '' });
    expect(regel(r, 'afsluitreden', 'gezin_verhuisd')).toMatchObject({ aantal: '<5', percentage: '' });
  });

  it('reads the same figures from a real case document (through its summary)', () => {
    const doc = new Y.Doc();
    expect(importCase(doc, { ...demoCaseJson(), casus: { ...(demoCaseJson()['casus'] as object), fictief: false } }, 'dn-lotte').ok).toBe(true);
    const model = openCase(doc, defaultContext({ deelnemerId: 'dn-lotte', orgId: 'org-vt' }));
    const s = samenvattingVan(model, '2026-12-07');
    const r = regioCijfers(
      Array.from({ length: 5 }, () => s),
      { van: '2025-01-01', tot: '2025-12-31' },
    );
    expect(regel(r, 'instroom').aantal).toBe('5');
    expect(regel(r, 'lopend').aantal).toBe('5');
  });
});

/** Every string in a case's JSON that is the case's own (not a code of the model such as 'analyse' or 'VeiligThuis'). */
function caseStrings(model: CaseModel): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length >= 3 && !/^[a-z_]+$/.test(v) && !/^[A-Z][A-Za-z]+$/.test(v)) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(exportCase(model.doc));
  return [...out];
}

describe('the figures export, read by whoever receives it', () => {
  it('holds no title, name, text, id or date of any case: only counts, codes as labels, and the period', () => {
    const models: CaseModel[] = [];
    for (let i = 0; i < 7; i++) {
      const json = demoCaseJson();
      const doc = new Y.Doc();
      const casusMeta = {
        ...(json['casus'] as Record<string, unknown>),
        fictief: false,
        titel: `Gezin Vermeulen-${i} uit Tilburg`,
        casusnummer: `MDA-2026-00${i}`,
      };
      expect(importCase(doc, { ...json, casus: casusMeta }, 'dn-lotte').ok).toBe(true);
      const model = openCase(doc, defaultContext({ deelnemerId: 'dn-lotte', orgId: 'org-vt' }));
      model.actiepunten.add({
        omschrijving: `Huisbezoek bij mevrouw Jansen ${i}`,
        deadline: '2026-12-01',
        eigenaarDeelnemerId: 'dn-lotte',
        eigenaarOrgId: 'org-vt',
      });
      models.push(model);
    }
    const samenvattingen = models.map((m) => samenvattingVan(m, '2026-12-07'));
    // The summary itself is case content (it stays sealed on the device) — the figures are not.
    expect(JSON.stringify(samenvattingen)).toContain('Huisbezoek bij mevrouw Jansen 0');
    const periode = { van: '2025-01-01', tot: '2025-12-31' };
    const csv = cijfersCsv(regioCijfers(samenvattingen, periode), periode, cijferLabels(createTranslator('nl')));
    expect(csv).toContain('Aantal');

    // The catalogue's own words (a profile's name, a phase) may appear as labels; everything else of the case may not.
    const labels = new Set(Object.values(nl).map((v) => v.toLowerCase()));
    const geheim = models.flatMap(caseStrings).filter((s) => !labels.has(s.toLowerCase()));
    expect(geheim.length).toBeGreaterThan(100);
    const lek = geheim.filter((s) => !/^\d{4}-\d{2}-\d{2}/.test(s) && csv.toLowerCase().includes(s.toLowerCase()));
    expect(lek).toEqual([]);
    // No date but the period's own.
    expect(csv.match(/\d{4}-\d{2}-\d{2}/g)).toEqual([periode.van, periode.tot]);
    // Every cell is a label, a count, a percentage or a number of days.
    const cellen = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(2)
      .flatMap((l) => l.split(';').slice(2));
    for (const c of cellen) expect(c).toMatch(/^(|\d+|<5|x)$/);
  });
});
