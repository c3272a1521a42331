// Frames written by the turn writer, read by a real ws client: text and binary of every length
// class (7-bit, 16-bit, 64-bit lengths), in order, one Buffer shared by several receivers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { TurnWriter, frameMessage } from './turnWriter.js';

const server = http.createServer();
const wss = new WebSocketServer({ noServer: true });
const writers: TurnWriter[] = [];
server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, () => writers.push(new TurnWriter(socket))));
afterAll(async () => {
  for (const c of wss.clients) c.terminate();
  await new Promise((r) => server.close(r));
});

async function client(): Promise<{ got: Array<string | Buffer> }> {
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const ws = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const got: Array<string | Buffer> = [];
  ws.on('message', (data, binary) => got.push(binary ? (data as Buffer) : (data as Buffer).toString('utf8')));
  await new Promise((r) => ws.once('open', r));
  return { got };
}

describe('turn writer', () => {
  it('frames text and binary messages of every length class, in order, and shares one framed buffer', async () => {
    const a = await client();
    const b = await client();
    await new Promise((r) => setTimeout(r, 50));
    const shared = new Uint8Array(70_000).map((_, i) => i % 251);
    const messages: Array<string | Uint8Array> = [
      '',
      'hallo',
      'x'.repeat(125),
      new Uint8Array(126).fill(1),
      'ü'.repeat(40_000),
      new Uint8Array(65_535).fill(2),
      shared,
    ];
    for (const w of writers) for (const m of messages) w.send(m);
    expect(frameMessage(shared)).toBe(frameMessage(shared)); // framed once, whoever receives it
    for (const c of [a, b]) {
      for (let i = 0; i < 100 && c.got.length < messages.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(c.got.length).toBe(messages.length);
      c.got.forEach((m, i) => {
        const sent = messages[i]!;
        if (typeof sent === 'string') expect(m).toBe(sent);
        else expect(new Uint8Array(m as Buffer)).toEqual(sent);
      });
    }
  });
});
