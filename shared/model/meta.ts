/**
 * Casus meta (root map `casus`, docs/domain.md §7): pseudonymised title, regio, the werkfase of
 * gefaseerd samenwerken, the aanbrenger and grondslag (docs/domain.md §5: the table has no legal
 * basis of its own), the casusregisseur, procesregisseur and voorzitter (deelnemer ids), and how
 * long the shared copy is kept after the close. Where the case is in its course is not a field
 * here: it is read from the moves in `faseOvergangen` (levensloopStand.ts).
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, momentSchema, tekstSchema } from './fields.js';

/**
 * The status dropdown of cases written before the levensloop. New code never writes it; a case that
 * has one opens with that status mapped to a phase, "vóór registratie" (levensloopStand.ts).
 */
export const CASUS_STATUSSEN = ['aangemeld', 'triage', 'voorbereiding', 'in_overleg', 'plan', 'uitvoering', 'monitoring', 'afgeschaald', 'afgesloten'] as const;

/**
 * Gefaseerd samenwerken aan veiligheid (docs/domain.md §3.1; regionaal programma §2.1): first
 * directe veiligheid, then stabiele veiligheid with risicogestuurde zorg, which run side by side
 * (Haaglanden [M10]: attention to stabiele veiligheid throughout), then herstel.
 */
export const WERKFASEN = ['directe_veiligheid', 'stabiele_veiligheid_risicogestuurde_zorg', 'herstel'] as const;
/** A werkfase. */
export type Werkfase = (typeof WERKFASEN)[number];
/** Values older cases hold: the two halves of the middle werkfase as separate phases. */
const OUDE_WERKFASEN = ['stabiele_veiligheid', 'risicogestuurde_zorg'] as const;

/** The werkfase a stored value stands for (older cases kept stabiele veiligheid and risicogestuurde zorg apart). */
export function werkfaseVan(value: string | undefined): Werkfase {
  if (value === undefined) return 'directe_veiligheid';
  if ((OUDE_WERKFASEN as readonly string[]).includes(value)) return 'stabiele_veiligheid_risicogestuurde_zorg';
  return (WERKFASEN as readonly string[]).includes(value) ? (value as Werkfase) : 'directe_veiligheid';
}

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
  /** Only in cases written before the levensloop (see CASUS_STATUSSEN). */
  status: z.enum(CASUS_STATUSSEN).optional(),
  /** The werkfase (read it with `werkfaseVan`: older cases hold the split values). */
  fase: z.enum([...WERKFASEN, ...OUDE_WERKFASEN]).default('directe_veiligheid'),
  aanbrengerOrgId: idSchema,
  grondslag: grondslagSchema,
  aanmelddatum: dagSchema.optional(),
  casusregisseurId: idSchema.optional(),
  procesregisseurId: idSchema.optional(),
  voorzitterId: idSchema.optional(),
  /** Months the shared copy is kept after the case is closed (default GEDEELDE_BEWAARTERMIJN_MAANDEN, bewaren.ts). */
  bewaartermijnMaanden: z.number().int().min(1).max(120).optional(),
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
