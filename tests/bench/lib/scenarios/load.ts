/**
 * Rate-driven load: records sent round-robin by every writer at a fixed total rate for a fixed
 * time; each record's latency is measured at every other client of its room. A ramp repeats the
 * step at growing rates until it is no longer sustained.
 */
import type { Driver, LoadClient } from '../clients/types.js';
import { CpuMeter, selfCpuSeconds, type BenchServer } from '../servers.js';
import { LatencyRecorder, sleep, waitUntil } from '../stats.js';
import type { RampResult, StepResult } from '../results.js';

export interface LoadRooms {
  readonly rooms: LoadClient[][];
  readonly writers: LoadClient[];
  readonly recorder: LatencyRecorder;
  /** Receivers per record (clients per room − 1). */
  readonly fanout: number;
}

/** Opens `rooms` rooms of `clients` writers each; writer ids start at `firstWriter`. */
export async function openLoadRooms(driver: Driver, server: BenchServer, rooms: number, clients: number, firstWriter: number): Promise<LoadRooms> {
  const recorder = new LatencyRecorder();
  const onRecord = (key: string) => recorder.receive(key);
  const opened: LoadClient[][] = [];
  for (let r = 0; r < rooms; r++) {
    const writers = Array.from({ length: clients }, (_, i) => firstWriter + r * clients + i);
    opened.push(await driver.openRoom(server.url, writers, onRecord));
  }
  // Interleave rooms so consecutive records go to different rooms.
  const writers: LoadClient[] = [];
  for (let i = 0; i < clients; i++) for (const room of opened) writers.push(room[i]!);
  return { rooms: opened, writers, recorder, fanout: clients - 1 };
}

export interface StepOptions {
  readonly durationMs: number;
  /** How long to wait for stragglers after the last send. */
  readonly graceMs: number;
  readonly p99LimitMs: number;
}

export async function runStep(driver: Driver, server: BenchServer, load: LoadRooms, rate: number, opts: StepOptions): Promise<StepResult> {
  const { writers, recorder, fanout } = load;
  const perWriter = Math.ceil(((rate * opts.durationMs) / 1000 / writers.length) * 1.05) + 5;
  await driver.prepare(perWriter);
  recorder.reset();
  await sleep(50);
  const serverCpu = new CpuMeter(() => server.cpuSeconds());
  const dbCpu = server.dbCpuSeconds === undefined ? undefined : new CpuMeter(() => server.dbCpuSeconds!());
  const benchCpu = new CpuMeter(selfCpuSeconds);
  const start = performance.now();
  // Never send more than 50 ms worth in one turn: if the generator falls behind, it shows.
  const maxBurst = Math.max(1, Math.ceil(rate / 20));
  let attempted = 0;
  let sent = 0;
  let next = 0;
  for (;;) {
    const now = performance.now();
    const elapsed = now - start;
    if (elapsed >= opts.durationMs) break;
    let n = Math.min(Math.floor((rate * elapsed) / 1000) - attempted, maxBurst);
    while (n-- > 0) {
      attempted++;
      const key = writers[next++ % writers.length]!.sendNext();
      if (key === undefined) continue;
      sent++;
      if (key !== null) recorder.markSent(key, now);
    }
    await sleep(1);
  }
  const sendSeconds = (performance.now() - start) / 1000;
  const serverFraction = serverCpu.fraction();
  const dbFraction = dbCpu?.fraction();
  const benchFraction = benchCpu.fraction();
  const expected = recorder.sent * fanout;
  await waitUntil(() => recorder.received >= expected, opts.graceMs);
  const lat = recorder.summary();
  const achieved = sent / sendSeconds;
  const deliveredFraction = expected === 0 ? 0 : recorder.received / expected;
  const limit =
    achieved < rate * 0.95
      ? 'generator behind'
      : deliveredFraction < 0.999
        ? 'delivery behind'
        : lat.p99 > opts.p99LimitMs
          ? `p99 > ${opts.p99LimitMs} ms`
          : '';
  return {
    offered: rate,
    achieved,
    sent,
    expected,
    delivered: recorder.received,
    deliveredFraction,
    p50: lat.p50,
    p99: lat.p99,
    max: lat.max,
    serverCpu: serverFraction,
    benchCpu: benchFraction,
    serverRssMiB: server.rss().rss / 2 ** 20,
    serverMicrosPerDelivery: (serverFraction * sendSeconds * 1e6) / Math.max(1, recorder.received),
    ...(dbFraction === undefined ? {} : { dbCpu: dbFraction }),
    sustained: limit === '',
    limit,
  };
}

export async function runRamp(
  driver: Driver,
  server: BenchServer,
  load: LoadRooms,
  rates: readonly number[],
  opts: StepOptions,
  log: (s: StepResult) => void,
): Promise<RampResult> {
  const steps: StepResult[] = [];
  let best: StepResult | undefined;
  let stoppedBy = 'max rate reached';
  for (const rate of rates) {
    let step = await runStep(driver, server, load, rate, opts);
    steps.push(step);
    log(step);
    if (!step.sustained) {
      // Two cores are shared with other work: one bad step may be noise. Retry once after a pause.
      await sleep(1_500);
      step = await runStep(driver, server, load, rate, opts);
      steps.push(step);
      log(step);
    }
    if (!step.sustained) {
      stoppedBy = step.limit;
      break;
    }
    best = step;
    // Let queues drain between steps.
    await sleep(300);
  }
  const tight = steps.filter((s) => s.sustained && s.p99 <= 5);
  return { steps, sustainedRate: best?.offered ?? 0, atSustained: best, stoppedBy, rateAtP99Under5ms: Math.max(0, ...tight.map((s) => s.offered)) };
}
