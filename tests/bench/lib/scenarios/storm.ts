/**
 * Reconnect storm: C clients spread over R rooms, every room holding a small document; the server
 * is SIGKILLed (a crash: nothing flushed, sockets reset) and restarted on the same port and data
 * dir. The clock runs from the kill until every client is connected and synced again.
 * - y-websocket: real WebsocketProviders (backoff 100 ms × 2^n, cap 2.5 s, no jitter). The
 *   restarted reference server has lost every document (no persistence); clients push them back.
 * - Hocuspocus: real HocuspocusProviders (default backoff: 1 s × 2^n with jitter, cap 30 s);
 *   also no persistence in the default configuration.
 * - Tafel: the real client (CaseSession: full-jitter backoff 250 ms–10 s, `hello {since}`,
 *   synced = status 'synced'), or with `--tafel-storm-client thin` thin clients doing the same
 *   by the protocol (synced = `caught-up`). The relay's data survives in SQLite.
 */
import { randomBytes } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { RoomId } from '../../../../shared/protocol/index.js';
import type { TestDevice } from '../../../helpers/relayClient.js';
import { openTafelRoom, type DevicePool } from '../clients/tafel.js';
import { TafelConnection } from '../clients/tafelConnection.js';
import { inBatches } from '../clients/types.js';
import { encodeSubmit } from '../../../../shared/protocol/index.js';
import { sealNode } from '../envelope.js';
import type { BenchOptions } from '../options.js';
import type { StormClient, StormResult } from '../results.js';
import { CpuMeter, type ServerProcess } from '../servers.js';
import type { ServerName } from '../servers/protocol.js';
import { fmt, sleep, waitUntil } from '../stats.js';
import type { TraceWorkload } from '../trace.js';
import { contentUpdate } from './idle.js';
import { realClientStormSetup } from './realClient.js';

const STORM_WRITER = 400_000;

export async function runStorm(
  name: ServerName,
  server: ServerProcess,
  workload: TraceWorkload,
  devices: DevicePool,
  opts: BenchOptions,
  log: (line: string) => void,
): Promise<StormResult> {
  const perRoom = Math.max(1, Math.round(opts.stormClients / opts.stormRooms));
  const rooms = opts.stormRooms;
  const total = perRoom * rooms;
  const content = contentUpdate(workload, STORM_WRITER, 500);
  const realTafel = name === 'tafel' && opts.tafelStormClient === 'real';
  const setup: Setup = realTafel
    ? async (srv, r, c, doc) => ({ clients: await realClientStormSetup(srv, r, c, doc) })
    : name === 'tafel'
      ? tafelStorm
      : name === 'y-websocket'
        ? ywsStorm
        : hocuspocusStorm;
  const { clients, attempts } = await setup(server, rooms, perRoom, content, devices);
  log(`  storm: ${total} clients connected and synced; killing the server`);
  for (const c of clients) {
    c.connectedAt = 0;
    c.syncedAt = 0;
    c.arm?.();
  }
  const restart = await server.killAndRestart();
  const killedAt = restart.killedAt;
  const cpu = new CpuMeter(() => server.cpuSeconds());
  const done = await waitUntil(() => clients.every((c) => c.syncedAt > 0), opts.stormTimeoutSeconds * 1000, 20);
  const serverCpuDuring = cpu.fraction();
  const synced = clients
    .filter((c) => c.syncedAt > 0)
    .map((c) => c.syncedAt - killedAt)
    .sort((a, b) => a - b);
  const connected = clients.filter((c) => c.connectedAt > 0).map((c) => c.connectedAt - killedAt);
  const result: StormResult = {
    clients: total,
    rooms,
    signal: 'SIGKILL',
    restartMs: restart.listeningAt - killedAt,
    allConnectedMs: connected.length === total ? Math.max(...connected) : Number.NaN,
    allSyncedMs: done ? synced[synced.length - 1]! : Number.NaN,
    p50SyncedMs: synced[Math.floor(synced.length / 2)] ?? Number.NaN,
    syncedCount: synced.length,
    serverCpuDuring,
    ...(attempts === undefined ? {} : { attempts: attempts() }),
    client: realTafel
      ? 'real Tafel client (CaseSession, its own reconnect)'
      : name === 'tafel'
        ? 'thin Tafel client, full-jitter backoff 250 ms–10 s'
        : name === 'y-websocket'
          ? 'WebsocketProvider 3.1.0'
          : 'HocuspocusProvider 3.4.4',
  };
  log(
    `  storm: restart ${fmt(result.restartMs, 0)} ms, all connected ${fmt(result.allConnectedMs, 0)} ms, all synced ${fmt(result.allSyncedMs, 0)} ms (${synced.length}/${total}), server CPU ${Math.round(serverCpuDuring * 100)}%`,
  );
  for (const c of clients) c.destroy();
  await sleep(500);
  return result;
}

type Setup = (
  server: ServerProcess,
  rooms: number,
  perRoom: number,
  content: Uint8Array,
  devices: DevicePool,
) => Promise<{ clients: StormClient[]; attempts?: () => number }>;

const ywsStorm: Setup = async (server, rooms, perRoom, content) => {
  const clients: StormClient[] = [];
  const slots = Array.from({ length: rooms * perRoom }, (_, i) => i);
  await inBatches(slots, 50, async (i) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.url, `storm-${Math.floor(i / perRoom)}`, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const c: StormClient = { connectedAt: 0, syncedAt: 0, destroy: () => provider.destroy() };
    provider.on('status', (e: { status: string }) => {
      if (e.status === 'connected' && c.connectedAt === 0) c.connectedAt = performance.now();
    });
    provider.on('sync', (s: boolean) => {
      if (s && c.syncedAt === 0) c.syncedAt = performance.now();
    });
    if (i % perRoom === 0) Y.applyUpdate(doc, content);
    clients.push(c);
    if (!(await waitUntil(() => c.syncedAt > 0, 20_000))) throw new Error('provider did not sync');
  });
  return { clients };
};

const hocuspocusStorm: Setup = async (server, rooms, perRoom, content) => {
  const clients: StormClient[] = [];
  const slots = Array.from({ length: rooms * perRoom }, (_, i) => i);
  await inBatches(slots, 50, async (i) => {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: `storm-${Math.floor(i / perRoom)}`, document: doc });
    const c: StormClient = {
      connectedAt: 0,
      syncedAt: 0,
      destroy: () => {
        provider.destroy();
        socket.destroy();
      },
    };
    socket.on('status', (e: { status: string }) => {
      if (e.status === 'connected' && c.connectedAt === 0) c.connectedAt = performance.now();
    });
    provider.on('synced', () => {
      if (c.syncedAt === 0) c.syncedAt = performance.now();
    });
    provider.attach();
    if (i % perRoom === 0) Y.applyUpdate(doc, content);
    clients.push(c);
    if (!(await waitUntil(() => c.syncedAt > 0, 20_000))) throw new Error('provider did not sync');
  });
  return { clients };
};

/** A Tafel member that reconnects with full-jitter backoff and resumes from its last seq. */
class ReconnectingTafel implements StormClient {
  connectedAt = 0;
  syncedAt = 0;
  attempts = 0;
  private failures = 0;
  private lastSeq: number;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private conn: TafelConnection,
    private readonly url: string,
    private readonly device: TestDevice,
    private readonly room: RoomId,
    private readonly counter: { attempts: number },
  ) {
    this.lastSeq = conn.lastSeq;
    this.watch(conn);
  }

  get seq(): number {
    return Math.max(this.lastSeq, this.conn.lastSeq);
  }

  private watch(conn: TafelConnection): void {
    conn.onClose = () => {
      this.lastSeq = Math.max(this.lastSeq, conn.lastSeq);
      if (!this.stopped) this.schedule();
    };
  }

  private schedule(): void {
    const delay = Math.random() * Math.min(10_000, 250 * 2 ** this.failures);
    this.failures++;
    this.timer = setTimeout(() => this.reconnect(), delay);
  }

  private reconnect(): void {
    if (this.stopped) return;
    this.counter.attempts++;
    const conn = TafelConnection.begin(this.url, this.device, { type: 'hello', room: this.room, since: this.seq });
    this.conn = conn;
    this.watch(conn);
    conn.ws.once('open', () => {
      if (this.connectedAt === 0) this.connectedAt = performance.now();
    });
    conn.ready.then(
      () => {
        this.failures = 0;
        if (this.syncedAt === 0) this.syncedAt = performance.now();
      },
      () => {},
    );
  }

  destroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.conn.terminate();
  }
}

const tafelStorm: Setup = async (server, rooms, perRoom, content, devices) => {
  const counter = { attempts: 0 };
  const key = new Uint8Array(randomBytes(32));
  const perRoomClients = await inBatches(
    Array.from({ length: rooms }, (_, r) => r),
    10,
    async (r) => {
      const devs = await Promise.all(Array.from({ length: perRoom }, (_, i) => devices.get(STORM_WRITER + 1 + r * perRoom + i)));
      const { room, conns } = await openTafelRoom(server.url, devs);
      // One member writes the room's document; everyone else receives it (lastSeq = 1).
      conns[0]!.send(encodeSubmit(sealNode(key, { kind: 'update', room, epoch: 1, sender: devs[0]!.id, msgId: 1, baseSeq: 0 }, content)));
      if (!(await waitUntil(() => conns.slice(1).every((c) => c.lastSeq >= 1) && conns[0]!.acked >= 1, 20_000))) throw new Error('content not delivered');
      return conns.map((c, i) => new ReconnectingTafel(c, server.url, devs[i]!, room, counter));
    },
  );
  return { clients: perRoomClients.flat(), attempts: () => counter.attempts };
};
