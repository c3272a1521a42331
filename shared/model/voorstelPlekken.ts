/**
 * Where proposals can be made: every rich-text field of the verklarende analyse (its sections, a
 * factor's omschrijving, a hypothesis' stelling) and of the veiligheidsplan (the plan in the
 * family's words, a veiligheidsdoel, an afspraak's "wat"). Lists the open proposals per field,
 * for the overleg's agenda, "Nieuw sinds uw vorige bezoek" and the warning at Vaststellen.
 */
import * as Y from 'yjs';
import type { CaseModel } from './caseModel.js';
import { readRichDoc, type RichDoc } from './richText.js';
import { leesVoorstellen, type Voorstel } from './voorstelTekst.js';

/** The rich field of an entity that takes proposals, per collection. */
export const VOORSTEL_VELDEN = {
  factoren: 'omschrijving',
  hypothesen: 'stelling',
  plannen: 'gezinsVersie',
  veiligheidsdoelen: 'doel',
  afspraken: 'wat',
} as const;

/** A collection with a field that takes proposals. */
export type VoorstelCollectie = keyof typeof VOORSTEL_VELDEN;

/** Which part of the workspace shows a collection's field. */
export const VOORSTEL_ONDERDEEL: Readonly<Record<VoorstelPlek['soort'], 'analyse' | 'plan'>> = {
  sectie: 'analyse',
  factoren: 'analyse',
  hypothesen: 'analyse',
  plannen: 'plan',
  veiligheidsdoelen: 'plan',
  afspraken: 'plan',
};

/** A field that takes proposals: an analysis section, or the rich field of an item. */
export type VoorstelPlek = { readonly soort: 'sectie'; readonly id: string } | { readonly soort: VoorstelCollectie; readonly id: string };

/** A field with its open proposals. */
export interface PlekMetVoorstellen {
  readonly plek: VoorstelPlek;
  readonly voorstellen: readonly Voorstel[];
}

const isVoorstelCollectie = (naam: string): naam is VoorstelCollectie => Object.hasOwn(VOORSTEL_VELDEN, naam);

/** The field `fragment` is, if it takes proposals (read from where it sits in the document). */
export function plekVanFragment(fragment: Y.XmlFragment): VoorstelPlek | null {
  const item = fragment._item;
  if (item === null) {
    const name = fragment.doc === null ? '' : Y.findRootTypeKey(fragment);
    return name.startsWith('sectie:') ? { soort: 'sectie', id: name.slice('sectie:'.length) } : null;
  }
  const entity = item.parent;
  if (!(entity instanceof Y.Map) || entity._item === null || item.parentSub === null) return null;
  const collection = entity._item.parent;
  const id = entity._item.parentSub;
  if (!(collection instanceof Y.Map) || collection._item !== null || id === null) return null;
  const root = Y.findRootTypeKey(collection);
  const naam = root.startsWith('c:') ? root.slice(2) : '';
  return isVoorstelCollectie(naam) && VOORSTEL_VELDEN[naam] === item.parentSub ? { soort: naam, id } : null;
}

/** The fragment of a field, or undefined when its item is gone. */
export function fragmentVanPlek(model: CaseModel, plek: VoorstelPlek): Y.XmlFragment | undefined {
  if (plek.soort === 'sectie') return model.analyse.sectieFragment(plek.id);
  return model[plek.soort].has(plek.id) ? model[plek.soort].fragment(plek.id, VOORSTEL_VELDEN[plek.soort]) : undefined;
}

/** Every field that holds open proposals, in the order the workspace shows them (analysis, then plan). */
export function openVoorstellen(model: CaseModel): PlekMetVoorstellen[] {
  const out: PlekMetVoorstellen[] = [];
  const voeg = (plek: VoorstelPlek, doc: RichDoc): void => {
    const voorstellen = leesVoorstellen(doc);
    if (voorstellen.length > 0) out.push({ plek, voorstellen });
  };
  for (const s of model.analyse.secties()) voeg({ soort: 'sectie', id: s.id }, readRichDoc(model.analyse.sectieFragment(s.id)));
  for (const f of model.factoren.list()) voeg({ soort: 'factoren', id: f.id }, f.omschrijving);
  for (const h of model.hypothesen.list()) voeg({ soort: 'hypothesen', id: h.id }, h.stelling);
  for (const p of model.plannen.list()) voeg({ soort: 'plannen', id: p.id }, p.gezinsVersie);
  for (const d of model.veiligheidsdoelen.list()) voeg({ soort: 'veiligheidsdoelen', id: d.id }, d.doel);
  for (const a of model.afspraken.list()) voeg({ soort: 'afspraken', id: a.id }, a.wat);
  return out;
}

/** How many proposals are open in the whole case. */
export function aantalOpenVoorstellen(model: CaseModel): number {
  return openVoorstellen(model).reduce((n, p) => n + p.voorstellen.length, 0);
}
