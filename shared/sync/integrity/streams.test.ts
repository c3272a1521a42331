import { describe, expect, it } from 'vitest';
import type { DeviceId } from '../../protocol/ids.js';
import { OwnStream, StreamTable, streamDigest, type StreamPosition } from './streams.js';

const c = globalThis.crypto;
const alice = 'AAAAAAAAAAAAAAAAAAAAAA' as DeviceId;

/** A stream of `n` updates as its writer seals them: positions and digests. */
async function written(n: number): Promise<Array<{ position: StreamPosition; digest: Uint8Array; update: Uint8Array }>> {
  const own = new OwnStream(c);
  const out = [];
  for (let i = 0; i < n; i++) {
    const update = new Uint8Array([i, i, i]);
    out.push({ ...(await own.next(c, update)), update });
  }
  return out;
}

describe('streams: what a receiver notices', () => {
  it('in order and out of order: new, then a repeat is a repeat', async () => {
    const s = await written(4);
    let now = 0;
    const table = new StreamTable(() => now);
    expect(table.receive(alice, s[0]!.position, s[0]!.digest)).toBe('new');
    expect(table.receive(alice, s[2]!.position, s[2]!.digest)).toBe('new');
    expect(table.overdueGaps(1000)).toEqual([]);
    now = 5_000;
    expect(table.overdueGaps(1000).map((g) => g.missingFrom)).toEqual([2]);
    expect(table.receive(alice, s[1]!.position, s[1]!.digest)).toBe('new');
    expect(table.overdueGaps(1000)).toEqual([]);
    expect(table.receive(alice, s[1]!.position, s[1]!.digest)).toBe('repeat');
    expect(table.headsOf(alice).map((h) => h.counter)).toEqual([3]);
  });

  it('another update at a counter seen, or one that does not follow from the one before, is a fork', async () => {
    const s = await written(3);
    const table = new StreamTable(() => 0);
    table.receive(alice, s[0]!.position, s[0]!.digest);
    table.receive(alice, s[1]!.position, s[1]!.digest);
    const other = await streamDigest(c, s[1]!.position, new Uint8Array([9]));
    expect(table.receive(alice, s[1]!.position, other)).toBe('fork');
    // Counter 3 claiming a previous update that is not the one this receiver holds as 2.
    const forged = { ...s[2]!.position, prev: new Uint8Array(32).fill(7) };
    expect(table.receive(alice, forged, await streamDigest(c, forged, s[2]!.update))).toBe('fork');
    // A fork seen from the other side: 3 first, then a 2 that 3 does not name.
    const late = new StreamTable(() => 0);
    late.receive(alice, s[2]!.position, s[2]!.digest);
    expect(late.receive(alice, s[1]!.position, other)).toBe('fork');
  });

  it('a snapshot’s table carries where streams stood; updates below it are covered, not gaps', async () => {
    const s = await written(5);
    const writer = new StreamTable(() => 0);
    for (const u of s.slice(0, 3)) writer.receive(alice, u.position, u.digest);
    const joiner = new StreamTable(() => 0);
    joiner.merge(writer.snapshot());
    expect(joiner.has(alice, writer.snapshot().streams[0]!.stream, 3)).toBe(true);
    expect(joiner.receive(alice, s[1]!.position, s[1]!.digest)).toBe('covered');
    expect(joiner.receive(alice, s[3]!.position, s[3]!.digest)).toBe('new');
    expect(joiner.overdueGaps(0)).toEqual([]);
  });
});
