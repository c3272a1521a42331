// Commit before ack, proven the hard way: the relay runs as a child process and is killed with
// SIGKILL in the middle of a stream of SUBMITs, or stopped with SIGTERM. After a restart on the
// same data directory every acknowledged frame is there, and resends are stored once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEnvelope, type RoomId } from '../../shared/protocol/index.js';
import { TestClient, makeDevice, newRoomId, type TestDevice } from '../helpers/relayClient.js';
import { spawnRelay, type RelayProcess } from '../helpers/relayProcess.js';

const KEY = 'durability-access-key-0123';
const dirs: string[] = [];
const procs: RelayProcess[] = [];
afterEach(() => {
  for (const p of procs.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<RelayProcess> {
  const p = await spawnRelay(dataDir, KEY, ['--frame-burst', '5000', '--frames-per-second', '5000']);
  procs.push(p);
  return p;
}

function acked(c: TestClient): Map<number, number> {
  const m = new Map<number, number>();
  for (const msg of c.messages) if (msg.type === 'ack') m.set(msg.msgId, msg.seq);
  return m;
}

/** Reads the whole room back through a fresh hello from 0. */
async function readBack(wsUrl: string, device: TestDevice, room: RoomId): Promise<TestClient> {
  const c = await TestClient.connect(wsUrl, device, { type: 'hello', room, since: 0 });
  await c.close();
  return c;
}

describe('relay durability', () => {
  it('keeps every acknowledged frame across kill -9, and stores resent msg ids once', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-kill-'));
    dirs.push(dataDir);
    const relay1 = await start(dataDir);
    const room = newRoomId();
    const device = await makeDevice('Schrijver', 'Veilig Thuis');
    const writer = await TestClient.connect(relay1.wsUrl, device, { type: 'create-room', room, accessKey: KEY });
    const total = 1000;
    // Stream in small bursts, as a typing client does, so the kill lands mid-stream.
    const streaming = (async () => {
      for (let i = 1; i <= total; i++) {
        writer.submitUpdate({ msgId: i });
        if (i % 25 === 0) await new Promise((r) => setTimeout(r, 2));
      }
    })();
    // Kill mid-stream: after some acks arrived, before all of them did.
    await writer.until(() => (acked(writer).size >= 150 ? true : undefined), '150 acks');
    relay1.child.kill('SIGKILL');
    expect((await relay1.exited).signal).toBe('SIGKILL');
    await writer.closed;
    await streaming;
    const ackedBefore = acked(writer);
    expect(ackedBefore.size).toBeGreaterThanOrEqual(150);
    expect(ackedBefore.size).toBeLessThan(total); // the kill did land mid-stream
    console.log(`kill -9 after ${ackedBefore.size} of ${total} acks`);

    const relay2 = await start(dataDir);
    const back = await readBack(relay2.wsUrl, device, room);
    for (const [msgId, seq] of ackedBefore) expect(back.delivered.get(seq), `acked msg ${msgId} at seq ${seq}`).toEqual(writer.sent.get(msgId));

    // Resend everything that was not acked (the client's duty), plus a few that were.
    const resender = await TestClient.connect(relay2.wsUrl, device, { type: 'hello', room, since: back.deliveredOrder.at(-1) ?? 0 });
    const unacked = Array.from({ length: total }, (_, i) => i + 1).filter((id) => !ackedBefore.has(id));
    const again = [...ackedBefore.keys()].slice(0, 20);
    for (const id of [...again, ...unacked]) resender.resend(id, writer.sent.get(id));
    await resender.until(() => (acked(resender).size === again.length + unacked.length ? true : undefined), 'all acks after resend');
    for (const id of again) expect(acked(resender).get(id)).toBe(ackedBefore.get(id));
    await resender.close();

    const final = await readBack(relay2.wsUrl, device, room);
    expect(final.deliveredOrder).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const msgIds = final.deliveredOrder.map((seq) => {
      const env = decodeEnvelope(final.delivered.get(seq)!);
      return env.ok ? env.value.header.msgId : -1;
    });
    expect(new Set(msgIds).size).toBe(total);
    relay2.child.kill('SIGTERM');
    expect((await relay2.exited).code).toBe(0);
  });

  it('on SIGTERM closes clients with 1012 and loses no acknowledged frame', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-term-'));
    dirs.push(dataDir);
    const relay1 = await start(dataDir);
    const room = newRoomId();
    const device = await makeDevice('Schrijver', 'Veilig Thuis');
    const writer = await TestClient.connect(relay1.wsUrl, device, { type: 'create-room', room, accessKey: KEY });
    for (let i = 1; i <= 500; i++) writer.submitUpdate({ msgId: i });
    await writer.until(() => (acked(writer).size >= 50 ? true : undefined), '50 acks');
    relay1.child.kill('SIGTERM');
    expect((await writer.closed).code).toBe(1012);
    expect((await relay1.exited).code).toBe(0);
    const ackedBefore = acked(writer);

    const relay2 = await start(dataDir);
    const back = await readBack(relay2.wsUrl, device, room);
    for (const [msgId, seq] of ackedBefore) expect(back.delivered.get(seq)).toEqual(writer.sent.get(msgId));
    expect(relay1.output()).toContain('relay-stopped');
  });
});
