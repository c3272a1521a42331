/** The shapes of the benchmark's results (printed as tables and written as JSON). */
import type { BenchOptions } from './options.js';
import type { ServerName } from './servers/protocol.js';

export interface StepResult {
  readonly offered: number;
  /** Records actually sent per second (the generator can fall behind). */
  readonly achieved: number;
  readonly sent: number;
  readonly expected: number;
  readonly delivered: number;
  readonly deliveredFraction: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Fractions of one core over the sending window. */
  readonly serverCpu: number;
  readonly benchCpu: number;
  readonly serverRssMiB: number;
  /** Server CPU per delivered record (one record to one receiver), µs. */
  readonly serverMicrosPerDelivery: number;
  /** Fraction of one core the database server used (PostgreSQL rows only). */
  readonly dbCpu?: number;
  readonly sustained: boolean;
  /** Why not sustained, if not. */
  readonly limit: string;
}

export interface RampResult {
  readonly steps: StepResult[];
  /** Highest offered rate sustained (every step up to it sustained). */
  readonly sustainedRate: number;
  readonly atSustained: StepResult | undefined;
  /** Highest offered rate of the sustained steps whose p99 was ≤ 5 ms. */
  readonly rateAtP99Under5ms: number;
  /** What stopped the ramp. */
  readonly stoppedBy: string;
}

export interface IdleResult {
  readonly rooms: number;
  readonly contentBytes: number;
  readonly rssPerRoom: number;
  readonly heapPerRoom: number;
  readonly externalPerRoom: number;
  readonly rssBefore: number;
  readonly rssAfter: number;
  /** A second idle connection to every room: the cost of one more connection. */
  readonly rssPerExtraConnection: number;
  readonly heapPerExtraConnection: number;
  /** Per room minus its one connection (heap): what the server keeps for the room itself. */
  readonly heapPerRoomWithoutConnection: number;
  readonly rssPerRoomWithoutConnection: number;
}

export interface LateJoinResult {
  readonly edits: number;
  readonly syncMs: number;
  readonly framesReceived: number;
  readonly bytesReceived: number;
  readonly contentMatches: boolean;
  readonly client: string;
  /** Tafel: snapshots the writer stored while writing. */
  readonly snapshots?: number;
}

export interface StormResult {
  readonly clients: number;
  readonly rooms: number;
  readonly signal: 'SIGKILL';
  /** Kill → restarted server listening. */
  readonly restartMs: number;
  /** Kill → last client connected (socket open). */
  readonly allConnectedMs: number;
  /** Kill → last client synced / caught up; NaN if not all made it before the timeout. */
  readonly allSyncedMs: number;
  readonly p50SyncedMs: number;
  readonly syncedCount: number;
  /** Server CPU (fraction of one core) from restart until all synced (or the timeout). */
  readonly serverCpuDuring: number;
  /** Tafel only: connection attempts after the kill. */
  readonly attempts?: number;
  readonly client: string;
}

export interface StormClient {
  connectedAt: number;
  syncedAt: number;
  /** Called just before the kill: forget everything seen so far. */
  arm?(): void;
  destroy(): void;
}

export interface CryptoVariant {
  readonly label: string;
  /** thin: the benchmark's protocol client, one record per update; real: shared/sync's client. */
  readonly client: 'thin' | 'real';
  readonly encrypted: boolean;
  readonly step: StepResult;
  /** CPU of the load-generating process (all senders and receivers) per record sent. */
  readonly benchCpuMicrosPerRecord: number;
}

/** Encrypted minus skipped, for one client at one rate. */
export interface CryptoOverhead {
  readonly client: 'thin' | 'real';
  readonly rate: number;
  readonly p50DeltaMs: number;
  readonly p99DeltaMs: number;
  readonly benchMicrosPerRecordDelta: number;
  /** Bench CPU per record, encrypted ÷ skipped. */
  readonly benchCpuRatio: number;
  readonly serverCpuDelta: number;
}

export interface CryptoResult {
  readonly variants: CryptoVariant[];
  readonly overhead: CryptoOverhead[];
  readonly micro: { plaintextBytes: number; envelopeBytes: number; sealMicros: number; openMicros: number; signMicros: number; verifyMicros: number };
}

export interface ServerResults {
  /** RSS of the load-phase server process right after start (after GC), MiB. */
  rssAtStartMiB?: number;
  fixed?: StepResult;
  ramp?: RampResult;
  /** Tafel only: the same load through the real client (40 ms batches: records ≠ updates). */
  realClient?: { fixed: StepResult; ramp: RampResult };
  /** Tafel only: the thin client emulating the real client's batching (`--tafel-variants batched`). */
  batched?: { fixed: StepResult; ramp: RampResult };
  /** 100 writers in one room: every step of the ramp up to the goal's rate (always run). */
  fanout?: StepResult;
  fanoutSteps?: StepResult[];
  crypto?: CryptoResult;
  idle?: IdleResult;
  lateJoin?: LateJoinResult[];
  storm?: StormResult;
  errors: string[];
}

export interface BenchResults {
  readonly startedAt: string;
  readonly machine: { cpus: number; model: string; node: string; loadAvgAtStart: number[] };
  readonly options: BenchOptions;
  readonly versions: Record<string, string>;
  readonly tafelModule: string;
  readonly servers: Partial<Record<ServerName, ServerResults>>;
  /** Update streams generated for all servers (outside the timed windows). */
  generator: { generatedUpdates: number; generateMs: number };
}
