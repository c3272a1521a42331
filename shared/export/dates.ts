/**
 * Dates written out in Dutch by hand: exports must be byte-identical on every device, so nothing
 * here depends on the machine's locale, time zone or clock (no Intl, no toLocaleString, no
 * Date.now). Moments are shown in Dutch time (CET/CEST, EU summer-time rule).
 */

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

const DAG = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-03-01" → "1 maart 2027"; "2027-03" → "maart 2027"; anything else is returned as is. */
export function datumNl(dag: string): string {
  const full = DAG.exec(dag);
  if (full) return `${Number(full[3])} ${MAANDEN[Number(full[2]) - 1] ?? full[2]} ${full[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(dag);
  if (month) return `${MAANDEN[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return dag;
}

/** A tijdlijn date of some precision in Dutch: "14 februari 2025", "maart 2024", "2023", "rond 2022". */
export function datumMetPrecisieNl(datum: string, precisie: string): string {
  if (precisie === 'circa') return `rond ${datum.slice(0, 4)}`;
  if (precisie === 'jaar') return datum.slice(0, 4);
  if (precisie === 'maand') return datumNl(datum.slice(0, 7));
  return datumNl(datum);
}

/** A free "wanneer" text: an ISO date in it is written out, other text stays as typed. */
export function wanneerNl(text: string): string {
  return DAG.test(text) ? datumNl(text) : text;
}

/** UTC milliseconds of the last Sunday of `month` (0-based) in `year`, at 01:00 UTC. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Offset of Dutch time from UTC at `ms`: +2 h in summer time, +1 h otherwise. */
function nlOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9) ? 2 : 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO moment in Dutch time: { dag: "2025-03-10", tijd: "15:00" }. */
export function nlMoment(iso: string): { dag: string; tijd: string } {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return { dag: iso, tijd: '' };
  const local = new Date(ms + nlOffsetHours(ms) * 3_600_000);
  return {
    dag: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    tijd: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** "2025-03-10T14:00:00.000Z" → "10 maart 2025 om 15:00". */
export function momentNl(iso: string): string {
  const { dag, tijd } = nlMoment(iso);
  return tijd ? `${datumNl(dag)} om ${tijd}` : dag;
}
