/** Names of the people and organisations in an agreed version, as exports write them. */
import type { AgreedContent } from './agreedContent.js';

/** Looks up names in an agreed version's content. */
export interface Names {
  organisatie(id: string | undefined): string;
  /** A deelnemer, gezinslid or network member, by name only. */
  persoon(id: string): string;
  /** A deelnemer with their organisation; others as `persoon`. */
  metOrganisatie(id: string): string;
  /** Organisation id of a deelnemer, if `id` is one. */
  organisatieVan(id: string): string | undefined;
}

/** Name lookups for `inhoud`. Ids no longer in the version read as "onbekend". */
export function namesOf(inhoud: AgreedContent): Names {
  const orgs = new Map(inhoud.namen.organisaties.map((o) => [o.id, o.naam]));
  const deelnemers = new Map(inhoud.namen.deelnemers.map((d) => [d.id, d]));
  const personen = new Map(inhoud.namen.personen.map((p) => [p.id, p.roepnaam]));
  const netwerk = new Map(inhoud.namen.netwerk.map((n) => [n.id, n.naam]));
  const organisatie = (id: string | undefined): string => (id === undefined ? 'onbekend' : (orgs.get(id) ?? 'onbekend'));
  const persoon = (id: string): string => deelnemers.get(id)?.naam ?? personen.get(id) ?? netwerk.get(id) ?? 'onbekend';
  return {
    organisatie,
    persoon,
    metOrganisatie(id) {
      const d = deelnemers.get(id);
      if (d) return `${d.naam}, ${organisatie(d.organisatieId)}`;
      if (personen.has(id)) return `${persoon(id)}, gezinslid`;
      if (netwerk.has(id)) return `${persoon(id)}, netwerk`;
      return 'onbekend';
    },
    organisatieVan: (id) => deelnemers.get(id)?.organisatieId,
  };
}
