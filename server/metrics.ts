/**
 * Prometheus metrics in the text exposition format, hand-written: a few counters, gauges and one
 * histogram are all the relay needs, and no dependency is smaller than this file.
 */

type Labels = Readonly<Record<string, string>>;

/** The empty label set; pass this (not a fresh `{}`) on hot paths. */
export const NO_LABELS: Labels = Object.freeze({});
/** Constant label objects per frame type, for the per-frame counters. */
export const FRAME_TYPE_LABELS = {
  submit: Object.freeze({ type: 'submit' }),
  deliver: Object.freeze({ type: 'deliver' }),
  ephemeral: Object.freeze({ type: 'ephemeral' }),
} as const;

/** Label texts of label objects seen before: the relay's hot paths pass constant objects (per delivery). */
const labelTexts = new WeakMap<Labels, string>();

function labelText(labels: Labels): string {
  let text = labelTexts.get(labels);
  if (text === undefined) {
    text = formatLabels(labels);
    labelTexts.set(labels, text);
  }
  return text;
}

function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`);
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = NO_LABELS, by = 1): void {
    const key = labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  get(labels: Labels = NO_LABELS): number {
    return this.values.get(labelText(labels)) ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const [labels, v] of this.values) lines.push(`${this.name}${labels} ${v}`);
    return lines.join('\n');
  }
}

class Gauge {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number,
  ) {}
  render(): string {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${this.read()}`].join('\n');
  }
}

class Histogram {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: readonly number[],
  ) {
    this.counts = buckets.map(() => 0);
  }
  observe(value: number): void {
    this.sum += value;
    this.count++;
    this.buckets.forEach((b, i) => {
      if (value <= b) this.counts[i]!++;
    });
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket{le="${b}"} ${this.counts[i]}`));
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.count}`, `${this.name}_sum ${this.sum}`, `${this.name}_count ${this.count}`);
    return lines.join('\n');
  }
}

/** The relay's metrics. Gauges read live state through the callbacks given. */
export class RelayMetrics {
  readonly framesIn = new Counter('tafel_frames_in_total', 'Binary frames received, by frame type.');
  readonly framesOut = new Counter('tafel_frames_out_total', 'Binary frames sent, by frame type.');
  readonly bytesIn = new Counter('tafel_bytes_in_total', 'Bytes received in WebSocket messages.');
  readonly bytesOut = new Counter('tafel_bytes_out_total', 'Bytes sent in WebSocket messages.');
  readonly rejects = new Counter('tafel_rejects_total', 'Refused frames, messages and connections, by reason.');
  readonly connectionsTotal = new Counter('tafel_connections_total', 'WebSocket connections accepted.');
  readonly storeSeconds = new Histogram(
    'tafel_store_commit_seconds',
    'Time to commit a batch of frames to the store.',
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  );
  private readonly gauges: Gauge[];

  constructor(live: { connections: () => number; rooms: () => number }) {
    this.gauges = [
      new Gauge('tafel_connections', 'Open WebSocket connections.', live.connections),
      new Gauge('tafel_active_rooms', 'Rooms with at least one open connection.', live.rooms),
    ];
  }

  /** The exposition text for GET /metrics. */
  render(): string {
    const all = [
      ...this.gauges.map((g) => g.render()),
      this.connectionsTotal.render(),
      this.framesIn.render(),
      this.framesOut.render(),
      this.bytesIn.render(),
      this.bytesOut.render(),
      this.rejects.render(),
      this.storeSeconds.render(),
    ];
    return `${all.join('\n')}\n`;
  }
}
