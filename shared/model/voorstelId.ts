/**
 * The id of a proposal (voorstel) in rich text. It is the `id` attribute of the `insertion` and
 * `deletion` marks the Voorstellen mode writes, and it names its author and when it was started:
 * `<deelnemerId>~<milliseconds, base 36>~<random>`. So every peer, also offline and without any
 * other record, can tell whose proposal a run of text is, colour it and decide who may withdraw
 * it; and two experts proposing at the same moment never share an id.
 */

/** Separates the parts of an id; never part of a deelnemer id the model makes (uuids). */
const SEP = '~';
const TIJD = /^[0-9a-z]{1,11}$/;
const RAND = /^[0-9a-z]{4,16}$/;

/** What an id says about its proposal. */
export interface VoorstelHerkomst {
  /** The deelnemer who proposed it. */
  readonly auteurId: string;
  /** When the proposal was started (ms since 1970). */
  readonly sindsMs: number;
}

/**
 * A new proposal id for `auteurId` at `nowMs`. `random` gives the random part (at least four
 * characters of `[0-9a-z]`, e.g. from `crypto.getRandomValues`), so tests can be deterministic.
 */
export function nieuwVoorstelId(auteurId: string, nowMs: number, random: string): string {
  if (auteurId === '' || auteurId.includes(SEP)) throw new RangeError('voorstel: ongeldige auteur');
  if (!RAND.test(random)) throw new RangeError('voorstel: ongeldig willekeurig deel');
  return `${auteurId}${SEP}${Math.max(0, Math.floor(nowMs)).toString(36)}${SEP}${random}`;
}

/** Author and start of a proposal, or null for an id Tafel did not make (then nobody is its author). */
export function herkomstVanVoorstel(id: unknown): VoorstelHerkomst | null {
  if (typeof id !== 'string') return null;
  const parts = id.split(SEP);
  if (parts.length !== 3) return null;
  const [auteurId, tijd, rand] = parts as [string, string, string];
  if (auteurId === '' || !TIJD.test(tijd) || !RAND.test(rand)) return null;
  return { auteurId, sindsMs: parseInt(tijd, 36) };
}

/** True if `id` is a proposal of `deelnemerId`. */
export function isVoorstelVan(id: unknown, deelnemerId: string): boolean {
  return herkomstVanVoorstel(id)?.auteurId === deelnemerId;
}
