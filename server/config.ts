/**
 * Relay configuration: command-line flags, then environment variables, then defaults, checked
 * with zod so a typo stops the relay with a clear message instead of a half-working server.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Tunable limits; defaults suit a room of a dozen experts on one relay. */
export const limitsSchema = z.object({
  /** SUBMIT/EPHEMERAL frames per second per connection (token bucket refill rate). */
  framesPerSecond: z.number().positive().default(100),
  /** Token bucket size: how many frames may arrive in one burst (a reconnect resending its backlog). */
  frameBurst: z.number().int().positive().default(1000),
  /** Open connections per room. */
  connectionsPerRoom: z.number().int().positive().default(64),
  /** Rooms one access key may create. */
  roomsPerAccessKey: z.number().int().positive().default(10_000),
  /** Stored updates since the current snapshot before the relay asks a writer for a new one. */
  compactAfter: z.number().int().positive().default(500),
  /** Interval of WebSocket pings; a connection that misses one is dropped. */
  pingIntervalMs: z.number().int().positive().default(30_000),
  /** Time a new connection has to log in. */
  loginTimeoutMs: z.number().int().positive().default(10_000),
  /** Bytes per second per connection (token bucket); over it the socket is paused, nothing dropped. */
  bytesPerSecond: z
    .number()
    .positive()
    .default(2 * 1024 * 1024),
  /** Bytes one connection may send in one burst (a reconnect resending its backlog, a snapshot). */
  byteBurst: z
    .number()
    .int()
    .positive()
    .default(16 * 1024 * 1024),
  /** Input held in memory by all connections together (queued messages, SUBMITs waiting for a commit); over it, reading pauses. */
  inputBudgetBytes: z
    .number()
    .int()
    .positive()
    .default(64 * 1024 * 1024),
  /** The same for one connection. */
  connectionBacklogBytes: z
    .number()
    .int()
    .positive()
    .default(16 * 1024 * 1024),
  /** One connection's share of one group commit (at least one frame). */
  commitBytesPerConnection: z
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  /** Bytes a connection may send before it logged in (the login message is a few KiB at most). */
  preLoginBytes: z
    .number()
    .int()
    .positive()
    .default(16 * 1024),
  /** Connections not logged in yet, per source address and in total; more are refused at the upgrade (503). */
  unauthenticatedPerAddress: z.number().int().positive().default(64),
  unauthenticatedTotal: z.number().int().positive().default(1024),
});
export type RelayLimits = z.infer<typeof limitsSchema>;

export const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(4455),
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default('./.tafel-data'),
  accessKey: z.string().min(16, 'the access key must be at least 16 characters').max(512).optional(),
  staticDir: z.string().min(1).optional(),
  framesPerSecond: z.coerce.number().positive().optional(),
  frameBurst: z.coerce.number().int().positive().optional(),
  connectionsPerRoom: z.coerce.number().int().positive().optional(),
  /** `sqlite` (the default: <data>/relay.db) or a `postgres://` URL (several relay nodes may share it). */
  store: z
    .string()
    .regex(/^(sqlite|postgres(ql)?:\/\/.+)$/, 'must be "sqlite" or a postgres:// URL')
    .default('sqlite'),
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: z.string().min(16, 'the metrics token must be at least 16 characters').max(512).optional(),
  /** Behind a load balancer on this host: take the client address from X-Forwarded-For (set by the balancer). */
  trustProxy: z.enum(['yes', 'no']).default('no'),
  /**
   * The operator runs this relay in a closed network without TLS: clients may then use plain
   * ws:// to it (and say so in the UI as an unprotected connection). Off by default.
   */
  closedNetwork: z.enum(['yes', 'no']).default('no'),
  /**
   * Days an erased room's access log is kept after the erasure, then deleted (docs/bewaartermijnen.md;
   * the default of five years is a design proposal, not a legal term: set it with the privacy officer).
   */
  accessLogDays: z.coerce.number().int().min(1).max(36_500).default(1826),
});
export type RelayConfig = z.infer<typeof configSchema>;

/** Command-line options (`--port 1` or `--port=1`) and the setting each one gives. */
const FLAGS: Record<string, keyof RelayConfig> = {
  port: 'port',
  host: 'host',
  data: 'dataDir',
  'access-key': 'accessKey',
  static: 'staticDir',
  'frames-per-second': 'framesPerSecond',
  'frame-burst': 'frameBurst',
  'connections-per-room': 'connectionsPerRoom',
  store: 'store',
  'metrics-token': 'metricsToken',
  'trust-proxy': 'trustProxy',
  'access-log-days': 'accessLogDays',
};
/** Flags that take no value (`--closed-network`). */
const SWITCHES: Record<string, keyof RelayConfig> = { 'closed-network': 'closedNetwork' };
const OPTIONS = {
  ...Object.fromEntries(Object.keys(SWITCHES).map((name) => [name, { type: 'boolean' as const }])),
  ...Object.fromEntries(Object.keys(FLAGS).map((name) => [name, { type: 'string' as const }])),
  help: { type: 'boolean' as const, short: 'h' },
};
const ENV: Record<string, keyof RelayConfig> = {
  TAFEL_PORT: 'port',
  TAFEL_HOST: 'host',
  TAFEL_DATA: 'dataDir',
  TAFEL_ACCESS_KEY: 'accessKey',
  TAFEL_STATIC: 'staticDir',
  TAFEL_FRAMES_PER_SECOND: 'framesPerSecond',
  TAFEL_FRAME_BURST: 'frameBurst',
  TAFEL_CONNECTIONS_PER_ROOM: 'connectionsPerRoom',
  TAFEL_STORE: 'store',
  TAFEL_METRICS_TOKEN: 'metricsToken',
  TAFEL_TRUST_PROXY: 'trustProxy',
  TAFEL_CLOSED_NETWORK: 'closedNetwork',
  TAFEL_ACCESS_LOG_DAYS: 'accessLogDays',
};

export const USAGE = `Gebruik / usage: node dist/server/index.js [--port 4455] [--host 127.0.0.1] [--data ./.tafel-data] [--access-key KEY] [--static DIR]
       [--store sqlite|postgres://user@host/db] [--metrics-token TOKEN] [--trust-proxy yes|no]
       [--frames-per-second 100] [--frame-burst 1000] [--connections-per-room 64] [--closed-network]
       [--access-log-days 1826]
  env: TAFEL_PORT, TAFEL_HOST, TAFEL_DATA, TAFEL_ACCESS_KEY, TAFEL_STATIC, TAFEL_STORE, TAFEL_METRICS_TOKEN,
       TAFEL_TRUST_PROXY, TAFEL_FRAMES_PER_SECOND, TAFEL_FRAME_BURST, TAFEL_CONNECTIONS_PER_ROOM,
       TAFEL_CLOSED_NETWORK=yes, TAFEL_ACCESS_LOG_DAYS (flags win over env)
  --access-log-days: days an erased case's access log is kept after the erasure (default 1826).
  --closed-network: clients may reach this relay over plain ws:// (a closed network without TLS);
       they name it an unprotected connection. Without it, clients refuse ws:// outside loopback.`;

/** Outcome of reading the configuration. */
export type ConfigResult = { ok: true; config: RelayConfig } | { ok: false; help: boolean; message: string };

/** Reads flags (`--port 1` or `--port=1`) and environment into a checked config. Never throws. */
export function readConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const raw: Partial<Record<keyof RelayConfig, string>> = {};
  for (const [name, key] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  // Not strict: parseArgs then hands back every argument as a token in order, and this function
  // words the errors itself (an option's value may be the access key, and is never repeated).
  // A value may start with "-" (access keys are base64url), as in `--access-key -Xy…`.
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') return { ok: false, help: false, message: `unexpected argument (options start with --)\n${USAGE}` };
    if (token.name === 'help') return { ok: false, help: true, message: USAGE };
    const switched = SWITCHES[token.name];
    if (switched !== undefined) {
      raw[switched] = 'yes';
      continue;
    }
    const key = FLAGS[token.name];
    if (key === undefined) return { ok: false, help: false, message: `unknown option ${JSON.stringify(token.rawName)}\n${USAGE}` };
    if (token.value === undefined) return { ok: false, help: false, message: `option ${token.rawName} needs a value\n${USAGE}` };
    raw[key] = token.value;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    // Never echo values: one of them may be the access key.
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    return { ok: false, help: false, message: `invalid relay configuration:\n${lines.join('\n')}\n${USAGE}` };
  }
  return { ok: true, config: { ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) } };
}
