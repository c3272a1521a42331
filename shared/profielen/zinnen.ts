/**
 * A finding of the plan check in one Dutch sentence, as the vaststellen checklist records it and
 * the exports print it: which item, what does not fit which profile, and what fits instead.
 */
import { PROFIEL_NAMEN } from '../model/index.js';
import type { ToetsBevinding } from './planToets.js';
import { STANDAARD_PROFIELGIDS, type ProfielGids } from './profielGids.js';

const SOORT_WOORD: Readonly<Record<ToetsBevinding['soort'], string>> = {
  afspraak: 'Afspraak',
  actiepunt: 'Actiepunt',
  besluit: 'Besluit',
  hulpverlening: 'Hulpverlening',
  profiel: 'Gezinsprofiel',
};

const kort = (s: string, max = 80): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

const telling = (b: ToetsBevinding): string =>
  b.onbekend + b.afwezig === 0
    ? 'geen indicatoren'
    : [b.onbekend > 0 ? `${b.onbekend} onbekend` : '', b.afwezig > 0 ? `${b.afwezig} afwezig` : ''].filter((d) => d !== '').join(', ');

/** The item as the sentence names it: its kind and its words, e.g. `Actiepunt "Gesprek met vader en moeder samen."`. */
export function bevindingItem(b: ToetsBevinding): string {
  if (b.soort === 'profiel') return `Secundair profiel ${PROFIEL_NAMEN[b.profiel]}`;
  return `${SOORT_WOORD[b.soort]} "${kort(b.naam)}"`;
}

/** The finding in one sentence (with what fits instead, and the exception when one was recorded). */
export function bevindingZin(b: ToetsBevinding, gids: ProfielGids = STANDAARD_PROFIELGIDS): string {
  const regel = gids.regels[b.regel];
  const kern =
    b.soort === 'profiel'
      ? `${bevindingItem(b)} rust op geen aanwezige indicator (${telling(b)}).`
      : b.regel === 'mediation_zonder_uitsluiting'
        ? `${bevindingItem(b)}: ${regel.titel}. ${regel.inPlaatsDaarvan}`
        : `${bevindingItem(b)}: ${regel.titel} past niet bij ${PROFIEL_NAMEN[b.profiel]}. ${regel.inPlaatsDaarvan}`;
  return b.uitzondering === undefined ? kern : `${kern} Afwijking vastgelegd: ${kort(b.uitzondering.reden, 200)}`;
}
