/** Choice lists of the analyse part, in the interface language. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { AnalyseStatus, CasusDeelnemer, Factor, HypotheseStatus, NetwerkLid, Persoon, TijdlijnGebeurtenis } from '../../../shared/model/index.js';
import type { SelectOption } from '../../editors/fields/index.js';
import { datumInWoorden } from '../tijdlijn/datum.js';

export const FACTOR_SOORTEN = ['zorg', 'kracht', 'risico', 'beschermend', 'complicerend', 'uitzondering'] as const;
export const FACTOR_NIVEAUS = ['kind', 'ouder', 'relatie', 'gezin', 'netwerk', 'omgeving'] as const;
export const FACTOR_ROLLEN = ['veroorzakend', 'uitlokkend', 'in_stand_houdend', 'verergerend', 'beschermend'] as const;
export const HYPOTHESE_STATUSSEN = ['open', 'aannemelijk', 'verworpen', 'werkhypothese'] as const;
export const ANALYSE_STATUSSEN = ['concept', 'besproken_met_gezin', 'vastgesteld'] as const;

export type FactorSoort = (typeof FACTOR_SOORTEN)[number];
export type FactorNiveau = (typeof FACTOR_NIVEAUS)[number];
export type FactorRol = (typeof FACTOR_ROLLEN)[number];
export type HypotheseStatusKeuze = (typeof HYPOTHESE_STATUSSEN)[number];
export type AnalyseStatusKeuze = (typeof ANALYSE_STATUSSEN)[number];

// The lists above must name exactly the model's values: a change in the model fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsModel: [
  Same<FactorSoort, Factor['soort']>,
  Same<FactorNiveau, Factor['niveau']>,
  Same<FactorRol, NonNullable<Factor['rolInProbleem']>>,
  Same<HypotheseStatusKeuze, HypotheseStatus>,
  Same<AnalyseStatusKeuze, AnalyseStatus['status']>,
] = [true, true, true, true, true];
void sameAsModel;

export const soortOptions = (t: Translate): SelectOption<FactorSoort>[] => FACTOR_SOORTEN.map((v) => ({ value: v, label: t(`analyse.soort.${v}`) }));
export const niveauOptions = (t: Translate): SelectOption<FactorNiveau>[] => FACTOR_NIVEAUS.map((v) => ({ value: v, label: t(`analyse.niveau.${v}`) }));
export const rolOptions = (t: Translate): SelectOption<FactorRol>[] => FACTOR_ROLLEN.map((v) => ({ value: v, label: t(`analyse.rol.${v}`) }));
export const hypotheseStatusOptions = (t: Translate): SelectOption<HypotheseStatusKeuze>[] =>
  HYPOTHESE_STATUSSEN.map((v) => ({ value: v, label: t(`analyse.hypotheseStatus.${v}`) }));
export const analyseStatusOptions = (t: Translate): SelectOption<AnalyseStatusKeuze>[] =>
  ANALYSE_STATUSSEN.map((v) => ({ value: v, label: t(`analyse.status.${v}`) }));

/** Tijdlijn events as choices: date in words and title, oldest first (on the ISO date) as the tijdlijn lists them. */
export const gebeurtenisOptions = (t: Translate, locale: string, events: readonly TijdlijnGebeurtenis[]): SelectOption<string>[] =>
  [...events]
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0))
    .map((e) => ({ value: e.id, label: `${datumInWoorden(t, locale, e.datum, e.datumPrecisie)} · ${e.titel}` }));

/** Everyone who can hold a view or propose something: gezinsleden, netwerk and professionals. */
export function wieOptions(
  t: Translate,
  personen: readonly Persoon[],
  netwerk: readonly NetwerkLid[],
  deelnemers: readonly CasusDeelnemer[],
): SelectOption<string>[] {
  return [
    ...personen.map((p) => ({ value: p.id, label: t('analyse.wie.persoon', { naam: p.roepnaam }) })),
    ...netwerk.map((n) => ({ value: n.id, label: t('analyse.wie.netwerk', { naam: n.naam }) })),
    ...deelnemers.map((d) => ({ value: d.id, label: t('analyse.wie.deelnemer', { naam: d.naam }) })),
  ];
}
