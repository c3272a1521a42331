/**
 * What changed between two agreed versions, in sentences a chair reads aloud: "Afspraak 3:
 * wanneer gewijzigd van 1 maart 2027 naar 15 maart 2027", "Nieuwe afspraak: …", "Afspraak 2
 * (…) vervallen". Items are matched by id; numbers are the ones the plan documents show (the new
 * version's, or the old one's for what is gone). Restricted noodcontacten are named only for a
 * viewer who may see them.
 */
import { magZien, type Viewer } from '../model/index.js';
import type { AgreedContent, Item } from './agreedContent.js';
import type { AgreedVersion } from './agreedVersion.js';
import { datumNl, wanneerNl } from './dates.js';
import {
  accentLabel,
  actiepuntStatusLabel,
  afspraakStatusLabel,
  analyseStatusLabel,
  faseLabel,
  hypotheseStatusLabel,
  jaNeeLabel,
  opsomming,
  planStatusLabel,
  profielLabel,
} from './labels.js';
import { namesOf, type Names } from './names.js';
import { jaNeeOnbekendNl } from './afrondingLabels.js';
import { afspraakNummers } from './planDocument.js';
import { kortLabel } from './text.js';

/** Which part of the case a change is in. */
export type Onderdeel =
  | 'afspraak'
  | 'veiligheidsdoel'
  | 'zorg'
  | 'signaal'
  | 'veiligheidsvoorwaarde'
  | 'noodcontact'
  | 'netwerkrol'
  | 'plan'
  | 'gezinsprofiel'
  | 'onveiligheid'
  | 'analyse'
  | 'hypothese'
  | 'besluit'
  | 'actiepunt'
  | 'terugblik';

/** One change, as a sentence. */
export interface Wijziging {
  readonly soort: 'nieuw' | 'gewijzigd' | 'vervallen';
  readonly onderdeel: Onderdeel;
  /** The item's id (absent for the gezinsprofiel and the analysis as a whole). */
  readonly id?: string;
  readonly zin: string;
}

type Veld<T> = readonly [naam: string, waarde: (t: T, names: Names) => string, tekst?: boolean];

interface Soort<T extends Item> {
  readonly onderdeel: Onderdeel;
  readonly naam: string;
  readonly nieuw: string;
  readonly lijst: (c: AgreedContent) => readonly T[];
  readonly label: (t: T, names: Names) => string;
  readonly nummers?: (c: AgreedContent) => ReadonlyMap<string, number>;
  readonly velden: ReadonlyArray<Veld<T>>;
  readonly afgeschermd?: (t: T) => boolean;
}

const indexNummers = (items: readonly Item[]): Map<string, number> => new Map(items.map((x, i) => [x.id, i + 1]));
const eerstePlan = (c: AgreedContent): string | undefined => c.plan.plannen[0]?.id;
const inPlan = <T extends { planId: string }>(c: AgreedContent, list: readonly T[]): T[] => list.filter((x) => x.planId === eerstePlan(c));

function doelNummers(c: AgreedContent): Map<string, number> {
  const out = new Map<string, number>();
  for (const z of inPlan(c, c.plan.zorgen)) for (const d of c.plan.doelen) if (d.zorgStatementId === z.id) out.set(d.id, out.size + 1);
  return out;
}

const namen = (ids: readonly string[], n: Names): string => opsomming(ids.map(n.persoon));

const SOORTEN = [
  {
    onderdeel: 'afspraak',
    naam: 'Afspraak',
    nieuw: 'Nieuwe afspraak',
    lijst: (c) => c.plan.afspraken,
    label: (a) => kortLabel(a.wat),
    nummers: (c) => afspraakNummers(c),
    velden: [
      ['wat', (a) => a.wat, true],
      ['wie', (a, n) => namen(a.wie, n)],
      ['wanneer', (a) => wanneerNl(a.wanneer)],
      ['waar', (a) => a.waar ?? ''],
      ['wie controleert', (a, n) => namen(a.controleDoor, n)],
      ['fase', (a) => faseLabel(a.fase)],
      ['status', (a) => afspraakStatusLabel(a.status)],
    ],
  } satisfies Soort<AgreedContent['plan']['afspraken'][number]>,
  {
    onderdeel: 'veiligheidsdoel',
    naam: 'Veiligheidsdoel',
    nieuw: 'Nieuw veiligheidsdoel',
    lijst: (c) => c.plan.doelen,
    label: (d) => kortLabel(d.doel),
    nummers: doelNummers,
    velden: [
      ['doel', (d) => d.doel, true],
      ['hoe lang volhouden', (d) => d.hoeLangVolhouden ?? ''],
    ],
  } satisfies Soort<AgreedContent['plan']['doelen'][number]>,
  {
    onderdeel: 'zorg',
    naam: 'Zorg',
    nieuw: 'Nieuwe zorg',
    lijst: (c) => c.plan.zorgen,
    label: (z) => kortLabel(z.waarover),
    nummers: (c) => indexNummers(inPlan(c, c.plan.zorgen)),
    velden: [
      ['waarover', (z) => z.waarover, true],
      ['wie maakt zich zorgen', (z) => z.wieMaaktZichZorgen],
      ['als er niets verandert', (z) => z.watAlsNietsVerandert, true],
      ['betwist door', (z, n) => namen(z.betwistDoor, n)],
    ],
  } satisfies Soort<AgreedContent['plan']['zorgen'][number]>,
  {
    onderdeel: 'signaal',
    naam: 'Signaal',
    nieuw: 'Nieuw signaal',
    lijst: (c) => c.plan.signalen,
    label: (s) => kortLabel(s.signaal),
    nummers: (c) => indexNummers(inPlan(c, c.plan.signalen)),
    velden: [
      ['signaal', (s) => s.signaal, true],
      ['wat dan te doen', (s) => s.watDanTeDoen, true],
      ['bij wie', (s, n) => (s.persoonId === undefined ? '' : n.persoon(s.persoonId))],
    ],
  } satisfies Soort<AgreedContent['plan']['signalen'][number]>,
  {
    onderdeel: 'veiligheidsvoorwaarde',
    naam: 'Veiligheidsvoorwaarde',
    nieuw: 'Nieuwe veiligheidsvoorwaarde',
    lijst: (c) => c.plan.voorwaarden,
    label: (v) => kortLabel(v.tekst),
    nummers: (c) => indexNummers(inPlan(c, c.plan.voorwaarden)),
    velden: [
      ['tekst', (v) => v.tekst, true],
      ['gesteld door', (v, n) => n.organisatie(v.gesteldDoorOrgId)],
    ],
  } satisfies Soort<AgreedContent['plan']['voorwaarden'][number]>,
  {
    onderdeel: 'noodcontact',
    naam: 'Noodcontact',
    nieuw: 'Nieuw noodcontact',
    lijst: (c) => c.plan.noodcontacten,
    label: (x) => x.naam,
    velden: [
      ['naam', (x) => x.naam],
      ['telefoon', (x) => x.telefoon],
      ['wanneer', (x) => x.wanneer],
    ],
    afgeschermd: () => true,
  } satisfies Soort<AgreedContent['plan']['noodcontacten'][number]>,
  {
    onderdeel: 'netwerkrol',
    naam: 'Taak van',
    nieuw: 'Nieuwe taak in het netwerk',
    lijst: (c) => c.plan.netwerkRollen,
    label: (r, n) => n.persoon(r.netwerkLidId),
    velden: [['taak', (r) => r.taak, true]],
  } satisfies Soort<AgreedContent['plan']['netwerkRollen'][number]>,
  {
    onderdeel: 'plan',
    naam: 'Plan',
    nieuw: 'Nieuw plan',
    lijst: (c) => c.plan.plannen,
    label: (p) => p.titel,
    velden: [
      ['titel', (p) => p.titel],
      ['status', (p) => planStatusLabel(p.status)],
      ['evaluatiemomenten', (p) => opsomming(p.evaluatieMomenten.map(datumNl))],
      ['gezinsversie', (p) => p.gezinsVersie, true],
    ],
  } satisfies Soort<AgreedContent['plan']['plannen'][number]>,
  {
    onderdeel: 'hypothese',
    naam: 'Hypothese',
    nieuw: 'Nieuwe hypothese',
    lijst: (c) => c.analyse.hypothesen,
    label: (h) => h.titel,
    velden: [
      ['titel', (h) => h.titel],
      ['stelling', (h) => h.stelling, true],
      ['status', (h) => hypotheseStatusLabel(h.status)],
    ],
  } satisfies Soort<AgreedContent['analyse']['hypothesen'][number]>,
  {
    onderdeel: 'besluit',
    naam: 'Besluit',
    nieuw: 'Nieuw besluit',
    lijst: (c) => c.overleg?.besluiten ?? [],
    label: (b) => kortLabel(b.tekst),
    velden: [
      ['besluit', (b) => b.tekst, true],
      ['onderbouwing', (b) => b.onderbouwing, true],
      ['tegenspraak', (b) => b.tegenspraak ?? '', true],
    ],
  } satisfies Soort<NonNullable<AgreedContent['overleg']>['besluiten'][number]>,
  {
    onderdeel: 'actiepunt',
    naam: 'Actiepunt',
    nieuw: 'Nieuw actiepunt',
    lijst: (c) => c.overleg?.actiepunten ?? [],
    label: (a) => kortLabel(a.omschrijving),
    velden: [
      ['omschrijving', (a) => a.omschrijving, true],
      ['eigenaar', (a, n) => n.persoon(a.eigenaarDeelnemerId)],
      ['deadline', (a) => datumNl(a.deadline)],
      ['status', (a) => actiepuntStatusLabel(a.status)],
      ['terugkoppeling', (a) => a.terugkoppeling ?? '', true],
    ],
  } satisfies Soort<NonNullable<AgreedContent['overleg']>['actiepunten'][number]>,
  {
    onderdeel: 'terugblik',
    naam: 'Eerder actiepunt',
    nieuw: 'Eerder actiepunt besproken',
    lijst: (c) => c.overleg?.terugblik ?? [],
    label: (a) => kortLabel(a.omschrijving),
    nummers: (c) => indexNummers(c.overleg?.terugblik ?? []),
    velden: [
      ['status', (a) => actiepuntStatusLabel(a.status)],
      ['terugkoppeling', (a) => a.terugkoppeling ?? '', true],
    ],
  } satisfies Soort<NonNullable<NonNullable<AgreedContent['overleg']>['terugblik']>[number]>,
] as const;

const waarde = (text: string, tekst: boolean | undefined): string => (tekst ? `“${kortLabel(text, 120)}”` : text);

/** One sentence for a changed value: "wanneer gewijzigd van X naar Y", "waar toegevoegd: Y", "waar weggehaald (was X)". */
export function veldZin(veld: string, oud: string, nieuw: string, tekst?: boolean): string {
  if (oud === '') return `${veld} toegevoegd: ${waarde(nieuw, tekst)}`;
  if (nieuw === '') return `${veld} weggehaald (was ${waarde(oud, tekst)})`;
  return `${veld} gewijzigd van ${waarde(oud, tekst)} naar ${waarde(nieuw, tekst)}`;
}

function diffSoort<T extends Item>(soort: Soort<T>, oud: AgreedContent, nieuw: AgreedContent, viewer: Viewer | undefined): Wijziging[] {
  const out: Wijziging[] = [];
  const [no, nn] = [namesOf(oud), namesOf(nieuw)];
  const oudeLijst = soort.lijst(oud);
  const nieuweLijst = soort.lijst(nieuw);
  const oudeById = new Map(oudeLijst.map((x) => [x.id, x]));
  const nieuweIds = new Set(nieuweLijst.map((x) => x.id));
  const [numOud, numNieuw] = [soort.nummers?.(oud), soort.nummers?.(nieuw)];
  const verborgen = (t: T): boolean =>
    soort.afgeschermd !== undefined && soort.afgeschermd(t) && !(viewer !== undefined && magZien(viewer, t as T & { zichtbaarVoor: readonly string[] }));
  const noem = (t: T, nummers: ReadonlyMap<string, number> | undefined, names: Names): string => {
    if (verborgen(t)) return `${soort.naam} (afgeschermd)`;
    const nr = nummers?.get(t.id);
    return nr === undefined ? `${soort.naam} ${soort.label(t, names)}` : `${soort.naam} ${nr}`;
  };
  for (const t of nieuweLijst) {
    const vorig = oudeById.get(t.id);
    if (!vorig) {
      out.push({
        soort: 'nieuw',
        onderdeel: soort.onderdeel,
        id: t.id,
        zin: verborgen(t) ? `${soort.nieuw} (afgeschermd)` : `${soort.nieuw}: ${soort.label(t, nn)}`,
      });
      continue;
    }
    for (const [veld, lees, tekst] of soort.velden) {
      const [a, b] = [lees(vorig, no), lees(t, nn)];
      if (a === b) continue;
      const zin = verborgen(t) || verborgen(vorig) ? `${noem(t, numNieuw, nn)} is gewijzigd` : `${noem(t, numNieuw, nn)}: ${veldZin(veld, a, b, tekst)}`;
      if (!out.some((w) => w.zin === zin)) out.push({ soort: 'gewijzigd', onderdeel: soort.onderdeel, id: t.id, zin });
    }
  }
  for (const t of oudeLijst) {
    if (nieuweIds.has(t.id)) continue;
    const wie = noem(t, numOud, no);
    const zin = verborgen(t) || numOud?.get(t.id) === undefined ? `${wie} vervallen` : `${wie} (${soort.label(t, no)}) vervallen`;
    out.push({ soort: 'vervallen', onderdeel: soort.onderdeel, id: t.id, zin });
  }
  return out;
}

function diffProfiel(oud: AgreedContent, nieuw: AgreedContent): Wijziging[] {
  const met = (c: AgreedContent, oordeel: string): string =>
    opsomming(
      Object.entries(c.gezinsprofiel.oordelen)
        .filter(([, o]) => o === oordeel)
        .map(([p]) => profielLabel(p)),
    );
  const velden: Array<[string, (c: AgreedContent) => string, boolean?]> = [
    ['primair profiel', (c) => (c.gezinsprofiel.primair === undefined ? '' : profielLabel(c.gezinsprofiel.primair))],
    ['ook van toepassing', (c) => met(c, 'secundair')],
    ['uitgesloten', (c) => met(c, 'uitgesloten')],
    ['machtsongelijkheid', (c) => jaNeeLabel(c.gezinsprofiel.machtsongelijkheid)],
    ['accent bescherming', (c) => (c.gezinsprofiel.beschermingsAccent === undefined ? '' : accentLabel(c.gezinsprofiel.beschermingsAccent))],
    ['toelichting', (c) => c.gezinsprofiel.toelichting, true],
  ];
  return velden
    .filter(([, lees]) => lees(oud) !== lees(nieuw))
    .map(([veld, lees, tekst]) => ({ soort: 'gewijzigd', onderdeel: 'gezinsprofiel', zin: `Gezinsprofiel: ${veldZin(veld, lees(oud), lees(nieuw), tekst)}` }));
}

/** The judgement of acute and structurele onveiligheid, as each version holds it (none: not judged, or agreed before layout 4). */
function diffOnveiligheid(oud: AgreedContent, nieuw: AgreedContent): Wijziging[] {
  const velden: Array<[string, (c: AgreedContent) => string, boolean?]> = [
    ['acute onveiligheid', (c) => (c.onveiligheid === undefined ? '' : jaNeeOnbekendNl(c.onveiligheid.acuut))],
    ['structurele onveiligheid', (c) => (c.onveiligheid === undefined ? '' : jaNeeOnbekendNl(c.onveiligheid.structureel))],
    ['onderbouwing', (c) => c.onveiligheid?.onderbouwing ?? '', true],
  ];
  return velden
    .filter(([, lees]) => lees(oud) !== lees(nieuw))
    .map(([veld, lees, tekst]) => ({ soort: 'gewijzigd', onderdeel: 'onveiligheid', zin: `Onveiligheid: ${veldZin(veld, lees(oud), lees(nieuw), tekst)}` }));
}

function diffAnalyse(oud: AgreedContent, nieuw: AgreedContent): Wijziging[] {
  const out: Wijziging[] = [];
  const werk = (c: AgreedContent): string => c.analyse.hypothesen.find((h) => h.id === c.analyse.werkhypotheseId)?.titel ?? '';
  if (werk(oud) !== werk(nieuw)) out.push({ soort: 'gewijzigd', onderdeel: 'analyse', zin: `Analyse: ${veldZin('werkhypothese', werk(oud), werk(nieuw))}` });
  if (oud.analyse.status !== nieuw.analyse.status) {
    out.push({
      soort: 'gewijzigd',
      onderdeel: 'analyse',
      zin: `Analyse: ${veldZin('status', analyseStatusLabel(oud.analyse.status), analyseStatusLabel(nieuw.analyse.status))}`,
    });
  }
  const oudeTekst = new Map(oud.analyse.secties.map((s) => [s.id, s.tekst]));
  for (const s of nieuw.analyse.secties) {
    if ((oudeTekst.get(s.id) ?? '') !== s.tekst) out.push({ soort: 'gewijzigd', onderdeel: 'analyse', id: s.id, zin: `Analyse, ${s.titel}: tekst gewijzigd` });
  }
  return out;
}

/** The changes from `oud` to `nieuw`, plan first, then onveiligheid, gezinsprofiel, analysis and verslag. */
export function diffAgreedVersions(oud: AgreedVersion, nieuw: AgreedVersion, options: { viewer?: Viewer } = {}): Wijziging[] {
  const [a, b] = [oud.inhoud, nieuw.inhoud];
  const lijsten = (onderdelen: readonly Onderdeel[]): Wijziging[] =>
    SOORTEN.filter((s) => onderdelen.includes(s.onderdeel)).flatMap((s) => diffSoort(s as unknown as Soort<Item>, a, b, options.viewer));
  return [
    ...lijsten(['plan', 'zorg', 'veiligheidsdoel', 'afspraak', 'veiligheidsvoorwaarde', 'signaal', 'noodcontact', 'netwerkrol']),
    ...diffOnveiligheid(a, b),
    ...diffProfiel(a, b),
    ...diffAnalyse(a, b),
    ...lijsten(['hypothese']),
    ...lijsten(['terugblik', 'besluit', 'actiepunt']),
  ];
}
