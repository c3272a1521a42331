/**
 * The per-organisation extract (DOMAIN.md §5, meldcode): the agreed case every partner acts on
 * (the verklarende analyse, tijdlijn, risicotaxaties, gezinsprofiel with the experts' positions,
 * the veiligheidsvoorwaarden' frame) plus only the plan items one organisation contributed
 * (bronOrgId) or owns, so each partner can file its own record (docs/exports.md, "Who receives
 * what"). Restricted values only when the organisation may see them. "Owns" means: an afspraak one of its deelnemers carries out or
 * checks, a veiligheidsvoorwaarde it set, an actiepunt it is owner of, a besluit one of its
 * deelnemers took or contradicted, or that one of its actiepunten follows from. A zorg or doel of
 * another organisation stays in only as the heading of the organisation's own afspraken.
 */
import { beslistMee, type Viewer } from '../model/index.js';
import type { NaamOrganisatie } from './agreedContent.js';
import type { AgreedVersion } from './agreedVersion.js';
import type { ExportKop } from './header.js';
import { namesOf } from './names.js';
import { planDocument, type PlanDocument } from './planDocument.js';
import type { VerslagDocument } from './verslag.js';

/** What one organisation receives. */
export interface OrganisatieUittreksel {
  readonly kop: ExportKop;
  readonly plan: PlanDocument;
  /** Its besluiten and actiepunten; undefined when the version was not agreed in an overleg. */
  readonly verslag?: VerslagDocument;
}

/** The extract of `version` for organisation `orgId`, filtered for `viewer` (restricted values). */
export function organisatieUittreksel(version: AgreedVersion, orgId: string, viewer?: Viewer): OrganisatieUittreksel {
  const names = namesOf(version.inhoud);
  const vanOrg = (deelnemerId: string | undefined): boolean => deelnemerId !== undefined && names.organisatieVan(deelnemerId) === orgId;
  const voor = { ontvangerOrgId: orgId, viewer };
  const plan = planDocument(version, voor, {
    filter: {
      afspraak: (a) => a.bronOrgId === orgId || a.wie.some(vanOrg) || a.controleDoor.some(vanOrg),
      item: (_kind, bronOrgId, extraOrgId) => bronOrgId === orgId || extraOrgId === orgId,
    },
    verslagFilter: {
      actiepunt: (a) => a.eigenaarOrgId === orgId || a.bronOrgId === orgId,
      besluit: (b, actiepunten) =>
        b.bronOrgId === orgId || b.genomenDoor.some(vanOrg) || vanOrg(b.tegenspraakDoor) || actiepunten.some((a) => a.besluitId === b.id),
    },
  });
  return { kop: plan.kop, plan, verslag: plan.verslag };
}

/**
 * The organisations "at the table" for a send-to-all: those with a deelnemer in a deciding role
 * (an organisation that only sent an observer receives no extract), in the version's order.
 */
export function organisatiesAanTafel(version: AgreedVersion): NaamOrganisatie[] {
  const { organisaties, deelnemers } = version.inhoud.namen;
  return organisaties.filter((o) => deelnemers.some((d) => d.organisatieId === o.id && beslistMee(d.rollen)));
}
