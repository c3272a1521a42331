/**
 * Order and completeness of what each device writes. Every open case session writes one stream:
 * a random 8-byte id, a counter from 1, and in each update the digest of the stream's previous
 * update — all inside the sealed payload, so the relay sees none of it. A receiver that follows
 * every stream notices a dropped, reordered, replayed or forked update no later than that sender's
 * next update in the same stream (docs/threat-model.md, "Order and completeness"):
 *
 * - a counter seen before with the same digest is a harmless repeat (Yjs applies it idempotently;
 *   a resend after compaction looks like this); with another digest it is a fork;
 * - an update whose `prev` does not match the digest of the counter before it is a fork;
 * - a counter above the next expected one leaves a gap, which must close within a grace period.
 *
 * Streams whose last update is covered by a snapshot travel in the snapshot (`StreamTable`), so a
 * device that starts from a snapshot knows where each stream stood.
 */
import { concatBytes, sha256, utf8 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url, type DeviceId } from '../../protocol/ids.js';
import type { StreamHead } from '../membership/logEntry.js';

/** Bytes of a stream id. */
export const STREAM_ID_BYTES = 8;
/** Bytes of a stream digest. */
export const DIGEST_BYTES = 32;
/** Streams a table keeps at most (the least recently used are forgotten; see `prune`). */
const MAX_STREAMS = 256;

/** Where one update sits in its stream. */
export interface StreamPosition {
  readonly stream: Uint8Array;
  /** 1, 2, 3 …; 0 for an update outside any stream (kept on this device, never sent). */
  readonly counter: number;
  readonly prev: Uint8Array;
}

/** Digest of an update at its position: what the next update names as `prev`. */
export async function streamDigest(crypto: CryptoPort, position: StreamPosition, update: Uint8Array): Promise<Uint8Array> {
  const counter = new Uint8Array(4);
  new DataView(counter.buffer).setUint32(0, position.counter);
  return sha256(crypto, concatBytes(utf8('tafel/stream/v1'), position.stream, counter, position.prev, update));
}

/** The stream this session writes. */
export class OwnStream {
  readonly id: Uint8Array;
  private counter = 0;
  private last: Uint8Array = new Uint8Array(DIGEST_BYTES);

  constructor(crypto: CryptoPort) {
    this.id = crypto.getRandomValues(new Uint8Array(STREAM_ID_BYTES));
  }

  /** The next position, and advances (call once per sealed update, in sealing order). */
  async next(crypto: CryptoPort, update: Uint8Array): Promise<{ position: StreamPosition; digest: Uint8Array }> {
    const position = { stream: this.id, counter: ++this.counter, prev: this.last };
    const digest = await streamDigest(crypto, position, update);
    this.last = digest;
    return { position, digest };
  }
}

/**
 * What a receiver concluded about one update: 'new'; 'repeat' (this very update was seen: skip
 * it); 'covered' (at or below where the stream was known to stand — e.g. by a snapshot — but
 * this device never saw it: apply it, Yjs applies what it has once); 'fork'.
 */
export type StreamVerdict = 'new' | 'repeat' | 'covered' | 'fork';

interface StreamState {
  readonly device: DeviceId;
  readonly stream: string;
  /** Every counter ≤ this was seen. */
  contiguous: number;
  /** Digests by counter for recent counters (for `prev` checks and repeat detection). */
  readonly digests: Map<number, string>;
  /** `prev` each seen counter named (checked once the counter before arrives). */
  readonly prevs: Map<number, string>;
  /** Counters seen above `contiguous`. */
  readonly ahead: Set<number>;
  /** When a gap opened (ms), or undefined. */
  gapSince: number | undefined;
  lastSeen: number;
}

/** Serialisable state of every stream a device follows (carried inside snapshots). */
export interface StreamTableState {
  readonly streams: ReadonlyArray<{ device: string; stream: string; contiguous: number; digest: string; ahead: number[] }>;
}

/** Digests kept per stream for `prev` checks: enough for any reordering the relay may cause honestly. */
const DIGESTS_KEPT = 512;

/** The streams one receiver follows. */
export class StreamTable {
  private readonly streams = new Map<string, StreamState>();

  constructor(private readonly now: () => number) {}

  private key(device: DeviceId, stream: string): string {
    return `${device}/${stream}`;
  }

  private state(device: DeviceId, stream: string): StreamState {
    const key = this.key(device, stream);
    let s = this.streams.get(key);
    if (s === undefined) {
      s = { device, stream, contiguous: 0, digests: new Map(), prevs: new Map(), ahead: new Set(), gapSince: undefined, lastSeen: this.now() };
      this.streams.set(key, s);
    }
    return s;
  }

  /**
   * Records an update of `device` at `position` with `digest`. The first update seen of a stream
   * that starts above 1 (we joined later; its start is covered by a snapshot) opens no gap.
   */
  receive(device: DeviceId, position: StreamPosition, digest: Uint8Array): StreamVerdict {
    const stream = toBase64Url(position.stream);
    const fresh = !this.streams.has(this.key(device, stream));
    const s = this.state(device, stream);
    s.lastSeen = this.now();
    const k = position.counter;
    const d = toBase64Url(digest);
    const p = toBase64Url(position.prev);
    const known = s.digests.get(k);
    if (known !== undefined) return known === d ? 'repeat' : 'fork';
    // The link to the update before, and from the update after, where we hold them.
    const before = s.digests.get(k - 1);
    if (before !== undefined && before !== p) return 'fork';
    const afterPrev = s.prevs.get(k + 1);
    if (afterPrev !== undefined && afterPrev !== d) return 'fork';
    s.digests.set(k, d);
    s.prevs.set(k, p);
    if (k <= s.contiguous || s.ahead.has(k)) return 'covered';
    // A stream first seen above 1 started before this device joined (a snapshot holds its start):
    // no gap below it. Should its earlier updates come after all, they are 'covered'.
    if (fresh && k > 1) s.contiguous = k - 1;
    if (k === s.contiguous + 1) {
      s.contiguous = k;
      while (s.ahead.delete(s.contiguous + 1)) s.contiguous++;
    } else {
      s.ahead.add(k);
    }
    s.gapSince = s.ahead.size === 0 ? undefined : (s.gapSince ?? this.now());
    this.trim(s);
    return 'new';
  }

  private trim(s: StreamState): void {
    if (s.digests.size <= DIGESTS_KEPT) return;
    const floor = Math.max(...s.digests.keys()) - DIGESTS_KEPT;
    for (const k of s.digests.keys()) if (k < floor) s.digests.delete(k);
    for (const k of s.prevs.keys()) if (k < floor) s.prevs.delete(k);
  }

  /** True if the update at `counter` of the stream was seen (or is covered by a snapshot). */
  has(device: DeviceId, stream: string, counter: number): boolean {
    const s = this.streams.get(this.key(device, stream));
    return s !== undefined && (counter <= s.contiguous || s.ahead.has(counter));
  }

  /** The digest this device holds for a stream's counter, if it keeps it. */
  digestOf(device: DeviceId, stream: string, counter: number): string | undefined {
    return this.streams.get(this.key(device, stream))?.digests.get(counter);
  }

  /** Streams with a gap open for longer than `graceMs`: updates the relay has not delivered. */
  overdueGaps(graceMs: number): Array<{ device: DeviceId; stream: string; missingFrom: number }> {
    const now = this.now();
    const out: Array<{ device: DeviceId; stream: string; missingFrom: number }> = [];
    for (const s of this.streams.values()) {
      if (s.gapSince !== undefined && now - s.gapSince >= graceMs) out.push({ device: s.device, stream: s.stream, missingFrom: s.contiguous + 1 });
    }
    return out;
  }

  /** A device's streams as far as seen: the highest counter of each and its digest (for a removal entry). */
  headsOf(device: DeviceId): StreamHead[] {
    const out: StreamHead[] = [];
    for (const s of this.streams.values()) {
      if (s.device !== device) continue;
      const top = Math.max(s.contiguous, ...s.ahead);
      const digest = s.digests.get(top);
      if (top > 0 && digest !== undefined) out.push({ stream: s.stream, counter: top, digest });
    }
    return out;
  }

  /** The table for a snapshot: the most recently active streams. */
  snapshot(): StreamTableState {
    const streams = [...this.streams.values()]
      .sort((a, b) => b.lastSeen - a.lastSeen)
      .slice(0, MAX_STREAMS)
      .map((s) => ({ device: s.device, stream: s.stream, contiguous: s.contiguous, digest: s.digests.get(s.contiguous) ?? '', ahead: [...s.ahead] }));
    return { streams };
  }

  /** Takes over what a snapshot says the streams covered (never moving a stream back). */
  merge(state: StreamTableState): void {
    for (const t of state.streams) {
      const s = this.state(t.device as DeviceId, t.stream);
      if (t.contiguous > s.contiguous) {
        s.contiguous = t.contiguous;
        if (t.digest !== '') s.digests.set(t.contiguous, t.digest);
      }
      for (const k of t.ahead) if (k > s.contiguous) s.ahead.add(k);
      while (s.ahead.delete(s.contiguous + 1)) s.contiguous++;
      for (const k of [...s.ahead]) if (k <= s.contiguous) s.ahead.delete(k);
      s.gapSince = s.ahead.size === 0 ? undefined : s.gapSince;
    }
    this.prune();
  }

  private prune(): void {
    if (this.streams.size <= MAX_STREAMS * 2) return;
    const keep = new Set(
      [...this.streams.entries()]
        .sort((a, b) => b[1].lastSeen - a[1].lastSeen)
        .slice(0, MAX_STREAMS)
        .map(([k]) => k),
    );
    for (const k of [...this.streams.keys()]) if (!keep.has(k)) this.streams.delete(k);
  }
}

/** A stream id from its b64url form (for heads read back from a log entry). */
export function streamIdBytes(stream: string): Uint8Array | undefined {
  const bytes = fromBase64Url(stream);
  return bytes?.length === STREAM_ID_BYTES ? bytes : undefined;
}
