/** Command-line options of the relay benchmark, with defaults sized for ~10 minutes on 2 cores. */
import type { ServerName } from './servers/protocol.js';

export const SCENARIOS = ['load', 'fanout', 'crypto', 'idle', 'latejoin', 'storm'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchOptions {
  servers: ServerName[];
  scenarios: Scenario[];
  trace: string;
  /** N rooms × M clients, every client a writer. */
  rooms: number;
  clients: number;
  /** Fixed-rate run: updates/s per writer. */
  ratePerWriter: number;
  fixedSeconds: number;
  /** Ramp: total offered updates/s per step. */
  ramp: number[];
  stepSeconds: number;
  graceMs: number;
  p99LimitMs: number;
  /** Crypto-overhead runs: total records/s through the N × M rooms. */
  cryptoRate: number;
  /** Crypto-overhead runs of the real client (it batches, and one process runs all clients). */
  cryptoRealRate: number;
  fanoutWriters: number;
  /** The goal's rate (records/s in the one room); the ramp below it runs first. */
  fanoutRate: number;
  fanoutRamp: number[];
  fanoutSeconds: number;
  idleRooms: number;
  idleContentEdits: number;
  lateJoinEdits: number;
  stormClients: number;
  stormRooms: number;
  stormTimeoutSeconds: number;
  tafelFrom: 'dist' | 'src';
  /**
   * Tafel load variants: relay = thin client, pre-sealed records at exact rates; real = the real
   * client (40 ms batches); batched = the thin client emulating the real client's batching.
   */
  tafelVariants: Array<'relay' | 'real' | 'batched'>;
  /** Reconnect storm for Tafel: the real client (default) or the thin protocol client. */
  tafelStormClient: 'real' | 'thin';
  out: string | undefined;
}

export const DEFAULTS: BenchOptions = {
  servers: ['tafel', 'tafel-postgres', 'tafel-2-nodes', 'y-websocket', 'hocuspocus'],
  scenarios: [...SCENARIOS],
  trace: 'automerge-paper',
  rooms: 20,
  clients: 5,
  ratePerWriter: 10,
  fixedSeconds: 8,
  ramp: [1_000, 2_000, 4_000, 8_000, 12_000, 16_000, 20_000, 24_000, 28_000, 32_000, 40_000, 48_000, 64_000],
  stepSeconds: 4,
  graceMs: 1_500,
  p99LimitMs: 50,
  cryptoRate: 2_000,
  cryptoRealRate: 1_000,
  fanoutWriters: 100,
  fanoutRate: 2_000,
  fanoutRamp: [250, 500, 1_000, 1_500],
  fanoutSeconds: 4,
  idleRooms: 1_000,
  idleContentEdits: 10_000,
  lateJoinEdits: 10_000,
  stormClients: 1_000,
  stormRooms: 100,
  stormTimeoutSeconds: 60,
  tafelFrom: 'dist',
  tafelVariants: ['relay', 'real'],
  tafelStormClient: 'real',
  out: undefined,
};

/** `--quick`: a smoke run of every scenario in about a minute. */
const QUICK: Partial<BenchOptions> = {
  rooms: 4,
  clients: 3,
  fixedSeconds: 2,
  ramp: [500, 1_000, 2_000],
  stepSeconds: 1,
  cryptoRate: 400,
  cryptoRealRate: 200,
  fanoutWriters: 20,
  fanoutRate: 400,
  fanoutRamp: [100, 200],
  fanoutSeconds: 2,
  idleRooms: 100,
  idleContentEdits: 500,
  lateJoinEdits: 2_000,
  stormClients: 100,
  stormRooms: 10,
  stormTimeoutSeconds: 30,
};

export const USAGE = `npx tsx tests/bench/relay.bench.ts [--quick] [--servers tafel,tafel-postgres,tafel-2-nodes,y-websocket,hocuspocus]
  [--scenarios ${SCENARIOS.join(',')}] [--trace automerge-paper|seph-blog1]
  [--rooms 20] [--clients 5] [--rate-per-writer 10] [--fixed-seconds 8]
  [--ramp 1000,2000,...] [--step-seconds 4] [--grace-ms 1500] [--p99-limit-ms 50]
  [--crypto-rate 2000] [--crypto-real-rate 1000] [--fanout-writers 100] [--fanout-rate 2000] [--fanout-ramp 250,500,1000,1500] [--fanout-seconds 4]
  [--idle-rooms 1000] [--idle-content-edits 10000] [--late-join-edits 10000]
  [--storm-clients 1000] [--storm-rooms 100] [--storm-timeout-seconds 60]
  [--tafel-from dist|src] [--tafel-variants relay,real,batched] [--tafel-storm-client real|thin] [--out FILE.json]`;

const NUMERIC: Record<string, keyof BenchOptions> = {
  '--rooms': 'rooms',
  '--clients': 'clients',
  '--rate-per-writer': 'ratePerWriter',
  '--fixed-seconds': 'fixedSeconds',
  '--step-seconds': 'stepSeconds',
  '--grace-ms': 'graceMs',
  '--p99-limit-ms': 'p99LimitMs',
  '--crypto-rate': 'cryptoRate',
  '--crypto-real-rate': 'cryptoRealRate',
  '--fanout-writers': 'fanoutWriters',
  '--fanout-rate': 'fanoutRate',
  '--fanout-seconds': 'fanoutSeconds',
  '--idle-rooms': 'idleRooms',
  '--idle-content-edits': 'idleContentEdits',
  '--late-join-edits': 'lateJoinEdits',
  '--storm-clients': 'stormClients',
  '--storm-rooms': 'stormRooms',
  '--storm-timeout-seconds': 'stormTimeoutSeconds',
};

export function parseOptions(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = { ...DEFAULTS };
  if (argv.includes('--quick')) Object.assign(o, QUICK);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--quick') continue;
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    const key = NUMERIC[flag];
    if (key !== undefined) {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag}: not a positive number`);
      (o as unknown as Record<string, number>)[key] = n;
    } else if (flag === '--servers') o.servers = value.split(',') as ServerName[];
    else if (flag === '--scenarios') o.scenarios = value.split(',') as Scenario[];
    else if (flag === '--ramp') o.ramp = value.split(',').map(Number);
    else if (flag === '--fanout-ramp') o.fanoutRamp = value.split(',').map(Number);
    else if (flag === '--trace') o.trace = value;
    else if (flag === '--tafel-from') o.tafelFrom = value === 'src' ? 'src' : 'dist';
    else if (flag === '--tafel-variants') o.tafelVariants = value.split(',') as BenchOptions['tafelVariants'];
    else if (flag === '--tafel-storm-client') o.tafelStormClient = value === 'thin' ? 'thin' : 'real';
    else if (flag === '--out') o.out = value;
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  for (const s of o.servers) if (!['tafel', 'tafel-postgres', 'tafel-2-nodes', 'y-websocket', 'hocuspocus'].includes(s)) throw new Error(`unknown server ${s}`);
  for (const s of o.scenarios) if (!(SCENARIOS as readonly string[]).includes(s)) throw new Error(`unknown scenario ${s}`);
  return o;
}
