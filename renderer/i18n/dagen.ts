/** Days and moments as people read them: today's day, a day in words, a moment in words (Dutch time). */
import { TIJDZONE } from './useT.js';

/** Today as YYYY-MM-DD in the user's own time zone (the day a meeting is held). */
export function vandaag(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A day (YYYY-MM-DD) in words, e.g. "10 maart 2025"; the day itself, not shifted by time zones. */
export function dagInWoorden(locale: string, dag: string): string {
  const [j, m, d] = dag.split('-').map(Number);
  if (j === undefined || m === undefined || d === undefined || Number.isNaN(j + m + d)) return dag;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(j, m - 1, d)));
}

/** A moment (ISO 8601 or epoch ms) in words with the time, in Dutch time (TIJDZONE). */
export function momentInWoorden(locale: string, moment: string | number): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return String(moment);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: TIJDZONE }).format(date);
}

/** A free "wanneer" text with any ISO day in it (2025-04-01) written in words; the rest as typed. */
export function wanneerInWoorden(locale: string, wanneer: string): string {
  return wanneer.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (dag) => dagInWoorden(locale, dag));
}
