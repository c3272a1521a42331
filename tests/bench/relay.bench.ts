/**
 * Relay benchmark: the same trace-driven Yjs workload through Tafel's relay, the reference
 * y-websocket server (@y/websocket-server 0.1.1) and @hocuspocus/server 3.4.4, each in its own
 * child process on loopback. `npm run bench:relay` (builds first), or while developing:
 * `npx tsx tests/bench/relay.bench.ts --quick`. Flags: see lib/options.ts or `--help`.
 * What each figure means is in docs/benchmarks.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HocuspocusDriver } from './lib/clients/hocuspocus.js';
import { BATCH_MS, DevicePool, TafelDriver } from './lib/clients/tafel.js';
import type { Driver } from './lib/clients/types.js';
import { TafelRealClientDriver } from './lib/clients/tafelReal.js';
import { YwsDriver } from './lib/clients/yws.js';
import { checkPresealedFormat } from './lib/envelope.js';
import { parseOptions, type BenchOptions } from './lib/options.js';
import { printReport, stepLine } from './lib/report.js';
import type { BenchResults, RampResult, ServerResults, StepResult } from './lib/results.js';
import { runCryptoOverhead } from './lib/scenarios/cryptoOverhead.js';
import { runIdleRooms } from './lib/scenarios/idle.js';
import { runLateJoin } from './lib/scenarios/lateJoin.js';
import { openLoadRooms, runRamp, runStep } from './lib/scenarios/load.js';
import { runStorm } from './lib/scenarios/storm.js';
import { ServerProcess, tafelModulePath, type BenchServer } from './lib/servers.js';
import { TafelOnPostgres } from './lib/tafelCluster.js';
import type { ServerName } from './lib/servers/protocol.js';
import { sleep } from './lib/stats.js';
import { TraceWorkload, loadTrace } from './lib/trace.js';

const log = (line: string) => console.log(line);

/** The fixed-rate run and the ramp on N × M fresh rooms. */
async function runLoad(
  driver: Driver,
  server: BenchServer,
  opts: BenchOptions,
  stepOpts: { graceMs: number; p99LimitMs: number },
  rates = opts.ramp,
): Promise<{ fixed: StepResult; ramp: RampResult }> {
  const load = await openLoadRooms(driver, server, opts.rooms, opts.clients, 0);
  const fixedRate = opts.rooms * opts.clients * opts.ratePerWriter;
  const fixed = await runStep(driver, server, load, fixedRate, { ...stepOpts, durationMs: opts.fixedSeconds * 1000 });
  log(`  ${driver.label} fixed ${stepLine(fixed)}`);
  const ramp = await runRamp(driver, server, load, rates, { ...stepOpts, durationMs: opts.stepSeconds * 1000 }, (s) =>
    log(`  ${driver.label} ramp ${stepLine(s)}`),
  );
  driver.closeAll();
  return { fixed, ramp };
}

function packageVersion(name: string): string {
  try {
    const file = path.resolve(import.meta.dirname, '../../node_modules', name, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Runs one scenario; a failure is recorded and the run goes on. */
async function attempt<T>(what: string, res: ServerResults, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    res.errors.push(message);
    log(`  ! ${message}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  // Every WebsocketProvider adds a process 'exit' listener; a thousand of them are expected here.
  process.setMaxListeners(0);
  const opts = parseOptions(process.argv.slice(2));
  const tafelModule = tafelModulePath(opts.tafelFrom);
  await checkPresealedFormat();
  const trace = loadTrace(opts.trace);
  const workload = new TraceWorkload(trace);
  const devices = new DevicePool();
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAvgAtStart: os.loadavg() },
    options: opts,
    versions: {
      '@y/websocket-server': packageVersion('@y/websocket-server'),
      '@hocuspocus/server': packageVersion('@hocuspocus/server'),
      '@hocuspocus/provider': packageVersion('@hocuspocus/provider'),
      'y-websocket': packageVersion('y-websocket'),
      yjs: packageVersion('yjs'),
      ws: packageVersion('ws'),
    },
    tafelModule: path.relative(process.cwd(), tafelModule),
    servers: {},
    generator: { generatedUpdates: 0, generateMs: 0 },
  };
  log(
    `relay benchmark: ${opts.servers.join(', ')}; scenarios ${opts.scenarios.join(', ')}; trace ${opts.trace} (${trace.txns.length} txns); Tafel relay from ${results.tafelModule}`,
  );

  const makeDriver = (name: ServerName): Driver =>
    name === 'tafel' || name === 'tafel-postgres' || name === 'tafel-2-nodes'
      ? new TafelDriver(workload, devices, 'presealed', true, name === 'tafel' ? 'tafel' : name)
      : name === 'y-websocket'
        ? new YwsDriver(workload)
        : new HocuspocusDriver(workload);
  const has = (s: BenchOptions['scenarios'][number]) => opts.scenarios.includes(s);
  const stepOpts = { graceMs: opts.graceMs, p99LimitMs: opts.p99LimitMs };

  for (const name of opts.servers) {
    const res: ServerResults = { errors: [] };
    results.servers[name] = res;
    // Tafel on PostgreSQL (one node, or two behind HAProxy): the load and fan-out scenarios.
    const onPostgres = name === 'tafel-postgres' || name === 'tafel-2-nodes';

    if (has('load') || has('fanout') || (has('crypto') && name === 'tafel')) {
      log(`\n== ${name}: load ==`);
      const server: BenchServer = onPostgres ? await TafelOnPostgres.start(name, tafelModule) : await ServerProcess.start(name, tafelModule);
      res.rssAtStartMiB = server.rssAtStart / 2 ** 20;
      try {
        if (has('load')) {
          const variants = name === 'tafel' ? opts.tafelVariants : ['relay'];
          if (variants.includes('relay')) {
            await attempt('load', res, async () => {
              const { fixed, ramp } = await runLoad(makeDriver(name), server, opts, stepOpts);
              res.fixed = fixed;
              res.ramp = ramp;
            });
            await sleep(500);
          }
          // Records of the client variants hold up to BATCH_MS of updates, so latency includes
          // the batch wait: their p99 limit grows by the window, and their ramp goes further.
          const top = opts.ramp[opts.ramp.length - 1] ?? 1_000;
          const clientRates = [...opts.ramp, top * 1.5, top * 2, top * 3];
          const clientStepOpts = { ...stepOpts, p99LimitMs: stepOpts.p99LimitMs + BATCH_MS };
          if (name === 'tafel' && variants.includes('real')) {
            await attempt('load (real client)', res, async () => {
              res.realClient = await runLoad(new TafelRealClientDriver(workload), server, opts, clientStepOpts, clientRates);
            });
            await sleep(500);
          }
          if (name === 'tafel' && variants.includes('batched')) {
            await attempt('load (thin client, 40 ms batches)', res, async () => {
              const driver = new TafelDriver(workload, devices, 'batched', true, `tafel (thin, ${BATCH_MS} ms batches)`);
              res.batched = await runLoad(driver, server, opts, clientStepOpts, clientRates);
            });
            await sleep(500);
          }
        }
        if (has('fanout')) {
          await attempt('fanout', res, async () => {
            const driver = makeDriver(name);
            const load = await openLoadRooms(driver, server, 1, opts.fanoutWriters, 100_000);
            res.fanoutSteps = [];
            // The ramp below the goal's rate, then the goal's rate itself, whatever happened below.
            for (const rate of [...opts.fanoutRamp.filter((r) => r < opts.fanoutRate), opts.fanoutRate]) {
              const step = await runStep(driver, server, load, rate, { ...stepOpts, durationMs: opts.fanoutSeconds * 1000 });
              res.fanoutSteps.push(step);
              log(`  fanout ${stepLine(step)}`);
              await sleep(500);
            }
            res.fanout = res.fanoutSteps[res.fanoutSteps.length - 1];
            driver.closeAll();
          });
          await sleep(500);
        }
        if (has('crypto') && name === 'tafel') {
          res.crypto = await attempt('crypto', res, () => runCryptoOverhead(server, workload, devices, opts, log));
        }
      } finally {
        await server.stop();
      }
    }

    if (onPostgres) continue;
    if (has('idle') || has('latejoin')) {
      log(`\n== ${name}: idle rooms, late join ==`);
      const server = await ServerProcess.start(name, tafelModule);
      try {
        if (has('idle')) res.idle = await attempt('idle', res, () => runIdleRooms(name, server, workload, devices, opts, log));
        if (has('latejoin')) res.lateJoin = await attempt('latejoin', res, () => runLateJoin(name, server, workload, devices, opts, log));
      } finally {
        await server.stop();
      }
    }

    if (has('storm')) {
      log(`\n== ${name}: reconnect storm ==`);
      const server = await ServerProcess.start(name, tafelModule);
      try {
        res.storm = await attempt('storm', res, () => runStorm(name, server, workload, devices, opts, log));
      } finally {
        await server.stop();
      }
    }
  }

  results.generator = { generatedUpdates: workload.generated, generateMs: Math.round(workload.generateMs) };
  log('');
  log(printReport(results));
  const out = opts.out ?? path.resolve(import.meta.dirname, 'results', `relay-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  log(`\nJSON: ${path.relative(process.cwd(), out)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
