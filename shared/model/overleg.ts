/**
 * Overleggen (docs/domain.md §4.2): attendance with organisation, role and confidentiality
 * acknowledgement; agenda; besluiten with onderbouwing and tegenspraak; actiepunten whose status
 * tells "niet gedaan" from "niet mogelijk door gewijzigde omstandigheden" [R5].
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, momentSchema, rolSchema, tekstSchema } from './fields.js';
import { richTextSchema, emptyRichDoc } from './richText.js';
import { aanwezigheidBewaking, besluitBewaking } from './persoonlijk.js';
import { defineCollection } from './spec.js';

const rich = richTextSchema.default(emptyRichDoc);

/** A meeting. */
export const overleggen = defineCollection({
  name: 'overleggen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    type: z.enum(['triage', 'casusoverleg', 'netwerkbijeenkomst', 'evaluatie', 'spoed']),
    datum: dagSchema,
    voorzitterId: idSchema.optional(),
    notulistId: idSchema.optional(),
    agenda: z.array(kortSchema.min(1)).default([]),
    verslag: rich,
    wegingEnKwalificatie: rich,
    status: z.enum(['gepland', 'bezig', 'concept_verslag', 'vastgesteld']).default('gepland'),
    /** When the meeting began (status 'bezig'), so every device's meeting clock shows the same time. */
    gestartOp: momentSchema.optional(),
  }),
  refs: [
    { field: 'voorzitterId', to: ['deelnemers'] },
    { field: 'notulistId', to: ['deelnemers'] },
  ],
});

/** Who attended (or sent information instead), for which organisation and in which role. */
export const aanwezigheid = defineCollection({
  name: 'aanwezigheid',
  gevoeligheid: 'normaal',
  schema: z.strictObject({
    overlegId: idSchema,
    /** A deelnemer, gezinslid or network member. */
    wie: idSchema,
    organisatieId: idSchema.optional(),
    rol: z.union([rolSchema, z.enum(['gezinslid', 'netwerk'])]),
    aanwezig: z.enum(['aanwezig', 'afwezig_met_informatie', 'afwezig']).default('aanwezig'),
    informatieOntvangenOp: dagSchema.optional(),
    vertrouwelijkheidBevestigd: z.boolean().default(false),
    vertrouwelijkheidBevestigdOp: momentSchema.optional(),
    /** The device that confirmed it (persoonlijk.ts): the attendee's own. */
    vertrouwelijkheidApparaatId: idSchema.optional(),
  }),
  refs: [
    { field: 'overlegId', to: ['overleggen'] },
    { field: 'wie', to: ['deelnemers', 'personen', 'netwerk'] },
    { field: 'organisatieId', to: ['organisaties'] },
  ],
  bewaking: aanwezigheidBewaking,
});

/** A decision with its reasoning and tegenspraak. */
export const besluiten = defineCollection({
  name: 'besluiten',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    overlegId: idSchema.optional(),
    datum: dagSchema,
    tekst: tekstSchema.min(1),
    onderbouwing: rich,
    genomenDoor: z.array(idSchema).default([]),
    tegenspraakDoor: idSchema.optional(),
    tegenspraak: tekstSchema.optional(),
    /** The device that recorded the tegenspraak (persoonlijk.ts): its author's own. */
    tegenspraakApparaatId: idSchema.optional(),
    gezinGeinformeerd: z.boolean().default(false),
    reactieGezin: tekstSchema.optional(),
    raaktAan: z.array(z.enum(['plan', 'fase', 'afschaling', 'melding', 'maatregel'])).default([]),
  }),
  refs: [
    { field: 'overlegId', to: ['overleggen'] },
    { field: 'genomenDoor', to: ['deelnemers'] },
    { field: 'tegenspraakDoor', to: ['deelnemers'] },
  ],
  bewaking: besluitBewaking,
});

/** Statuses of an actiepunt. */
export const ACTIEPUNT_STATUSSEN = ['open', 'gedaan', 'niet_gedaan', 'niet_mogelijk_gewijzigde_omstandigheden', 'vervallen'] as const;

/** An action item with owner, deadline and status. */
export const actiepunten = defineCollection({
  name: 'actiepunten',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    overlegId: idSchema.optional(),
    besluitId: idSchema.optional(),
    omschrijving: tekstSchema.min(1),
    eigenaarDeelnemerId: idSchema,
    eigenaarOrgId: idSchema,
    deadline: dagSchema,
    status: z.enum(ACTIEPUNT_STATUSSEN).default('open'),
    terugkoppeling: tekstSchema.optional(),
    gereviewdInOverlegId: idSchema.optional(),
  }),
  refs: [
    { field: 'overlegId', to: ['overleggen'] },
    { field: 'besluitId', to: ['besluiten'] },
    { field: 'eigenaarDeelnemerId', to: ['deelnemers'] },
    { field: 'eigenaarOrgId', to: ['organisaties'] },
    { field: 'gereviewdInOverlegId', to: ['overleggen'] },
  ],
});
