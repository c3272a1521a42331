/**
 * Several relay nodes on one throwaway PostgreSQL behind a real HAProxy, for tests: every
 * server on loopback, on free ports, started here and stopped by `stop()`. HAProxy runs with
 * deploy/haproxy.cfg, the file docs/deploy.md shows, with its addresses set in the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, startPostgres, type TestPostgres } from './postgresCluster.js';
import { spawnRelay, type RelayProcess } from './relayProcess.js';
import { TEST_ACCESS_KEY } from './startRelay.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const HAPROXY_CFG = path.join(ROOT, 'deploy', 'haproxy.cfg');

export interface Haproxy {
  readonly wsUrl: string;
  readonly port: number;
  output(): string;
  stop(): Promise<void>;
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** HAProxy in the foreground on a free port, in front of the given relay ports. */
export async function startHaproxy(nodePorts: readonly [number, number]): Promise<Haproxy> {
  const port = await freePort();
  const child: ChildProcess = spawn('haproxy', ['-db', '-f', HAPROXY_CFG], {
    env: { ...process.env, TAFEL_LISTEN: `127.0.0.1:${port}`, TAFEL_NODE_A: `127.0.0.1:${nodePorts[0]}`, TAFEL_NODE_B: `127.0.0.1:${nodePorts[1]}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  child.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([waitForPort(port), exited.then(() => Promise.reject(new Error(`haproxy exited:\n${out}`)))]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export interface RelayCluster {
  readonly postgres: TestPostgres;
  readonly databaseUrl: string;
  readonly nodes: RelayProcess[];
  readonly haproxy: Haproxy;
  stop(): Promise<void>;
}

/** PostgreSQL, two relay nodes on it (child processes) and HAProxy in front. */
export async function startRelayCluster(extraArgs: string[] = []): Promise<RelayCluster> {
  const postgres = await startPostgres();
  const dirs: string[] = [];
  const nodes: RelayProcess[] = [];
  try {
    const databaseUrl = await postgres.createDatabase();
    for (let i = 0; i < 2; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-node-'));
      dirs.push(dir);
      nodes.push(await spawnRelay(dir, TEST_ACCESS_KEY, ['--store', databaseUrl, '--trust-proxy', 'yes', ...extraArgs]));
    }
    const haproxy = await startHaproxy([portOf(nodes[0]!.url), portOf(nodes[1]!.url)]);
    return {
      postgres,
      databaseUrl,
      nodes,
      haproxy,
      stop: async () => {
        await haproxy.stop();
        await Promise.all(
          nodes.map(async (n) => {
            if (n.child.exitCode === null && n.child.signalCode === null) {
              n.child.kill('SIGTERM');
              const timer = setTimeout(() => n.child.kill('SIGKILL'), 5_000);
              await n.exited;
              clearTimeout(timer);
            }
          }),
        );
        await postgres.stop();
        for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const n of nodes) n.child.kill('SIGKILL');
    await postgres.stop();
    throw error;
  }
}
