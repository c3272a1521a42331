/**
 * What the gezinsprofiel means for the approach: the guide to the five profiles (one place a region
 * adapts) and the check of the whole plan against the chosen profile. See docs/gezinsprofielen.md.
 */
export {
  STANDAARD_PROFIELGIDS,
  TOETS_REGELS,
  profielGidsSchema,
  profielGidsVoorRegio,
  type ProfielGids,
  type ProfielUitleg,
  type ToetsRegel,
  type ToetsRegelTekst,
} from './profielGids.js';
export {
  toetsPlan,
  leesToetsInvoer,
  intiemeTerreurAannemelijk,
  type ToetsBevinding,
  type ToetsInvoer,
  type ToetsItem,
  type ToetsSoort,
  type ToetsUitzondering,
} from './planToets.js';
export { herken, zinsdelen, type Gevonden, type Herkenning } from './tekstHerkenning.js';
export { bevindingItem, bevindingZin } from './zinnen.js';
