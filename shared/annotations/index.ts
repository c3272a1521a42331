/**
 * Annotation threads beyond the plain model: visibility enforced by keys (audienceKeys,
 * sealedText), the thread operations people use (threads), and "nieuw sinds je laatste bezoek"
 * (sinceLastVisit, lastVisit). See docs/annotations.md.
 */
export { AnnotationKeyring, publiekVoor, type AnnotationKeyringDeps, type Publiek } from './audienceKeys.js';
export { AnnotationError, type AnnotationErrorCode } from './errors.js';
export { isSealed, openText, sealText, type SealBinding } from './sealedText.js';
export {
  handelAf,
  heropen,
  leesDraden,
  reageer,
  startDraad,
  type AnnotationContext,
  type Anker,
  type AnnotatieSoort,
  type DraadWeergave,
  type NieuweDraad,
  type ReactieWeergave,
  type Zichtbaarheid,
} from './threads.js';
export { bezoekNu, nieuwSinds, type Bezoek, type GewijzigdOnderdeel, type NieuwSinds } from './sinceLastVisit.js';
export { bewaarBezoek, laadBezoek } from './lastVisit.js';
export { autoGrant, type DeviceEvents } from './autoGrant.js';
export { aantalNieuweOpmerkingen, nieuwVoorKijker } from './visibleNews.js';
