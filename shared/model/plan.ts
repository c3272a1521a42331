/**
 * The plan (veiligheidsplan / integraal plan, docs/domain.md §3): zorg statements, veiligheidsdoelen,
 * veiligheidsvoorwaarden, afspraken per fase (wie, wat, wanneer, wie controleert, status), signalen,
 * noodcontacten (restricted), netwerk roles, evaluation dates and a plain-language family version.
 * Each part is its own collection owned by a plan, so experts add items concurrently without loss.
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, tekstSchema, zichtbaarVoorSchema } from './fields.js';
import { richTextSchema, emptyRichDoc } from './richText.js';
import { defineCollection } from './spec.js';

const rich = richTextSchema.default(emptyRichDoc);

/** Phases of gefaseerd samenwerken aan veiligheid (docs/domain.md §3.1). */
export const FASEN = ['directe_veiligheid', 'stabiele_veiligheid', 'risicogestuurde_zorg', 'herstel'] as const;
/** A phase. */
export type Fase = (typeof FASEN)[number];
/** Schema of a phase. */
export const faseSchema = z.enum(FASEN);

/**
 * Forms of contact the gezinsprofiel's check looks for (shared/profielen/planToets.ts): marked on an
 * afspraak or actiepunt so the check need not guess from words. With intieme terreur a joint
 * conversation of both partners, relatietherapie, mediation or a handover supervised by family is
 * contra-indicated (docs/domain.md §2.2).
 */
export const CONTACTVORMEN = ['gezamenlijk_gesprek_partners', 'relatietherapie', 'mediation', 'overdracht_door_familie'] as const;
/** A marked form of contact. */
export type Contactvorm = (typeof CONTACTVORMEN)[number];
/** Schema of the marked forms of contact (absent: none marked). */
export const contactvormenSchema = z.array(z.enum(CONTACTVORMEN)).optional();

/** Who an afspraak or check is for: a gezinslid, a network member or a professional. */
const ACTOR_COLLECTIONS = ['personen', 'netwerk', 'deelnemers'] as const;

/** A plan. */
export const plannen = defineCollection({
  name: 'plannen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    type: z.enum(['veiligheidsplan', 'integraal_plan', 'gezinsplan', 'analyse_en_herstelplan']),
    titel: kortSchema.min(1),
    status: z.enum(['concept', 'afgestemd_met_gezin', 'vastgesteld', 'geevalueerd', 'vervallen']).default('concept'),
    evaluatieMomenten: z.array(dagSchema).default([]),
    /** The plan in the family's words (child-friendly). */
    gezinsVersie: rich,
  }),
  refs: [],
});

/** A danger (zorg) statement: who worries, about what, what happens if nothing changes. */
export const zorgStatements = defineCollection({
  name: 'zorgStatements',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    planId: idSchema,
    wieMaaktZichZorgen: kortSchema.min(1),
    waarover: tekstSchema.min(1),
    watAlsNietsVerandert: tekstSchema,
    /** Gezinsleden who dispute the statement (their view is recorded, not overruled). */
    betwistDoor: z.array(idSchema).default([]),
    /**
     * The safety-scale score (0-10) the table agreed it must see before scaling down (Signs of
     * Safety: what professionals must see to step down or close [I2]); checked at afschalen.
     */
    afschaalNiveau: z.number().int().min(0).max(10).optional(),
  }),
  refs: [
    { field: 'planId', to: ['plannen'] },
    { field: 'betwistDoor', to: ['personen', 'netwerk'] },
  ],
});

/** A safety goal paired with a zorg statement. */
export const veiligheidsdoelen = defineCollection({
  name: 'veiligheidsdoelen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    zorgStatementId: idSchema,
    doel: rich,
    hoeLangVolhouden: kortSchema.optional(),
  }),
  refs: [{ field: 'zorgStatementId', to: ['zorgStatements'] }],
});

/** A minimum condition (bodemeis), usually set by Veilig Thuis. */
export const veiligheidsvoorwaarden = defineCollection({
  name: 'veiligheidsvoorwaarden',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    planId: idSchema,
    tekst: tekstSchema.min(1),
    gesteldDoorOrgId: idSchema,
  }),
  refs: [
    { field: 'planId', to: ['plannen'] },
    { field: 'gesteldDoorOrgId', to: ['organisaties'] },
  ],
});

/** An agreement: wie, wat, wanneer, wie controleert, status. */
export const afspraken = defineCollection({
  name: 'afspraken',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    planId: idSchema,
    /** The safety goal this agreement serves (and through it, the zorg); absent when not yet linked. */
    veiligheidsdoelId: idSchema.optional(),
    fase: faseSchema,
    wie: z.array(idSchema).default([]),
    wat: rich,
    wanneer: kortSchema,
    waar: kortSchema.optional(),
    controleDoor: z.array(idSchema).default([]),
    contactvormen: contactvormenSchema,
    status: z.enum(['actief', 'nagekomen', 'niet_nagekomen', 'gewijzigd', 'vervallen']).default('actief'),
  }),
  refs: [
    { field: 'planId', to: ['plannen'] },
    { field: 'veiligheidsdoelId', to: ['veiligheidsdoelen'] },
    { field: 'wie', to: ACTOR_COLLECTIONS },
    { field: 'controleDoor', to: ACTOR_COLLECTIONS },
  ],
});

/** An early warning sign and what to do then. */
export const signalen = defineCollection({
  name: 'signalen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    planId: idSchema,
    persoonId: idSchema.optional(),
    signaal: tekstSchema.min(1),
    watDanTeDoen: tekstSchema,
  }),
  refs: [
    { field: 'planId', to: ['plannen'] },
    { field: 'persoonId', to: ['personen'] },
  ],
});

/** An emergency contact. Restricted: only `zichtbaarVoor` may see it. */
export const noodcontacten = defineCollection({
  name: 'noodcontacten',
  gevoeligheid: 'geheim',
  restrictedEntity: true,
  schema: z.strictObject({
    planId: idSchema,
    // May be empty: a sealed noodcontact keeps only an empty shell here (afgeschermd.ts); the form asks for a name.
    naam: kortSchema,
    telefoon: kortSchema,
    wanneer: kortSchema,
    zichtbaarVoor: zichtbaarVoorSchema,
  }),
  refs: [{ field: 'planId', to: ['plannen'] }],
});

/** A network member's task in the plan, and which agreements they check. */
export const netwerkRollen = defineCollection({
  name: 'netwerkRollen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    planId: idSchema,
    netwerkLidId: idSchema,
    taak: tekstSchema.min(1),
    controleertAfspraakIds: z.array(idSchema).default([]),
  }),
  refs: [
    { field: 'planId', to: ['plannen'] },
    { field: 'netwerkLidId', to: ['netwerk'] },
    { field: 'controleertAfspraakIds', to: ['afspraken'] },
  ],
});
