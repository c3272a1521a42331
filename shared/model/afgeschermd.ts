/**
 * Restricted values sealed for their audience (docs/afscherming.md). A restricted value — a
 * persoon's `adres` or `veiligContact`, a whole noodcontact — keeps only a shell in its entity
 * (who may see it, `zichtbaarVoor`, and empty data fields); its content lives sealed in the root
 * map `afgeschermd`, one string per place. The place's key is its own Y.Map entry, so a change of
 * the value and a change of its audience are separate fields and both survive concurrency (last
 * writer wins per field).
 *
 * The model itself holds no keys and does no cryptography: a device that can open values
 * registers an `Afscherming` for the document (shared/afscherming). Reads then show what that
 * device opened; writes of restricted content hand the content to it (it seals off the
 * transaction) and store only the shell. Without a registration (the demo, tests, an older case
 * before its first open) values are stored as they are.
 */
import * as Y from 'yjs';
import { collectionRootName } from './docLayout.js';

/** Name of the root map of sealed values. */
export const AFGESCHERMD_ROOT = 'afgeschermd';

/** The root map of sealed values: place → sealed text. */
export function afgeschermdMap(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>(AFGESCHERMD_ROOT);
}

/** Restricted object fields per collection; a collection listed as `'*'` is restricted as a whole. */
const BEPERKTE_VELDEN: Readonly<Record<string, readonly string[] | '*'>> = {
  personen: ['adres', 'veiligContact'],
  noodcontacten: '*',
};

/** Fields of a restricted entity that are not its content: they stay in the entity. */
const ENTITEIT_OPEN = new Set(['planId', 'zichtbaarVoor']);

/** The empty content a shell carries in place of the sealed one (valid for the field's schema). */
const LEEG: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'personen/adres': { waarde: '', geheim: false },
  'personen/veiligContact': {},
  noodcontacten: { naam: '', telefoon: '', wanneer: '' },
};

/** One restricted place: a field of an entity, or a whole restricted entity (`veld` undefined). */
export interface Plaats {
  readonly collectie: string;
  readonly id: string;
  readonly veld?: string;
}

export const plaatsSleutel = (p: Plaats): string => (p.veld === undefined ? `${p.collectie}/${p.id}` : `${p.collectie}/${p.id}/${p.veld}`);

export function leesPlaats(sleutel: string): Plaats | undefined {
  const [collectie, id, veld, ...rest] = sleutel.split('/');
  if (collectie === undefined || id === undefined || rest.length > 0 || BEPERKTE_VELDEN[collectie] === undefined) return undefined;
  return veld === undefined ? { collectie, id } : { collectie, id, veld };
}

/** The restricted places of one entity of `collectie` (none for most collections). */
export function beperktePlaatsen(collectie: string, id: string): Plaats[] {
  const velden = BEPERKTE_VELDEN[collectie];
  if (velden === undefined) return [];
  return velden === '*' ? [{ collectie, id }] : velden.map((veld) => ({ collectie, id, veld }));
}

/** True if `collectie` holds restricted places. */
export const heeftBeperkt = (collectie: string): boolean => BEPERKTE_VELDEN[collectie] !== undefined;

/** The content of a restricted place as stored in the entity (without `zichtbaarVoor`); undefined if absent. */
export function inhoudUit(p: Plaats, entiteit: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  if (p.veld !== undefined) {
    const waarde = entiteit[p.veld];
    if (typeof waarde !== 'object' || waarde === null) return undefined;
    const { zichtbaarVoor: _zichtbaarVoor, ...inhoud } = waarde as Record<string, unknown>;
    return inhoud;
  }
  return Object.fromEntries(Object.entries(entiteit).filter(([k]) => !ENTITEIT_OPEN.has(k) && !isMeta(k) && entiteit[k] !== undefined));
}

/** Who may see place `p`, from its shell in the entity; undefined if the place holds nothing. */
export function zichtbaarVoorVan(p: Plaats, entiteit: Readonly<Record<string, unknown>>): readonly string[] | undefined {
  const bron = p.veld === undefined ? entiteit : entiteit[p.veld];
  if (typeof bron !== 'object' || bron === null) return undefined;
  const lijst = (bron as Record<string, unknown>)['zichtbaarVoor'];
  return Array.isArray(lijst) ? (lijst.filter((v) => typeof v === 'string') as string[]) : undefined;
}

/** The shell's empty content for place `p`. */
export const leegVoor = (p: Plaats): Readonly<Record<string, unknown>> => LEEG[p.veld === undefined ? p.collectie : `${p.collectie}/${p.veld}`] ?? {};

/** True if `inhoud` is the shell's empty content (nothing readable in the entity). */
export function isLeeg(p: Plaats, inhoud: Readonly<Record<string, unknown>> | undefined): boolean {
  if (inhoud === undefined) return true;
  const leeg = leegVoor(p);
  return Object.entries(inhoud).every(([k, v]) => v === undefined || v === leeg[k]);
}

const META = new Set(['id', 'aangemaaktOp', 'aangemaaktDoor', 'gewijzigdOp', 'gewijzigdDoor', 'bronOrgId', 'gevoeligheid', 'verwijderdOp', 'verwijderdDoor']);
const isMeta = (k: string): boolean => META.has(k);

/** What a device that can open sealed values offers the model (shared/afscherming implements it). */
export interface Afscherming {
  /** The content this device opened at `plaats` (its current sealed text), or undefined. */
  geopend(plaats: string): Readonly<Record<string, unknown>> | undefined;
  /**
   * Takes new content for `plaats`, called inside the model's write: it is shown at once on this
   * device and sealed for `zichtbaarVoor` right after; only the sealed text enters the document.
   */
  verzegel(plaats: string, zichtbaarVoor: readonly string[], inhoud: Readonly<Record<string, unknown>>): void;
  /** The value at `plaats` was cleared or its entity removed: a write of it still waiting to be sealed is dropped. */
  vergeet(plaats: string): void;
  /** True if `plaats` holds a sealed value this device has not opened (not in its audience, or its key has not arrived). */
  isDicht(plaats: string): boolean;
  /** Opens a sealed text of `plaats` (also an older one, kept in an agreed version); undefined if this device holds no key for it. */
  openTekst(plaats: string, verzegeld: string): Promise<Readonly<Record<string, unknown>> | undefined>;
  /** Calls `f` whenever this device opened (or lost) a value; returns the unsubscribe. */
  opGeopend(f: () => void): () => void;
}

const registratie = new WeakMap<Y.Doc, Afscherming>();

/** Registers (or, with undefined, removes) the device's sealing for `doc`. */
export function zetAfscherming(doc: Y.Doc, afscherming: Afscherming | undefined): void {
  if (afscherming === undefined) registratie.delete(doc);
  else registratie.set(doc, afscherming);
}

export function afschermingVan(doc: Y.Doc): Afscherming | undefined {
  return registratie.get(doc);
}

/** Shows what this device opened in a freshly read entity (in place). */
export function toonGeopend(doc: Y.Doc, collectie: string, out: Record<string, unknown>): void {
  const a = registratie.get(doc);
  if (a === undefined || typeof out['id'] !== 'string') return;
  for (const p of beperktePlaatsen(collectie, out['id'])) {
    const inhoud = a.geopend(plaatsSleutel(p));
    if (inhoud === undefined) continue;
    if (p.veld === undefined) Object.assign(out, inhoud);
    else if (typeof out[p.veld] === 'object' && out[p.veld] !== null)
      out[p.veld] = { ...inhoud, zichtbaarVoor: (out[p.veld] as Record<string, unknown>)['zichtbaarVoor'] };
  }
}

/**
 * Hands the restricted content of a write to the registered sealing and returns the data to store
 * (the shell). `huidig`: the entity as it reads now (undefined for an add). A change of the
 * content alone leaves the shell's audience untouched, so a concurrent change of the audience wins
 * on its own field. Without a registration, `data` is returned unchanged.
 */
export function schrijfAfgeschermd(
  doc: Y.Doc,
  collectie: string,
  id: string,
  data: Record<string, unknown>,
  huidig: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const a = registratie.get(doc);
  if (a === undefined || !heeftBeperkt(collectie)) return data;
  const uit = { ...data };
  for (const p of beperktePlaatsen(collectie, id)) {
    const sleutel = plaatsSleutel(p);
    if (p.veld !== undefined) {
      if (!Object.hasOwn(data, p.veld)) continue;
      const nieuw = data[p.veld] as Record<string, unknown> | undefined;
      if (nieuw === undefined) {
        a.vergeet(sleutel);
        doc.transact(() => afgeschermdMap(doc).delete(sleutel));
        continue;
      }
      const { zichtbaarVoor, ...inhoud } = nieuw;
      a.verzegel(sleutel, zichtbaarVoor as string[], inhoud);
      const oud = huidig?.[p.veld] as Record<string, unknown> | undefined;
      const zelfde = oud !== undefined && sameList(oud['zichtbaarVoor'], zichtbaarVoor) && isLeegOpgeslagen(doc, collectie, id, p);
      if (zelfde) delete uit[p.veld];
      else uit[p.veld] = { ...leegVoor(p), zichtbaarVoor };
    } else {
      const velden = Object.keys(data).filter((k) => !ENTITEIT_OPEN.has(k));
      if (velden.length === 0) continue;
      const inhoud = { ...(a.geopend(sleutel) ?? (huidig === undefined ? {} : inhoudUit(p, huidig))), ...Object.fromEntries(velden.map((k) => [k, data[k]])) };
      const zichtbaarVoor = (data['zichtbaarVoor'] ?? huidig?.['zichtbaarVoor'] ?? []) as string[];
      a.verzegel(sleutel, zichtbaarVoor, inhoud);
      const leeg = leegVoor(p);
      for (const k of velden) {
        if (huidig !== undefined && isLeegOpgeslagen(doc, collectie, id, p)) delete uit[k];
        else uit[k] = leeg[k];
      }
    }
  }
  return uit;
}

/** True if the stored shell at `p` already carries no content (so it need not be written again). */
function isLeegOpgeslagen(doc: Y.Doc, collectie: string, id: string, p: Plaats): boolean {
  const ymap = doc.getMap<Y.Map<unknown>>(collectionRootName(collectie)).get(id);
  if (!(ymap instanceof Y.Map)) return false;
  if (p.veld !== undefined) {
    const v = ymap.get(p.veld) as Record<string, unknown> | undefined;
    if (v === undefined) return false;
    const { zichtbaarVoor: _z, ...inhoud } = v;
    return isLeeg(p, inhoud);
  }
  return isLeeg(p, Object.fromEntries(Object.keys(leegVoor(p)).map((k) => [k, ymap.get(k)])));
}

function sameList(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  const sa = [...(a as string[])].sort();
  const sb = [...(b as string[])].sort();
  return sa.every((v, i) => v === sb[i]);
}

/** A restricted place as stored: its audience and whatever content its shell still carries. */
export interface OpgeslagenPlaats {
  readonly plaats: Plaats;
  readonly sleutel: string;
  readonly zichtbaarVoor: readonly string[];
  /** Content in the entity itself: a plaintext value from before sealing, or the empty shell. */
  readonly inhoud: Readonly<Record<string, unknown>>;
}

/** Every restricted place of every live entity, read from the document as stored (no opened content). */
export function opgeslagenPlaatsen(doc: Y.Doc): OpgeslagenPlaats[] {
  const out: OpgeslagenPlaats[] = [];
  for (const collectie of Object.keys(BEPERKTE_VELDEN)) {
    for (const [id, ymap] of doc.getMap<Y.Map<unknown>>(collectionRootName(collectie))) {
      if (!(ymap instanceof Y.Map) || ymap.get('verwijderdOp') !== undefined) continue;
      const entiteit = Object.fromEntries([...ymap.entries()].map(([k, v]) => [k, v instanceof Y.Array ? (v.toArray() as unknown[]) : v]));
      for (const plaats of beperktePlaatsen(collectie, id)) {
        const zichtbaarVoor = zichtbaarVoorVan(plaats, entiteit);
        const inhoud = inhoudUit(plaats, entiteit);
        if (zichtbaarVoor === undefined || inhoud === undefined) continue;
        out.push({ plaats, sleutel: plaatsSleutel(plaats), zichtbaarVoor, inhoud });
      }
    }
  }
  return out;
}

/**
 * Replaces the content a shell still carries (a value from before sealing) by the empty shell, in
 * the caller's transaction. Yjs then garbage-collects the old content out of the document's state.
 */
export function leegSchil(doc: Y.Doc, plaats: Plaats): void {
  const ymap = doc.getMap<Y.Map<unknown>>(collectionRootName(plaats.collectie)).get(plaats.id);
  if (!(ymap instanceof Y.Map)) return;
  const leeg = leegVoor(plaats);
  if (plaats.veld !== undefined) {
    const huidig = ymap.get(plaats.veld) as Record<string, unknown> | undefined;
    if (huidig !== undefined) ymap.set(plaats.veld, { ...leeg, zichtbaarVoor: huidig['zichtbaarVoor'] });
  } else {
    for (const [k, v] of Object.entries(leeg)) if (ymap.get(k) !== v) ymap.set(k, v);
  }
}
