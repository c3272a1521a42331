/**
 * Dutch words for the model's enumerations, as they appear in exports. Exports are Dutch on every
 * device (they are filed in Dutch records and must be byte-identical), so these live here and not
 * in the UI catalogues, which follow the user's language.
 */
import { PROFIEL_NAMEN, type Profiel } from '../model/index.js';

const FASE: Readonly<Record<string, string>> = {
  directe_veiligheid: 'Directe veiligheid',
  stabiele_veiligheid: 'Stabiele veiligheid',
  risicogestuurde_zorg: 'Risicogestuurde zorg',
  herstel: 'Herstel',
};
const AFSPRAAK_STATUS: Readonly<Record<string, string>> = {
  actief: 'loopt',
  nagekomen: 'nagekomen',
  niet_nagekomen: 'niet nagekomen',
  gewijzigd: 'gewijzigd',
  vervallen: 'vervallen',
};
const PLAN_TYPE: Readonly<Record<string, string>> = {
  veiligheidsplan: 'Veiligheidsplan',
  integraal_plan: 'Integraal plan',
  gezinsplan: 'Gezinsplan',
  analyse_en_herstelplan: 'Analyse- en herstelplan',
};
const PLAN_STATUS: Readonly<Record<string, string>> = {
  concept: 'concept',
  afgestemd_met_gezin: 'afgestemd met het gezin',
  vastgesteld: 'vastgesteld',
  geevalueerd: 'geëvalueerd',
  vervallen: 'vervallen',
};
const OVERLEG_TYPE: Readonly<Record<string, string>> = {
  triage: 'Triage-overleg',
  casusoverleg: 'Casusoverleg',
  netwerkbijeenkomst: 'Netwerkbijeenkomst',
  evaluatie: 'Evaluatieoverleg',
  spoed: 'Spoedoverleg',
};
const ACTIEPUNT_STATUS: Readonly<Record<string, string>> = {
  open: 'open',
  gedaan: 'gedaan',
  niet_gedaan: 'niet gedaan',
  niet_mogelijk_gewijzigde_omstandigheden: 'niet mogelijk door gewijzigde omstandigheden',
  vervallen: 'vervallen',
};
const ANALYSE_STATUS: Readonly<Record<string, string>> = { concept: 'concept', besproken_met_gezin: 'besproken met het gezin', vastgesteld: 'vastgesteld' };
const HYPOTHESE_STATUS: Readonly<Record<string, string>> = { open: 'open', aannemelijk: 'aannemelijk', verworpen: 'verworpen', werkhypothese: 'werkhypothese' };
const JA_NEE: Readonly<Record<string, string>> = { ja: 'ja', nee: 'nee', onbekend: 'onbekend' };
const ACCENT: Readonly<Record<string, string>> = { veiligheidsdomein: 'veiligheidsdomein', gebalanceerd: 'gebalanceerd', zorgdomein: 'zorgdomein' };
const ROL: Readonly<Record<string, string>> = {
  voorzitter: 'voorzitter',
  casusregisseur: 'casusregisseur',
  procesregisseur: 'procesregisseur',
  coordinator: 'coördinator',
  notulist: 'notulist',
  expert: 'deskundige',
  gedragswetenschapper: 'gedragswetenschapper',
  observer: 'waarnemer',
  gezinsadvocaat: 'gezinsadvocaat',
  gezinslid: 'gezinslid',
  netwerk: 'netwerk',
};

const GEBEURTENIS_TYPE: Readonly<Record<string, string>> = {
  incident: 'Incident',
  melding_VT: 'Melding bij Veilig Thuis',
  politiecontact: 'Politiecontact',
  huisverbod: 'Huisverbod',
  aangifte: 'Aangifte',
  strafrechtelijk: 'Strafrechtelijke stap',
  beschermingsmaatregel: 'Beschermingsmaatregel',
  opvang: 'Opvang',
  hulp_start: 'Start van hulp',
  hulp_einde: 'Einde van hulp',
  scheiding: 'Scheiding',
  overig: 'Anders',
};
const BRON_TYPE: Readonly<Record<string, string>> = {
  eigen_waarneming: 'eigen waarneming',
  verklaring: 'verklaring',
  dossier: 'dossier',
  derde: 'van een derde',
};
const TAXATIE_TYPE: Readonly<Record<string, string>> = { veiligheidstaxatie: 'veiligheidstaxatie', risicotaxatie: 'risicotaxatie', screening: 'screening' };
const FACTOR_SOORT: Readonly<Record<string, string>> = {
  zorg: 'Zorgen',
  kracht: 'Krachten (wat gaat goed)',
  risico: 'Risicofactoren',
  beschermend: 'Beschermende factoren',
  complicerend: 'Complicerende factoren',
  uitzondering: 'Uitzonderingen op het gevaar',
};

const from =
  (table: Readonly<Record<string, string>>) =>
  (key: string): string =>
    table[key] ?? key.replace(/_/g, ' ');

export const faseLabel = from(FASE);
export const afspraakStatusLabel = from(AFSPRAAK_STATUS);
export const planTypeLabel = from(PLAN_TYPE);
export const planStatusLabel = from(PLAN_STATUS);
export const overlegTypeLabel = from(OVERLEG_TYPE);
export const actiepuntStatusLabel = from(ACTIEPUNT_STATUS);
export const analyseStatusLabel = from(ANALYSE_STATUS);
export const hypotheseStatusLabel = from(HYPOTHESE_STATUS);
export const jaNeeLabel = from(JA_NEE);
export const accentLabel = from(ACCENT);
export const rolLabel = from(ROL);
export const gebeurtenisTypeLabel = from(GEBEURTENIS_TYPE);
export const bronTypeLabel = from(BRON_TYPE);
export const taxatieTypeLabel = from(TAXATIE_TYPE);
export const factorSoortLabel = from(FACTOR_SOORT);
/** The kinds of factor in the order the analysis lists them. */
export const FACTOR_VOLGORDE = Object.keys(FACTOR_SOORT);

/** The exact name of a gezinsprofiel (docs/domain.md §2.2). */
export function profielLabel(key: string): string {
  return (PROFIEL_NAMEN as Readonly<Record<string, string>>)[key as Profiel] ?? key;
}

/** "a", "a en b", "a, b en c". */
export function opsomming(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
