/** Tables for stdout (and docs/benchmarks.md) from the benchmark results. */
import type { BenchResults, RampResult, StepResult } from './results.js';
import type { ServerName } from './servers/protocol.js';
import { fmt, table } from './stats.js';

const pct = (f: number) => `${Math.round(f * 100)}%`;
const signed = (n: number, digits: number) => `${n >= 0 ? '+' : ''}${fmt(n, digits)}`;

export function stepLine(s: StepResult): string {
  return (
    `${fmt(s.offered, 0)}/s offered, ${fmt(s.achieved, 0)}/s sent, delivered ${(s.deliveredFraction * 100).toFixed(2)}%, ` +
    `p50 ${fmt(s.p50, 2)} ms, p99 ${fmt(s.p99, 2)} ms, max ${fmt(s.max, 1)} ms, server CPU ${pct(s.serverCpu)}, bench CPU ${pct(s.benchCpu)}, ` +
    `RSS ${fmt(s.serverRssMiB, 0)} MiB${s.dbCpu === undefined ? '' : `, PostgreSQL CPU ${pct(s.dbCpu)}`}${s.sustained ? '' : ` — NOT sustained (${s.limit})`}`
  );
}

const KiB = 1024;

export function printReport(r: BenchResults): string {
  const names = Object.keys(r.servers) as ServerName[];
  const out: string[] = [];
  const o = r.options;

  const variants = names.flatMap((n) => {
    const res = r.servers[n];
    if (res === undefined) return [];
    const rows: Array<{ label: string; fixed: StepResult | undefined; ramp: RampResult | undefined; start: number | undefined }> = [
      { label: n === 'tafel' ? 'tafel (thin client, pre-sealed)' : n, fixed: res.fixed, ramp: res.ramp, start: res.rssAtStartMiB },
    ];
    if (res.realClient)
      rows.push({ label: `${n} (real client, 40 ms batches)`, fixed: res.realClient.fixed, ramp: res.realClient.ramp, start: res.rssAtStartMiB });
    if (res.batched) rows.push({ label: `${n} (thin, 40 ms batches)`, fixed: res.batched.fixed, ramp: res.batched.ramp, start: res.rssAtStartMiB });
    return rows;
  });
  const fixedRows = variants.flatMap(({ label: n, fixed: s, start }) => {
    return s === undefined
      ? []
      : [
          [
            n,
            fmt(s.offered, 0),
            fmt(s.achieved, 0),
            `${(s.deliveredFraction * 100).toFixed(2)}%`,
            fmt(s.p50, 2),
            fmt(s.p99, 2),
            pct(s.serverCpu),
            fmt(s.serverMicrosPerDelivery, 1),
            s.dbCpu === undefined ? '–' : pct(s.dbCpu),
            fmt(start, 0),
            fmt(s.serverRssMiB, 0),
            pct(s.benchCpu),
          ],
        ];
  });
  if (fixedRows.length > 0) {
    out.push(
      `Fixed rate: ${o.rooms} rooms × ${o.clients} clients, ${o.ratePerWriter} updates/s per writer, ${o.fixedSeconds} s (latency = send → receipt at each of the ${o.clients - 1} other clients)`,
    );
    out.push(
      table(
        [
          'server',
          'offered/s',
          'sent/s',
          'delivered',
          'p50 ms',
          'p99 ms',
          'relay CPU',
          'relay µs/delivery',
          'PostgreSQL CPU',
          'RSS at start MiB',
          'RSS MiB',
          'bench CPU',
        ],
        fixedRows,
      ),
    );
    out.push('');
  }

  const rampRows = variants.flatMap(({ label: n, ramp }) => {
    if (ramp === undefined) return [];
    const s = ramp.atSustained;
    return [
      [
        n,
        fmt(ramp.sustainedRate, 0),
        s ? fmt(s.p50, 2) : '–',
        s ? fmt(s.p99, 2) : '–',
        s ? pct(s.serverCpu) : '–',
        s ? fmt(s.serverMicrosPerDelivery, 1) : '–',
        s?.dbCpu === undefined ? '–' : pct(s.dbCpu),
        s ? pct(s.benchCpu) : '–',
        s ? fmt(s.serverRssMiB, 0) : '–',
        fmt(ramp.rateAtP99Under5ms, 0),
        ramp.stoppedBy,
      ],
    ];
  });
  if (rampRows.length > 0) {
    out.push(
      `Ramp to saturation: same rooms, ${o.stepSeconds} s per step, steps ${o.ramp.join(', ')} updates/s; sustained = ≥95% of the rate sent, ≥99.9% delivered within ${o.graceMs} ms, p99 ≤ ${o.p99LimitMs} ms (batching clients: ≤ ${o.p99LimitMs + 40} ms, their latency includes the 40 ms batch window; their ramp continues to 3× the last step)`,
    );
    out.push(
      table(
        [
          'server',
          'sustained/s',
          'p50 ms',
          'p99 ms',
          'relay CPU',
          'relay µs/delivery',
          'PostgreSQL CPU',
          'bench CPU',
          'RSS MiB',
          'max/s at p99≤5ms',
          'next step failed by',
        ],
        rampRows,
      ),
    );
    out.push('');
  }

  const fanRows = names.flatMap((n) =>
    (r.servers[n]?.fanoutSteps ?? []).map((s) => [
      n,
      fmt(s.offered, 0),
      fmt(s.achieved, 0),
      `${(s.deliveredFraction * 100).toFixed(2)}%`,
      fmt(s.p50, 2),
      fmt(s.p99, 2),
      fmt(s.max, 1),
      pct(s.serverCpu),
      fmt(s.serverMicrosPerDelivery, 2),
      s.dbCpu === undefined ? '–' : pct(s.dbCpu),
      pct(s.benchCpu),
      s.sustained ? 'yes' : s.limit,
    ]),
  );
  if (fanRows.length > 0) {
    out.push(
      `One room, ${o.fanoutWriters} writers (each record goes to ${o.fanoutWriters - 1} receivers), ${o.fanoutSeconds} s per rate (goal for Tafel: p99 ≤ 5 ms at ${o.fanoutRate} records/s)`,
    );
    out.push(
      table(
        [
          'server',
          'offered/s',
          'sent/s',
          'delivered',
          'p50 ms',
          'p99 ms',
          'max ms',
          'relay CPU',
          'relay µs/delivery',
          'PostgreSQL CPU',
          'bench CPU',
          'sustained',
        ],
        fanRows,
      ),
    );
    out.push('');
  }

  const crypto = r.servers.tafel?.crypto;
  if (crypto !== undefined) {
    out.push(
      `Tafel crypto overhead: ${o.rooms} rooms × ${o.clients} clients for ${o.fixedSeconds} s, sealing at the sender and opening at every receiver with WebCrypto, vs the same with encryption skipped (benchmark-only switch); thin client at ${o.cryptoRate} records/s (one record per update), real client at ${o.cryptoRealRate} updates/s (40 ms batches)`,
    );
    out.push(
      table(
        ['variant', 'rate/s', 'p50 ms', 'p99 ms', 'delivered', 'bench CPU µs/update', 'server CPU'],
        crypto.variants.map((v) => [
          v.label,
          fmt(v.step.offered, 0),
          fmt(v.step.p50, 2),
          fmt(v.step.p99, 2),
          `${(v.step.deliveredFraction * 100).toFixed(2)}%`,
          fmt(v.benchCpuMicrosPerRecord, 1),
          pct(v.step.serverCpu),
        ]),
      ),
    );
    out.push('Overhead of encryption (AES-GCM minus skipped):');
    out.push(
      table(
        ['client', 'rate/s', 'Δ p50 ms', 'Δ p99 ms', 'Δ bench CPU µs/update', 'bench CPU ×', 'Δ server CPU'],
        crypto.overhead.map((d) => [
          d.client,
          fmt(d.rate, 0),
          signed(d.p50DeltaMs, 2),
          signed(d.p99DeltaMs, 2),
          signed(d.benchMicrosPerRecordDelta, 1),
          `×${fmt(d.benchCpuRatio, 2)}`,
          `${d.serverCpuDelta >= 0 ? '+' : ''}${Math.round(d.serverCpuDelta * 100)} pt`,
        ]),
      ),
    );
    out.push(
      `WebCrypto AES-256-GCM, one awaited call per ${crypto.micro.plaintextBytes}-byte record (${crypto.micro.envelopeBytes}-byte envelope): seal and sign ${fmt(crypto.micro.sealMicros, 1)} µs (of which the ECDSA P-256 signature ${fmt(crypto.micro.signMicros, 1)} µs, once per sealed batch), open ${fmt(crypto.micro.openMicros, 1)} µs, verify the sender's signature ${fmt(crypto.micro.verifyMicros, 1)} µs (per received frame)`,
    );
    out.push('');
  }

  const idleRows = names.flatMap((n) => {
    const s = r.servers[n]?.idle;
    return s === undefined
      ? []
      : [
          [
            n,
            String(s.rooms),
            fmt(s.rssPerRoom / KiB, 1),
            fmt(s.heapPerRoom / KiB, 1),
            fmt(s.rssPerExtraConnection / KiB, 1),
            fmt(s.heapPerExtraConnection / KiB, 1),
            fmt(s.heapPerRoomWithoutConnection / KiB, 1),
            fmt(s.rssAfter / 2 ** 20, 0),
          ],
        ];
  });
  if (idleRows.length > 0) {
    out.push(
      `Memory per idle room: K rooms, one idle client each, each room holding ${o.idleContentEdits} trace edits; deltas after a full GC in the server; "/room" includes its one connection, "+conn" is a second idle connection to every room, "w/o conn" the difference`,
    );
    out.push(table(['server', 'rooms', 'RSS KiB/room', 'heap KiB/room', 'RSS KiB/+conn', 'heap KiB/+conn', 'heap KiB/room w/o conn', 'RSS MiB'], idleRows));
    out.push('');
  }

  const ljRows = names.flatMap((n) =>
    (r.servers[n]?.lateJoin ?? []).map((s) => [
      n,
      String(s.edits),
      fmt(s.syncMs, 1),
      String(s.framesReceived),
      fmt(s.bytesReceived / KiB, 0),
      s.contentMatches ? 'yes' : 'NO',
      s.client,
    ]),
  );
  if (ljRows.length > 0) {
    out.push(`Late join: a new client after ${o.lateJoinEdits} missed edits, connect → fully synced (goal for Tafel ≤ 300 ms)`);
    out.push(table(['server', 'edits', 'ms', 'frames', 'KiB in', 'text equal', 'client'], ljRows));
    out.push('');
  }

  const stRows = names.flatMap((n) => {
    const s = r.servers[n]?.storm;
    return s === undefined
      ? []
      : [
          [
            n,
            String(s.clients),
            fmt(s.restartMs, 0),
            fmt(s.allConnectedMs, 0),
            fmt(s.allSyncedMs, 0),
            `${s.syncedCount}/${s.clients}`,
            pct(s.serverCpuDuring),
            String(s.attempts ?? '–'),
            s.client,
          ],
        ];
  });
  if (stRows.length > 0) {
    out.push(
      `Reconnect storm: clients spread over ${o.stormRooms} rooms, relay SIGKILLed and restarted on the same port and data dir; ms after the kill (goal: all back within 30 s)`,
    );
    out.push(table(['server', 'clients', 'restart ms', 'all connected ms', 'all synced ms', 'synced', 'server CPU', 'attempts', 'client'], stRows));
    out.push('');
  }

  out.push(...goals(r));
  for (const n of names) for (const e of r.servers[n]?.errors ?? []) out.push(`error (${n}): ${e}`);
  return out.join('\n');
}

/** The issue's goals, checked against this run's figures. */
function goals(r: BenchResults): string[] {
  const t = r.servers.tafel;
  if (t === undefined) return [];
  const lines = ['Goals (Tafel):'];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met');
  const rate = (n: ServerName) => r.servers[n]?.ramp?.sustainedRate;
  for (const other of ['y-websocket', 'hocuspocus'] as const) {
    const base = rate(other);
    const mine = rate('tafel');
    const real = t.realClient?.ramp.sustainedRate;
    if (base === undefined || base === 0 || mine === undefined) continue;
    const p99Ok = (t.ramp?.atSustained?.p99 ?? Infinity) <= (r.servers[other]?.ramp?.atSustained?.p99 ?? -Infinity);
    lines.push(
      `  ≥ 3× ${other}'s sustained updates/s at equal or better p99: relay (thin client) ${fmt(mine, 0)} vs ${fmt(base, 0)} = ${(mine / base).toFixed(2)}×, p99 ${fmt(t.ramp?.atSustained?.p99, 1)} vs ${fmt(r.servers[other]?.ramp?.atSustained?.p99, 1)} ms → ${verdict(mine >= 3 * base && p99Ok)}` +
        (real === undefined ? '' : `; real client ${fmt(real, 0)}/s = ${(real / base).toFixed(2)}× (load-generator bound, p99 includes the 40 ms batch)`),
    );
  }
  const goal = t.fanoutSteps?.find((s) => s.offered === r.options.fanoutRate);
  lines.push(
    `  p99 ≤ 5 ms at ${r.options.fanoutRate} records/s, ${r.options.fanoutWriters} writers in one room: p99 ${fmt(goal?.p99, 1)} ms, delivered ${goal ? (goal.deliveredFraction * 100).toFixed(1) : '–'}% → ${verdict(goal === undefined ? undefined : goal.p99 <= 5 && goal.sustained)}`,
  );
  const sqliteFixed = t.fixed;
  const pgFixed = r.servers['tafel-postgres']?.fixed;
  if (sqliteFixed !== undefined && pgFixed !== undefined) {
    lines.push(
      `  PostgreSQL relay at the fixed ${fmt(pgFixed.offered, 0)} updates/s: p99 ≤ 2× SQLite's: ${fmt(pgFixed.p99, 2)} vs ${fmt(sqliteFixed.p99, 2)} ms, delivered ${(pgFixed.deliveredFraction * 100).toFixed(2)}% → ${verdict(pgFixed.p99 <= 2 * sqliteFixed.p99 && pgFixed.deliveredFraction >= 1)}`,
    );
  }
  const twoFixed = r.servers['tafel-2-nodes']?.fixed;
  const oneNode = pgFixed ?? sqliteFixed;
  if (twoFixed !== undefined && oneNode !== undefined) {
    lines.push(
      `  two nodes behind HAProxy at the fixed rate: nothing lost and p99 ≤ 2× one node (${pgFixed === undefined ? 'SQLite' : 'PostgreSQL'}): delivered ${(twoFixed.deliveredFraction * 100).toFixed(2)}%, p99 ${fmt(twoFixed.p99, 2)} vs ${fmt(oneNode.p99, 2)} ms → ${verdict(twoFixed.deliveredFraction >= 1 && twoFixed.p99 <= 2 * oneNode.p99)}`,
    );
  }
  const atSat = t.ramp?.atSustained;
  if (atSat !== undefined) {
    lines.push(
      `  SQLite relay ≤ 3.0 µs CPU per delivery (at saturation): ${fmt(atSat.serverMicrosPerDelivery, 1)} µs → ${verdict(atSat.serverMicrosPerDelivery <= 3)}`,
    );
  }
  if (t.idle) {
    lines.push(
      `  ≤ 10 KB relay memory per open room: JS heap ${fmt(t.idle.heapPerRoomWithoutConnection / 1000, 1)} kB per room without its connection (${fmt(t.idle.heapPerRoom / 1000, 1)} kB with one), RSS ${fmt(t.idle.rssPerRoom / 1000, 1)} kB with one → ${verdict(t.idle.heapPerRoomWithoutConnection <= 10_000)} on heap, ${verdict(t.idle.rssPerRoom <= 10_000)} on RSS`,
    );
  }
  for (const lj of t.lateJoin ?? [])
    lines.push(
      `  late join after ${lj.edits} missed edits ≤ 300 ms (${lj.client}): ${fmt(lj.syncMs, 1)} ms → ${verdict(lj.syncMs <= 300 && lj.contentMatches)}`,
    );
  if (t.storm)
    lines.push(
      `  ${t.storm.clients} clients back within 30 s of a restart: ${fmt(t.storm.allSyncedMs, 0)} ms (${t.storm.client}) → ${verdict(t.storm.allSyncedMs <= 30_000)}`,
    );
  return lines;
}
