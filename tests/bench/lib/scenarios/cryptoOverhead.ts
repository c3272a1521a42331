/**
 * Tafel's crypto overhead: the fixed-rate workload through the same relay, once with every record
 * sealed at the sender and opened at every receiver (WebCrypto AES-256-GCM, as the client does)
 * and once with the benchmark-only switch that skips encryption (same envelope sizes). The relay
 * cannot tell the two apart; the difference is the clients' cost.
 */
import { randomBytes } from 'node:crypto';
import type { DeviceId } from '../../../../shared/protocol/index.js';
import { newRoomId } from '../../../helpers/relayClient.js';
import { TafelDriver, type DevicePool } from '../clients/tafel.js';
import { importCaseKey, openRecord, sealRecord } from '../envelope.js';
import type { BenchOptions } from '../options.js';
import type { ServerProcess } from '../servers.js';
import { fmt } from '../stats.js';
import type { TraceWorkload } from '../trace.js';
import type { CryptoResult, CryptoVariant } from '../results.js';
import { openLoadRooms, runStep } from './load.js';

async function micro(workload: TraceWorkload): Promise<CryptoResult['micro']> {
  const key = await importCaseKey(new Uint8Array(randomBytes(32)));
  const updates = workload.updates(0, 2_000);
  const header = { kind: 'update' as const, room: newRoomId(), epoch: 1, sender: newRoomId() as string as DeviceId, msgId: 1, baseSeq: 0 };
  const sealed: Uint8Array[] = [];
  let t = performance.now();
  for (const u of updates) sealed.push(await sealRecord(key, header, u));
  const sealMicros = ((performance.now() - t) * 1000) / updates.length;
  t = performance.now();
  for (const e of sealed) await openRecord(key, e);
  const openMicros = ((performance.now() - t) * 1000) / sealed.length;
  const plaintextBytes = Math.round(updates.reduce((n, u) => n + u.length, 0) / updates.length);
  return { plaintextBytes, envelopeBytes: sealed[0]!.length, sealMicros, openMicros };
}

export async function runCryptoOverhead(server: ServerProcess, workload: TraceWorkload, devices: DevicePool, opts: BenchOptions, log: (line: string) => void): Promise<CryptoResult> {
  const variants: CryptoVariant[] = [];
  const rate = opts.cryptoRate;
  for (const [encrypt, label] of [
    [true, 'tafel, AES-GCM inline'],
    [false, 'tafel, encryption skipped'],
  ] as const) {
    const driver = new TafelDriver(workload, devices, 'inline', encrypt, label);
    const load = await openLoadRooms(driver, server, opts.rooms, opts.clients, 0);
    const step = await runStep(driver, server, load, rate, { durationMs: opts.fixedSeconds * 1000, graceMs: opts.graceMs, p99LimitMs: opts.p99LimitMs });
    const seconds = step.sent / step.achieved;
    const benchCpuMicrosPerRecord = (step.benchCpu * seconds * 1e6) / Math.max(1, step.sent);
    variants.push({ label, step, benchCpuMicrosPerRecord });
    log(`  crypto ${label}: p50 ${fmt(step.p50, 2)} ms, p99 ${fmt(step.p99, 2)} ms, bench CPU ${fmt(benchCpuMicrosPerRecord, 1)} µs/record`);
    driver.closeAll();
  }
  return { variants, micro: await micro(workload) };
}
