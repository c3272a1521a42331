/**
 * The plan document: a pure function from an agreed version to what an export of the plan shows,
 * in plain Dutch, already filtered for the receiving viewer (restricted noodcontacten only for a
 * viewer named on them). Writers (markdown.ts, html.ts, docx.ts) only lay it out.
 */
import { magZien } from '../model/index.js';
import type { AfspraakInhoud, AgreedContent } from './agreedContent.js';
import type { AgreedVersion } from './agreedVersion.js';
import { datumNl, wanneerNl } from './dates.js';
import { exportKop, type ExportFor, type ExportKop } from './header.js';
import {
  accentLabel,
  afspraakStatusLabel,
  analyseStatusLabel,
  faseLabel,
  hypotheseStatusLabel,
  jaNeeLabel,
  planStatusLabel,
  planTypeLabel,
  profielLabel,
} from './labels.js';
import { namesOf, type Names } from './names.js';

export interface AfspraakRegel {
  readonly nummer: number;
  readonly id: string;
  readonly fase: string;
  readonly wie: readonly string[];
  readonly wat: string;
  readonly wanneer: string;
  readonly waar?: string;
  readonly controleDoor: readonly string[];
  readonly status: string;
}
export interface DoelBlok {
  readonly nummer: number;
  readonly id: string;
  readonly doel: string;
  readonly hoeLangVolhouden?: string;
  readonly afspraken: readonly AfspraakRegel[];
}
export interface ZorgBlok {
  readonly nummer: number;
  readonly id: string;
  readonly wieMaaktZichZorgen: string;
  readonly waarover: string;
  readonly watAlsNietsVerandert: string;
  readonly betwistDoor: readonly string[];
  readonly doelen: readonly DoelBlok[];
}
export interface SignaalRegel {
  readonly nummer: number;
  readonly id: string;
  readonly signaal: string;
  readonly watDanTeDoen: string;
  readonly bij?: string;
}
export interface NoodcontactRegel {
  readonly id: string;
  readonly naam: string;
  readonly telefoon: string;
  readonly wanneer: string;
}
export interface VoorwaardeRegel {
  readonly nummer: number;
  readonly id: string;
  readonly tekst: string;
  readonly gesteldDoor: string;
}
export interface NetwerkRolRegel {
  readonly id: string;
  readonly wie: string;
  readonly taak: string;
  readonly controleertAfspraken: readonly number[];
}

/** The plan as an export shows it. */
export interface PlanDocument {
  readonly kop: ExportKop;
  readonly plan?: {
    readonly titel: string;
    readonly type: string;
    readonly status: string;
    readonly evaluatieMomenten: readonly string[];
    readonly gezinsVersie: string;
  };
  readonly zorgen: readonly ZorgBlok[];
  /** Afspraken not (or no longer) linked to a veiligheidsdoel. */
  readonly overigeAfspraken: readonly AfspraakRegel[];
  readonly signalen: readonly SignaalRegel[];
  readonly noodcontacten: readonly NoodcontactRegel[];
  readonly veiligheidsvoorwaarden: readonly VoorwaardeRegel[];
  readonly netwerkRollen: readonly NetwerkRolRegel[];
  readonly gezinsprofiel: {
    readonly primair?: string;
    readonly secundair: readonly string[];
    readonly uitgesloten: readonly string[];
    readonly machtsongelijkheid: string;
    readonly beschermingsAccent?: string;
    readonly toelichting: string;
  };
  readonly analyse: {
    readonly status: string;
    readonly werkhypothese?: { readonly titel: string; readonly stelling: string };
    readonly andereHypothesen: ReadonlyArray<{ readonly titel: string; readonly status: string }>;
    readonly openMeningsverschillen: ReadonlyArray<{ readonly onderwerp: string; readonly standpunten: readonly string[] }>;
  };
}

/** Which items to keep (the per-organisation extract narrows this; see extract.ts). */
export interface ItemFilter {
  afspraak(a: AfspraakInhoud): boolean;
  item(kind: 'zorg' | 'doel' | 'signaal' | 'voorwaarde' | 'noodcontact' | 'netwerkRol', bronOrgId: string, extraOrgId?: string): boolean;
}

const ALLES: ItemFilter = { afspraak: () => true, item: () => true };

/** The plan a document shows: the plan with `planId`, else the first one (oldest). */
function chosenPlanId(inhoud: AgreedContent, planId: string | undefined): string | undefined {
  return planId ?? inhoud.plan.plannen[0]?.id;
}

/**
 * Afspraken in document order, numbered 1, 2, 3 ... across the plan: per zorg (list order), per
 * doel, then those without a doel. The diff uses the same numbers.
 */
export function afspraakNummers(inhoud: AgreedContent, planId?: string): Map<string, number> {
  const id = chosenPlanId(inhoud, planId);
  const afspraken = inhoud.plan.afspraken.filter((a) => a.planId === id);
  const nummers = new Map<string, number>();
  for (const zorg of inhoud.plan.zorgen.filter((z) => z.planId === id)) {
    for (const doel of inhoud.plan.doelen.filter((d) => d.zorgStatementId === zorg.id)) {
      for (const a of afspraken) if (a.veiligheidsdoelId === doel.id) nummers.set(a.id, nummers.size + 1);
    }
  }
  for (const a of afspraken) if (!nummers.has(a.id)) nummers.set(a.id, nummers.size + 1);
  return nummers;
}

function afspraakRegel(a: AfspraakInhoud, nummer: number, names: Names): AfspraakRegel {
  return {
    nummer,
    id: a.id,
    fase: faseLabel(a.fase),
    wie: a.wie.map(names.persoon),
    wat: a.wat,
    wanneer: wanneerNl(a.wanneer),
    waar: a.waar,
    controleDoor: a.controleDoor.map(names.persoon),
    status: afspraakStatusLabel(a.status),
  };
}

/** The plan document of an agreed version for one receiver. */
export function planDocument(version: AgreedVersion, voor: ExportFor, options: { planId?: string; filter?: ItemFilter } = {}): PlanDocument {
  const inhoud = version.inhoud;
  const names = namesOf(inhoud);
  const filter = options.filter ?? ALLES;
  const planId = chosenPlanId(inhoud, options.planId);
  const plan = inhoud.plan.plannen.find((p) => p.id === planId);
  const nummers = afspraakNummers(inhoud, planId);
  const inPlan = <T extends { planId: string }>(list: readonly T[]): T[] => list.filter((x) => x.planId === planId);
  const afspraken = inPlan(inhoud.plan.afspraken).filter((a) => filter.afspraak(a));
  const regel = (a: AfspraakInhoud): AfspraakRegel => afspraakRegel(a, nummers.get(a.id) ?? 0, names);
  const byNummer = (x: AfspraakRegel, y: AfspraakRegel): number => x.nummer - y.nummer;
  let doelNummer = 0;
  const zorgen: ZorgBlok[] = [];
  inPlan(inhoud.plan.zorgen).forEach((z, i) => {
    const doelen: DoelBlok[] = [];
    for (const d of inhoud.plan.doelen.filter((x) => x.zorgStatementId === z.id)) {
      doelNummer += 1;
      const eigen = afspraken
        .filter((a) => a.veiligheidsdoelId === d.id)
        .map(regel)
        .sort(byNummer);
      if (eigen.length > 0 || filter.item('doel', d.bronOrgId))
        doelen.push({ nummer: doelNummer, id: d.id, doel: d.doel, hoeLangVolhouden: d.hoeLangVolhouden, afspraken: eigen });
    }
    if (doelen.length > 0 || filter.item('zorg', z.bronOrgId)) {
      zorgen.push({
        nummer: i + 1,
        id: z.id,
        wieMaaktZichZorgen: z.wieMaaktZichZorgen,
        waarover: z.waarover,
        watAlsNietsVerandert: z.watAlsNietsVerandert,
        betwistDoor: z.betwistDoor.map(names.persoon),
        doelen,
      });
    }
  });
  const inDoel = new Set(zorgen.flatMap((z) => z.doelen.flatMap((d) => d.afspraken.map((a) => a.id))));
  const viewer = voor.viewer;
  const profiel = inhoud.gezinsprofiel;
  const werk = inhoud.analyse.hypothesen.find((h) => h.id === inhoud.analyse.werkhypotheseId);
  return {
    kop: exportKop(version, names, voor),
    plan: plan && {
      titel: plan.titel,
      type: planTypeLabel(plan.type),
      status: planStatusLabel(plan.status),
      evaluatieMomenten: plan.evaluatieMomenten.map(datumNl),
      gezinsVersie: plan.gezinsVersie,
    },
    zorgen,
    overigeAfspraken: afspraken
      .filter((a) => !inDoel.has(a.id))
      .map(regel)
      .sort(byNummer),
    signalen: inPlan(inhoud.plan.signalen)
      .map((s, i) => ({ s, nummer: i + 1 }))
      .filter(({ s }) => filter.item('signaal', s.bronOrgId))
      .map(({ s, nummer }) => ({
        nummer,
        id: s.id,
        signaal: s.signaal,
        watDanTeDoen: s.watDanTeDoen,
        bij: s.persoonId === undefined ? undefined : names.persoon(s.persoonId),
      })),
    noodcontacten: inPlan(inhoud.plan.noodcontacten)
      .filter((n) => viewer !== undefined && magZien(viewer, n) && filter.item('noodcontact', n.bronOrgId))
      .map((n) => ({ id: n.id, naam: n.naam, telefoon: n.telefoon, wanneer: n.wanneer })),
    veiligheidsvoorwaarden: inPlan(inhoud.plan.voorwaarden)
      .map((v, i) => ({ v, nummer: i + 1 }))
      .filter(({ v }) => filter.item('voorwaarde', v.bronOrgId, v.gesteldDoorOrgId))
      .map(({ v, nummer }) => ({ nummer, id: v.id, tekst: v.tekst, gesteldDoor: names.organisatie(v.gesteldDoorOrgId) })),
    netwerkRollen: inPlan(inhoud.plan.netwerkRollen)
      .filter((r) => filter.item('netwerkRol', r.bronOrgId))
      .map((r) => ({
        id: r.id,
        wie: names.persoon(r.netwerkLidId),
        taak: r.taak,
        controleertAfspraken: r.controleertAfspraakIds.map((id) => nummers.get(id) ?? 0).filter((n) => n > 0),
      })),
    gezinsprofiel: {
      primair: profiel.primair === undefined ? undefined : profielLabel(profiel.primair),
      secundair: Object.entries(profiel.oordelen)
        .filter(([, o]) => o === 'secundair')
        .map(([p]) => profielLabel(p)),
      uitgesloten: Object.entries(profiel.oordelen)
        .filter(([, o]) => o === 'uitgesloten')
        .map(([p]) => profielLabel(p)),
      machtsongelijkheid: jaNeeLabel(profiel.machtsongelijkheid),
      beschermingsAccent: profiel.beschermingsAccent === undefined ? undefined : accentLabel(profiel.beschermingsAccent),
      toelichting: profiel.toelichting,
    },
    analyse: {
      status: analyseStatusLabel(inhoud.analyse.status),
      werkhypothese: werk && { titel: werk.titel, stelling: werk.stelling },
      andereHypothesen: inhoud.analyse.hypothesen.filter((h) => h !== werk).map((h) => ({ titel: h.titel, status: hypotheseStatusLabel(h.status) })),
      openMeningsverschillen: inhoud.analyse.meningsverschillen
        .filter((m) => !m.opgelost)
        .map((m) => ({ onderwerp: m.onderwerp, standpunten: m.standpunten.map((s) => `${names.persoon(s.wie)}: ${s.standpunt}`) })),
    },
  };
}
