/**
 * Spotting a restricted value copied into open text (analysis, tijdlijn, actiepunt): the device
 * that knows the value — it opened it — compares what is being typed with it, so it can warn before
 * the secret goes where everyone in the case reads it. A device that cannot open the value cannot
 * warn (docs/afscherming.md). Close variants count: case, accents, spacing and punctuation do not
 * matter; an address also matches on its street and number alone, a phone number on its digits.
 */
import type { Noodcontact, Persoon } from '../model/index.js';

export type KopieSoort = 'adres' | 'veiligContact' | 'noodcontact';

/** A restricted value this device knows, in the forms that count as a copy. */
export interface BekendeWaarde {
  readonly soort: KopieSoort;
  /** The gezinslid it belongs to (roepnaam), or the noodcontact's name. */
  readonly naam: string;
  /** Normalised words (matched as a run of whole words, spaces optional). */
  readonly woorden: readonly string[];
  /** Digit strings of 6 or more (matched on the text's digits). */
  readonly cijfers: readonly string[];
}

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const compact = (s: string): string => norm(s).replace(/ /g, '');
const digits = (s: string): string => s.replace(/[^0-9]/g, '');

function woordVormen(waarde: string | undefined, minimum: number): string[] {
  if (waarde === undefined || compact(waarde).length < minimum) return [];
  return [compact(waarde)];
}

function adresVormen(waarde: string | undefined): string[] {
  if (waarde === undefined) return [];
  const vormen = woordVormen(waarde, 6);
  // "Lindelaan 12" of "Lindelaan 12, Voorbeeldstad": the street and number alone say enough.
  const straat = waarde.split(/[,\n]/)[0] ?? '';
  if (/[0-9]/.test(straat) && compact(straat).length >= 6) vormen.push(compact(straat));
  return vormen;
}

const telefoon = (waarde: string | undefined): string[] => (waarde !== undefined && digits(waarde).length >= 6 ? [digits(waarde)] : []);

/** The restricted values the model shows this device (those it opened, or still in plaintext). */
export function bekendeWaarden(lijsten: { readonly personen: readonly Persoon[]; readonly noodcontacten: readonly Noodcontact[] }): BekendeWaarde[] {
  const out: BekendeWaarde[] = [];
  for (const p of lijsten.personen) {
    const woorden = adresVormen(p.adres?.waarde);
    if (woorden.length > 0) out.push({ soort: 'adres', naam: p.roepnaam, woorden, cijfers: [] });
    const v = p.veiligContact;
    if (v !== undefined) {
      const w = [...woordVormen(v.codewoord, 4)];
      const c = telefoon(v.telefoon);
      if (w.length + c.length > 0) out.push({ soort: 'veiligContact', naam: p.roepnaam, woorden: w, cijfers: c });
    }
  }
  for (const n of lijsten.noodcontacten) {
    const c = telefoon(n.telefoon);
    // 112 and other short numbers are no secret.
    if (c.length > 0) out.push({ soort: 'noodcontact', naam: n.naam, woorden: [], cijfers: c });
  }
  return out;
}

/** The first known value `tekst` contains (in a close variant), or undefined. */
export function vindKopie(tekst: string, waarden: readonly BekendeWaarde[]): BekendeWaarde | undefined {
  if (waarden.length === 0 || tekst.trim() === '') return undefined;
  const woorden = ` ${norm(tekst)} `;
  const kort = compact(tekst);
  const cijfers = digits(tekst);
  return waarden.find(
    (w) =>
      // A long form anywhere (spaces optional); a short one (a code word like "tulp") only as a word of its own.
      w.woorden.some((v) => (v.length >= 8 ? kort.includes(v) : woorden.includes(` ${v} `))) || w.cijfers.some((c) => cijfers.includes(c)),
  );
}
