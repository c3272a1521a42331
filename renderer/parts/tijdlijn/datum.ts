/**
 * Dates of tijdlijn events at their own precision: a year, a month or a day, written as people say
 * them ("maart 2024", "12 augustus 2024", "rond 2023"), and the order of the tijdlijn.
 */
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { TijdlijnGebeurtenis } from '../../../shared/model/index.js';

export type Precisie = TijdlijnGebeurtenis['datumPrecisie'];
export const PRECISIES = ['dag', 'maand', 'jaar', 'circa'] as const satisfies readonly Precisie[];

/** The part of `datum` the precision keeps: '2024-03-12' at 'maand' is '2024-03'. */
export function afgekapt(datum: string, precisie: Precisie): string {
  if (precisie === 'jaar' || precisie === 'circa') return datum.slice(0, 4);
  if (precisie === 'maand') return datum.slice(0, 7);
  return datum;
}

/** True if `datum` has the shape its precision asks for. */
export function pastBij(datum: string, precisie: Precisie): boolean {
  if (precisie === 'dag') return /^\d{4}-\d{2}-\d{2}$/.test(datum);
  if (precisie === 'maand') return /^\d{4}-\d{2}$/.test(datum);
  return /^\d{4}$/.test(datum);
}

/** The date in words in the interface's locale; what the datum holds decides what is said. */
export function datumInWoorden(t: Translate, locale: string, datum: string, precisie: Precisie): string {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  if (jaar === undefined || Number.isNaN(jaar)) return datum;
  if (maand === undefined) return precisie === 'circa' ? t('tijdlijn.circa', { jaar }) : String(jaar);
  const moment = new Date(Date.UTC(jaar, maand - 1, dag ?? 1));
  const vorm: Intl.DateTimeFormatOptions = dag === undefined ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...vorm, timeZone: 'UTC' }).format(moment);
}

/**
 * The tijdlijn's order: by date, where a vaguer date comes before the precise ones inside it
 * ('2024' before '2024-03' before '2024-03-12': the ISO prefix sorts first), then in the order
 * they were added, so peers see the same order.
 */
export function opDatum<T extends Pick<TijdlijnGebeurtenis, 'datum' | 'aangemaaktOp' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.datum.localeCompare(b.datum) || a.aangemaaktOp.localeCompare(b.aangemaaktOp) || a.id.localeCompare(b.id));
}
