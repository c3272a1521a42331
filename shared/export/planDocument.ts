/**
 * The plan document: a pure function from an agreed version to what an export of the plan shows,
 * in plain Dutch — the whole agreed case (analysis, tijdlijn, risicotaxaties, gezinsprofiel with
 * the experts' own positions, the plan, and the meeting's besluiten and actiepunten) — already
 * filtered for the receiver (restricted noodcontacten only when both the exporting viewer and the
 * receiving organisation may see them). Writers (markdown.ts, html.ts, docx.ts, pdf.ts) only lay it out.
 */
import { isTeLaat, magZien, type Rol } from '../model/index.js';
import type { AfspraakInhoud, AgreedContent, NoodcontactInhoud } from './agreedContent.js';
import type { AgreedVersion } from './agreedVersion.js';
import { analyseDocument, type AnalyseDocument } from './analyseDocument.js';
import { datumNl, nlMoment, wanneerNl } from './dates.js';
import { exportKop, type ExportFor, type ExportKop } from './header.js';
import { afspraakStatusLabel, faseLabel, planTypeLabel } from './labels.js';
import { namesOf, type Names } from './names.js';
import { verslagDocument, type VerslagDocument, type VerslagFilter } from './verslag.js';

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
  /** Agreed while items were still open: which, and the chair's reason. */
  readonly vaststelling?: { readonly openPunten: readonly string[]; readonly reden: string };
  readonly plan?: {
    readonly titel: string;
    readonly type: string;
    readonly evaluatieMomenten: readonly string[];
    readonly gezinsVersie: string;
  };
  /** The verklarende analyse, tijdlijn, risicotaxaties and gezinsprofiel the plan rests on. */
  readonly analyse: AnalyseDocument;
  /** The besluiten and actiepunten of the overleg it was agreed in (undefined outside an overleg). */
  readonly verslag?: VerslagDocument;
  readonly zorgen: readonly ZorgBlok[];
  /** Afspraken not (or no longer) linked to a veiligheidsdoel. */
  readonly overigeAfspraken: readonly AfspraakRegel[];
  readonly signalen: readonly SignaalRegel[];
  readonly noodcontacten: readonly NoodcontactRegel[];
  readonly veiligheidsvoorwaarden: readonly VoorwaardeRegel[];
  readonly netwerkRollen: readonly NetwerkRolRegel[];
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

/** The status an afspraak had when the plan was agreed, "te laat" included (as the app says it). */
function afspraakStatus(a: AfspraakInhoud, dag: string): string {
  const status = afspraakStatusLabel(a.status);
  return isTeLaat({ wanneer: a.wanneer, status: a.status }, dag) ? `${status}, te laat: de datum was voorbij bij het vaststellen` : status;
}

/**
 * True if the receiving organisation may see a restricted value: one of its deelnemers is named
 * on it, by id or by a role they hold at the table.
 */
export function organisatieMagZien(inhoud: AgreedContent, orgId: string, value: NoodcontactInhoud): boolean {
  return inhoud.namen.deelnemers.some((d) => d.organisatieId === orgId && magZien({ deelnemerId: d.id, orgId, rollen: d.rollen as readonly Rol[] }, value));
}

function afspraakRegel(a: AfspraakInhoud, nummer: number, names: Names, dag: string): AfspraakRegel {
  return {
    nummer,
    id: a.id,
    fase: faseLabel(a.fase),
    wie: a.wie.map(names.persoon),
    wat: a.wat,
    wanneer: wanneerNl(a.wanneer),
    waar: a.waar,
    controleDoor: a.controleDoor.map(names.persoon),
    status: afspraakStatus(a, dag),
  };
}

/** Options of the plan document; the per-organisation extract narrows the items (extract.ts). */
export interface PlanOptions {
  readonly planId?: string;
  readonly filter?: ItemFilter;
  readonly verslagFilter?: VerslagFilter;
}

/** The plan document of an agreed version for one receiver. */
export function planDocument(version: AgreedVersion, voor: ExportFor, options: PlanOptions = {}): PlanDocument {
  const inhoud = version.inhoud;
  const names = namesOf(inhoud);
  const filter = options.filter ?? ALLES;
  const planId = chosenPlanId(inhoud, options.planId);
  const plan = inhoud.plan.plannen.find((p) => p.id === planId);
  const nummers = afspraakNummers(inhoud, planId);
  const dag = nlMoment(version.vastgesteldOp).dag;
  const inPlan = <T extends { planId: string }>(list: readonly T[]): T[] => list.filter((x) => x.planId === planId);
  const afspraken = inPlan(inhoud.plan.afspraken).filter((a) => filter.afspraak(a));
  const regel = (a: AfspraakInhoud): AfspraakRegel => afspraakRegel(a, nummers.get(a.id) ?? 0, names, dag);
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
  return {
    kop: exportKop(version, names, voor),
    vaststelling: version.vaststelling,
    plan: plan && {
      titel: plan.titel,
      type: planTypeLabel(plan.type),
      evaluatieMomenten: plan.evaluatieMomenten.map(datumNl),
      gezinsVersie: plan.gezinsVersie,
    },
    analyse: analyseDocument(inhoud, names),
    verslag: verslagDocument(version, voor, options.verslagFilter),
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
      .filter(
        (n) => viewer !== undefined && magZien(viewer, n) && organisatieMagZien(inhoud, voor.ontvangerOrgId, n) && filter.item('noodcontact', n.bronOrgId),
      )
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
  };
}
