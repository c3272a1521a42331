/**
 * Where a case is in its course, read from the moves people recorded (levensloop.ts). Every device
 * computes the same answer from the same entries. Each move names the move it followed
 * (`vorigeId`), so the moves form a tree: a device that moves the case continues the chain it sees.
 * The order is: depth in that tree first (a move always comes after the one it followed, whatever
 * the devices' clocks say), then the date, then when it was written, then its id. The last move in
 * that order counts: the longest chain wins, so a device always sees its own move take effect, and
 * moves made at the same time after the same move (two chairs' devices closing at once) are all
 * kept and shown while one of them counts, the same on every device.
 *
 * A case written before the levensloop has no moves but its old status: it opens in that status's
 * phase, with its history starting "vóór registratie".
 */
import { GEDEELDE_BEWAARTERMIJN_MAANDEN, dagenTussen, plusMaanden } from './bewaren.js';
import type { Collection } from './entityStore.js';
import {
  AFSLUITFASEN,
  isTerugstap,
  type afsluitingen,
  type faseOvergangen,
  type Levensfase,
  type onveiligheidsoordelen,
  type triagebesluiten,
} from './levensloop.js';
import type { CASUS_STATUSSEN, CasusMeta } from './meta.js';
import type { overleggen } from './overleg.js';
import type { Afsluiting, FaseOvergang, Onveiligheidsoordeel, Triagebesluit } from './types.js';
import type { versies } from './versies.js';

/** What the levensloop is read from: a CaseModel has all of it. */
export interface LevensloopBron {
  readonly meta: { get(): CasusMeta };
  readonly faseOvergangen: Collection<(typeof faseOvergangen)['schema']>;
  readonly afsluitingen: Collection<(typeof afsluitingen)['schema']>;
  readonly triagebesluiten: Collection<(typeof triagebesluiten)['schema']>;
  readonly onveiligheidsoordelen: Collection<(typeof onveiligheidsoordelen)['schema']>;
}

/** What the doorlooptijden read besides: the overleggen and agreed versions. */
export interface DoorlooptijdBron extends LevensloopBron {
  readonly overleggen: Collection<(typeof overleggen)['schema']>;
  readonly versies: Collection<(typeof versies)['schema']>;
}

/** The old status a case before the levensloop holds, as a phase. */
export const STATUS_NAAR_FASE: Readonly<Record<(typeof CASUS_STATUSSEN)[number], Levensfase>> = {
  aangemeld: 'aanmelding',
  triage: 'triage',
  voorbereiding: 'analyse',
  in_overleg: 'analyse',
  plan: 'plan',
  uitvoering: 'uitvoering_monitoring',
  monitoring: 'uitvoering_monitoring',
  afgeschaald: 'afschalen',
  afgesloten: 'afgesloten',
};

/** The first line of the history: where the case began (or stood before moves were recorded). */
export interface Begin {
  readonly fase: Levensfase;
  /** The aanmelddatum (or the day the case was made); absent for a case before the levensloop. */
  readonly datum?: string;
  /** True for a case written before the levensloop: its phase comes from the old status. */
  readonly voorRegistratie: boolean;
  /** The old status it was mapped from. */
  readonly oudeStatus?: (typeof CASUS_STATUSSEN)[number];
}

/** A recorded move as the history shows it. */
export interface Overgang extends FaseOvergang {
  /** True when it went back (e.g. a hermelding during nazorg). */
  readonly terug: boolean;
  /** Its place in the chain of moves (1 for a move after the beginning). */
  readonly diepte: number;
  /** Other moves made after the same move as this one (at the same time, on other devices). */
  readonly gelijktijdigMet: readonly string[];
}

/** Where the case stands. */
export interface LevensloopStand {
  readonly fase: Levensfase;
  /** Since when (the date of the move that counts, or of the beginning). */
  readonly sinds?: string;
  readonly begin: Begin;
  /** Every move, in the order every device uses (see above). */
  readonly overgangen: readonly Overgang[];
  /** The move that counts now. */
  readonly huidige?: Overgang;
  /** The closing that counts, while the case is in nazorg or closed. */
  readonly afsluiting?: Afsluiting;
  /** Closings made at the same time as the one that counts (kept, shown, not used). */
  readonly andereAfsluitingen: readonly Afsluiting[];
  /** The day the case was closed for good (moved to `afgesloten`). */
  readonly afgeslotenOp?: string;
  /** The day the shared copy is to be erased (afgeslotenOp + the case's term). */
  readonly wisOp?: string;
  /** The latest triage decision and judgement of onveiligheid. */
  readonly triage?: Triagebesluit;
  readonly onveiligheid?: Onveiligheidsoordeel;
}

type Datiert = { datum: string; aangemaaktOp: string; id: string };

const volgorde = (a: Datiert, b: Datiert): number =>
  a.datum !== b.datum
    ? a.datum < b.datum
      ? -1
      : 1
    : a.aangemaaktOp !== b.aangemaaktOp
      ? a.aangemaaktOp < b.aangemaaktOp
        ? -1
        : 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/** Each move's depth in the tree of moves (a move whose predecessor has not arrived yet counts from the beginning). */
function dieptes(moves: readonly FaseOvergang[]): Map<string, number> {
  const byId = new Map(moves.map((m) => [m.id, m]));
  const depth = new Map<string, number>();
  const of = (m: FaseOvergang, seen: Set<string>): number => {
    const known = depth.get(m.id);
    if (known !== undefined) return known;
    const parent = m.vorigeId === undefined ? undefined : byId.get(m.vorigeId);
    // A cycle cannot be written by the model; a damaged document must still read.
    const d = parent === undefined || seen.has(parent.id) ? 1 : of(parent, new Set([...seen, m.id])) + 1;
    depth.set(m.id, d);
    return d;
  };
  for (const m of moves) of(m, new Set([m.id]));
  return depth;
}

/** The latest of entries with a date (same order as the moves). */
function laatste<T extends { datum: string; aangemaaktOp: string; id: string }>(items: readonly T[]): T | undefined {
  return [...items].sort(volgorde).at(-1);
}

/** Where the case began, from its meta. */
export function beginVan(meta: CasusMeta): Begin {
  if (meta.status !== undefined) return { fase: STATUS_NAAR_FASE[meta.status], voorRegistratie: true, oudeStatus: meta.status };
  return { fase: 'aanmelding', datum: meta.aanmelddatum ?? meta.aangemaaktOp.slice(0, 10), voorRegistratie: false };
}

/** Where the case stands now. */
export function levensloopStand(model: LevensloopBron): LevensloopStand {
  const meta = model.meta.get();
  const begin = beginVan(meta);
  const ruw = model.faseOvergangen.list();
  const depth = dieptes(ruw);
  const naVorige = new Map<string, string[]>();
  for (const o of ruw) naVorige.set(o.vorigeId ?? '', [...(naVorige.get(o.vorigeId ?? '') ?? []), o.id]);
  const overgangen: Overgang[] = ruw
    .map((o) => ({
      ...o,
      terug: isTerugstap(o.van, o.naar),
      diepte: depth.get(o.id)!,
      gelijktijdigMet: (naVorige.get(o.vorigeId ?? '') ?? []).filter((id) => id !== o.id),
    }))
    .sort((a, b) => a.diepte - b.diepte || volgorde(a, b));
  const huidige = overgangen.at(-1);
  const fase = huidige?.naar ?? begin.fase;
  const keten = ketenTot(overgangen, huidige);
  // The closing that counts: on the chain that counts, in its current run of closed phases.
  let afsluiting: Afsluiting | undefined;
  for (const o of keten) {
    if (!AFSLUITFASEN.includes(o.naar)) break;
    afsluiting = o.afsluitingId === undefined ? undefined : model.afsluitingen.get(o.afsluitingId);
    if (afsluiting !== undefined) break;
  }
  const closingMove = afsluiting === undefined ? undefined : keten.find((o) => o.afsluitingId === afsluiting.id);
  const andereAfsluitingen =
    closingMove === undefined
      ? []
      : overgangen
          .filter((o) => closingMove.gelijktijdigMet.includes(o.id) && o.afsluitingId !== undefined)
          .map((o) => model.afsluitingen.get(o.afsluitingId!))
          .filter((a): a is Afsluiting => a !== undefined);
  const afgeslotenOp = fase === 'afgesloten' ? (huidige?.datum ?? begin.datum) : undefined;
  const wisOp = afgeslotenOp === undefined ? undefined : plusMaanden(afgeslotenOp, meta.bewaartermijnMaanden ?? GEDEELDE_BEWAARTERMIJN_MAANDEN);
  const triage = laatste(model.triagebesluiten.list());
  const onveiligheid = laatste(model.onveiligheidsoordelen.list());
  const sinds = huidige?.datum ?? begin.datum;
  return {
    fase,
    begin,
    overgangen,
    andereAfsluitingen,
    ...(sinds === undefined ? {} : { sinds }),
    ...(huidige === undefined ? {} : { huidige }),
    ...(afsluiting === undefined ? {} : { afsluiting }),
    ...(afgeslotenOp === undefined ? {} : { afgeslotenOp }),
    ...(wisOp === undefined ? {} : { wisOp }),
    ...(triage === undefined ? {} : { triage }),
    ...(onveiligheid === undefined ? {} : { onveiligheid }),
  };
}

/** The chain of moves that led to `head`, newest first. */
function ketenTot(overgangen: readonly Overgang[], head: Overgang | undefined): Overgang[] {
  const byId = new Map(overgangen.map((o) => [o.id, o]));
  const out: Overgang[] = [];
  for (let o = head; o !== undefined && !out.includes(o); o = o.vorigeId === undefined ? undefined : byId.get(o.vorigeId)) out.push(o);
  return out;
}

/** One milestone of the doorlooptijden. */
export interface Mijlpaal {
  readonly soort: 'aanmelding' | 'eerste_overleg' | 'plan_vastgesteld' | 'afschalen' | 'afsluiten';
  readonly datum?: string;
  /** Days since the previous milestone that has a date. */
  readonly dagenSindsVorige?: number;
  /** Days since the aanmelding. */
  readonly dagenSindsAanmelding?: number;
}

/**
 * The doorlooptijden: aanmelding → eerste overleg → plan vastgesteld → afschalen → afsluiten. The
 * first overleg is the earliest non-triage overleg held by `vandaag`; the plan counts as agreed at
 * the first agreed version that holds it (and was not withdrawn).
 */
export function doorlooptijden(model: DoorlooptijdBron, vandaag: string): Mijlpaal[] {
  const stand = levensloopStand(model);
  const meta = model.meta.get();
  const aanmelding = meta.aanmelddatum ?? stand.begin.datum;
  const overleg = model.overleggen
    .list()
    .filter((o) => o.type !== 'triage' && o.datum <= vandaag)
    .map((o) => o.datum)
    .sort()[0];
  const plan = model.versies
    .list()
    .filter((v) => v.omvat.includes('plan') && v.ingetrokkenOp === undefined)
    .map((v) => v.vastgesteldOp.slice(0, 10))
    .sort()[0];
  const afschalen = ketenTot(stand.overgangen, stand.huidige).find((o) => o.naar === 'afschalen')?.datum;
  const afsluiten = stand.afsluiting?.datum;
  const datums: Array<[Mijlpaal['soort'], string | undefined]> = [
    ['aanmelding', aanmelding],
    ['eerste_overleg', overleg],
    ['plan_vastgesteld', plan],
    ['afschalen', afschalen],
    ['afsluiten', afsluiten],
  ];
  let vorige: string | undefined;
  return datums.map(([soort, datum]) => {
    const uit: Mijlpaal = {
      soort,
      ...(datum === undefined ? {} : { datum }),
      ...(datum !== undefined && vorige !== undefined ? { dagenSindsVorige: dagenTussen(vorige, datum) } : {}),
      ...(datum !== undefined && aanmelding !== undefined ? { dagenSindsAanmelding: dagenTussen(aanmelding, datum) } : {}),
    };
    if (datum !== undefined) vorige = datum;
    return uit;
  });
}
