/**
 * The watch a session keeps on what the relay delivers: it records this device's own updates as
 * the relay acknowledges them (to announce in presence), compares peers' announcements with what is
 * held, and every few seconds raises an alarm for what is overdue — a gap in a sender's stream, a
 * peer's acknowledged update or longer log that never arrived (docs/threat-model.md, "Order and
 * completeness"). Each overdue thing is reported once.
 */
import type { TimerPort } from '../../platform/timers.js';
import { toBase64Url, type DeviceId } from '../../protocol/ids.js';
import type { StreamHead } from '../membership/logEntry.js';
import type { MembershipLog } from '../membership/membershipLog.js';
import type { AlarmKind } from './alarms.js';
import { HeadWatch, WITHHELD_GRACE_MS, type HeldState, type PresenceHeads } from './heads.js';
import type { StreamPosition, StreamTable } from './streams.js';

/** How often the watch looks for overdue things while connected. */
const CHECK_EVERY_MS = 2_000;

/** What the watch needs from its session. */
export interface IntegrityContext {
  readonly timers: TimerPort;
  readonly self: DeviceId;
  readonly streams: StreamTable;
  log(): MembershipLog;
  alarm(kind: AlarmKind, device?: DeviceId): void;
  /** A peer has a longer membership log: fetch it. */
  fetchLog(): void;
  /** The epoch the relay accepts, by its own word. */
  relayEpoch(): number;
  /** Grace before what is missing counts as withheld (default WITHHELD_GRACE_MS); checks run at a quarter of it. */
  readonly graceMs?: number;
  now(): number;
}

/** How long the relay may keep accepting an older epoch than the log's before it counts as a downgrade. */
const EPOCH_LAG_GRACE_MS = 30_000;

/** The integrity watch of one session. */
export class IntegrityWatch {
  private readonly heads: HeadWatch;
  /** This device's own streams, as far as the relay acknowledged them without gaps. */
  private readonly acked = new Map<string, { counter: number; digest: string; above: Map<number, string> }>();
  private readonly reportedGaps = new Set<string>();
  private epochLagSince: number | undefined;
  private epochLagReported = false;
  private timer: unknown;

  constructor(private readonly ctx: IntegrityContext) {
    this.heads = new HeadWatch(ctx.now);
  }

  /** This session's own stream starts at counter 1. */
  beginStream(stream: Uint8Array): void {
    this.acked.set(toBase64Url(stream), { counter: 0, digest: '', above: new Map() });
  }

  /** The relay stored one of this device's updates. */
  ownAcked(position: StreamPosition, digest: Uint8Array): void {
    this.ctx.streams.receive(this.ctx.self, position, digest);
    const stream = toBase64Url(position.stream);
    let s = this.acked.get(stream);
    if (s === undefined) {
      // A stream of an earlier session resent now: its start was acknowledged before.
      s = { counter: position.counter - 1, digest: '', above: new Map() };
      this.acked.set(stream, s);
    }
    s.above.set(position.counter, toBase64Url(digest));
    for (let next = s.above.get(s.counter + 1); next !== undefined; next = s.above.get(s.counter + 1)) {
      s.above.delete(s.counter + 1);
      s.counter++;
      s.digest = next;
    }
  }

  /** What this device announces in its presence. */
  announcement(): PresenceHeads {
    const log = this.ctx.log();
    const streams: StreamHead[] = [];
    for (const [stream, s] of this.acked) if (s.counter > 0 && s.digest !== '') streams.push({ stream, counter: s.counter, digest: s.digest });
    return { log: { length: log.length, hash: log.headHash }, streams: streams.slice(-16) };
  }

  /** A peer's announcement arrived (it passed the inbound gate). */
  compare(peer: DeviceId, heads: PresenceHeads): void {
    const finding = this.heads.compare(peer, heads, this.held());
    if (finding === 'fork') this.ctx.alarm('fork', peer);
    else if (finding === 'log-behind') this.ctx.fetchLog();
  }

  private held(): HeldState {
    const log = this.ctx.log();
    const streams = this.ctx.streams;
    return {
      logLength: log.length,
      logHashAt: (i) => log.entry(i)?.hash,
      hasUpdate: (device, stream, counter) => streams.has(device, stream, counter),
      digestOf: (device, stream, counter) => streams.digestOf(device, stream, counter),
    };
  }

  private get grace(): number {
    return this.ctx.graceMs ?? WITHHELD_GRACE_MS;
  }

  private get every(): number {
    return Math.min(CHECK_EVERY_MS, Math.max(250, this.grace / 4));
  }

  /** Starts the periodic check (connected and caught up). */
  start(): void {
    if (this.timer !== undefined) return;
    const tick = (): void => {
      this.check();
      this.timer = this.ctx.timers.setTimeout(tick, this.every);
    };
    this.timer = this.ctx.timers.setTimeout(tick, this.every);
  }

  /** Stops it (disconnected: what is in flight may be late for good reasons). */
  stop(): void {
    this.ctx.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.heads.clear();
  }

  /** Raises an alarm for each overdue gap or announcement (once each), and for a relay stuck on an older epoch. */
  check(): void {
    const log = this.ctx.log();
    const relayEpoch = this.ctx.relayEpoch();
    if (log.length > 0 && relayEpoch > 0 && relayEpoch < log.currentEpoch) {
      this.epochLagSince ??= this.ctx.now();
      if (!this.epochLagReported && this.ctx.now() - this.epochLagSince >= EPOCH_LAG_GRACE_MS) {
        this.epochLagReported = true;
        this.ctx.alarm('epoch-downgrade');
      }
    } else {
      this.epochLagSince = undefined;
      this.epochLagReported = false;
    }
    for (const device of this.heads.overdue(this.held(), this.grace)) this.ctx.alarm('withheld', device);
    for (const gap of this.ctx.streams.overdueGaps(this.grace)) {
      const key = `${gap.device}/${gap.stream}/${gap.missingFrom}`;
      if (this.reportedGaps.has(key)) continue;
      this.reportedGaps.add(key);
      this.ctx.alarm('withheld', gap.device);
    }
  }
}
