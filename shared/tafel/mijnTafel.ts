/**
 * "Mijn tafel": one line per case with what needs the chair's (or an expert's) attention, read from
 * the cases' summaries (samenvatting.ts) on the day it is shown. Nothing here opens a case.
 *
 *   const regels = tafelRegels(casussen, '2026-12-07', 'rol');
 *   sorteerRegels(filterRegels(regels, { zoek: 'K.', organisatie: '', alleenAandacht: true }), 'teLaat');
 */
import type { Levensfase } from '../model/index.js';
import type { Samenvatting } from './samenvatting.js';

/** A case as the device holds it: its list entry and, once made, its summary. */
export interface TafelCasus {
  readonly room: string;
  readonly title: string;
  readonly samenvatting: Samenvatting | null;
}

/**
 * Which actiepunten count: 'rol' — all of them in cases the user chairs, only their own elsewhere
 * (an expert's default); 'eigen' — only the user's own; 'alle' — everyone's.
 */
export type ActiepuntKeuze = 'rol' | 'eigen' | 'alle';
export const ACTIEPUNT_KEUZES: readonly ActiepuntKeuze[] = ['rol', 'eigen', 'alle'];

/** An open actiepunt that is overdue or due this week. */
export interface ActiepuntRegel {
  readonly room: string;
  readonly casus: string;
  readonly id: string;
  readonly omschrijving: string;
  readonly deadline: string;
  readonly eigenaar: string;
  readonly organisatie: string;
  readonly eigen: boolean;
  readonly wanneer: 'te_laat' | 'deze_week';
}

/** One line of Mijn tafel. */
export interface TafelRegel {
  readonly room: string;
  readonly titel: string;
  /** False while the case has no summary yet (the device makes it in the background). */
  readonly bekend: boolean;
  readonly fase?: Levensfase;
  readonly voorzitter: boolean;
  readonly volgendOverleg?: { readonly datum: string; readonly type: string };
  readonly volgendEvaluatiemoment?: string;
  readonly teLaat: readonly ActiepuntRegel[];
  readonly dezeWeek: readonly ActiepuntRegel[];
  readonly vragen: number;
  readonly bezwaren: number;
  /** The collection the first open vraag or bezwaar points at (to open the right part). */
  readonly annotatieDoel?: string;
  readonly schalenOnder: number;
  /** No vastgesteld veiligheidsplan yet. */
  readonly zonderPlan: boolean;
  /** The organisations whose actiepunten count here, by name. */
  readonly organisaties: readonly string[];
}

/** The Sunday that ends the (Monday-to-Sunday) week of `dag`. */
export function eindeVanWeek(dag: string): string {
  const d = new Date(`${dag}T12:00:00Z`);
  const weekdag = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  d.setUTCDate(d.getUTCDate() + (6 - weekdag));
  return d.toISOString().slice(0, 10);
}

/** The lines of Mijn tafel for `casussen` on `vandaag`, counting actiepunten as `keuze` says. */
export function tafelRegels(casussen: readonly TafelCasus[], vandaag: string, keuze: ActiepuntKeuze): TafelRegel[] {
  const zondag = eindeVanWeek(vandaag);
  return casussen.map((c) => {
    const s = c.samenvatting;
    if (s === null) {
      return {
        room: c.room,
        titel: c.title,
        bekend: false,
        voorzitter: false,
        teLaat: [],
        dezeWeek: [],
        vragen: 0,
        bezwaren: 0,
        schalenOnder: 0,
        zonderPlan: false,
        organisaties: [],
      };
    }
    const telt = (eigenaarId: string): boolean => keuze === 'alle' || (keuze === 'rol' && s.voorzitter) || eigenaarId === s.ikId;
    const punten: ActiepuntRegel[] = s.actiepunten
      .filter((a) => telt(a.eigenaarId) && a.deadline <= zondag)
      .map((a): ActiepuntRegel => ({
        room: c.room,
        casus: c.title,
        id: a.id,
        omschrijving: a.omschrijving,
        deadline: a.deadline,
        eigenaar: a.eigenaar,
        organisatie: a.organisatie,
        eigen: a.eigenaarId === s.ikId,
        wanneer: a.deadline < vandaag ? 'te_laat' : 'deze_week',
      }))
      .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
    const overleg = s.overleggen.find((o) => o.datum >= vandaag);
    const evaluatie = s.evaluatieMomenten.find((d) => d >= vandaag);
    const eersteAnnotatie = s.annotaties.find((a) => a.doel !== undefined);
    return {
      room: c.room,
      titel: c.title,
      bekend: true,
      fase: s.fase,
      voorzitter: s.voorzitter,
      ...(overleg === undefined ? {} : { volgendOverleg: { datum: overleg.datum, type: overleg.type } }),
      ...(evaluatie === undefined ? {} : { volgendEvaluatiemoment: evaluatie }),
      teLaat: punten.filter((p) => p.wanneer === 'te_laat'),
      dezeWeek: punten.filter((p) => p.wanneer === 'deze_week'),
      vragen: s.annotaties.filter((a) => a.soort === 'vraag').length,
      bezwaren: s.annotaties.filter((a) => a.soort === 'bezwaar').length,
      ...(eersteAnnotatie?.doel === undefined ? {} : { annotatieDoel: eersteAnnotatie.doel }),
      schalenOnder: s.schalenOnder.length,
      zonderPlan: s.planVastgesteldOp === undefined,
      organisaties: [...new Set(s.actiepunten.filter((a) => telt(a.eigenaarId)).map((a) => a.organisatie))].filter((o) => o !== '').sort(),
    };
  });
}

/** True if the line asks for attention: late or due actiepunten, open vragen or bezwaren, low scales, no agreed plan. */
export function vraagtAandacht(r: TafelRegel): boolean {
  return r.teLaat.length + r.dezeWeek.length + r.vragen + r.bezwaren + r.schalenOnder > 0 || r.zonderPlan;
}

/** What the user filters on. */
export interface TafelFilter {
  /** Part of the case title (any case). */
  readonly zoek: string;
  /** An organisation by name ('' for all): only cases with its open actiepunten, and only its actiepunten. */
  readonly organisatie: string;
  readonly alleenAandacht: boolean;
  /** Show closed cases too (afgesloten); by default only cases still running. */
  readonly ookAfgesloten: boolean;
}

export const GEEN_FILTER: TafelFilter = { zoek: '', organisatie: '', alleenAandacht: false, ookAfgesloten: false };

export function filterRegels(regels: readonly TafelRegel[], filter: TafelFilter): TafelRegel[] {
  const zoek = filter.zoek.trim().toLocaleLowerCase('nl');
  return regels
    .filter((r) => filter.ookAfgesloten || r.fase !== 'afgesloten')
    .filter((r) => zoek === '' || r.titel.toLocaleLowerCase('nl').includes(zoek))
    .filter((r) => filter.organisatie === '' || r.organisaties.includes(filter.organisatie))
    .map((r) =>
      filter.organisatie === ''
        ? r
        : {
            ...r,
            teLaat: r.teLaat.filter((p) => p.organisatie === filter.organisatie),
            dezeWeek: r.dezeWeek.filter((p) => p.organisatie === filter.organisatie),
          },
    )
    .filter((r) => !filter.alleenAandacht || vraagtAandacht(r));
}

export type TafelSortering = 'titel' | 'fase' | 'overleg' | 'evaluatie' | 'actiepunten' | 'aandacht';
export const TAFEL_SORTERINGEN: readonly TafelSortering[] = ['actiepunten', 'overleg', 'evaluatie', 'fase', 'titel', 'aandacht'];

const FASE_VOLGORDE: readonly Levensfase[] = ['aanmelding', 'triage', 'analyse', 'plan', 'uitvoering_monitoring', 'afschalen', 'nazorg', 'afgesloten'];

/** Sorts lines; ties (and lines without the sort value, last) by title. */
export function sorteerRegels(regels: readonly TafelRegel[], op: TafelSortering): TafelRegel[] {
  const titel = (a: TafelRegel, b: TafelRegel): number => a.titel.localeCompare(b.titel, 'nl');
  const datum = (x: string | undefined, y: string | undefined): number => (x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x < y ? -1 : 1);
  const aandacht = (r: TafelRegel): number => r.teLaat.length * 3 + r.dezeWeek.length + r.bezwaren * 2 + r.vragen + r.schalenOnder * 2 + (r.zonderPlan ? 1 : 0);
  const vergelijk: Record<TafelSortering, (a: TafelRegel, b: TafelRegel) => number> = {
    titel: () => 0,
    fase: (a, b) => (a.fase === undefined ? 99 : FASE_VOLGORDE.indexOf(a.fase)) - (b.fase === undefined ? 99 : FASE_VOLGORDE.indexOf(b.fase)),
    overleg: (a, b) => datum(a.volgendOverleg?.datum, b.volgendOverleg?.datum),
    evaluatie: (a, b) => datum(a.volgendEvaluatiemoment, b.volgendEvaluatiemoment),
    actiepunten: (a, b) => b.teLaat.length - a.teLaat.length || b.dezeWeek.length - a.dezeWeek.length,
    aandacht: (a, b) => aandacht(b) - aandacht(a),
  };
  return [...regels].sort((a, b) => vergelijk[op](a, b) || titel(a, b));
}

export type ActiepuntSortering = 'deadline' | 'eigenaar' | 'organisatie' | 'casus';
export const ACTIEPUNT_SORTERINGEN: readonly ActiepuntSortering[] = ['deadline', 'eigenaar', 'organisatie', 'casus'];

/** The overdue and due-this-week actiepunten of the lines, sorted by `op` (then by deadline). */
export function actiepuntenVan(regels: readonly TafelRegel[], op: ActiepuntSortering): ActiepuntRegel[] {
  const sleutel = (p: ActiepuntRegel): string => (op === 'deadline' ? '' : op === 'casus' ? p.casus : p[op]);
  return regels
    .flatMap((r) => [...r.teLaat, ...r.dezeWeek])
    .sort(
      (a, b) =>
        sleutel(a).localeCompare(sleutel(b), 'nl') || (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) || a.casus.localeCompare(b.casus, 'nl'),
    );
}
