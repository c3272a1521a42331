/** Which targets of threads belong to which workspace part, and how a target is named. */
import type { CaseModel, CollectionName } from '../../../shared/model/index.js';
import type { PartId } from '../../workspace/partIds.js';

type DoelCollectie = Extract<CollectionName, 'secties' | 'factoren' | 'hypothesen' | 'gebeurtenissen' | 'plannen' | 'afspraken' | 'overleggen' | 'besluiten'>;

const PER_PART: Partial<Record<PartId, readonly DoelCollectie[]>> = {
  tijdlijn: ['gebeurtenissen'],
  analyse: ['secties', 'factoren', 'hypothesen'],
  plan: ['plannen', 'afspraken'],
  overleggen: ['overleggen', 'besluiten'],
};

/** True if threads can point at something in this part. */
export function heeftDoelen(part: PartId): boolean {
  return PER_PART[part] !== undefined;
}

/** True if `doelId` is an item (or section) of `part`. */
export function hoortBijPart(model: CaseModel, part: PartId, doelId: string): boolean {
  return (PER_PART[part] ?? []).some((c) => model[c].has(doelId));
}

function naamVan(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  for (const field of ['titel', 'naam', 'stelling', 'omschrijving', 'datum']) if (typeof v[field] === 'string' && v[field] !== '') return v[field];
  return undefined;
}

/** The live items of `part` a thread may point at, with a name to show. */
export function doelenVan(model: CaseModel, part: PartId): Array<{ id: string; naam: string }> {
  const out: Array<{ id: string; naam: string }> = [];
  for (const c of PER_PART[part] ?? []) for (const e of model[c].list()) out.push({ id: e.id, naam: naamVan(e) ?? e.id });
  return out;
}

/** The name of a target, or undefined when it is gone. */
export function doelNaam(model: CaseModel, part: PartId, doelId: string): string | undefined {
  for (const c of PER_PART[part] ?? []) {
    const e = model[c].get(doelId);
    if (e !== undefined) return naamVan(e) ?? doelId;
  }
  return undefined;
}

/** Names of the targets of `part` that others changed since the last visit (sections and items, not threads). */
export function gewijzigdeDoelen(model: CaseModel, part: PartId, onderdelen: readonly { root: string; entiteitId: string | undefined }[]): string[] {
  const collecties = new Set<string>(PER_PART[part] ?? []);
  const ids = new Set<string>();
  for (const o of onderdelen) {
    if (o.entiteitId === undefined) continue;
    if (o.root.startsWith('sectie:') || (o.root.startsWith('c:') && collecties.has(o.root.slice(2)))) ids.add(o.entiteitId);
  }
  return [...ids].flatMap((id) => {
    const naam = doelNaam(model, part, id);
    return naam === undefined ? [] : [naam];
  });
}
