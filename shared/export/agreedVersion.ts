/**
 * "Vaststellen" and reopening: the chair freezes the analysis, gezinsprofiel and plan (and the
 * overleg's verslag) into an agreed version; any peer can later reopen it read-only, check its
 * fingerprint and export it. See docs/exports.md.
 */
import * as Y from 'yjs';
import type { CaseModel, VastgesteldeVersie } from '../model/index.js';
import { listAgreedVersions, recordAgreedVersion, storedAgreedContent } from '../model/agreedVersionStorage.js';
import { AGREED_CONTENT_FORMAT, AGREED_CONTENT_VERSION, type AgreedContent } from './agreedContent.js';
import { buildAgreedContent, canonicalJson } from './canonical.js';
import { ExportError } from './errors.js';
import { fingerprintOf, type DigestPort } from './fingerprint.js';
import type { OpenPunt } from './openPunten.js';
import { nlMoment } from './dates.js';

/** An agreed version as reopened: read-only, everything an export or a diff needs. */
export interface AgreedVersion {
  readonly id: string;
  readonly vingerafdruk: string;
  readonly vastgesteldOp: string;
  readonly vastgesteldDoor: readonly string[];
  readonly aanwezigen: readonly string[];
  readonly overlegId?: string;
  readonly omschrijving?: string;
  /** Agreed while items were still open: which (one sentence each) and the chair's reason. */
  readonly vaststelling?: { readonly openPunten: readonly string[]; readonly reden: string };
  /** Set when the chair withdrew the version (`trekVersieIn`): it is no longer exported. */
  readonly ingetrokken?: { readonly op: string; readonly door: string | undefined; readonly reden: string };
  readonly inhoud: AgreedContent;
  /** The canonical serialisation the fingerprint was computed over. */
  readonly canonical: string;
}

/** What the chair's "Vaststellen" needs. */
export interface VaststellenInput {
  /** The chair (deelnemer id): must be the acting user and the case's voorzitter. */
  readonly voorzitterId: string;
  /** Who attended: deelnemers, gezinsleden or network members. */
  readonly aanwezigen: readonly string[];
  /** The moment of agreement, ISO 8601 (the UI passes its clock; tests a fixed time). */
  readonly op: string;
  /** The overleg it is agreed in; its verslag, besluiten, actiepunten and terugblik become part of the version. */
  readonly overlegId?: string;
  readonly omschrijving?: string;
  /**
   * What the checklist still showed open (openPunten.ts). When any is, `tochReden` must say why
   * the chair agrees all the same; both are recorded in the version and shown on every export.
   */
  readonly openPunten?: readonly OpenPunt[];
  readonly tochReden?: string;
  /** `crypto.subtle` (or anything with its SHA-256 digest). */
  readonly subtle: DigestPort;
}

function isVoorzitter(model: CaseModel, deelnemerId: string): boolean {
  const deelnemer = model.deelnemers.get(deelnemerId);
  if (!deelnemer) return false;
  return deelnemer.rollen.includes('voorzitter') || model.meta.get().voorzitterId === deelnemerId;
}

/**
 * What agreeing means for the live case (DOMAIN.md §7): the analysis and the plans in concept or
 * "afgestemd met het gezin" become vastgesteld, with the day and overleg, and so does the overleg.
 * Written before the content is read, so the version never says "concept" under "Vastgesteld op".
 */
function markeerVastgesteld(model: CaseModel, input: VaststellenInput): void {
  model.doc.transact(() => {
    model.analyse.update({
      status: 'vastgesteld',
      vastgesteldOp: nlMoment(input.op).dag,
      ...(input.overlegId === undefined ? {} : { vastgesteldInOverlegId: input.overlegId }),
    });
    for (const p of model.plannen.list())
      if (p.status === 'concept' || p.status === 'afgestemd_met_gezin') model.plannen.update(p.id, { status: 'vastgesteld' });
    if (input.overlegId !== undefined) model.overleggen.update(input.overlegId, { status: 'vastgesteld' });
  });
}

/**
 * Freezes the current analysis, gezinsprofiel and plan as an agreed version and returns it.
 * Content and Yjs snapshot are taken together, before the (async) hash, so edits that arrive
 * while hashing are not part of the version. Throws ExportError `niet_voorzitter` unless the
 * acting user is the case's voorzitter, `onbekend_overleg` for an overleg that does not exist,
 * `toch_reden_ontbreekt` when items are open and no reason is given.
 */
export async function vaststellen(model: CaseModel, input: VaststellenInput): Promise<AgreedVersion> {
  if (input.voorzitterId !== model.ctx.actor.deelnemerId || !isVoorzitter(model, input.voorzitterId)) throw new ExportError('niet_voorzitter');
  if (input.overlegId !== undefined && !model.overleggen.has(input.overlegId)) throw new ExportError('onbekend_overleg');
  const openPunten = (input.openPunten ?? []).map((p) => p.zin);
  const tochReden = input.tochReden?.trim() ?? '';
  if (openPunten.length > 0 && tochReden === '') throw new ExportError('toch_reden_ontbreekt');
  markeerVastgesteld(model, input);
  const inhoud = buildAgreedContent(model, input.overlegId);
  const canonical = canonicalJson(inhoud);
  const yjsSnapshot = Y.encodeSnapshot(Y.snapshot(model.doc));
  const vingerafdruk = await fingerprintOf(canonical, input.subtle);
  const id = recordAgreedVersion(model, {
    inhoud: canonical,
    yjsSnapshot,
    vingerafdruk,
    vastgesteldOp: input.op,
    vastgesteldDoor: [input.voorzitterId],
    aanwezigen: [...new Set(input.aanwezigen)],
    omvat: input.overlegId === undefined ? ['analyse', 'gezinsprofiel', 'plan'] : ['analyse', 'gezinsprofiel', 'plan', 'verslag'],
    overlegId: input.overlegId,
    omschrijving: input.omschrijving,
    ...(openPunten.length > 0 ? { openPunten, tochReden } : {}),
  });
  return openAgreedVersion(model, id);
}

/** What the chair's "Versie intrekken" needs. */
export interface IntrekkenInput {
  readonly versieId: string;
  /** The chair (deelnemer id): must be the acting user and the case's voorzitter. */
  readonly voorzitterId: string;
  readonly reden: string;
  /** ISO 8601 (the UI passes its clock). */
  readonly op: string;
}

/**
 * Withdraws an agreed version: it stays in the list, readable and verifiable, marked with when,
 * by whom and why; exporting it is refused from then on. Withdrawing again changes nothing.
 */
export function trekVersieIn(model: CaseModel, input: IntrekkenInput): void {
  if (input.voorzitterId !== model.ctx.actor.deelnemerId || !isVoorzitter(model, input.voorzitterId)) throw new ExportError('niet_voorzitter_intrekken');
  const v = model.versies.get(input.versieId);
  if (v === undefined) throw new ExportError('onbekende_versie');
  const reden = input.reden.trim();
  if (reden === '') throw new ExportError('reden_ontbreekt');
  if (v.ingetrokkenOp !== undefined) return;
  model.versies.update(input.versieId, { ingetrokkenOp: input.op, ingetrokkenDoor: input.voorzitterId, intrekReden: reden });
}

function parseContent(canonical: string): AgreedContent {
  let value: unknown;
  try {
    value = JSON.parse(canonical);
  } catch {
    throw new ExportError('inhoud_onleesbaar');
  }
  const v = value as Partial<AgreedContent> | null;
  if (typeof v !== 'object' || v === null || v.formaat !== AGREED_CONTENT_FORMAT) throw new ExportError('inhoud_onleesbaar');
  const versie: unknown = v.versie;
  if (typeof versie !== 'number' || !Number.isInteger(versie) || versie < 1) throw new ExportError('inhoud_onleesbaar');
  // Every layout up to ours is read as it is: later layouts only add fields.
  if (versie > AGREED_CONTENT_VERSION) throw new ExportError('inhoud_te_nieuw');
  return v as AgreedContent;
}

function toAgreedVersion(v: VastgesteldeVersie, canonical: string): AgreedVersion {
  return {
    id: v.id,
    vingerafdruk: v.vingerafdruk,
    vastgesteldOp: v.vastgesteldOp,
    vastgesteldDoor: v.vastgesteldDoor,
    aanwezigen: v.aanwezigen,
    overlegId: v.overlegId,
    omschrijving: v.omschrijving,
    ...(v.openPunten.length > 0 ? { vaststelling: { openPunten: v.openPunten, reden: v.tochReden ?? '' } } : {}),
    ...(v.ingetrokkenOp === undefined ? {} : { ingetrokken: { op: v.ingetrokkenOp, door: v.ingetrokkenDoor, reden: v.intrekReden ?? '' } }),
    inhoud: parseContent(canonical),
    canonical,
  };
}

/** Reopens an agreed version read-only. Throws `onbekende_versie` or `inhoud_ontbreekt`. */
export function openAgreedVersion(model: CaseModel, versieId: string): AgreedVersion {
  const v = model.versies.get(versieId);
  if (!v) throw new ExportError('onbekende_versie');
  const stored = storedAgreedContent(model.doc, versieId);
  if (!stored) throw new ExportError('inhoud_ontbreekt');
  return toAgreedVersion(v, stored.inhoud);
}

/** An agreed version in a list: its record and whether this case holds its content. */
export interface AgreedVersionSummary {
  readonly versie: VastgesteldeVersie;
  readonly inhoudAanwezig: boolean;
}

/** Agreed versions, oldest first, for the versions list. */
export function agreedVersions(model: CaseModel): AgreedVersionSummary[] {
  return listAgreedVersions(model).map((versie) => ({ versie, inhoudAanwezig: storedAgreedContent(model.doc, versie.id) !== undefined }));
}

/** True if the stored content still hashes to the recorded fingerprint. */
export async function verifyAgreedVersion(version: AgreedVersion, subtle: DigestPort): Promise<boolean> {
  return (await fingerprintOf(version.canonical, subtle)) === version.vingerafdruk;
}
