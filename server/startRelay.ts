/**
 * Wires the relay together: store (SQLite or PostgreSQL) and cluster, relay core, ws adapter,
 * HTTP handler. Used by the CLI (index.ts), by tests (port 0 = ephemeral) and, later, by the
 * desktop app's embedded relay.
 */
import http from 'node:http';
import path from 'node:path';
import { accessKeyId } from './accessKey.js';
import { limitsSchema, type RelayLimits } from './config.js';
import { createHttpHandler } from './http/httpHandler.js';
import { silentLogger, type Logger } from './log.js';
import { RelayMetrics } from './metrics.js';
import { attachWebSocketServer } from './adapters/wsAdapter.js';
import { createRelay } from './relay/createRelay.js';
import { openStore } from './store/openStore.js';
import { StoreHealth } from './storeHealth.js';
import { AccessLogRetention } from './accessLogRetention.js';

export interface StartRelayOptions {
  /** 0 = pick a free port. Default 4455. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Directory for the SQLite database. */
  readonly dataDir: string;
  /** 'sqlite' (default: relay.db in dataDir) or a postgres:// URL shared by several relay nodes. */
  readonly store?: string;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  readonly metricsToken?: string;
  /** Take the client address from X-Forwarded-For (behind a trusted load balancer). */
  readonly trustProxy?: boolean;
  /** Key that allows creating rooms. */
  readonly accessKey: string;
  /** Built renderer to serve; default dist/renderer next to this build. */
  readonly staticDir?: string;
  readonly limits?: Partial<RelayLimits>;
  readonly logger?: Logger;
  /** Clock in ms (tests move time forward for invite expiry). */
  readonly now?: () => number;
  /** Clients may use plain ws:// to this relay (a closed network without TLS; see config.ts). */
  readonly closedNetwork?: boolean;
  /** Days an erased room's access log is kept after the erasure (default 1826, see config.ts). */
  readonly accessLogDays?: number;
}

export interface RunningRelay {
  /** http://host:port (ws:// on the same origin). */
  readonly url: string;
  readonly port: number;
  /** Graceful stop: refuse new connections, finish writes, close sockets with 1012, close the DB. */
  close(): Promise<void>;
}

/** Default renderer directory: dist/renderer, found from dist/server or from server/ (tsx). */
export function defaultStaticDir(moduleDir: string): string {
  const parent = path.dirname(moduleDir);
  return path.basename(parent) === 'dist' ? path.join(parent, 'renderer') : path.join(parent, 'dist', 'renderer');
}

/** Starts a relay and resolves once it listens. */
export async function startRelay(options: StartRelayOptions): Promise<RunningRelay> {
  const limits = limitsSchema.parse(options.limits ?? {});
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const { store, cluster } = await openStore(options.store ?? 'sqlite', options.dataDir, logger);
  const health = new StoreHealth(() => store.probeWrite(), logger);
  const relay = createRelay({
    store,
    limits,
    logger,
    now,
    accessKey: options.accessKey,
    accessKeyId: accessKeyId(options.accessKey),
    cluster,
    health,
  });
  const metrics = new RelayMetrics({ connections: () => relay.connectionCount(), rooms: () => relay.activeRoomCount() });
  relay.setMetrics(metrics);
  try {
    await cluster.start({ event: (e) => relay.clusterEvent(e), frames: (f) => relay.remoteFrames(f), resync: (peers) => relay.resync(peers) });
  } catch (error) {
    await store.close();
    throw error;
  }
  health.start();
  const retention = new AccessLogRetention(store, options.accessLogDays ?? 1826, logger, now);
  retention.start();
  let stopping = false;
  const staticDir = options.staticDir ?? defaultStaticDir(import.meta.dirname);
  const server = http.createServer(
    createHttpHandler({
      staticDir,
      health: () => (stopping ? 'shutting-down' : health.healthy ? 'ok' : 'store-unavailable'),
      metrics: () => metrics.render(),
      closedNetwork: options.closedNetwork === true,
      ...(options.metricsToken === undefined ? {} : { metricsToken: options.metricsToken }),
    }),
  );
  const wss = attachWebSocketServer(server, relay, limits, { trustProxy: options.trustProxy ?? false });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4455, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 4455);
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  logger.info('relay-listening', { host, port });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      stopping = true;
      // 1. Stop accepting: no new TCP connections, no new upgrades.
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      // 2. Finish writes: pending SUBMITs are committed and acked before sockets close.
      await relay.shutdown();
      // 3. Close sockets with 1012 so clients come back with backoff.
      await wss.closeAll();
      server.closeAllConnections();
      await serverClosed;
      // 4. Leave the cluster, close the database last; nothing can write any more.
      health.stop();
      retention.stop();
      await cluster.close();
      await store.close();
      logger.info('relay-stopped', {});
    })();
    return closing;
  };
  return { url: `http://${urlHost}:${port}`, port, close };
}
