/**
 * Who takes besluiten at the table: everyone present in a role that decides. An observer
 * (waarnemer) watches and a notulist keeps the record; neither decides, so neither is ever named
 * under "Genomen door" in a verslag (DOMAIN.md §4.2, §4.4).
 */
import type { Rol } from './fields.js';

/** Roles that do not take part in deciding. */
const NIET_BESLISSEND: ReadonlySet<Rol> = new Set(['observer', 'notulist']);

/** True if someone with these case roles decides with the table (no roles: an expert by default). */
export function beslistMee(rollen: readonly string[]): boolean {
  return rollen.length === 0 || rollen.some((r) => !NIET_BESLISSEND.has(r as Rol));
}
