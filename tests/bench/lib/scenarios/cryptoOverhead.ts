/**
 * Tafel's crypto overhead: the fixed-rate workload through the same relay, once with every record
 * sealed at the sender and opened at every receiver (WebCrypto AES-256-GCM, as the client does)
 * and once with a benchmark-only switch that skips encryption (same envelope sizes). The relay
 * cannot tell the two apart; the difference is the clients' cost.
 *
 * Two clients: the thin protocol client (one record per update, sealed inline; its switch is
 * `encrypt: false` in lib/envelope.ts) and the real client (shared/sync, 40 ms batches; its
 * switch is the null cipher of lib/nullAead.ts, injected as the device's CryptoPort).
 */
import { randomBytes } from 'node:crypto';
import type { DeviceId } from '../../../../shared/protocol/index.js';
import { newRoomId } from '../../../helpers/relayClient.js';
import { BATCH_MS, TafelDriver, type DevicePool } from '../clients/tafel.js';
import { TafelRealClientDriver } from '../clients/tafelReal.js';
import type { Driver } from '../clients/types.js';
import { importCaseKey, openRecord, sealRecord } from '../envelope.js';
import type { BenchOptions } from '../options.js';
import type { BenchServer } from '../servers.js';
import { signBytes } from '../../../../shared/crypto/index.js';
import { decodeEnvelope } from '../../../../shared/protocol/frames.js';
import { verifyEnvelope } from '../../../../shared/sync/sealing/envelopeCrypto.js';
import { fmt, sleep } from '../stats.js';
import type { TraceWorkload } from '../trace.js';
import type { CryptoOverhead, CryptoResult, CryptoVariant } from '../results.js';
import { openLoadRooms, runStep } from './load.js';

async function micro(workload: TraceWorkload): Promise<CryptoResult['micro']> {
  const key = await importCaseKey(new Uint8Array(randomBytes(32)));
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const signer = pair.privateKey;
  const updates = workload.updates(0, 2_000);
  const header = { kind: 'update' as const, room: newRoomId(), epoch: 1, sender: newRoomId() as string as DeviceId, msgId: 1, baseSeq: 0 };
  const sealed: Uint8Array[] = [];
  let t = performance.now();
  for (const u of updates) sealed.push(await sealRecord(key, signer, header, u));
  const sealMicros = ((performance.now() - t) * 1000) / updates.length;
  t = performance.now();
  for (const e of sealed) await openRecord(key, e);
  const openMicros = ((performance.now() - t) * 1000) / sealed.length;
  // The signature alone: what each sealed batch costs its sender, and each frame every receiver.
  const envelopes = sealed.map((e) => {
    const d = decodeEnvelope(e);
    if (!d.ok) throw new Error('bad envelope');
    return d.value;
  });
  t = performance.now();
  for (const e of envelopes) await signBytes(globalThis.crypto, signer, e.signedBytes);
  const signMicros = ((performance.now() - t) * 1000) / envelopes.length;
  t = performance.now();
  for (const e of envelopes) if (!(await verifyEnvelope(globalThis.crypto, pair.publicKey, e))) throw new Error('signature did not verify');
  const verifyMicros = ((performance.now() - t) * 1000) / envelopes.length;
  const plaintextBytes = Math.round(updates.reduce((n, u) => n + u.length, 0) / updates.length);
  return { plaintextBytes, envelopeBytes: sealed[0]!.length, sealMicros, openMicros, signMicros, verifyMicros };
}

function overheadOf(client: 'thin' | 'real', rate: number, encrypted: CryptoVariant, skipped: CryptoVariant): CryptoOverhead {
  return {
    client,
    rate,
    p50DeltaMs: encrypted.step.p50 - skipped.step.p50,
    p99DeltaMs: encrypted.step.p99 - skipped.step.p99,
    benchMicrosPerRecordDelta: encrypted.benchCpuMicrosPerRecord - skipped.benchCpuMicrosPerRecord,
    benchCpuRatio: encrypted.benchCpuMicrosPerRecord / Math.max(1e-9, skipped.benchCpuMicrosPerRecord),
    serverCpuDelta: encrypted.step.serverCpu - skipped.step.serverCpu,
  };
}

export async function runCryptoOverhead(
  server: BenchServer,
  workload: TraceWorkload,
  devices: DevicePool,
  opts: BenchOptions,
  log: (line: string) => void,
): Promise<CryptoResult> {
  const variants: CryptoVariant[] = [];
  const overhead: CryptoOverhead[] = [];
  const runs: Array<{
    client: 'thin' | 'real';
    rate: number;
    p99LimitMs: number;
    make: (encrypt: boolean, label: string) => Driver;
    labels: [string, string];
  }> = [
    {
      client: 'thin',
      rate: opts.cryptoRate,
      p99LimitMs: opts.p99LimitMs,
      make: (encrypt, label) => new TafelDriver(workload, devices, 'inline', encrypt, label),
      labels: ['tafel thin client, AES-GCM inline', 'tafel thin client, encryption skipped'],
    },
    {
      client: 'real',
      rate: opts.cryptoRealRate,
      p99LimitMs: opts.p99LimitMs + BATCH_MS,
      make: (encrypt, label) => new TafelRealClientDriver(workload, encrypt, label),
      labels: ['tafel real client, AES-GCM', 'tafel real client, encryption skipped'],
    },
  ];
  for (const run of runs) {
    const pair: CryptoVariant[] = [];
    for (const encrypt of [true, false]) {
      const label = run.labels[encrypt ? 0 : 1];
      const driver = run.make(encrypt, label);
      const load = await openLoadRooms(driver, server, opts.rooms, opts.clients, 0);
      const step = await runStep(driver, server, load, run.rate, { durationMs: opts.fixedSeconds * 1000, graceMs: opts.graceMs, p99LimitMs: run.p99LimitMs });
      const seconds = step.sent / step.achieved;
      const benchCpuMicrosPerRecord = (step.benchCpu * seconds * 1e6) / Math.max(1, step.sent);
      const variant: CryptoVariant = { label, client: run.client, encrypted: encrypt, step, benchCpuMicrosPerRecord };
      pair.push(variant);
      variants.push(variant);
      log(`  crypto ${label}: p50 ${fmt(step.p50, 2)} ms, p99 ${fmt(step.p99, 2)} ms, bench CPU ${fmt(benchCpuMicrosPerRecord, 1)} µs/record`);
      driver.closeAll();
      await sleep(500);
    }
    overhead.push(overheadOf(run.client, run.rate, pair[0]!, pair[1]!));
  }
  return { variants, overhead, micro: await micro(workload) };
}
