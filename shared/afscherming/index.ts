/** Restricted values sealed for their audience (docs/afscherming.md). */
export { WaardenAfscherming, type WaardenAfschermingDeps } from './waardenAfscherming.js';
export { nieuwer, openWaarde, sleutelIdVan, verzegelWaarde, type Versie, type Waarde } from './verzegeldeWaarde.js';
export { deelnemersIn, publiekVoorZicht, zichtLeden, zichtUit, type ZichtLedenDeps } from './zichtLeden.js';
export { sluitVerzoek, toegangGevraagd, vraagToegang } from './toegang.js';
export { openAfgeschermdeVersie } from './versie.js';
export { bekendeWaarden, vindKopie, type BekendeWaarde, type KopieSoort } from './kopie.js';
