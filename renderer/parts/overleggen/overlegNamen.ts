/** Names of the people and organisations a meeting refers to, live with the case. */
import { useMemo } from 'react';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';

export interface Namen {
  /** A deelnemer, gezinslid or network member by id. */
  persoon(id: string | undefined): string;
  organisatie(id: string | undefined): string;
  /** The organisation a deelnemer works for. */
  organisatieVan(deelnemerId: string): string | undefined;
}

export function useNamen(): Namen {
  const t = useT();
  const deelnemers = useCollection('deelnemers');
  const personen = useCollection('personen');
  const netwerk = useCollection('netwerk');
  const organisaties = useCollection('organisaties');
  return useMemo(() => {
    const mensen = new Map<string, string>([
      ...deelnemers.map((d) => [d.id, d.naam] as const),
      ...personen.map((p) => [p.id, p.roepnaam] as const),
      ...netwerk.map((n) => [n.id, n.naam] as const),
    ]);
    const orgs = new Map(organisaties.map((o) => [o.id, o.naam] as const));
    const orgVan = new Map(deelnemers.map((d) => [d.id, d.organisatieId] as const));
    const onbekend = t('overleggen.onbekend');
    return {
      persoon: (id) => (id === undefined ? onbekend : (mensen.get(id) ?? onbekend)),
      organisatie: (id) => (id === undefined ? onbekend : (orgs.get(id) ?? onbekend)),
      organisatieVan: (id) => orgVan.get(id),
    };
  }, [t, deelnemers, personen, netwerk, organisaties]);
}
