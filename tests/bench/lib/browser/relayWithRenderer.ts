/**
 * The built relay serving the built renderer on loopback, as the e2e tests run it, plus Debian's
 * Chromium through Playwright. For the browser benchmarks (typing latency, first paint).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';

export interface RelayWithRenderer {
  readonly baseURL: string;
  stop(): Promise<void>;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`relay exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('relay did not become healthy');
}

/** Starts `node dist/server/index.js` serving `staticDir` on a fresh data directory. */
export async function startRelayWithRenderer(port: number, accessKey: string, staticDir = 'dist/renderer'): Promise<RelayWithRenderer> {
  const data = mkdtempSync(path.join(tmpdir(), 'tafel-bench-'));
  const child = spawn(process.execPath, ['dist/server/index.js', '--port', String(port), '--host', '127.0.0.1', '--data', data, '--static', staticDir], {
    env: { ...process.env, TAFEL_ACCESS_KEY: accessKey },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitHealthy(`${baseURL}/healthz`, child, 30_000);
  return {
    baseURL,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium (Playwright's own browsers are not installed here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
