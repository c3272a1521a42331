/**
 * End-to-end tests of the renderer in its web host: Debian's Chromium (Playwright's own browser
 * downloads are not available here) against the REAL relay, which serves the built renderer.
 * Build first: `npx vite build && npx tsc -p tsconfig.build.json` (or `npm run build`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Parallel work on one machine: each engineer may run the suite on its own port and build dir.
const PORT = Number(process.env['TAFEL_E2E_PORT'] ?? 4460);
const STATIC_DIR = process.env['TAFEL_E2E_STATIC'] ?? 'dist/renderer';
// A fresh, empty relay data directory per run: no state leaks between runs. Workers load this
// file again; the environment variable makes them reuse the run's directory instead of making more.
process.env['TAFEL_E2E_DATA'] ??= mkdtempSync(path.join(tmpdir(), 'tafel-e2e-'));
const DATA_DIR = process.env['TAFEL_E2E_DATA'];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 20_000,
  expect: { timeout: 5_000 },
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node dist/server/index.js --port ${PORT} --host 127.0.0.1 --data ${DATA_DIR} --static ${STATIC_DIR}`,
    // The relay insists on ≥ 16 characters; through the environment so it stays out of `ps`.
    env: { TAFEL_ACCESS_KEY: 'e2e-access-key-for-tests' },
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
