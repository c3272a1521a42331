/** Errors of agreeing, reopening and exporting. Fixed Dutch sentences; never case content. */

/** Why an agreed-version or export call was refused. */
export type ExportErrorCode =
  | 'niet_voorzitter'
  | 'niet_voorzitter_intrekken'
  | 'reden_ontbreekt'
  | 'toch_reden_ontbreekt'
  | 'versie_ingetrokken'
  | 'onbekend_overleg'
  | 'onbekende_versie'
  | 'inhoud_ontbreekt'
  | 'inhoud_onleesbaar'
  | 'inhoud_te_nieuw'
  | 'onbekende_organisatie';

const MESSAGES: Readonly<Record<ExportErrorCode, string>> = {
  niet_voorzitter: 'Alleen de voorzitter kan een versie vaststellen.',
  niet_voorzitter_intrekken: 'Alleen de voorzitter kan een versie intrekken.',
  reden_ontbreekt: 'Schrijf kort op waarom de versie wordt ingetrokken.',
  toch_reden_ontbreekt: 'Er staan nog punten open. Schrijf op waarom u toch vaststelt.',
  versie_ingetrokken: 'Deze versie is ingetrokken en kan niet meer worden geëxporteerd.',
  onbekend_overleg: 'Dit overleg bestaat niet (meer) in de casus.',
  onbekende_versie: 'Deze vastgestelde versie bestaat niet (meer) in de casus.',
  inhoud_ontbreekt: 'De inhoud van deze vastgestelde versie is niet in deze casus aanwezig.',
  inhoud_onleesbaar: 'De inhoud van deze vastgestelde versie is niet te lezen.',
  inhoud_te_nieuw: 'Deze versie is vastgesteld met een nieuwere versie van Tafel. Werk Tafel bij om hem te openen.',
  onbekende_organisatie: 'Deze organisatie zit niet (meer) aan tafel in deze versie.',
};

/** A refused call. */
export class ExportError extends Error {
  readonly code: ExportErrorCode;

  constructor(code: ExportErrorCode) {
    super(MESSAGES[code]);
    this.name = 'ExportError';
    this.code = code;
  }
}
