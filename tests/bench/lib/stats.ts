/** Latency recording, percentiles and plain-text tables for the relay benchmark. */

/** Percentile (nearest rank) of an ascending-sorted array; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Send time per record key, and the receipt latencies at every other client. Keys the recorder
 * never saw sent (echoes, sync replies) are ignored.
 */
export class LatencyRecorder {
  private readonly sentAt = new Map<string, number>();
  private samples = new Float64Array(1 << 16);
  received = 0;
  sent = 0;

  markSent(key: string, at = performance.now()): void {
    this.sentAt.set(key, at);
    this.sent++;
  }

  receive(key: string, at = performance.now()): void {
    const t = this.sentAt.get(key);
    if (t === undefined) return;
    if (this.received === this.samples.length) {
      const bigger = new Float64Array(this.samples.length * 2);
      bigger.set(this.samples);
      this.samples = bigger;
    }
    this.samples[this.received++] = at - t;
  }

  summary(): LatencySummary {
    const sorted = this.samples.slice(0, this.received).sort();
    return {
      count: this.received,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!,
    };
  }

  reset(): void {
    this.sentAt.clear();
    this.received = 0;
    this.sent = 0;
  }
}

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export function fmt(n: number | undefined, digits = 1): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}

/** A fixed-width text table. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` every `everyMs` until true or `timeoutMs` passed; returns whether it became true. */
export async function waitUntil(check: () => boolean, timeoutMs: number, everyMs = 5): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() >= deadline) return false;
    await sleep(everyMs);
  }
  return true;
}
