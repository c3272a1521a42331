/**
 * A case from aanmelding to afsluiten (docs/case-model.md, "Levensloop"): the phases as the field
 * names them, each move between them as an entry (date, who, reason, the meeting), the triage
 * decision, the structured judgement of acute and structurele onveiligheid, the closing, and each
 * organisation's receipt of its final extract. Everything is a collection of its own, so entries
 * people make at the same time all survive a merge; which one counts is decided on read
 * (levensloopStand.ts), the same on every device.
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, momentSchema, tekstSchema } from './fields.js';
import { defineCollection } from './spec.js';

/**
 * The phases of a case, in order (where each name comes from: docs/case-model.md, "Levensloop").
 * `nazorg` follows the closing when follow-up moments were agreed; `afgesloten` is the end, after
 * which the shared copy's bewaartermijn runs.
 */
export const LEVENSFASEN = ['aanmelding', 'triage', 'analyse', 'plan', 'uitvoering_monitoring', 'afschalen', 'nazorg', 'afgesloten'] as const;
/** A phase of the case. */
export type Levensfase = (typeof LEVENSFASEN)[number];
/** Schema of a phase. */
export const levensfaseSchema = z.enum(LEVENSFASEN);

/** Phases reached only by closing the case (`afsluiten`), never by a plain move. */
export const AFSLUITFASEN: readonly Levensfase[] = ['nazorg', 'afgesloten'];

/** True if `naar` lies before `van` in the case's course (a back-step, e.g. a hermelding during nazorg). */
export function isTerugstap(van: Levensfase, naar: Levensfase): boolean {
  return LEVENSFASEN.indexOf(naar) < LEVENSFASEN.indexOf(van);
}

/** A move of the case from one phase to another. */
export const faseOvergangen = defineCollection({
  name: 'faseOvergangen',
  gevoeligheid: 'normaal',
  schema: z.strictObject({
    van: levensfaseSchema,
    naar: levensfaseSchema,
    /** The day it took effect (usually the day of the meeting that agreed it). */
    datum: dagSchema,
    reden: tekstSchema.min(1),
    overlegId: idSchema.optional(),
    /** The move this one followed (the current one when it was made): two moves after the same one were made at the same time. */
    vorigeId: idSchema.optional(),
    /** What was still open when the chair went on (afschalen, afsluiten), in sentences. */
    openBijOvergang: z.array(kortSchema).max(200).default([]),
    /** Why the chair went on despite what was open. */
    doorgaanReden: tekstSchema.optional(),
    /** Set when the move is the closing of the case. */
    afsluitingId: idSchema.optional(),
  }),
  refs: [
    { field: 'overlegId', to: ['overleggen'] },
    { field: 'vorigeId', to: ['faseOvergangen'] },
    { field: 'afsluitingId', to: ['afsluitingen'] },
  ],
});

/**
 * Criteria for bringing a case into MDA++ (docs/domain.md §4.1 step 2 and §0: structurele
 * onveiligheid met herhaling [M6], ernstige of acute onveiligheid [M1], meerdere partijen nodig
 * [M6], eerdere hulp bracht onvoldoende veiligheid [T8] afweging 5, problemen op meerdere
 * leefgebieden (regionaal programma, "Preventie met gezag")).
 */
export const TRIAGE_CRITERIA = [
  'structurele_onveiligheid',
  'acute_onveiligheid',
  'meerdere_partijen',
  'eerdere_hulp_onvoldoende',
  'meerdere_leefgebieden',
] as const;
/** Where a case goes when it is not taken into MDA++. */
export const VERWIJZINGEN = ['lokaal_team', 'veilig_thuis', 'reguliere_hulp', 'zorg_en_veiligheidshuis', 'strafrecht', 'overig'] as const;

/** The triage decision: take the case into MDA++ or not, on which criteria, and why. */
export const triagebesluiten = defineCollection({
  name: 'triagebesluiten',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    besluit: z.enum(['opnemen', 'niet_opnemen']),
    criteria: z.array(z.enum(TRIAGE_CRITERIA)).default([]),
    onderbouwing: tekstSchema.min(1),
    /** Where the case goes instead (required when it is not taken in). */
    verwijzing: z.enum(VERWIJZINGEN).optional(),
    verwijzingToelichting: kortSchema.optional(),
    datum: dagSchema,
    overlegId: idSchema.optional(),
  }),
  refs: [{ field: 'overlegId', to: ['overleggen'] }],
});

/** An answer to "is there …?": yes, no, not known yet. */
export const JA_NEE_ONBEKEND = ['ja', 'nee', 'onbekend'] as const;

/**
 * The judgement of acute and structurele onveiligheid (regionaal programma §4: "een splitsing
 * tussen acties gericht op acute onveiligheid en acties gericht op structurele onveiligheid";
 * meldcode afweging 2 [T8]). Each judgement is kept; the latest counts.
 */
export const onveiligheidsoordelen = defineCollection({
  name: 'onveiligheidsoordelen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    acuut: z.enum(JA_NEE_ONBEKEND),
    structureel: z.enum(JA_NEE_ONBEKEND),
    onderbouwing: tekstSchema.min(1),
    datum: dagSchema,
    overlegId: idSchema.optional(),
  }),
  refs: [{ field: 'overlegId', to: ['overleggen'] }],
});

/** Why a case was closed. */
export const AFSLUITREDENEN = ['doelen_bereikt', 'overgedragen', 'gezin_verhuisd', 'niet_passend', 'niet_opgenomen', 'overig'] as const;
/** A reason for closing. */
export type Afsluitreden = (typeof AFSLUITREDENEN)[number];

/** The closing of the case in a meeting. */
export const afsluitingen = defineCollection({
  name: 'afsluitingen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    datum: dagSchema,
    reden: z.enum(AFSLUITREDENEN),
    toelichting: tekstSchema.optional(),
    /** The organisation at the table that carries on with the family (the plan travels with it). */
    overgedragenAanOrgId: idSchema.optional(),
    /** Or one that is not at the table, by name. */
    overgedragenAan: kortSchema.optional(),
    /** The last agreed version: what the final extracts and the handover are made from. */
    versieId: idSchema.optional(),
    overlegId: idSchema.optional(),
    /** Agreed follow-up checks (e.g. after 3 and 12 months); none means the case is closed at once. */
    nazorgMomenten: z.array(dagSchema).max(20).default([]),
  }),
  refs: [
    { field: 'overgedragenAanOrgId', to: ['organisaties'] },
    { field: 'versieId', to: ['versies'] },
    { field: 'overlegId', to: ['overleggen'] },
  ],
});

/** The documents an organisation receives at the close. */
export const AFSLUITSTUKKEN = ['einduittreksel', 'overdracht'] as const;

/**
 * An organisation confirms, on its own member's device, that it received (and filed in its own
 * record) its final extract or the handover made from an agreed version.
 */
export const ontvangstbevestigingen = defineCollection({
  name: 'ontvangstbevestigingen',
  gevoeligheid: 'normaal',
  schema: z.strictObject({
    versieId: idSchema,
    organisatieId: idSchema,
    stuk: z.enum(AFSLUITSTUKKEN),
    /** The fingerprint of the version the document was made from (what the receiver checked). */
    vingerafdruk: kortSchema.min(1),
    bevestigdOp: momentSchema,
  }),
  refs: [
    { field: 'versieId', to: ['versies'] },
    { field: 'organisatieId', to: ['organisaties'] },
  ],
});
