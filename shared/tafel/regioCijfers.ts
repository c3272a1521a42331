/**
 * The region's figures (docs/regionale-cijfers.md): content-free counts over the cases a chair holds
 * on this device, for a period, read from the cases' summaries (samenvatting.ts). Every count from
 * 1 to 4 is shown as "<5" so no family can be recognised, and a second count in the same
 * breakdown is hidden ("x") when one alone could be worked back from the total. The figures are
 * rows of text — exactly what the preview shows and the CSV holds; no number that is not shown
 * leaves this module.
 *
 *   const regels = regioCijfers(samenvattingen, { van: '2026-01-01', tot: '2026-12-31' });
 *   const csv = cijfersCsv(regels, periode, label);   // what the user saves, after the preview
 */
import { AFSLUITREDENEN, LEVENSFASEN, PROFIELEN, type Levensfase } from '../model/index.js';
import { ORGANISATIE_TYPES } from '../model/gezin.js';
import type { Samenvatting } from './samenvatting.js';

/** A period, both days included (YYYY-MM-DD). */
export interface Periode {
  readonly van: string;
  readonly tot: string;
}

/** The figures, in the order they are shown. */
export const INDICATOREN = [
  'lopend',
  'fase',
  'instroom',
  'uitstroom',
  'triage',
  'doorlooptijd',
  'gezinsprofiel',
  'veiligheidsplan',
  'hermelding',
  'organisatie',
  'afsluitreden',
] as const;
export type Indicator = (typeof INDICATOREN)[number];

/** The milestones of the doorlooptijden, counted in days from the aanmelding. */
export const MIJLPALEN = ['eerste_overleg', 'plan_vastgesteld', 'afschalen', 'afsluiten'] as const;

/** One row of figures: which indicator, which category (a code, '' for none), and the values as shown. */
export interface CijferRegel {
  readonly indicator: Indicator;
  readonly categorie: string;
  /** A count: '0', '<5' (1 to 4), 'x' (hidden so a small count cannot be worked back), or the number. */
  readonly aantal: string;
  /** A share of the whole, in whole percents ('' when hidden or not meaningful). */
  readonly percentage: string;
  /** Doorlooptijden in days: median and the middle half (25th–75th percentile); '' when fewer than 5. */
  readonly mediaan: string;
  readonly p25: string;
  readonly p75: string;
}

/** Counts below this are shown as "<5". */
export const DREMPEL = 5;

/** A count as shown. */
export function toonAantal(n: number): string {
  return n === 0 ? '0' : n < DREMPEL ? `<${DREMPEL}` : String(n);
}

const inPeriode = (dag: string | undefined, p: Periode): dag is string => dag !== undefined && dag >= p.van && dag <= p.tot;

/** The phase a case was in at the end of `dag` (its moves in the order the model reads them), or undefined before its aanmelding. */
function faseOp(s: Samenvatting, dag: string): Levensfase | undefined {
  if (s.cijfers.aanmelding !== undefined && s.cijfers.aanmelding > dag) return undefined;
  const voor = s.cijfers.overgangen.filter((o) => o.datum <= dag);
  if (voor.length > 0) return voor.at(-1)!.naar;
  if (s.cijfers.overgangen.length === 0) return s.fase;
  return s.cijfers.overgangen[0]!.van;
}

/** Running in the period: registered by its end and not closed for good before its start. */
function lopendIn(s: Samenvatting, p: Periode): boolean {
  const aanHetEind = faseOp(s, p.tot);
  return aanHetEind !== undefined && !(aanHetEind === 'afgesloten' && faseOp(s, dagVoor(p.van)) === 'afgesloten');
}

function dagVoor(dag: string): string {
  return new Date(Date.parse(`${dag}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const TRIAGE_FASEN: readonly Levensfase[] = ['aanmelding', 'triage'];

/** A breakdown: counts per category, with small counts shown as "<5" and a second one hidden where one alone could be worked back. */
function verdeling(indicator: Indicator, tellingen: ReadonlyArray<readonly [string, number]>, metPercentage: boolean): CijferRegel[] {
  const totaal = tellingen.reduce((sum, [, n]) => sum + n, 0);
  const klein = (n: number): boolean => n > 0 && n < DREMPEL;
  const verborgen = new Set(tellingen.filter(([, n]) => klein(n)).map(([c]) => c));
  // One small count alone, with the total known: hide the smallest other count too.
  if (verborgen.size === 1 && totaal >= DREMPEL) {
    const ander = tellingen.filter(([c, n]) => !verborgen.has(c) && n > 0).sort((a, b) => a[1] - b[1])[0];
    if (ander !== undefined) verborgen.add(`x:${ander[0]}`);
  }
  return tellingen.map(([categorie, n]) => {
    const extra = verborgen.has(`x:${categorie}`);
    const aantal = extra ? 'x' : toonAantal(n);
    const zichtbaar = aantal !== 'x' && !klein(n);
    return {
      indicator,
      categorie,
      aantal,
      percentage: metPercentage && zichtbaar && totaal >= DREMPEL ? String(Math.round((100 * n) / totaal)) : '',
      mediaan: '',
      p25: '',
      p75: '',
    };
  });
}

/** The value at fraction `q` of sorted `xs` (linear between neighbours), rounded to whole days. */
function kwantiel(xs: readonly number[], q: number): number {
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return Math.round(xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo));
}

const dagen = (van: string, tot: string): number => Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);

function duur(mijlpaal: (typeof MIJLPALEN)[number], waarden: readonly number[]): CijferRegel {
  const xs = [...waarden].sort((a, b) => a - b);
  const genoeg = xs.length >= DREMPEL;
  return {
    indicator: 'doorlooptijd',
    categorie: mijlpaal,
    aantal: toonAantal(xs.length),
    percentage: '',
    mediaan: genoeg ? String(kwantiel(xs, 0.5)) : '',
    p25: genoeg ? String(kwantiel(xs, 0.25)) : '',
    p75: genoeg ? String(kwantiel(xs, 0.75)) : '',
  };
}

const aantal = (indicator: Indicator, categorie: string, n: number): CijferRegel => ({
  indicator,
  categorie,
  aantal: toonAantal(n),
  percentage: '',
  mediaan: '',
  p25: '',
  p75: '',
});

/** The region's figures over `samenvattingen` for `periode` (made-up cases, such as the demo, are left out). */
export function regioCijfers(samenvattingen: readonly Samenvatting[], periode: Periode): CijferRegel[] {
  const echt = samenvattingen.filter((s) => !s.cijfers.fictief);
  const lopend = echt.filter((s) => lopendIn(s, periode));
  const tel = <T extends string>(soorten: readonly T[], van: (s: Samenvatting) => readonly T[] | T | undefined, uit: readonly Samenvatting[]) =>
    soorten.map((soort): readonly [string, number] => [
      soort,
      uit.filter((s) => {
        const v = van(s);
        return Array.isArray(v) ? v.includes(soort) : v === soort;
      }).length,
    ]);

  const aanPlanToe = lopend.filter((s) => {
    const fase = faseOp(s, periode.tot);
    return fase !== undefined && !TRIAGE_FASEN.includes(fase) && s.cijfers.triage?.besluit !== 'niet_opnemen';
  });
  const metPlan = aanPlanToe.filter((s) => s.planVastgesteldOp !== undefined && s.planVastgesteldOp <= periode.tot).length;
  const gesloten = echt.filter((s) => inPeriode(s.cijfers.afsluiten, periode));
  const hermeldingen = echt.flatMap((s) => s.cijfers.overgangen.filter((o) => o.van === 'nazorg' && inPeriode(o.datum, periode)));
  const mijlpaalDatum = (s: Samenvatting, m: (typeof MIJLPALEN)[number]): string | undefined =>
    m === 'eerste_overleg'
      ? s.cijfers.eersteOverleg
      : m === 'plan_vastgesteld'
        ? s.planVastgesteldOp
        : m === 'afschalen'
          ? s.cijfers.afschalen
          : s.cijfers.afsluiten;

  return [
    aantal('lopend', '', lopend.length),
    ...verdeling(
      'fase',
      tel(LEVENSFASEN, (s) => faseOp(s, periode.tot), lopend),
      true,
    ),
    aantal('instroom', '', echt.filter((s) => inPeriode(s.cijfers.aanmelding, periode)).length),
    aantal('uitstroom', '', gesloten.length),
    ...verdeling(
      'triage',
      tel(['opnemen', 'niet_opnemen'] as const, (s) => (inPeriode(s.cijfers.triage?.datum, periode) ? s.cijfers.triage?.besluit : undefined), echt),
      true,
    ),
    ...MIJLPALEN.map((m) =>
      duur(
        m,
        echt.flatMap((s) => {
          const datum = mijlpaalDatum(s, m);
          return s.cijfers.aanmelding !== undefined && inPeriode(datum, periode) ? [dagen(s.cijfers.aanmelding, datum)] : [];
        }),
      ),
    ),
    ...verdeling(
      'gezinsprofiel',
      tel([...PROFIELEN, 'geen'] as const, (s) => s.cijfers.gezinsprofiel ?? 'geen', lopend),
      true,
    ),
    ...verdeling(
      'veiligheidsplan',
      [
        ['met', metPlan],
        ['zonder', aanPlanToe.length - metPlan],
      ],
      true,
    ),
    aantal('hermelding', 'hermeldingen', hermeldingen.length),
    aantal('hermelding', 'casussen', echt.filter((s) => s.cijfers.overgangen.some((o) => o.van === 'nazorg' && inPeriode(o.datum, periode))).length),
    ...tel(ORGANISATIE_TYPES, (s) => s.cijfers.organisatieTypes, lopend).map(([c, n]) => aantal('organisatie', c, n)),
    ...verdeling(
      'afsluitreden',
      tel(AFSLUITREDENEN, (s) => s.cijfers.afsluitreden, gesloten),
      true,
    ),
  ];
}

/** Labels for the CSV and the preview (the UI's catalogue). */
export interface CijferLabels {
  indicator(indicator: Indicator): string;
  categorie(indicator: Indicator, categorie: string): string;
  kolom(kolom: 'indicator' | 'categorie' | 'aantal' | 'percentage' | 'mediaan' | 'p25' | 'p75'): string;
  periode(periode: Periode): string;
}

const csvVeld = (text: string): string => (/[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The figures as CSV for a spreadsheet (semicolons, as Dutch spreadsheets expect; UTF-8 with a
 * byte order mark so accents survive): one line for the period, a header, one line per row.
 */
export function cijfersCsv(regels: readonly CijferRegel[], periode: Periode, labels: CijferLabels): string {
  const kolommen = ['indicator', 'categorie', 'aantal', 'percentage', 'mediaan', 'p25', 'p75'] as const;
  const lines = [
    [labels.periode(periode)],
    kolommen.map((k) => labels.kolom(k)),
    ...regels.map((r) => [
      labels.indicator(r.indicator),
      r.categorie === '' ? '' : labels.categorie(r.indicator, r.categorie),
      r.aantal,
      r.percentage,
      r.mediaan,
      r.p25,
      r.p75,
    ]),
  ];
  return `\uFEFF${lines.map((l) => l.map(csvVeld).join(';')).join('\r\n')}\r\n`;
}
