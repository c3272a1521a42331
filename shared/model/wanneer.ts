/**
 * "Wanneer" of an afspraak is the meeting's own words ("elke zaterdag 10 uur", "vóór 1-4-2025").
 * When those words hold a date, the overview sorts by it and can say an afspraak is overdue;
 * words without a date keep their place after the dated ones.
 */
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const pad = (n: number): string => String(n).padStart(2, '0');

function geldig(jaar: number, maand: number, dag: number): string | null {
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (d.getUTCFullYear() !== jaar || d.getUTCMonth() !== maand - 1 || d.getUTCDate() !== dag) return null;
  return `${jaar}-${pad(maand)}-${pad(dag)}`;
}

/** The first date in `wanneer` as YYYY-MM-DD (2025-04-01, 1-4-2025, 1 april 2025), or null. */
export function datumUit(wanneer: string): string | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(wanneer);
  if (iso !== null) return geldig(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const nl = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(wanneer);
  if (nl !== null) return geldig(Number(nl[3]), Number(nl[2]), Number(nl[1]));
  const woord = new RegExp(`(\\d{1,2})\\s+(${MAANDEN.join('|')})\\s+(\\d{4})`, 'i').exec(wanneer);
  if (woord !== null) return geldig(Number(woord[3]), MAANDEN.indexOf(woord[2]!.toLowerCase()) + 1, Number(woord[1]));
  return null;
}

/** Dated items first, earliest first; then the rest in their own order. Stable. */
export function opVolgordeVanWanneer<T extends { readonly wanneer: string }>(items: readonly T[]): T[] {
  const metDatum = items.map((item, index) => ({ item, index, datum: datumUit(item.wanneer) }));
  return metDatum
    .sort((a, b) => {
      if (a.datum !== null && b.datum !== null && a.datum !== b.datum) return a.datum < b.datum ? -1 : 1;
      if (a.datum === null && b.datum !== null) return 1;
      if (a.datum !== null && b.datum === null) return -1;
      return a.index - b.index;
    })
    .map((x) => x.item);
}

/** Statuses in which an afspraak still has to be done. */
const OPEN_STATUSSEN: ReadonlySet<string> = new Set(['actief', 'gewijzigd']);

/** True if the afspraak is still open and its date lies before `vandaag` (YYYY-MM-DD). */
export function isTeLaat(afspraak: { readonly wanneer: string; readonly status: string }, vandaag: string): boolean {
  const datum = datumUit(afspraak.wanneer);
  return datum !== null && datum < vandaag && OPEN_STATUSSEN.has(afspraak.status);
}

/** True if the actiepunt is still open and its deadline (YYYY-MM-DD) lies before `vandaag`. */
export function isActiepuntTeLaat(actiepunt: { readonly deadline: string; readonly status: string }, vandaag: string): boolean {
  return actiepunt.status === 'open' && actiepunt.deadline < vandaag;
}
