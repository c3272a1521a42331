/** The tijdlijn: dated facts with their precision, type, source and reliability (docs/domain.md §7). */
import { z } from 'zod';
import { datumSchema, idSchema, kortSchema, tekstSchema } from './fields.js';
import { defineCollection } from './spec.js';

/** Kinds of event on the tijdlijn. */
export const GEBEURTENIS_TYPES = [
  'incident',
  'melding_VT',
  'politiecontact',
  'huisverbod',
  'aangifte',
  'strafrechtelijk',
  'beschermingsmaatregel',
  'opvang',
  'hulp_start',
  'hulp_einde',
  'scheiding',
  'overig',
] as const;

/** A fact on the tijdlijn. Its source organisation is the entity's `bronOrgId`. */
export const gebeurtenissen = defineCollection({
  name: 'gebeurtenissen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    datum: datumSchema,
    datumPrecisie: z.enum(['dag', 'maand', 'jaar', 'circa']),
    type: z.enum(GEBEURTENIS_TYPES),
    titel: kortSchema.min(1),
    omschrijving: tekstSchema.optional(),
    betrokkenPersoonIds: z.array(idSchema).default([]),
    bronType: z.enum(['eigen_waarneming', 'verklaring', 'dossier', 'derde']),
    betrouwbaarheid: z.enum(['bevestigd', 'gemeld', 'vermoeden']).optional(),
    ernst: z.number().int().min(1).max(5).optional(),
    kinderenAanwezig: z.boolean().optional(),
  }),
  refs: [{ field: 'betrokkenPersoonIds', to: ['personen'] }],
});
