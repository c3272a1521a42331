/**
 * Agreed versions (vastgestelde versies): what the table agreed, who agreed, when, who attended,
 * and a fingerprint of the agreed content, so an export can prove which state it shows. Creating
 * the snapshot and the fingerprint is the meeting feature's job; the case only records them.
 */
import { z } from 'zod';
import { idSchema, kortSchema, momentSchema, tekstSchema } from './fields.js';
import { defineCollection } from './spec.js';

/** An agreed version of the case. */
export const versies = defineCollection({
  name: 'versies',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    /**
     * Where the agreed content is kept: `vastgesteld:<versie id>` for content stored in the case
     * itself (agreedVersionStorage.ts, written by shared/export `vaststellen`).
     */
    snapshotRef: kortSchema.min(1),
    vingerafdruk: kortSchema.min(1),
    /** What was agreed: e.g. ['analyse', 'plan']. */
    omvat: z.array(z.enum(['analyse', 'gezinsprofiel', 'plan', 'verslag'])).default([]),
    vastgesteldOp: momentSchema,
    vastgesteldDoor: z.array(idSchema).default([]),
    aanwezigen: z.array(idSchema).default([]),
    overlegId: idSchema.optional(),
    omschrijving: kortSchema.optional(),
    /**
     * What was still open when the chair agreed anyway (one sentence each, shared/export
     * openPunten.ts), and the chair's reason for agreeing all the same. Empty when nothing was open.
     */
    openPunten: z.array(kortSchema).default([]),
    tochReden: tekstSchema.optional(),
    /**
     * Withdrawn by the chair (no longer valid, e.g. a mistake in it): when, by whom, why. The agreed
     * content and its fingerprint stay as they were; only exporting stops.
     */
    ingetrokkenOp: momentSchema.optional(),
    ingetrokkenDoor: idSchema.optional(),
    intrekReden: kortSchema.min(1).optional(),
  }),
  refs: [
    { field: 'vastgesteldDoor', to: ['deelnemers'] },
    { field: 'ingetrokkenDoor', to: ['deelnemers'] },
    { field: 'aanwezigen', to: ['deelnemers', 'personen', 'netwerk'] },
    { field: 'overlegId', to: ['overleggen'] },
  ],
});
