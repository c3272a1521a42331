/**
 * A case's summary for the chair's table (docs/mijn-tafel.md): what "Mijn tafel" and the region's
 * figures read, so neither has to open and decrypt every case document each time the start screen
 * is shown. It is made on this device from the case as this device's user may see it (need-to-know
 * holds: annotations they may not read are not counted, restricted values are never read), and it
 * is kept only inside the case's sealed entry of the local case list (shared/sync/local/caseIndex.ts),
 * like the title. The relay never sees it.
 *
 * Everything here is read with the model's own readers: the phase and its moves from
 * `levensloopStand`, the milestones from `doorlooptijden`, the safety scales below their agreed
 * level and the evaluation moments from `openBijAfschalen`, the organisations at the table from
 * `organisatiesMetDeelnemers`. Dates that depend on today (overdue, this week, the next meeting) are
 * worked out when the summary is shown, from the dates kept here.
 */
import { z } from 'zod';
import {
  AFSLUITREDENEN,
  LEVENSFASEN,
  PROFIELEN,
  doorlooptijden,
  levensloopStand,
  magAnnotatieZien,
  openBijAfschalen,
  organisatiesMetDeelnemers,
  type CaseModel,
  type CollectionName,
  type Viewer,
} from '../model/index.js';
import { ORGANISATIE_TYPES } from '../model/gezin.js';

/** Bump when what a summary holds changes: older summaries are made again from the case. */
export const SAMENVATTING_VERSIE = 1;

const dag = z.iso.date();
const kort = z.string().max(200);
const id = z.string().min(1).max(100);

/** The collections an annotation may point at, as the summary records them (renderer maps them to a part). */
const DOEL_COLLECTIES = [
  'secties',
  'factoren',
  'hypothesen',
  'gebeurtenissen',
  'plannen',
  'afspraken',
  'overleggen',
  'besluiten',
] as const satisfies readonly CollectionName[];

export const samenvattingSchema = z.object({
  versie: z.number().int(),
  /** The deelnemer this device's user is in the case (for "mijn actiepunten"). */
  ikId: z.string().max(100),
  /** True if the user chairs the case (voorzitter, casusregisseur, procesregisseur or coördinator among their roles). */
  voorzitter: z.boolean(),
  fase: z.enum(LEVENSFASEN),
  faseSinds: dag.optional(),
  /** Meetings not yet agreed (gepland or bezig), with their date. */
  overleggen: z.array(z.object({ id, datum: dag, type: kort })).max(200),
  /** Evaluation moments of plans still in force, from the day the summary was made. */
  evaluatieMomenten: z.array(dag).max(200),
  /** Open actiepunten, each with its owner and organisation by name. */
  actiepunten: z
    .array(z.object({ id, omschrijving: kort, deadline: dag, eigenaarId: z.string().max(100), eigenaar: kort, orgId: z.string().max(100), organisatie: kort }))
    .max(1000),
  /** Open vragen and bezwaren the user may read, with the collection of what they point at. */
  annotaties: z.array(z.object({ id, soort: z.enum(['vraag', 'bezwaar']), doel: z.enum(DOEL_COLLECTIES).optional() })).max(1000),
  /** Safety scales whose latest score is below the level agreed for scaling down. */
  schalenOnder: z.array(z.object({ zorg: kort, score: z.number().int(), niveau: z.number().int() })).max(200),
  /** The day the plan was first agreed (a vastgestelde versie holding the plan, not withdrawn). */
  planVastgesteldOp: dag.optional(),
  /** Content-free facts for the region's figures (no names, no text). */
  cijfers: z.object({
    aanmelding: dag.optional(),
    eersteOverleg: dag.optional(),
    afschalen: dag.optional(),
    afsluiten: dag.optional(),
    /** Every recorded move: to which phase, when, and whether it went back (from which phase). */
    overgangen: z.array(z.object({ van: z.enum(LEVENSFASEN), naar: z.enum(LEVENSFASEN), datum: dag })).max(500),
    triage: z.object({ besluit: z.enum(['opnemen', 'niet_opnemen']), datum: dag }).optional(),
    gezinsprofiel: z.enum(PROFIELEN).optional(),
    afsluitreden: z.enum(AFSLUITREDENEN).optional(),
    organisatieTypes: z.array(z.enum(ORGANISATIE_TYPES)).max(50),
    fictief: z.boolean(),
  }),
});

/** A case's summary for the chair's table. */
export type Samenvatting = z.infer<typeof samenvattingSchema>;

const VOORZITTER_ROLLEN = ['voorzitter', 'casusregisseur', 'procesregisseur', 'coordinator'] as const;

const inkorten = (text: string, max = 120): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The person the model acts for, as a viewer of restricted things. */
function kijkerVan(model: CaseModel): Viewer {
  const me = model.deelnemers.get(model.ctx.actor.deelnemerId);
  return { deelnemerId: model.ctx.actor.deelnemerId, orgId: me?.organisatieId ?? model.ctx.actor.orgId, rollen: me?.rollen ?? [] };
}

/** The summary of `model`'s case as the model's actor may see it, on `vandaag`. */
export function samenvattingVan(model: CaseModel, vandaag: string): Samenvatting {
  const kijker = kijkerVan(model);
  const stand = levensloopStand(model);
  const mijlpalen = new Map(doorlooptijden(model, vandaag).map((m) => [m.soort, m.datum]));
  const open = openBijAfschalen(model, vandaag);
  const deelnemer = (dn: string): string => model.deelnemers.get(dn)?.naam ?? '';
  const organisatie = (org: string): string => model.organisaties.get(org)?.naam ?? '';
  const meta = model.meta.get();
  const primair = model.gezinsprofiel.get().primair;
  const organisatieTypes = new Set(
    organisatiesMetDeelnemers(model)
      .map((o) => model.organisaties.get(o.id)?.type)
      .filter((t) => t !== undefined),
  );
  const afsluitreden = stand.afsluiting?.reden;
  const triage = stand.triage;
  return {
    versie: SAMENVATTING_VERSIE,
    ikId: kijker.deelnemerId,
    voorzitter: kijker.rollen.some((r) => (VOORZITTER_ROLLEN as readonly string[]).includes(r)),
    fase: stand.fase,
    ...(stand.sinds === undefined ? {} : { faseSinds: stand.sinds }),
    overleggen: model.overleggen
      .list()
      .filter((o) => o.status === 'gepland' || o.status === 'bezig')
      .map((o) => ({ id: o.id, datum: o.datum, type: o.type }))
      .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0)),
    evaluatieMomenten: [...new Set(open.flatMap((p) => (p.soort === 'evaluatiemoment' ? [p.datum] : [])))].sort(),
    actiepunten: model.actiepunten
      .list()
      .filter((a) => a.status === 'open')
      .map((a) => ({
        id: a.id,
        omschrijving: inkorten(a.omschrijving),
        deadline: a.deadline,
        eigenaarId: a.eigenaarDeelnemerId,
        eigenaar: inkorten(deelnemer(a.eigenaarDeelnemerId)),
        orgId: a.eigenaarOrgId,
        organisatie: inkorten(organisatie(a.eigenaarOrgId)),
      })),
    annotaties: model.annotaties
      .list()
      .filter((a) => a.status === 'open' && (a.soort === 'vraag' || a.soort === 'bezwaar') && magAnnotatieZien(kijker, a))
      .map((a) => {
        const doel = DOEL_COLLECTIES.find((c) => model[c].has(a.doelId));
        return { id: a.id, soort: a.soort as 'vraag' | 'bezwaar', ...(doel === undefined ? {} : { doel }) };
      }),
    schalenOnder: open.flatMap((p) => (p.soort === 'schaal' ? [{ zorg: inkorten(p.zorg), score: p.score, niveau: p.niveau }] : [])),
    ...(mijlpalen.get('plan_vastgesteld') === undefined ? {} : { planVastgesteldOp: mijlpalen.get('plan_vastgesteld')! }),
    cijfers: {
      ...(mijlpalen.get('aanmelding') === undefined ? {} : { aanmelding: mijlpalen.get('aanmelding')! }),
      ...(mijlpalen.get('eerste_overleg') === undefined ? {} : { eersteOverleg: mijlpalen.get('eerste_overleg')! }),
      ...(mijlpalen.get('afschalen') === undefined ? {} : { afschalen: mijlpalen.get('afschalen')! }),
      ...(mijlpalen.get('afsluiten') === undefined ? {} : { afsluiten: mijlpalen.get('afsluiten')! }),
      overgangen: stand.overgangen.map((o) => ({ van: o.van, naar: o.naar, datum: o.datum })),
      ...(triage === undefined ? {} : { triage: { besluit: triage.besluit, datum: triage.datum } }),
      ...(primair === undefined ? {} : { gezinsprofiel: primair }),
      ...(afsluitreden === undefined ? {} : { afsluitreden }),
      organisatieTypes: [...organisatieTypes].sort(),
      fictief: meta.fictief === true,
    },
  };
}
