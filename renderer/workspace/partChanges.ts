/**
 * Which workspace part shows which root of the case document, so "nieuw sinds je laatste bezoek"
 * can mark the parts others changed. Threads count for the part that shows what they point at.
 */
import type { CaseModel, CollectionName } from '../../shared/model/index.js';
import type { NieuwSinds } from '../../shared/annotaties/index.js';
import { PART_IDS, type PartId } from './partIds.js';

const COLLECTIONS_PER_PART: Readonly<Record<PartId, readonly CollectionName[]>> = {
  overzicht: ['organisaties', 'deelnemers'],
  gezin: ['personen', 'relaties', 'netwerk', 'hulpverleners'],
  tijdlijn: ['gebeurtenissen'],
  analyse: ['secties', 'perspectieven', 'factoren', 'hypothesen', 'bewijzen', 'meningsverschillen', 'standpunten'],
  gezinsprofiel: ['indicatoren', 'profielStandpunten'],
  risico: ['risicotaxaties', 'veiligheidsSchalen'],
  plan: ['plannen', 'zorgStatements', 'veiligheidsdoelen', 'veiligheidsvoorwaarden', 'afspraken', 'signalen', 'noodcontacten', 'netwerkRollen'],
  overleggen: ['overleggen', 'aanwezigheid', 'besluiten', 'actiepunten', 'versies'],
};

const ROOT_TO_PART = new Map<string, PartId>([
  ['casus', 'overzicht'],
  ['analyse', 'analyse'],
  ['gezinsprofiel', 'gezinsprofiel'],
  ['gezinsprofiel:toelichting', 'gezinsprofiel'],
  ['vastgesteld', 'overleggen'],
  ...PART_IDS.flatMap((part) => COLLECTIONS_PER_PART[part].map((c): [string, PartId] => [`c:${c}`, part])),
]);

/** The part that shows `root`, or undefined for roots no part shows (schema marker, keys). */
export function partOfRoot(root: string): PartId | undefined {
  if (root.startsWith('sectie:')) return 'analyse';
  return ROOT_TO_PART.get(root);
}

/** The part that shows a collection's items (Mijn tafel opens a case where a thread points). */
export function partOfCollection(name: string): PartId | undefined {
  return PART_IDS.find((part) => (COLLECTIONS_PER_PART[part] as readonly string[]).includes(name));
}

/** The part that shows the item `id` (what a thread points at). */
export function partOfItem(model: CaseModel, id: string): PartId | undefined {
  return PART_IDS.find((part) => COLLECTIONS_PER_PART[part].some((c) => model[c].has(id)));
}

/** The parts with something new from others since the last visit. */
export function changedParts(model: CaseModel, nieuw: NieuwSinds): Set<PartId> {
  const parts = new Set<PartId>();
  for (const { root } of nieuw.onderdelen) {
    const part = partOfRoot(root);
    if (part !== undefined) parts.add(part);
  }
  const repliedThreads = nieuw.nieuweReacties.map((id) => model.reacties.get(id)?.annotatieId);
  for (const threadId of [...nieuw.nieuweDraden, ...nieuw.beantwoordeDraden, ...repliedThreads]) {
    if (threadId === undefined) continue;
    const doelId = model.annotaties.get(threadId)?.doelId;
    const part = doelId === undefined ? undefined : partOfItem(model, doelId);
    if (part !== undefined) parts.add(part);
  }
  return parts;
}
