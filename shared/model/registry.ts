/** Every collection of the case, by name: the one list the engine, import/export and checks use. */
import { bewijzen, factoren, hypothesen, meningsverschillen, perspectieven, secties, standpunten } from './analyse.js';
import { annotaties, reacties } from './annotaties.js';
import { deelnemers, hulpverleners, netwerk, organisaties, personen, relaties } from './gezin.js';
import { indicatoren, profielStandpunten } from './gezinsprofiel.js';
import { aanwezigheid, actiepunten, besluiten, overleggen } from './overleg.js';
import { afspraken, netwerkRollen, noodcontacten, plannen, signalen, veiligheidsdoelen, veiligheidsvoorwaarden, zorgStatements } from './plan.js';
import { risicotaxaties, veiligheidsSchalen } from './risico.js';
import type { CollectionSpec } from './spec.js';
import { gebeurtenissen } from './tijdlijn.js';
import { afsluitingen, faseOvergangen, onveiligheidsoordelen, ontvangstbevestigingen, triagebesluiten } from './levensloop.js';
import { versies } from './versies.js';
import { voorstellen } from './voorstellenCollectie.js';

/** The collections, in export order (referenced collections before those that refer to them). */
export const COLLECTIONS = {
  organisaties,
  deelnemers,
  personen,
  relaties,
  netwerk,
  hulpverleners,
  gebeurtenissen,
  secties,
  perspectieven,
  factoren,
  hypothesen,
  bewijzen,
  meningsverschillen,
  standpunten,
  indicatoren,
  profielStandpunten,
  plannen,
  zorgStatements,
  veiligheidsdoelen,
  veiligheidsvoorwaarden,
  afspraken,
  signalen,
  noodcontacten,
  netwerkRollen,
  risicotaxaties,
  veiligheidsSchalen,
  overleggen,
  aanwezigheid,
  besluiten,
  actiepunten,
  versies,
  annotaties,
  reacties,
  triagebesluiten,
  onveiligheidsoordelen,
  afsluitingen,
  faseOvergangen,
  ontvangstbevestigingen,
  voorstellen,
} as const;

/** The name of a collection. */
export type CollectionName = keyof typeof COLLECTIONS;
/** Collection names in export order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
/** Specs by name, for the engine. */
export const SPECS: ReadonlyMap<string, CollectionSpec> = new Map(Object.entries(COLLECTIONS));
