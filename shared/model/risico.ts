/**
 * Risicotaxatie outcomes and safety scales (docs/domain.md §4.3, §3.3). Licensed instruments (ARIJ,
 * B-SAFER, RISc ...) are never scored here: the case stores the outcome, who assessed it and when.
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, tekstSchema } from './fields.js';
import { richTextSchema, emptyRichDoc } from './richText.js';
import { defineCollection } from './spec.js';

/** Instruments seen in NL practice. */
export const INSTRUMENTEN = ['ARIJ', 'LIRIK', 'RiHG', 'B-SAFER', 'RISc', 'DASH', 'VT-veiligheidsbeoordeling', 'SoS-schaal', 'overig'] as const;

/** The recorded outcome of a risk or safety assessment. */
export const risicotaxaties = defineCollection({
  name: 'risicotaxaties',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    instrument: z.enum(INSTRUMENTEN),
    instrumentVersie: kortSchema.optional(),
    type: z.enum(['veiligheidstaxatie', 'risicotaxatie', 'screening']),
    betreftPersoonIds: z.array(idSchema).default([]),
    datum: dagSchema,
    uitgevoerdDoorOrgId: idSchema,
    /** The outcome as the instrument reports it (e.g. laag / middel / hoog / acuut). */
    uitkomst: kortSchema.min(1),
    professioneelOordeel: richTextSchema.default(emptyRichDoc),
    geldigTot: dagSchema.optional(),
    bronDocumentRef: kortSchema.optional(),
  }),
  refs: [
    { field: 'betreftPersoonIds', to: ['personen'] },
    { field: 'uitgevoerdDoorOrgId', to: ['organisaties'] },
  ],
});

/** One person's 0-10 safety score for one zorg statement at one moment (Signs of Safety). */
export const veiligheidsSchalen = defineCollection({
  name: 'veiligheidsSchalen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    zorgStatementId: idSchema,
    datum: dagSchema,
    /** A gezinslid, network member or professional. */
    wie: idSchema,
    score: z.number().int().min(0).max(10),
    waarom: tekstSchema.optional(),
  }),
  refs: [
    { field: 'zorgStatementId', to: ['zorgStatements'] },
    { field: 'wie', to: ['personen', 'netwerk', 'deelnemers'] },
  ],
});
