/**
 * One benchmarked server per child process (the y-websocket utils keep module-global state, and
 * per-process CPU/RSS is what we measure). Usage, from the harness only:
 *   node --expose-gc --import tsx serverMain.ts <tafel|y-websocket|hocuspocus> <port> <dataDir> <tafelModule>
 * Talks to the harness over the IPC channel: sends `listening`, answers `mem` (after a GC).
 */
import type { ChildReport, ParentRequest, ProcessKind } from './protocol.js';

const [kind, portArg, dataDir, tafelModule] = process.argv.slice(2) as [ProcessKind, string, string, string];
const port = Number(portArg);

async function start(): Promise<number> {
  if (kind === 'y-websocket') return (await import('./ywsServer.js')).startYwsServer(port);
  if (kind === 'hocuspocus') return (await import('./hocuspocusServer.js')).startHocuspocusServer(port);
  return (await import('./tafelServer.js')).startTafelServer(port, dataDir, tafelModule, process.env.BENCH_TAFEL_STORE);
}

function send(report: ChildReport): void {
  process.send?.(report);
}

process.on('message', (raw: ParentRequest) => {
  if (raw.type === 'mem') {
    if (raw.gc && typeof globalThis.gc === 'function') {
      globalThis.gc();
      globalThis.gc();
    }
    const m = process.memoryUsage();
    send({ type: 'mem', rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers });
  }
});
// The harness owns our lifetime: if it dies, so do we. Exiting (rather than dying by the
// signal) lets `--cpu-prof` write its profile. Tafel's relay installs its own graceful stop.
process.on('disconnect', () => process.exit(0));
if (kind !== 'tafel') process.on('SIGTERM', () => process.exit(0));

start().then(
  (p) => send({ type: 'listening', port: p }),
  (error: unknown) => {
    console.error('server start failed', error);
    process.exit(1);
  },
);
