/**
 * Dutch words for the levensloop in exports (the closing documents are filed in Dutch records and
 * must be byte-identical on every device, like every export: labels.ts). The UI's words for the
 * same things are in shared/i18n/areas/levensloop.*.ts.
 */
import type { Afsluitreden, Levensfase } from '../model/index.js';

export const LEVENSFASE_NL: Readonly<Record<Levensfase, string>> = {
  aanmelding: 'Aanmelding',
  triage: 'Triage',
  analyse: 'Analyse',
  plan: 'Plan',
  uitvoering_monitoring: 'Uitvoering en monitoring',
  afschalen: 'Afschalen',
  nazorg: 'Nazorg',
  afgesloten: 'Afgesloten',
};

export const AFSLUITREDEN_NL: Readonly<Record<Afsluitreden, string>> = {
  doelen_bereikt: 'doelen bereikt',
  overgedragen: 'overgedragen',
  gezin_verhuisd: 'gezin verhuisd',
  niet_passend: 'niet (meer) passend voor MDA++',
  niet_opgenomen: 'niet opgenomen in MDA++ (triage)',
  overig: 'andere reden',
};

export const MIJLPAAL_NL: Readonly<Record<'aanmelding' | 'eerste_overleg' | 'plan_vastgesteld' | 'afschalen' | 'afsluiten', string>> = {
  aanmelding: 'Aanmelding',
  eerste_overleg: 'Eerste overleg',
  plan_vastgesteld: 'Plan vastgesteld',
  afschalen: 'Afschalen',
  afsluiten: 'Afsluiten',
};

/**
 * The rule an organisation keeps its own record under when no single number of years applies
 * (docs/bewaartermijnen.md names the sources).
 */
export const EIGEN_BEWAARREGEL_NL: Readonly<Record<string, string>> = {
  Politie: 'volgens de Wet politiegegevens',
  OM: 'volgens de Wet justitiële en strafvorderlijke gegevens',
  Reclassering: 'volgens de eigen regeling van de reclassering',
  RvdK: 'tot 100 jaar na de geboorte van het kind (bescherming, gezag en omgang); tot het kind 24 is bij alleen strafzaken',
  Opvang: 'volgens de eigen regeling van de opvang',
  ZVH: 'volgens de eigen regeling van het Zorg- en Veiligheidshuis',
  Gemeente: 'volgens de eigen regeling van de gemeente',
  Overig: 'volgens de eigen regeling van de organisatie',
};

/** "ja", "nee", "nog niet bekend". */
export function jaNeeOnbekendNl(value: string): string {
  return value === 'onbekend' ? 'nog niet bekend' : value;
}

/** "1 dag", "14 dagen". */
export function dagenNl(dagen: number): string {
  return dagen === 1 ? '1 dag' : `${dagen} dagen`;
}
