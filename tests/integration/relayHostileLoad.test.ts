/**
 * Hostile load against a relay process, as the attacker would send it:
 * - one member floods its room with 200 KB frames as fast as its socket takes them, while 40
 *   other rooms write at a typing pace: their acks stay fast (the flood is paced by its bytes
 *   per second and cannot fill a group commit);
 * - 400 sockets that never log in each start an ~8 MiB message: the relay cuts them off after a
 *   few KiB (or refuses them at the upgrade), its memory stays low, and a real client still works.
 * The bounds are generous on purpose (a shared 2-core machine); `npm run bench:relay` reports
 * the exact figures.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeSubmit, type RoomId } from '../../shared/protocol/index.js';
import { TestClient, makeDevice, newInviteToken, newRoomId, randomEnvelope } from '../helpers/relayClient.js';
import { spawnRelay, type RelayProcess } from '../helpers/relayProcess.js';
import { TEST_ACCESS_KEY } from '../helpers/startRelay.js';

let relay: RelayProcess | undefined;
const dirs: string[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  if (relay !== undefined && relay.child.exitCode === null) {
    relay.child.kill('SIGTERM');
    await relay.exited;
  }
  relay = undefined;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function start(): Promise<RelayProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-hostile-'));
  dirs.push(dir);
  relay = await spawnRelay(dir, TEST_ACCESS_KEY);
  return relay;
}

function rssMiB(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Writers in `rooms` submit one update every `everyMs` for `ms`; resolves the ack delays (ms). */
async function typingRooms(writers: TestClient[], ms: number, everyMs: number): Promise<number[]> {
  const delays: number[] = [];
  const until = Date.now() + ms;
  await Promise.all(
    writers.map(async (w, k) => {
      await new Promise((r) => setTimeout(r, (k * everyMs) / writers.length));
      while (Date.now() < until) {
        const t0 = performance.now();
        const id = w.submitUpdate({ bodyBytes: 300 });
        await w.ack(id);
        delays.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, everyMs));
      }
    }),
  );
  return delays;
}

/** Opens a WebSocket upgrade from `localAddress` and sends nothing; resolves the HTTP status line's code and the socket. */
function idleUpgrade(port: number, localAddress: string): Promise<{ status: number; sock: net.Socket }> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ port, host: '127.0.0.1', localAddress }, () =>
      sock.write(
        'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      ),
    );
    let head = '';
    sock.on('data', (d) => {
      head += d.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (m) resolve({ status: Number(m[1]), sock });
    });
    sock.on('error', reject);
  });
}

describe('relay under hostile load', () => {
  it('caps connections that have not logged in per source address', async () => {
    const r = await start();
    const port = Number(new URL(r.url).port);
    const held = await Promise.all(Array.from({ length: 64 }, () => idleUpgrade(port, '127.0.0.9')));
    expect(held.every((h) => h.status === 101)).toBe(true);
    const over = await idleUpgrade(port, '127.0.0.9');
    expect(over.status).toBe(503);
    // Another address is not affected, and a slot frees when a socket goes.
    const other = await idleUpgrade(port, '127.0.0.10');
    expect(other.status).toBe(101);
    held[0]!.sock.destroy();
    await new Promise((res) => setTimeout(res, 200));
    const again = await idleUpgrade(port, '127.0.0.9');
    expect(again.status).toBe(101);
    for (const h of [...held, over, other, again]) h.sock.destroy();
  });

  it('keeps 40 other rooms’ acks fast while one member floods its room with 200 KB frames', { timeout: 90_000 }, async () => {
    const r = await start();
    const writers: TestClient[] = [];
    for (let i = 0; i < 40; i++) {
      writers.push(
        await TestClient.connect(r.wsUrl, await makeDevice(`Schrijver ${i}`, 'Veilig Thuis'), {
          type: 'create-room',
          room: newRoomId(),
          accessKey: TEST_ACCESS_KEY,
        }),
      );
    }
    clients.push(...writers);
    // The flooder is a member of a room of its own (invited, so its frames are accepted and stored).
    const floodRoom: RoomId = newRoomId();
    const chair = await TestClient.connect(r.wsUrl, await makeDevice('Voorzitter', 'Politie'), {
      type: 'create-room',
      room: floodRoom,
      accessKey: TEST_ACCESS_KEY,
    });
    const { token, tokenHash } = newInviteToken();
    await chair.request({ type: 'create-invite', tokenHash, role: 'member', expiresAt: Date.now() + 60_000, package: 'cA', requireApproval: false });
    const flooder = await TestClient.connect(r.wsUrl, await makeDevice('Overstromer', 'Onbekend'), { type: 'redeem', room: floodRoom, token });
    clients.push(chair, flooder);

    const quiet = await typingRooms(writers, 4_000, 100);
    let flooding = true;
    let sentBytes = 0;
    let msgId = 0;
    const flood = (async () => {
      while (flooding && flooder.closeInfo === undefined) {
        // As fast as the socket takes it: keep a few MiB in the client's send buffer.
        while (flooder.ws.bufferedAmount < 4 * 1024 * 1024) {
          const env = randomEnvelope({ kind: 'update', room: floodRoom, epoch: 1, sender: flooder.device.id, msgId: ++msgId, bodyBytes: 200_000 });
          flooder.sendBinary(encodeSubmit(env));
          sentBytes += env.length;
        }
        await new Promise((res) => setTimeout(res, 5));
      }
    })();
    const floodStarted = performance.now();
    await new Promise((res) => setTimeout(res, 500));
    const flooded = await typingRooms(writers, 4_000, 100);
    const floodSeconds = (performance.now() - floodStarted) / 1000;
    const floodAcks = flooder.messages.filter((m) => m.type === 'ack').length;
    flooding = false;
    await flood;
    const before = { p99: percentile(quiet, 99), max: Math.max(...quiet) };
    const during = { p99: percentile(flooded, 99), max: Math.max(...flooded) };
    console.log(
      `flood: ${(sentBytes / 2 ** 20).toFixed(0)} MiB offered, ${floodAcks} frames of 200 KB stored; other rooms' ack p99 ${before.p99.toFixed(1)} → ${during.p99.toFixed(1)} ms, max ${before.max.toFixed(1)} → ${during.max.toFixed(1)} ms`,
    );
    expect(flooder.closeInfo).toBeUndefined(); // paced, not thrown out
    expect(floodAcks).toBeGreaterThan(0);
    // The flood is paced at its bytes per second (2 MiB/s after a 16 MiB burst), not stored as fast as it is sent.
    expect(floodAcks * 200_000).toBeLessThan(16 * 2 ** 20 + 2 * 2 ** 20 * floodSeconds * 1.5 + 8 * 2 ** 20);
    expect(sentBytes).toBeGreaterThan(floodAcks * 200_000);
    // Generous bounds (the test shares two cores with everything else): the goal (≤ 2× and
    // ≤ 100 ms) is measured by the benchmark. Before the limits this was 95 ms → 9 s.
    expect(during.p99).toBeLessThan(Math.max(2_000, 5 * before.p99));
  });

  it('cuts off 400 sockets that start an ~8 MiB message before logging in; memory stays low and a real client works', { timeout: 90_000 }, async () => {
    const r = await start();
    const pid = r.child.pid!;
    const port = Number(new URL(r.url).port);
    const startRss = rssMiB(pid);
    // A legitimate writer, from another loopback address than the attack.
    const room = newRoomId();
    const writer = await TestClient.connect(r.wsUrl, await makeDevice('Voorzitter', 'Veilig Thuis'), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
    clients.push(writer);

    let refused = 0;
    let cutOff = 0;
    let streamedBytes = 0;
    const attack = (i: number) =>
      new Promise<void>((resolve) => {
        const sock = net.connect({ port, host: '127.0.0.1', localAddress: `127.0.0.${2 + (i % 4)}` });
        let upgraded = false;
        let buffer = '';
        const chunk = Buffer.alloc(64 * 1024, 7);
        const pump = (): void => {
          while (upgraded && !sock.destroyed && streamedBytes < 4 * 2 ** 30) {
            streamedBytes += chunk.length;
            if (!sock.write(chunk)) {
              sock.once('drain', pump);
              return;
            }
          }
        };
        sock.on('connect', () => {
          sock.write(
            `GET /r/${room} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
          );
        });
        sock.on('data', (d) => {
          if (upgraded) return;
          buffer += d.toString('latin1');
          if (!buffer.includes('\r\n\r\n')) return;
          if (!buffer.startsWith('HTTP/1.1 101')) {
            refused++;
            sock.destroy();
            return;
          }
          upgraded = true;
          // One binary frame, masked, announcing 8 MiB; the payload streams after it.
          const header = Buffer.alloc(14);
          header[0] = 0x82;
          header[1] = 0x80 | 127;
          header.writeBigUInt64BE(8n * 1024n * 1024n, 2);
          header.writeUInt32BE(0x01020304, 10);
          sock.write(header);
          pump();
        });
        sock.on('error', () => undefined);
        sock.on('close', () => {
          if (upgraded) cutOff++;
          resolve();
        });
        setTimeout(() => sock.destroy(), 15_000).unref();
      });
    const flood = Promise.all(Array.from({ length: 400 }, (_, i) => attack(i)));
    // Meanwhile the writer keeps writing and getting acks.
    const ids = Array.from({ length: 50 }, () => writer.submitUpdate());
    await Promise.all(ids.map((id) => writer.ack(id)));
    await flood;
    const after = rssMiB(pid);
    console.log(
      `pre-login flood: ${cutOff} cut off, ${refused} refused at the upgrade, ${(streamedBytes / 2 ** 20).toFixed(0)} MiB offered; relay RSS ${startRss.rss.toFixed(0)} → peak ${after.peak.toFixed(0)} MiB`,
    );
    expect(cutOff + refused).toBe(400);
    // Before these limits the relay grew by more than 2 GiB here.
    expect(after.peak - startRss.rss).toBeLessThan(150);
    // And a real client connects, logs in and writes after it.
    const again = await TestClient.connect(r.wsUrl, writer.device, { type: 'hello', room, since: 0 });
    clients.push(again);
    await again.ack(again.submitUpdate({ msgId: 1_000 }));
    expect(writer.closeInfo).toBeUndefined();
  });
});
