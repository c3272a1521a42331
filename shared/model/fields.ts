/**
 * Building blocks shared by the entity schemas: ids, dates, sensitivity classes, roles, restricted
 * values and the metadata every entity carries (docs/domain.md §7: who added it, when, on behalf of
 * which organisation, and how sensitive it is).
 */
import { z } from 'zod';

/** An entity id (random UUID for entities people add; a fixed key for migration-made ones). */
export const idSchema = z.string().min(1).max(100);
/** A moment, ISO 8601 with time (what `new Date().toISOString()` gives). */
export const momentSchema = z.iso.datetime({ offset: true });
/** A calendar date `YYYY-MM-DD`. */
export const dagSchema = z.iso.date();
/** A date of some precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see `datumPrecisie`). */
export const datumSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Geen datum (JJJJ, JJJJ-MM of JJJJ-MM-DD).');
/** A short line of text (a name, a label, one sentence). */
export const kortSchema = z.string().max(500);
/** A longer plain text (a paragraph). Co-edited prose is rich text instead. */
export const tekstSchema = z.string().max(20_000);

/** Sensitivity classes (docs/domain.md §5: bijzondere and strafrechtelijke persoonsgegevens; geheim = need-to-know). */
export const GEVOELIGHEDEN = ['normaal', 'bijzonder', 'strafrechtelijk', 'geheim'] as const;
/** A sensitivity class. */
export type Gevoeligheid = (typeof GEVOELIGHEDEN)[number];
/** Schema of a sensitivity class. */
export const gevoeligheidSchema = z.enum(GEVOELIGHEDEN);

/** Roles in the case (docs/domain.md §4.4). */
export const ROLLEN = [
  'voorzitter',
  'casusregisseur',
  'procesregisseur',
  'coordinator',
  'notulist',
  'expert',
  'gedragswetenschapper',
  'observer',
  'gezinsadvocaat',
] as const;
/** A role in the case. */
export type Rol = (typeof ROLLEN)[number];
/** Schema of a role. */
export const rolSchema = z.enum(ROLLEN);

/**
 * Who may see a restricted value: role names and/or deelnemer ids. An empty list means nobody but
 * those the UI grants explicitly (see visibility.ts).
 */
export const zichtbaarVoorSchema = z.array(z.union([rolSchema, idSchema])).max(100);

/** A restricted value (geheim adres, veilig contact): the value plus who may see it. */
export function restricted<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ ...shape, zichtbaarVoor: zichtbaarVoorSchema });
}

/** The metadata every entity carries besides its data. */
export const entityMetaSchema = z.strictObject({
  id: idSchema,
  aangemaaktOp: momentSchema,
  aangemaaktDoor: idSchema,
  gewijzigdOp: momentSchema,
  gewijzigdDoor: idSchema,
  /** The organisation that contributed it (docs/domain.md §5: every item stays attributable). */
  bronOrgId: idSchema,
  gevoeligheid: gevoeligheidSchema,
});
/** Entity metadata. */
export type EntityMeta = z.infer<typeof entityMetaSchema>;
/** An entity: its metadata and its data. */
export type Entity<T> = EntityMeta & T;
