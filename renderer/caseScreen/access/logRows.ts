/**
 * The access log as the chair reads it: a connection is one row ("Verbonden tot 10:42:05"), not a
 * connect row and a disconnect row far apart. Devices connect often (every opening, every
 * reconnect, the start screen's catch-up of a closed case); pairing keeps the log readable without
 * hiding anything: every entry the relay keeps is still shown, and a disconnect whose connect is
 * older than the page read stays a row of its own.
 */
import type { AccessLogEntry } from '../../../shared/protocol/messages.js';

export interface LogRow {
  readonly entry: AccessLogEntry;
  /** For a connect: when that connection ended; null while it is open (or its end is not in the page). */
  readonly until: number | null;
}

/** Rows of `entries` (newest first, as the relay sends them), each connect paired with its disconnect. */
export function logRows(entries: readonly AccessLogEntry[]): LogRow[] {
  // Walking from oldest to newest, a disconnect closes the device's earliest still-open connect.
  const open = new Map<string, number[]>();
  const until = new Map<number, number>();
  const paired = new Set<number>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.deviceId === null) continue;
    if (e.event === 'connect') {
      open.set(e.deviceId, [...(open.get(e.deviceId) ?? []), i]);
    } else if (e.event === 'disconnect') {
      const waiting = open.get(e.deviceId) ?? [];
      const connect = waiting.shift();
      if (connect === undefined) continue;
      until.set(connect, e.at);
      paired.add(i);
    }
  }
  return entries.flatMap((entry, i) => (paired.has(i) ? [] : [{ entry, until: entry.event === 'connect' ? (until.get(i) ?? null) : null }]));
}
