/**
 * Annotation threads beyond the plain model: visibility enforced by keys (audienceKeys,
 * sealedText), the thread operations people use (threads), and "nieuw sinds je laatste bezoek"
 * (sinceLastVisit, lastVisit). See docs/annotaties.md.
 */
export { AnnotatieKeyring, publiekVoor, type AnnotatieKeyringDeps, type Publiek, type ZichtLeden } from './audienceKeys.js';
export { AnnotatieError, type AnnotatieErrorCode } from './errors.js';
export { isSealed, openText, sealText, type SealBinding } from './sealedText.js';
export {
  handelAf,
  heropen,
  readDraden,
  reageer,
  startDraad,
  type AnnotatieContext,
  type Anker,
  type AnnotatieSoort,
  type DraadWeergave,
  type NieuweDraad,
  type ReactieWeergave,
  type Zichtbaarheid,
} from './threads.js';
export { bezoekNu, nieuwSinds, type Bezoek, type GewijzigdOnderdeel, type NieuwSinds } from './sinceLastVisit.js';
export { saveBezoek, loadBezoek } from './lastVisit.js';
export { autoGrant, type DeviceEvents } from './autoGrant.js';
export { aantalNieuweOpmerkingen, nieuwVoorKijker } from './visibleNews.js';
