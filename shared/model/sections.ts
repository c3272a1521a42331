/**
 * Section lists of the verklarende analyse. No national template exists (docs/domain.md §1.2), so the
 * list is data: a region configures its own, and the default is the 13-section synthesis. Section
 * ids are stable keys: a section's text lives in the root fragment named after its id.
 */

/** One section as configured. */
export interface SectieDefinitie {
  /** Stable key, lower-case with dashes (also names the section's root fragment). */
  readonly id: string;
  /** UI label. */
  readonly titel: string;
  /** One line of guidance shown in the empty section. */
  readonly hulptekst?: string;
}

/** A section list. */
export type SectieLijst = readonly SectieDefinitie[];

/** The default section list (docs/domain.md §1.2, a synthesis, design proposal). */
export const STANDAARD_SECTIES: SectieLijst = [
  { id: 'aanleiding-en-hulpvraag', titel: 'Aanleiding en hulpvraag', hulptekst: 'Waarom deze casus, de melding, de vragen van gezin en professionals.' },
  { id: 'feiten-en-gebeurtenissen', titel: 'Feiten en gebeurtenissen', hulptekst: 'Gedateerde feiten; eerdere hulp en het resultaat. Zie ook de tijdlijn.' },
  { id: 'perspectieven', titel: 'Perspectieven', hulptekst: 'Hoe ieder gezinslid het ziet, in eigen woorden; de kijk van het netwerk.' },
  { id: 'zorgen', titel: 'Zorgen (wat gaat er mis)', hulptekst: 'Schade die er is, gevaar als er niets verandert, complicerende factoren.' },
  { id: 'krachten', titel: 'Krachten / beschermende factoren', hulptekst: 'Wat gaat goed, uitzonderingen, bestaande veiligheid, netwerk.' },
  { id: 'risicofactoren', titel: 'Risicofactoren', hulptekst: 'Per persoon, relatie en omgeving, met uitkomsten van risicotaxaties.' },
  { id: 'patronen-en-samenhang', titel: 'Patronen en samenhang', hulptekst: 'Geweldspatroon, patronen over generaties, hoe factoren samenhangen.' },
  { id: 'hypothesen', titel: 'Hypothesen (verklaringen)', hulptekst: 'Verklaringen naast elkaar, met onderbouwing voor en tegen.' },
  { id: 'werkhypothese', titel: 'Werkhypothese / conclusie', hulptekst: 'De gedeelde verklaring; leg meningsverschillen vast.' },
  { id: 'gezinsprofiel', titel: 'Gezinsprofiel', hulptekst: 'Primair profiel en indicatoren.' },
  { id: 'doelen', titel: 'Doelen', hulptekst: 'Veiligheidsdoelen en -voorwaarden, in de woorden van het gezin.' },
  { id: 'interventies', titel: 'Interventies / aanpak', hulptekst: 'Wat, door wie, in welke volgorde: veiligheid, risico, herstel.' },
  { id: 'besluiten-en-onderbouwing', titel: 'Besluiten en onderbouwing', hulptekst: 'Kernbeslissingen, onderbouwing en tegenspraak.' },
];

const SECTIE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** True if `id` is a valid section key. */
export function isSectieId(id: string): boolean {
  return SECTIE_ID.test(id);
}

/**
 * The section list for `regio`: the region's own list from `configuratie` (e.g. from settings),
 * or the default list.
 */
export function sectieLijstVoorRegio(regio: string, configuratie: Readonly<Record<string, SectieLijst>> = {}): SectieLijst {
  const eigen = Object.hasOwn(configuratie, regio) ? configuratie[regio] : undefined;
  return eigen && eigen.length > 0 ? eigen : STANDAARD_SECTIES;
}
