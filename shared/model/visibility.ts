/**
 * Who may see restricted values (geheim adres, veilig contact, noodcontacten) and restricted
 * annotations. This is need-to-know in the UI and in exports, NOT a security boundary: every
 * device with the case key can decrypt the whole document (an end-to-end-encrypted relay cannot
 * enforce field-level rights inside one Y.Doc). Data that some deelnemers must never receive
 * belongs in a separate document with its own key.
 */
import type { Rol } from './fields.js';

/** The person looking. */
export interface Viewer {
  readonly deelnemerId: string;
  readonly orgId: string;
  readonly rollen: readonly Rol[];
}

/** Anything restricted by a `zichtbaarVoor` list of role names and/or deelnemer ids. */
export interface Restricted {
  readonly zichtbaarVoor: readonly string[];
}

/** True if `viewer` may see the restricted value. */
export function magZien(viewer: Viewer, value: Restricted): boolean {
  return value.zichtbaarVoor.includes(viewer.deelnemerId) || viewer.rollen.some((r) => value.zichtbaarVoor.includes(r));
}

/** True if `viewer` may see an annotation with this visibility, author and author's organisation. */
export function magAnnotatieZien(
  viewer: Viewer,
  annotatie: { readonly zichtbaarheid: 'alle_deelnemers' | 'eigen_organisatie' | 'voorzitter'; readonly aangemaaktDoor: string; readonly bronOrgId: string },
): boolean {
  if (annotatie.zichtbaarheid === 'alle_deelnemers' || annotatie.aangemaaktDoor === viewer.deelnemerId) return true;
  if (annotatie.zichtbaarheid === 'eigen_organisatie') return annotatie.bronOrgId === viewer.orgId;
  return viewer.rollen.includes('voorzitter');
}
