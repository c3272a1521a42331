/**
 * Tafel's relay, started exactly as its CLI does (`startRelay` on a data dir, SQLite with
 * synchronous=FULL), with the per-connection and per-room limits raised so the benchmark
 * measures the relay, not its abuse limits (defaults: 100 frames/s per connection, 64 connections
 * per room, 64 connections not logged in per address).
 */
import { pathToFileURL } from 'node:url';
import type { startRelay } from '../../../../server/startRelay.js';

type StartRelay = typeof startRelay;

export const BENCH_ACCESS_KEY = 'bench-access-key-0123456789abcdef';

/** `store`: a postgres:// URL (the PostgreSQL rows), else SQLite in `dataDir`. */
export async function startTafelServer(port: number, dataDir: string, modulePath: string, store?: string): Promise<number> {
  const mod = (await import(pathToFileURL(modulePath).href)) as { startRelay: StartRelay };
  const relay = await mod.startRelay({
    port,
    host: '127.0.0.1',
    dataDir,
    ...(store === undefined || store === '' ? {} : { store }),
    accessKey: BENCH_ACCESS_KEY,
    // Every client of the benchmark comes from 127.0.0.1, at once: the per-address cap on
    // connections not logged in yet would make them queue (they retry with backoff).
    limits: {
      framesPerSecond: 1_000_000,
      frameBurst: 1_000_000,
      connectionsPerRoom: 10_000,
      roomsPerAccessKey: 1_000_000,
      unauthenticatedPerAddress: 1_000_000,
      unauthenticatedTotal: 1_000_000,
    },
  });
  const stop = () => void relay.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return relay.port;
}
