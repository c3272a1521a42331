/**
 * Casus meta (root map `casus`, docs/domain.md §7): pseudonymised title, regio, status and fase, the
 * aanbrenger and grondslag (docs/domain.md §5: the table has no legal basis of its own), and the
 * casusregisseur, procesregisseur and voorzitter (deelnemer ids).
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, momentSchema, tekstSchema } from './fields.js';
import { faseSchema } from './plan.js';

/** Where a case is in the MDA++ flow (docs/domain.md §4.1). */
export const CASUS_STATUSSEN = ['aangemeld', 'triage', 'voorbereiding', 'in_overleg', 'plan', 'uitvoering', 'monitoring', 'afgeschaald', 'afgesloten'] as const;

/** The legal basis the aanbrenger processes the case under. */
export const grondslagSchema = z.strictObject({
  type: z.enum(['wettelijke_taak', 'toestemming', 'vitaal_belang', 'overig']),
  toelichting: tekstSchema.optional(),
  convenantNaam: kortSchema.optional(),
});

/** Casus meta as exchanged and read. */
export const casusSchema = z.strictObject({
  id: idSchema,
  /** Pseudonymised, e.g. "Gezin K."; never a full name. */
  titel: kortSchema.min(1),
  casusnummer: kortSchema.optional(),
  regio: kortSchema.min(1),
  status: z.enum(CASUS_STATUSSEN).default('aangemeld'),
  fase: faseSchema.default('directe_veiligheid'),
  aanbrengerOrgId: idSchema,
  grondslag: grondslagSchema,
  aanmelddatum: dagSchema.optional(),
  casusregisseurId: idSchema.optional(),
  procesregisseurId: idSchema.optional(),
  voorzitterId: idSchema.optional(),
  /** True for the demo case and other made-up cases. */
  fictief: z.boolean().default(false),
  aangemaaktOp: momentSchema,
  aangemaaktDoor: idSchema,
  gewijzigdOp: momentSchema,
  gewijzigdDoor: idSchema,
});
/** Casus meta. */
export type CasusMeta = z.output<typeof casusSchema>;

/** Fields of the meta a caller may change (id and bookkeeping are the model's). */
export const casusPatchSchema = casusSchema.omit({ id: true, aangemaaktOp: true, aangemaaktDoor: true, gewijzigdOp: true, gewijzigdDoor: true }).partial();
/** A change to casus meta. */
export type CasusPatch = z.input<typeof casusPatchSchema>;

/** Meta fields that reference deelnemers. */
export const CASUS_DEELNEMER_REFS = ['casusregisseurId', 'procesregisseurId', 'voorzitterId'] as const;
