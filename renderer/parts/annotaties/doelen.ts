/** Which targets of threads belong to which workspace part, and how a target is named. */
import { useMemo } from 'react';
import type { Translate } from '../../../shared/i18n/i18n.js';
import { plainTextOf, type CaseModel, type CollectionName } from '../../../shared/model/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import type { PartId } from '../../workspace/partIds.js';
import { overlegNaam } from '../overleggen/options.js';

type DoelCollectie = Extract<CollectionName, 'secties' | 'factoren' | 'hypothesen' | 'gebeurtenissen' | 'plannen' | 'afspraken' | 'overleggen' | 'besluiten'>;

const PER_PART: Partial<Record<PartId, readonly DoelCollectie[]>> = {
  tijdlijn: ['gebeurtenissen'],
  analyse: ['secties', 'factoren', 'hypothesen'],
  plan: ['plannen', 'afspraken'],
  overleggen: ['overleggen', 'besluiten'],
};

/** Names a target the way its part shows it: a title, an overleg's type and day, the start of a besluit or afspraak. */
export type DoelNamer = (model: CaseModel, collectie: DoelCollectie, id: string) => string | undefined;

/** Longer names (a besluit's text, an afspraak's "wat") are cut here, in a choice list and a sentence. */
const MAX_NAAM = 60;

const kort = (tekst: string): string => {
  const enkel = tekst.replace(/\s+/g, ' ').trim();
  return enkel.length <= MAX_NAAM ? enkel : `${enkel.slice(0, MAX_NAAM - 1).trimEnd()}…`;
};

export function doelNamer(t: Translate, locale: string): DoelNamer {
  return (model, collectie, id) => {
    switch (collectie) {
      case 'overleggen': {
        const o = model.overleggen.get(id);
        return o && overlegNaam(t, locale, o);
      }
      case 'besluiten': {
        const b = model.besluiten.get(id);
        return b && t('annotaties.doel.besluit', { tekst: kort(b.tekst) });
      }
      case 'afspraken': {
        const a = model.afspraken.get(id);
        if (a === undefined) return undefined;
        const wat = kort(plainTextOf(a.wat));
        return wat === '' ? t('annotaties.doel.afspraakLeeg') : t('annotaties.doel.afspraak', { wat });
      }
      default:
        return model[collectie].get(id)?.titel;
    }
  };
}

/** The namer for the interface language. */
export function useDoelNamer(): DoelNamer {
  const t = useT();
  const locale = useLocale();
  return useMemo(() => doelNamer(t, locale), [t, locale]);
}

/** True if threads can point at something in this part. */
export function heeftDoelen(part: PartId): boolean {
  return PER_PART[part] !== undefined;
}

/** True if `doelId` is an item (or section) of `part`. */
export function hoortBijPart(model: CaseModel, part: PartId, doelId: string): boolean {
  return (PER_PART[part] ?? []).some((c) => model[c].has(doelId));
}

/** The live items of `part` a thread may point at, with a name to show. */
export function doelenVan(model: CaseModel, part: PartId, naam: DoelNamer): Array<{ id: string; naam: string }> {
  return (PER_PART[part] ?? []).flatMap((c) => model[c].list().map((e) => ({ id: e.id, naam: naam(model, c, e.id) ?? e.id })));
}

/** The name of a target, or undefined when it is gone. */
export function doelNaam(model: CaseModel, part: PartId, doelId: string, naam: DoelNamer): string | undefined {
  const c = (PER_PART[part] ?? []).find((collectie) => model[collectie].has(doelId));
  return c === undefined ? undefined : naam(model, c, doelId);
}

/** Names of the targets of `part` that others changed since the last visit (sections and items, not threads). */
export function gewijzigdeDoelen(
  model: CaseModel,
  part: PartId,
  onderdelen: readonly { root: string; entiteitId: string | undefined }[],
  naam: DoelNamer,
): string[] {
  const collecties = new Set<string>(PER_PART[part] ?? []);
  const ids = new Set<string>();
  for (const o of onderdelen) {
    if (o.entiteitId === undefined) continue;
    if (o.root.startsWith('sectie:') || (o.root.startsWith('c:') && collecties.has(o.root.slice(2)))) ids.add(o.entiteitId);
  }
  return [...ids].flatMap((id) => {
    const n = doelNaam(model, part, id, naam);
    return n === undefined ? [] : [n];
  });
}
