/**
 * When the gezinsprofiel part warns about mediation (docs/domain.md §2.2: with intieme terreur,
 * mediation and joint parenting counselling are strongly contra-indicated).
 *
 * The rule, as the report and the UI describe it:
 * 1. Intieme terreur is plausible when the team chose it as primary or secondary profile, or when
 *    any of its indicators is marked present ("ja"). A team's "uitgesloten" does not silence a
 *    present indicator: the indicator must be changed first, so the exclusion is a visible choice.
 * 2. An afspraak in the veiligheidsplan is mediation-like when its text (wat, waar) names
 *    mediation/mediatie/mediator, bemiddeling, a gezamenlijk gesprek (or gezamenlijke sessie,
 *    gezamenlijke ouderschapsbegeleiding), relatietherapie, partnertherapie or
 *    ouderschapsbemiddeling. The model has no field that marks an afspraak as mediation, so words
 *    are all there is. A mention preceded by "geen", "zonder" or "nooit" (at most two words
 *    between) is a refusal, not a plan, and does not count. Vervallen afspraken do not count.
 * 3. The warning shows when both hold, and names the afspraken it found.
 */
import { plainTextOf, type Afspraak, type GezinsprofielBeoordeling, type ProfielIndicator } from '../../../shared/model/index.js';

/** The parts of the assessment the rule reads (so the toelichting need not be passed around). */
export type ProfielKeuze = Pick<GezinsprofielBeoordeling, 'primair' | 'oordelen'>;

/** Words that name a mediation-like meeting of the partners (lower case, matched as word starts). */
const MEDIATION_PATTERNS: readonly RegExp[] = [
  /\bmediat(?:ion|ie|or|ors|ions)\b/u,
  /\bbemiddel\p{L}*/u,
  /\bouderschapsbemiddel\p{L}*/u,
  /\bgezamenlijke?\s+(?:gesprek(?:ken)?|sessies?|ouderschapsbegeleiding|oudergesprek(?:ken)?)\b/u,
  /\b(?:partner)?relatietherapie\b/u,
  /\bpartnertherapie\b/u,
];

const NEGATION = /\b(?:geen|zonder|nooit)\s+(?:\p{L}+\s+){0,2}$/u;

/** True if `text` proposes something mediation-like (a negated mention does not count). */
export function noemtMediation(text: string): boolean {
  const lower = text.toLowerCase();
  for (const pattern of MEDIATION_PATTERNS) {
    const global = new RegExp(pattern.source, 'gu');
    for (const match of lower.matchAll(global)) {
      const before = lower.slice(Math.max(0, match.index - 40), match.index);
      if (!NEGATION.test(before)) return true;
    }
  }
  return false;
}

/** True if intieme terreur is plausible for this assessment and these indicators. */
export function intiemeTerreurAannemelijk(keuze: ProfielKeuze, indicatoren: readonly ProfielIndicator[]): boolean {
  if (keuze.primair === 'intieme_terreur' || keuze.oordelen.intieme_terreur === 'secundair') return true;
  return indicatoren.some((i) => i.profiel === 'intieme_terreur' && i.aanwezig === 'ja');
}

/** The afspraken that propose mediation-like contact (vervallen ones excluded). */
export function mediationAfspraken(afspraken: readonly Afspraak[]): Afspraak[] {
  return afspraken.filter((a) => a.status !== 'vervallen' && noemtMediation(`${plainTextOf(a.wat)}\n${a.waar ?? ''}`));
}

/** The afspraken to warn about: empty when there is nothing to warn about. */
export function mediationWaarschuwing(keuze: ProfielKeuze, indicatoren: readonly ProfielIndicator[], afspraken: readonly Afspraak[]): Afspraak[] {
  return intiemeTerreurAannemelijk(keuze, indicatoren) ? mediationAfspraken(afspraken) : [];
}
