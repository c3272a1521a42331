/**
 * Errors the model throws when a caller asks for something the case cannot hold. Messages are
 * fixed Dutch sentences plus a path; they never contain case content (names, text, values).
 */

/** Why a model call was refused. */
export type ModelErrorCode =
  | 'ongeldige_invoer'
  | 'onbekend_item'
  | 'verwijzing_bestaat_niet'
  | 'versie_te_nieuw'
  | 'niet_gemigreerd'
  | 'geen_casus'
  | 'niet_de_auteur'
  /** Not for this person or not at this point (another's proposal; a plain move into nazorg, a receipt for another organisation). */
  | 'niet_toegestaan';

const MESSAGES: Readonly<Record<ModelErrorCode, string>> = {
  ongeldige_invoer: 'De invoer past niet bij het casusmodel.',
  onbekend_item: 'Dit onderdeel bestaat niet (meer) in de casus.',
  verwijzing_bestaat_niet: 'Een verwijzing wijst naar een onderdeel dat niet (meer) bestaat.',
  versie_te_nieuw: 'Deze casus is gemaakt met een nieuwere versie van Tafel. Werk Tafel bij om hem te openen.',
  niet_gemigreerd: 'Deze casus moet eerst worden bijgewerkt naar de huidige versie.',
  geen_casus: 'Dit document bevat (nog) geen casus.',
  niet_de_auteur: 'Dit is een persoonlijke verklaring van iemand anders: alleen diegene kan haar vastleggen, wijzigen of intrekken, op het eigen apparaat.',
  niet_toegestaan: 'Dit mag niet: niet met uw rol in deze casus, of niet in de stand waarin de casus nu is.',
};

/** A refused model call. `path` names the field (e.g. `personen.rolInGezin`), never its value. */
export class ModelError extends Error {
  readonly code: ModelErrorCode;
  readonly path: string;

  constructor(code: ModelErrorCode, path = '') {
    super(path ? `${MESSAGES[code]} (${path})` : MESSAGES[code]);
    this.name = 'ModelError';
    this.code = code;
    this.path = path;
  }
}
