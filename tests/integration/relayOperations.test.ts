/**
 * What an operator relies on: /healthz says 503 while the store cannot write (a full disk) and
 * 200 again by itself once it can; /metrics can require a bearer token; a generated access key
 * never reaches the log stream (stdout that is not a terminal), only its 0600 file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient, makeDevice, newRoomId } from '../helpers/relayClient.js';
import { spawnRelay } from '../helpers/relayProcess.js';
import { TEST_ACCESS_KEY, startTestRelay, type TestRelay } from '../helpers/startRelay.js';

let relay: TestRelay | undefined;
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  await relay?.stop();
  relay = undefined;
  for (const c of cleanups.splice(0).reverse()) await c();
});

const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe('relay operations', () => {
  it('answers /metrics only with the bearer token when one is set', async () => {
    relay = await startTestRelay({ metricsToken: 'metrics-token-0123456789' });
    expect((await fetch(`${relay.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${relay.url}/metrics`, { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const ok = await fetch(`${relay.url}/metrics`, { headers: { Authorization: 'Bearer metrics-token-0123456789' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('tafel_connections');
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200); // health stays open for the balancer
  });

  it('never writes a generated access key to its output stream, only to a file the operator alone can read', async () => {
    const dataDir = tempDir('tafel-key-');
    const r = await spawnRelay(dataDir, undefined);
    const file = path.join(dataDir, 'access-key');
    const key = fs.readFileSync(file, 'utf8').trim();
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The key works…
    const c = await TestClient.connect(r.wsUrl, await makeDevice(), { type: 'create-room', room: newRoomId(), accessKey: key });
    await c.close();
    r.child.kill('SIGTERM');
    await r.exited;
    // …and appears nowhere in what the relay wrote (stdout here is a pipe, as under systemd).
    expect(r.output()).not.toContain(key);
    expect(r.output()).toContain(file);
  });

  // A small tmpfs stands for a full disk; mounting needs root (as in CI), so it never skips there.
  it.runIf(process.getuid?.() === 0 || process.env.CI !== undefined)(
    'says 503 on /healthz while the disk is full, refuses writes with retry, and recovers by itself',
    { timeout: 60_000 },
    async () => {
      const mount = tempDir('tafel-full-');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mount]);
      cleanups.push(() => {
        execFileSync('umount', ['-l', mount]);
      });
      relay = await startTestRelay({ dataDir: path.join(mount, 'data') });
      const r = relay;
      const writer = await TestClient.connect(r.wsUrl, await makeDevice(), { type: 'create-room', room: newRoomId(), accessKey: TEST_ACCESS_KEY });
      cleanups.push(() => writer.close());
      await writer.ack(writer.submitUpdate());
      // Fill the disk.
      const filler = path.join(mount, 'filler');
      try {
        fs.writeFileSync(filler, Buffer.alloc(8 * 2 ** 20));
      } catch {
        // ENOSPC: full, as intended.
      }
      let refused = 0;
      for (let i = 0; i < 40 && refused === 0; i++) {
        const id = writer.submitUpdate({ bodyBytes: 60_000 });
        const answer = await writer.until(
          () => writer.messages.find((m) => (m.type === 'ack' && m.msgId === id) || (m.type === 'error' && m.msgId === id)),
          'answer',
        );
        if (answer.type === 'error') {
          expect(answer.code).toBe(1011);
          expect(answer.retry).toBe(true);
          refused++;
        }
      }
      expect(refused).toBe(1);
      expect((await fetch(`${r.url}/healthz`)).status).toBe(503);
      expect(await (await fetch(`${r.url}/healthz`)).json()).toEqual({ status: 'store-unavailable' });
      // Space again: the relay notices by itself within a few seconds.
      fs.rmSync(filler, { force: true });
      const deadline = Date.now() + 15_000;
      while ((await fetch(`${r.url}/healthz`)).status !== 200) {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((res) => setTimeout(res, 200));
      }
      await writer.ack(writer.submitUpdate({ bodyBytes: 1_000 }));
      expect(r.logLines.some((l) => l.includes('store-unwritable'))).toBe(true);
      expect(r.logLines.some((l) => l.includes('store-writable'))).toBe(true);
    },
  );
});
