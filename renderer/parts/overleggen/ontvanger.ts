/** The receiving organisation an export or the read-only view starts with. */
import type { AgreedVersion } from '../../../shared/export/index.js';

/** The organisation the viewer reads for, or the first of the version when theirs was not at the table. */
export function standaardOntvanger(versie: AgreedVersion, orgId: string): string {
  const orgs = versie.inhoud.namen.organisaties;
  return orgs.some((o) => o.id === orgId) ? orgId : (orgs[0]?.id ?? orgId);
}
