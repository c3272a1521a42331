/**
 * The gezinsprofiel assessment (docs/domain.md §2): exactly the five Verwey-Jonker/Augeo profiles, one
 * primary at most, secondary and explicitly excluded ones, indicators with evidence,
 * machtsongelijkheid, the protection accent, and each expert's own position before consensus.
 *
 * Storage: `primair` is one register in the root map `gezinsprofiel`, so concurrent choices can
 * never yield two primaries (the last writer wins). Each profile's own oordeel (secundair,
 * uitgesloten, geen) is a flat key `oordeel:<profiel>` in the same map.
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, momentSchema, tekstSchema } from './fields.js';
import { richTextSchema, emptyRichDoc } from './richText.js';
import { profielStandpuntBewaking } from './persoonlijk.js';
import { defineCollection } from './spec.js';

/** The five profiles, in the order LBBO/Augeo list them. */
export const PROFIELEN = ['intieme_terreur', 'gezin_in_de_stress', 'langdurige_zorg', 'kindgedrag_en_opvoedstress', 'complexe_conflictscheiding'] as const;
/** A gezinsprofiel. */
export type Profiel = (typeof PROFIELEN)[number];
/** Schema of a profile key. */
export const profielSchema = z.enum(PROFIELEN);

/** UI labels of the profiles (exact names, docs/domain.md §2.2). */
export const PROFIEL_NAMEN: Readonly<Record<Profiel, string>> = {
  intieme_terreur: 'Intieme terreur',
  gezin_in_de_stress: 'Gezin in de stress',
  langdurige_zorg: 'Langdurige zorg',
  kindgedrag_en_opvoedstress: 'Kindgedrag en opvoedstress',
  complexe_conflictscheiding: 'Complexe (conflict)scheiding',
};

/** A profile's own oordeel besides being the primary one. */
export const PROFIEL_OORDELEN = ['geen', 'secundair', 'uitgesloten'] as const;
/** A profile's oordeel. */
export type ProfielOordeel = (typeof PROFIEL_OORDELEN)[number];

/** Prefix of a profile's oordeel key in the `gezinsprofiel` root map. */
export const OORDEEL_KEY_PREFIX = 'oordeel:';

/** The assessment as exchanged (JSON) and read. */
export const gezinsprofielSchema = z.strictObject({
  primair: profielSchema.optional(),
  oordelen: z.partialRecord(profielSchema, z.enum(PROFIEL_OORDELEN)).default({}),
  machtsongelijkheid: z.enum(['ja', 'nee', 'onbekend']).default('onbekend'),
  beschermingsAccent: z.enum(['veiligheidsdomein', 'gebalanceerd', 'zorgdomein']).optional(),
  datum: dagSchema.optional(),
  toelichting: richTextSchema.default(emptyRichDoc),
  gewijzigdOp: momentSchema.optional(),
  gewijzigdDoor: idSchema.optional(),
});
/** The gezinsprofiel assessment. */
export type GezinsprofielBeoordeling = z.output<typeof gezinsprofielSchema>;

/** An indicator of a profile: present, absent or unknown, with evidence. */
export const indicatoren = defineCollection({
  name: 'indicatoren',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    profiel: profielSchema,
    indicator: kortSchema.min(1),
    aanwezig: z.enum(['ja', 'nee', 'onbekend']).default('onbekend'),
    bewijsGebeurtenisIds: z.array(idSchema).default([]),
    bewijsFactorIds: z.array(idSchema).default([]),
    toelichting: tekstSchema.optional(),
  }),
  refs: [
    { field: 'bewijsGebeurtenisIds', to: ['gebeurtenissen'] },
    { field: 'bewijsFactorIds', to: ['factoren'] },
  ],
});

/** One expert's own position, recorded before the team seeks consensus. */
export const profielStandpunten = defineCollection({
  name: 'profielStandpunten',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    deelnemerId: idSchema,
    primair: profielSchema.optional(),
    secundair: z.array(profielSchema).default([]),
    uitgesloten: z.array(profielSchema).default([]),
    toelichting: tekstSchema.optional(),
    datum: dagSchema.optional(),
    /** The device that recorded it (persoonlijk.ts): only the author's device changes it. */
    auteurApparaatId: idSchema.optional(),
  }),
  refs: [{ field: 'deelnemerId', to: ['deelnemers'] }],
  bewaking: profielStandpuntBewaking,
});
