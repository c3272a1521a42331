/**
 * How long what is kept (docs/bewaartermijnen.md): each organisation keeps its own record of the
 * case (its final extract) under its own bewaartermijn; the shared copy at the table is kept only a
 * short, agreed time after the close and then erased everywhere (AVG art. 5 lid 1 onder e,
 * opslagbeperking). The years per kind of organisation are defaults the organisation can change;
 * the table with its sources is in docs/bewaartermijnen.md.
 */
import type { ORGANISATIE_TYPES } from './gezin.js';

/** Months the shared copy is kept after the close when the case names no other term (design proposal, docs/bewaartermijnen.md). */
export const GEDEELDE_BEWAARTERMIJN_MAANDEN = 6;

/**
 * Default years an organisation keeps its own record, by kind; null where its own regime decides
 * and no single number applies (the rule is named in the UI and in docs/bewaartermijnen.md).
 */
export const BEWAARTERMIJN_JAREN: Readonly<Record<(typeof ORGANISATIE_TYPES)[number], number | null>> = {
  VeiligThuis: 20,
  Politie: null,
  OM: null,
  Reclassering: null,
  RvdK: null,
  GI: 20,
  LokaalTeam: 20,
  GGZ: 20,
  Verslavingszorg: 20,
  Opvang: null,
  ZVH: null,
  Gemeente: null,
  Overig: null,
};

const DAG = /^(\d{4})-(\d{2})-(\d{2})$/;

function delen(dag: string): [number, number, number] {
  const m = DAG.exec(dag);
  if (m === null) throw new RangeError('geen dag');
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, len = 2): string => String(n).padStart(len, '0');

/** `dag` plus `maanden` calendar months; the 31st becomes the last day of a shorter month. */
export function plusMaanden(dag: string, maanden: number): string {
  const [j, m, d] = delen(dag);
  const totaal = j * 12 + (m - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  const laatste = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return `${pad(jaar, 4)}-${pad(maand)}-${pad(Math.min(d, laatste))}`;
}

/** Whole days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: string, tot: string): number {
  const [a, b, c] = delen(van);
  const [x, y, z] = delen(tot);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}
