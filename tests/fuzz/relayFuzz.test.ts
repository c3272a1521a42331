// Thousands of random and mutated frames (binary and JSON) from several sockets, while two
// legitimate clients keep exchanging frames. The relay must keep serving them, and what it
// stores must stay consistent: contiguous seqs, every frame a valid envelope of its own room.
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { decodeEnvelope, encodeSubmit, type RoomId } from '../../shared/protocol/index.js';
import { TEST_ACCESS_KEY, startTestRelay, type TestRelay } from '../helpers/startRelay.js';
import { TestClient, makeDevice, newInviteToken, newRoomId, randomEnvelope, type TestDevice } from '../helpers/relayClient.js';

/** Seeded PRNG (mulberry32) so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261128);
const FUZZ_MESSAGES = 4000;
const FUZZ_SOCKETS = 6;
/** A safety stop only: the test counts messages, not time (a loaded machine is slow, not wrong). */
const MAX_MS = 150_000;

const TEMPLATES: ReadonlyArray<Record<string, unknown>> = [
  { type: 'hello', v: 1, room: 'AAAAAAAAAAAAAAAAAAAAAA', deviceId: 'AAAAAAAAAAAAAAAAAAAAAA', since: 0, signature: 'x' },
  { type: 'create-room', v: 1, room: 'AAAAAAAAAAAAAAAAAAAAAA', accessKey: 'nope', device: {}, signature: '' },
  { type: 'redeem', v: 1, room: 'AAAAAAAAAAAAAAAAAAAAAA', token: 'AAAAAAAAAAAAAAAAAAAAAA' },
  { type: 'put-keys', epoch: 2, entries: [{ deviceId: 'AAAAAAAAAAAAAAAAAAAAAA', wrapped: 'eA' }] },
  { type: 'create-invite', tokenHash: 'x', role: 'admin', expiresAt: 1, package: 'p', requireApproval: false },
  { type: 'remove-device', deviceId: 'AAAAAAAAAAAAAAAAAAAAAA' },
  { type: 'approve-device', deviceId: 'AAAAAAAAAAAAAAAAAAAAAA' },
  { type: 'get-access-log', limit: 5 },
  { type: 'list-invites' },
  { type: 'ack', msgId: 1, seq: 1 },
];

function randomBytes(rand: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

function mutateJson(rand: () => number): string {
  const t = structuredClone(TEMPLATES[Math.floor(rand() * TEMPLATES.length)]!);
  const keys = Object.keys(t);
  const k = keys[Math.floor(rand() * keys.length)]!;
  const choices: unknown[] = [null, -1, 1e308, 'x'.repeat(Math.floor(rand() * 300)), {}, [], true, '__proto__', { __proto__: { admin: true } }];
  if (rand() < 0.7) t[k] = choices[Math.floor(rand() * choices.length)];
  const text = JSON.stringify(t);
  if (rand() < 0.2) return text.slice(0, Math.floor(rand() * text.length)); // truncated JSON
  return text;
}

function mutateFrame(rand: () => number, valid: Uint8Array): Uint8Array {
  const f = valid.slice();
  switch (Math.floor(rand() * 5)) {
    case 0:
      for (let i = 0; i < 1 + rand() * 4; i++) f[Math.floor(rand() * f.length)] = Math.floor(rand() * 256);
      return f;
    case 1:
      return f.subarray(0, Math.floor(rand() * f.length));
    case 2:
      f[0] = Math.floor(rand() * 6);
      return f;
    case 3:
      return randomBytes(rand, Math.floor(rand() * 200));
    default: {
      const bigger = new Uint8Array(f.length + Math.floor(rand() * 64));
      bigger.set(f);
      return bigger;
    }
  }
}

/** Opens a raw socket, optionally logs in as `device`, then throws `count` bad messages at the relay. */
async function fuzzRound(relay: TestRelay, rand: () => number, count: number, login: { device: TestDevice; room: RoomId } | undefined): Promise<number> {
  let target: { send(d: string | Uint8Array): void; close(): Promise<void> };
  let valid: Uint8Array = new Uint8Array(0);
  if (login === undefined) {
    const ws = new WebSocket(relay.wsUrl);
    ws.on('error', () => {});
    await new Promise<void>((resolve) => {
      ws.once('open', () => resolve());
      ws.once('close', () => resolve());
    });
    target = {
      send: (d) => ws.readyState === ws.OPEN && ws.send(d),
      close: async () => {
        if (ws.readyState !== ws.CLOSED) {
          ws.close();
          await new Promise((r) => ws.once('close', r));
        }
      },
    };
  } else {
    const c = await TestClient.connect(relay.wsUrl, login.device, { type: 'hello', room: login.room, since: 0 }, { waitCaughtUp: false });
    valid = encodeSubmit(randomEnvelope({ kind: 'update', room: login.room, epoch: c.epoch, sender: login.device.id, msgId: Math.floor(rand() * 2 ** 32) }));
    target = { send: (d) => c.ws.readyState === c.ws.OPEN && c.ws.send(d), close: () => c.close() };
  }
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.4) target.send(mutateJson(rand));
    else if (r < 0.8 && valid.length > 0) target.send(mutateFrame(rand, valid));
    else target.send(randomBytes(rand, Math.floor(rand() * 120)));
  }
  await target.close();
  return count;
}

let relay: TestRelay | undefined;
afterAll(async () => {
  await relay?.stop();
});

describe('relay fuzz', () => {
  it(`survives ${FUZZ_MESSAGES} random and mutated messages while serving two real clients (seed ${SEED})`, async () => {
    relay = await startTestRelay({ limits: { frameBurst: 100_000, framesPerSecond: 100_000 } });
    const room = newRoomId();
    const a = await TestClient.connect(relay.wsUrl, await makeDevice('A', 'Org A'), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
    const inv = newInviteToken();
    await a.request({ type: 'create-invite', tokenHash: inv.tokenHash, role: 'member', expiresAt: Date.now() + 60_000, package: 'cA', requireApproval: false });
    const b = await TestClient.connect(relay.wsUrl, await makeDevice('B', 'Org B'), { type: 'redeem', room, token: inv.token });
    // A third, legitimate device in the same room and one in a room of its own turn hostile.
    const inv2 = newInviteToken();
    await a.request({
      type: 'create-invite',
      tokenHash: inv2.tokenHash,
      role: 'member',
      expiresAt: Date.now() + 60_000,
      package: 'cA',
      requireApproval: false,
    });
    const insider = await makeDevice('C', 'Org C');
    await (await TestClient.connect(relay.wsUrl, insider, { type: 'redeem', room, token: inv2.token })).close();
    const otherRoom = newRoomId();
    const outsider = await makeDevice('D', 'Org D');
    await (await TestClient.connect(relay.wsUrl, outsider, { type: 'create-room', room: otherRoom, accessKey: TEST_ACCESS_KEY })).close();

    // The legitimate traffic: A and B keep writing and acknowledging.
    let stop = false;
    const legit = (async () => {
      let rounds = 0;
      while (!stop) {
        const ids = [a.submitUpdate(), b.submitUpdate()];
        await Promise.all([a.ack(ids[0]!), b.ack(ids[1]!)]);
        if (++rounds % 5 === 0) a.sendAwareness();
      }
      return rounds;
    })();

    const started = Date.now();
    let sent = 0;
    const logins = [undefined, { device: insider, room }, { device: outsider, room: otherRoom }];
    await Promise.all(
      Array.from({ length: FUZZ_SOCKETS }, async (_, s) => {
        const r = prng(SEED + s + 1);
        while (sent < FUZZ_MESSAGES && Date.now() - started < MAX_MS) {
          sent += await fuzzRound(relay!, r, 25, logins[Math.floor(r() * logins.length)]);
        }
      }),
    );
    stop = true;
    const rounds = await legit;
    console.log(`fuzz: ${sent} messages in ${Date.now() - started} ms; legit rounds ${rounds}`);
    expect(sent).toBeGreaterThanOrEqual(FUZZ_MESSAGES);
    expect(a.closeInfo).toBeUndefined();
    expect(b.closeInfo).toBeUndefined();

    // Each legitimate client received every frame the other one had acked, in seq order.
    const seqsOf = (c: TestClient) => new Set(c.messages.flatMap((m) => (m.type === 'ack' ? [m.seq] : [])));
    const aSeqs = seqsOf(a);
    const bSeqs = seqsOf(b);
    await b.until(() => ([...aSeqs].every((s) => b.delivered.has(s)) ? true : undefined), 'B has all of A');
    await a.until(() => ([...bSeqs].every((s) => a.delivered.has(s)) ? true : undefined), 'A has all of B');
    expect([...b.deliveredOrder]).toEqual([...b.deliveredOrder].sort((x, y) => x - y));

    // The store: read both rooms back; contiguous seqs, valid envelopes, right room, A's bytes intact.
    for (const [r, device] of [
      [room, a.device],
      [otherRoom, outsider],
    ] as const) {
      const back = await TestClient.connect(relay.wsUrl, device, { type: 'hello', room: r, since: 0 });
      const head = back.messages.find((m) => m.type === 'caught-up');
      expect(back.deliveredOrder).toEqual(Array.from({ length: head?.type === 'caught-up' ? head.head : 0 }, (_, i) => i + 1));
      for (const bytes of back.delivered.values()) {
        const env = decodeEnvelope(bytes);
        expect(env.ok && env.value.header.room).toBe(r);
      }
      if (r === room) {
        const seqOf = new Map(a.messages.flatMap((m) => (m.type === 'ack' ? [[m.msgId, m.seq] as const] : [])));
        for (const [msgId, bytes] of a.sent) expect(back.delivered.get(seqOf.get(msgId)!)).toEqual(bytes);
      }
      await back.close();
    }
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(200);
    await a.close();
    await b.close();
  }, 200_000);
});
