/**
 * Members online together compare what they hold, inside their sealed presence: each device says
 * how long its membership log is (and its last hash) and how far the relay has acknowledged its own
 * stream. A receiver that holds a different entry at the same length sees a fork; one that lacks a
 * peer's acknowledged updates, or a longer log, after a grace period sees that the relay is holding
 * them back (docs/threat-model.md, "Order and completeness": noticed within 30 s).
 */
import { z } from 'zod';
import { isCanonical, type DeviceId } from '../../protocol/ids.js';
import type { StreamHead } from '../membership/logEntry.js';

/** What a device announces in its presence. */
export interface PresenceHeads {
  readonly log: { readonly length: number; readonly hash: string };
  /** This device's own streams as far as the relay acknowledged them (contiguously). */
  readonly streams: readonly StreamHead[];
}

const b64 = (bytes: number) => z.string().refine((s) => isCanonical(s, bytes));
export const presenceHeadsSchema = z.object({
  log: z.object({ length: z.number().int().min(0), hash: z.union([z.literal(''), b64(32)]) }),
  streams: z.array(z.object({ stream: b64(8), counter: z.number().int().min(1).max(0xffff_ffff), digest: b64(32) })).max(16),
});

/** How long a peer's announced head may stay out of reach before it counts as withheld. */
export const WITHHELD_GRACE_MS = 20_000;
/**
 * A change in what this device holds (an update acknowledged, a log entry) goes out in its presence
 * within this time; with the grace above and a check every 2 s, held-back updates are noticed
 * within 25 s (30 s promised).
 */
export const ANNOUNCE_WITHIN_MS = 3_000;

/** What this device holds, for comparing with a peer's announcement. */
export interface HeldState {
  readonly logLength: number;
  /** Hash of the log entry at `index` (0-based), if held. */
  logHashAt(index: number): string | undefined;
  /** True if the update at `counter` of `device`'s `stream` was received (or covered by a snapshot). */
  hasUpdate(device: DeviceId, stream: string, counter: number): boolean;
  /** The digest held for that update, if kept. */
  digestOf(device: DeviceId, stream: string, counter: number): string | undefined;
}

/** What a comparison found. */
export type HeadFinding = 'fork' | 'log-behind' | undefined;

interface Expectation {
  readonly device: DeviceId;
  readonly what: 'update' | 'log';
  readonly stream: string;
  readonly counter: number;
  readonly since: number;
}

/** Outstanding expectations from peers' announcements, checked against what arrives. */
export class HeadWatch {
  private readonly expected = new Map<string, Expectation>();

  constructor(private readonly now: () => number) {}

  /**
   * Compares a peer's announcement with what is held. Returns 'fork' when histories differ,
   * 'log-behind' when the peer has a longer log (fetch it); records what must arrive in time.
   */
  compare(peer: DeviceId, heads: PresenceHeads, held: HeldState): HeadFinding {
    const { length, hash } = heads.log;
    if (length > 0 && length <= held.logLength && held.logHashAt(length - 1) !== hash) return 'fork';
    for (const h of heads.streams) {
      const mine = held.digestOf(peer, h.stream, h.counter);
      if (mine !== undefined && mine !== h.digest) return 'fork';
      if (!held.hasUpdate(peer, h.stream, h.counter)) this.expect({ device: peer, what: 'update', stream: h.stream, counter: h.counter, since: this.now() });
    }
    if (length > held.logLength) {
      this.expect({ device: peer, what: 'log', stream: '', counter: length, since: this.now() });
      return 'log-behind';
    }
    return undefined;
  }

  private expect(e: Expectation): void {
    const key = `${e.device}/${e.what}/${e.stream}`;
    const had = this.expected.get(key);
    // Keep the oldest deadline for the lowest outstanding counter: a relay cannot reset it by withholding more.
    if (had === undefined || had.counter > e.counter) this.expected.set(key, had === undefined ? e : { ...e, since: had.since });
  }

  /** Expectations not met after `graceMs` (each reported once), and forgets those met. */
  overdue(held: HeldState, graceMs = WITHHELD_GRACE_MS): DeviceId[] {
    const now = this.now();
    const late: DeviceId[] = [];
    for (const [key, e] of this.expected) {
      const met = e.what === 'log' ? held.logLength >= e.counter : held.hasUpdate(e.device, e.stream, e.counter);
      if (met) this.expected.delete(key);
      else if (now - e.since >= graceMs) {
        late.push(e.device);
        this.expected.delete(key);
      }
    }
    return late;
  }

  /** Forgets everything (the connection dropped: a peer's updates may be in flight for good reasons). */
  clear(): void {
    this.expected.clear();
  }
}
