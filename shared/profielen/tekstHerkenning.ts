/**
 * Recognising, in the words people write in a plan, the forms of help that a gezinsprofiel rules
 * out (planToets.ts). Items can be marked (an afspraak's or actiepunt's `contactvormen`); text is
 * read as well, because most plans are written before anyone marks anything.
 *
 * Reading is per clause (split at . ; ! ? and line ends, and where a sentence turns: ", wel",
 * ", maar", ", daarna"), so "Geen mediation; begeleide overdracht via oma" is two statements.
 * The parents' own names (from the gezin) read as "ouder", so "Gesprek met Mark en Sanne samen"
 * is a joint conversation too. A clause counts only when it proposes the thing:
 * - a joint conversation needs a meeting word (gesprek, sessie, overleg, …begeleiding, …therapie)
 *   and both partners as a pair (vader en moeder, beide ouders, de ouders, "vader samen met
 *   moeder"), or samen/gezamenlijk/met elkaar with ouders or partners, or "gezamenlijke
 *   gesprekken" naming no single parent, or an "oudergesprek"; mediation,
 *   bemiddeling and relatie-/partnertherapie count on their own;
 * - a handover by family needs a handover word (overdracht, wisselen, halen en brengen) and a
 *   relative or network member, and no professional setting (omgangshuis, begeleide omgang …);
 * - agressieregulatie or a general anger training counts on its own.
 * A clause saying "apart", "afzonderlijk", "ieder" or "elk" (separate conversations), or a
 * negation up to three words before the words (geen, niet, nooit, zonder, in plaats van) does
 * not count.
 */

/** What a clause was recognised as. */
export type Herkenning = 'gezamenlijk_contact' | 'mediation' | 'overdracht_door_familie' | 'agressietraining';

/** A recognised clause: what, and the clause itself (to show where it was found). */
export interface Gevonden {
  readonly wat: Herkenning;
  readonly zin: string;
}

const MEDIATION =
  /\b(?:mediat(?:ion|ie|or|ors)|(?:omgangs|ouderschaps)?bemiddel\p{L}*|(?:partner)?relatietherapie|partnertherapie|relatiegesprek\p{L}*|koppeltherapie|echtpaartherapie)/u;
const OVERLEG_WOORD =
  /\b(?:\p{L}*gesprek\p{L}*|sessie\p{L}*|overleg\b|bijeenkomst\p{L}*|\p{L}*begeleiding\b|\p{L}*therapie\b|contactmoment\p{L}*|ontmoeting\p{L}*|uitgenodigd|uitnodig\p{L}*)/u;
const BEIDE_PARTNERS =
  /\b(?:vader en moeder|moeder en vader|papa en mama|mama en papa|ouder en ouder|beide ouders|beide partners|beide ex-partners|de ouders|de (?:ex-)?partners|man en vrouw|tussen de ouders|(?:vader|moeder|ouder) samen met (?:de |zijn |haar )?(?:vader|moeder|ouder|partner|ex-partner|ex))\b/u;
const OUDERGESPREK = /\boudergesprek\p{L}*/u;
const GEZAMENLIJK = /\b(?:gezamenlijk\p{L}*|samen|tegelijk\p{L}*|met elkaar|met z(?:ijn|'n) tweeën)\b/u;
/** "gezamenlijk" right before the meeting it qualifies: a joint form when no single parent is named. */
const GEZAMENLIJKE_VORM = /\bgezamenlijk\p{L}*\s+(?:\p{L}*gesprek\p{L}*|sessie\p{L}*|\p{L}*begeleiding|\p{L}*therapie)/u;
const MEERVOUD = /\b(?:ouders|partners|ex-partners)\b/u;
const EEN_OUDER = /\b(?:vader|moeder|papa|mama|ouder)\b/u;
const APART = /\b(?:apart|afzonderlijk\p{L}*|los van elkaar|ieder|elk|individue\p{L}*|gescheiden gesprek\p{L}*|eigen gesprek\p{L}*)\b/u;
const OVERDRACHT = /\b(?:\p{L}*overdracht\p{L}*|wissel(?:en|t|moment\p{L}*)|halen en brengen|brengen en halen|ophalen en (?:weg)?brengen)\b/u;
const FAMILIE =
  /\b(?:oma|opa|grootmoeder|grootvader|grootouders?|tante|oom|familie\p{L}*|zus|zussen|broer|broers|schoonmoeder|schoonvader|buurvrouw|buurman|vriendin|vriend|netwerk\p{L}*|nicht|neef)\b/u;
const PROFESSIONEEL =
  /\b(?:omgangshuis|begeleide omgang|omgangsbegeleid\p{L}*|omgangsbureau|bezoekruimte|professione\p{L}*|jeugdbeschermer|hulpverlener\p{L}*|gezinsvoogd)\b/u;
const AGRESSIE = /\b(?:agressieregulatie\p{L}*|agressietraining\p{L}*|agressiecontrole\p{L}*|anger management|boosheidstraining\p{L}*|omgaan met boosheid)/u;
const ONTKENNING = /\b(?:geen|niet|nooit|zonder|in plaats van|i\.p\.v\.|nimmer)\b/u;
/** Where a clause turns ("geen mediation, wel een gezamenlijk gesprek"): read as two clauses. */
const WENDING = /,\s*(?:en\s+)?(?=(?:daarna|vervolgens|later|wel|maar)\b)/u;

/** How the check knows the people: the parents' or partners' own names read as "ouder". */
export interface HerkenOpties {
  readonly ouderNamen?: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The clauses of a text, lower case, with the parents' names read as "ouder" and white space made one. */
export function zinsdelen(tekst: string, opties: HerkenOpties = {}): string[] {
  let lower = tekst.toLowerCase().replace(/[’`]/gu, "'");
  for (const naam of opties.ouderNamen ?? []) {
    const n = naam.trim().toLowerCase();
    if (n.length >= 2) lower = lower.replace(new RegExp(`(?<![\\p{L}\\d])${escape(n)}(?![\\p{L}\\d])`, 'gu'), 'ouder');
  }
  return lower
    .split(/[.;!?\n]+/u)
    .flatMap((z) => z.split(WENDING))
    .map((z) => z.replace(/\s+/gu, ' ').trim())
    .filter((z) => z !== '');
}

/** True if a negation stands at most three words before where `patroon` first matches in `zin`. */
function ontkend(zin: string, patroon: RegExp): boolean {
  const m = patroon.exec(zin);
  if (m === null) return false;
  const ervoor = zin.slice(0, m.index).trim().split(' ').slice(-4).join(' ');
  return ONTKENNING.test(ervoor);
}

function gezamenlijkContact(zin: string): boolean {
  if (APART.test(zin)) return false;
  if (OUDERGESPREK.test(zin)) return !ontkend(zin, OUDERGESPREK);
  if (!OVERLEG_WOORD.test(zin) || ontkend(zin, OVERLEG_WOORD)) return false;
  if (BEIDE_PARTNERS.test(zin)) return true;
  if (GEZAMENLIJK.test(zin) && MEERVOUD.test(zin)) return true;
  return GEZAMENLIJKE_VORM.test(zin) && !EEN_OUDER.test(zin);
}

const overdrachtNietProfessioneel = (zin: string): boolean => OVERDRACHT.test(zin) && !PROFESSIONEEL.test(zin) && !ontkend(zin, OVERDRACHT);

/** What one clause proposes (none, one or several things). */
function herkenZin(zin: string): Herkenning[] {
  const uit: Herkenning[] = [];
  if (MEDIATION.test(zin) && !ontkend(zin, MEDIATION)) uit.push('mediation');
  else if (gezamenlijkContact(zin)) uit.push('gezamenlijk_contact');
  if (overdrachtNietProfessioneel(zin) && FAMILIE.test(zin)) uit.push('overdracht_door_familie');
  if (AGRESSIE.test(zin) && !ontkend(zin, AGRESSIE)) uit.push('agressietraining');
  return uit;
}

/** Everything `tekst` proposes that a profile check looks for, clause by clause. */
export function herken(tekst: string, opties: HerkenOpties = {}): Gevonden[] {
  return zinsdelen(tekst, opties).flatMap((zin) => herkenZin(zin).map((wat) => ({ wat, zin })));
}

/**
 * The first clause of `tekst` that plans a handover outside a professional setting, whoever does
 * it: for an afspraak whose wie are network members, that handover is by family.
 */
export function overdrachtZin(tekst: string, opties: HerkenOpties = {}): string | undefined {
  return zinsdelen(tekst, opties).find(overdrachtNietProfessioneel);
}
