/**
 * "Nieuw sinds je laatste bezoek" as one viewer may see it: `nieuwSinds` works on the raw
 * document and knows nothing of who may read what, so threads (and replies in threads) the viewer
 * may not see are taken out here before anything is counted or marked. Otherwise an expert's
 * start screen would count the chair's voorzitter-only threads.
 */
import { magAnnotatieZien, type CaseModel, type Viewer } from '../model/index.js';
import type { NieuwSinds } from './sinceLastVisit.js';

/** `nieuw` without the threads and replies `viewer` may not see. */
export function nieuwVoorKijker(model: CaseModel, nieuw: NieuwSinds, viewer: Viewer): NieuwSinds {
  const zichtbaar = (draadId: string | undefined): boolean => {
    const draad = draadId === undefined ? undefined : model.annotaties.get(draadId);
    return draad !== undefined && magAnnotatieZien(viewer, draad);
  };
  return {
    onderdelen: nieuw.onderdelen,
    nieuweDraden: nieuw.nieuweDraden.filter(zichtbaar),
    nieuweReacties: nieuw.nieuweReacties.filter((id) => zichtbaar(model.reacties.get(id)?.annotatieId)),
    beantwoordeDraden: nieuw.beantwoordeDraden.filter(zichtbaar),
  };
}

/** How many threads and replies of others are new for the viewer (after `nieuwVoorKijker`). */
export function aantalNieuweOpmerkingen(nieuw: NieuwSinds): number {
  return nieuw.nieuweDraden.length + nieuw.nieuweReacties.length;
}
