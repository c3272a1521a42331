// The relay's HTTP side on loopback: the built renderer with the right types and headers,
// invite links, no traversal, /healthz and /metrics.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACCESS_KEY, startTestRelay, type TestRelay } from '../helpers/startRelay.js';
import { TestClient, makeDevice, newRoomId } from '../helpers/relayClient.js';

let relay: TestRelay;
let staticDir: string;
beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-static-'));
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Tafel</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'main-1a2b.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), `${path.basename(staticDir)}-secret.txt`), 'geheim');
  relay = await startTestRelay({ staticDir });
});
afterAll(async () => {
  await relay.stop();
  fs.rmSync(staticDir, { recursive: true, force: true });
  fs.rmSync(path.join(path.dirname(staticDir), `${path.basename(staticDir)}-secret.txt`), { force: true });
});

/** A raw GET, so the path reaches the relay exactly as written (fetch would normalise it). */
function rawGet(p: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(relay.port, '127.0.0.1', () => sock.write(`GET ${p} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let out = '';
    sock.on('data', (d) => (out += d.toString()));
    sock.on('end', () => resolve(out));
    sock.on('error', reject);
  });
}

describe('relay HTTP', () => {
  it('serves the renderer with MIME types, caching and security headers', async () => {
    const index = await fetch(`${relay.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    const host = new URL(relay.url).host;
    expect(index.headers.get('content-security-policy')).toContain(`connect-src 'self' ws://${host} wss://${host}`);
    const join = await fetch(`${relay.url}/join/abc123`);
    expect(await join.text()).toContain('<title>Tafel</title>');
    const js = await fetch(`${relay.url}/assets/main-1a2b.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${relay.url}/nope.js`)).status).toBe(404);
    expect((await fetch(`${relay.url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('never serves files outside its directory', async () => {
    const secret = `${path.basename(staticDir)}-secret.txt`;
    for (const p of [`/../${secret}`, `/%2e%2e/${secret}`, `/assets/..%2f..%2f${secret}`, `/..%5c${secret}`]) {
      const res = await rawGet(p);
      expect(res).toMatch(/^HTTP\/1\.1 (400|404)/);
      expect(res).not.toContain('geheim');
    }
  });

  it('reports health and metrics that move with traffic', async () => {
    expect(await (await fetch(`${relay.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const room = newRoomId();
    const c = await TestClient.connect(relay.wsUrl, await makeDevice(), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
    await c.ack(c.submitUpdate());
    const metrics = await (await fetch(`${relay.url}/metrics`)).text();
    expect(metrics).toMatch(/^tafel_connections 1$/m);
    expect(metrics).toMatch(/^tafel_active_rooms 1$/m);
    expect(metrics).toMatch(/^tafel_frames_in_total\{type="submit"\} 1$/m);
    expect(metrics).toMatch(/^tafel_store_commit_seconds_count 1$/m);
    await c.close();
  });

  it('says whether its operator allows plain ws:// (a closed network): no by default', async () => {
    expect(await (await fetch(`${relay.url}/transport.json`)).json()).toEqual({ closedNetwork: false });
    const closed = await startTestRelay({ staticDir, closedNetwork: true });
    try {
      expect(await (await fetch(`${closed.url}/transport.json`)).json()).toEqual({ closedNetwork: true });
    } finally {
      await closed.stop();
    }
  });
});
