/**
 * Import problems: what is wrong and where, in plain Dutch, without echoing the input's values
 * (an import file is case content; error messages end up in logs and crash reports).
 */
import type { z } from 'zod';

/** Kinds of import problem. */
export type ImportProbleemCode =
  | 'geen_json_object'
  | 'verkeerd_formaat'
  | 'versie_te_nieuw'
  | 'doel_niet_leeg'
  | 'verkeerd_type'
  | 'onbekende_waarde'
  | 'onbekend_profiel'
  | 'onbekend_veld'
  | 'ontbreekt'
  | 'buiten_bereik'
  | 'ongeldig_formaat'
  | 'dubbel_id'
  | 'verwijzing_bestaat_niet';

/** One problem: where (a path like `factoren[2].persoonIds[0]`), what kind, and a sentence. */
export interface ImportProbleem {
  readonly pad: string;
  readonly code: ImportProbleemCode;
  readonly bericht: string;
}

const MESSAGES: Readonly<Record<ImportProbleemCode, string>> = {
  geen_json_object: 'Het bestand bevat geen casus (geen JSON-object).',
  verkeerd_formaat: 'Dit is geen Tafel-casusbestand.',
  versie_te_nieuw: 'Dit bestand is gemaakt met een nieuwere versie van Tafel.',
  doel_niet_leeg: 'Importeren kan alleen in een nieuwe, lege casus.',
  verkeerd_type: 'Deze waarde heeft het verkeerde type.',
  onbekende_waarde: 'Deze waarde is niet toegestaan.',
  onbekend_profiel: 'Onbekend gezinsprofiel; toegestaan zijn alleen de vijf gezinsprofielen.',
  onbekend_veld: 'Onbekend veld.',
  ontbreekt: 'Dit verplichte veld ontbreekt.',
  buiten_bereik: 'Deze waarde is te kort, te lang, te klein of te groot.',
  ongeldig_formaat: 'Deze waarde heeft niet het juiste formaat (bijvoorbeeld een datum).',
  dubbel_id: 'Dit id komt meer dan eens voor.',
  verwijzing_bestaat_niet: 'Deze verwijzing wijst naar iets dat niet in het bestand staat.',
};

/** A problem with the standard sentence for its code. */
export function probleem(pad: string, code: ImportProbleemCode): ImportProbleem {
  return { pad, code, bericht: MESSAGES[code] };
}

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;

/** Formats a zod path; keys that are not plain identifiers are masked (they could be content). */
export function formatPad(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = typeof part === 'string' && SAFE_KEY.test(part) ? part : '…';
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

const PROFILE_FIELDS = new Set(['primair', 'oordelen', 'profiel', 'secundair', 'uitgesloten']);

/** Problems for zod issues. */
export function problemenVanZod(issues: readonly z.core.$ZodIssue[]): ImportProbleem[] {
  const out: ImportProbleem[] = [];
  for (const issue of issues) {
    const pad = formatPad(issue.path);
    const lastKey = [...issue.path].reverse().find((p) => typeof p === 'string');
    const aboutProfile = typeof lastKey === 'string' && PROFILE_FIELDS.has(lastKey);
    switch (issue.code) {
      case 'invalid_type':
        // zod does not keep the input; its message says whether the value was missing.
        out.push(probleem(pad, issue.message.endsWith('received undefined') ? 'ontbreekt' : 'verkeerd_type'));
        break;
      case 'invalid_value':
      case 'invalid_key':
        out.push(probleem(pad, aboutProfile ? 'onbekend_profiel' : 'onbekende_waarde'));
        break;
      case 'unrecognized_keys':
        // Under `oordelen` the keys are profiles: an unknown key there is an unknown profile.
        for (const key of issue.keys) out.push(probleem(formatPad([...issue.path, key]), lastKey === 'oordelen' ? 'onbekend_profiel' : 'onbekend_veld'));
        break;
      case 'too_small':
      case 'too_big':
        out.push(probleem(pad, 'buiten_bereik'));
        break;
      case 'invalid_format':
        out.push(probleem(pad, 'ongeldig_formaat'));
        break;
      default:
        out.push(probleem(pad, 'verkeerd_type'));
    }
  }
  return out;
}
