/**
 * A lying relay for attack tests: a real WebSocket proxy in front of the real relay, on loopback,
 * that sees every byte the relay sees and may change, drop, hold back, reorder, replay or inject
 * anything in either direction. Clients connect to it as if it were the relay. What it saw is
 * recorded, so a test can check that nothing written after an attack opens with any key the
 * attacker has.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { parseClientMessage, parseRelayMessage, type ClientMessage, type RelayMessage } from '../../shared/protocol/messages.js';
import { decodeFrame, type Frame } from '../../shared/protocol/frames.js';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';

/** A message on the wire: control text or a binary frame. */
export type WireMessage = string | Uint8Array;

/** One client connection through the proxy. */
export class ProxiedConnection {
  deviceId: DeviceId | undefined;
  room: RoomId | undefined;
  /** The login type the client used. */
  login: string | undefined;
  closed = false;

  constructor(
    private readonly client: WebSocket,
    private readonly relay: WebSocket,
  ) {}

  /** Sends something to the client as if the relay had sent it. */
  toClient(message: WireMessage | RelayMessage): void {
    if (this.closed) return;
    this.client.send(typeof message === 'string' || message instanceof Uint8Array ? message : JSON.stringify(message));
  }

  /** Closes the client's socket with `code`, as the relay would after a refusal. */
  closeClient(code: number, reason = ''): void {
    if (this.closed) return;
    this.closed = true;
    this.client.close(code, reason);
  }

  /** Sends something to the relay as if the client had sent it. */
  toRelay(message: WireMessage | ClientMessage): void {
    if (this.closed || this.relay.readyState !== WebSocket.OPEN) return;
    this.relay.send(typeof message === 'string' || message instanceof Uint8Array ? message : JSON.stringify(message));
  }
}

/** What a hook returns: the message (changed or not), several, or nothing (dropped). */
export type HookResult = WireMessage | WireMessage[] | null;
export type Hook = (conn: ProxiedConnection, message: WireMessage) => HookResult;

export interface LyingRelay {
  readonly wsUrl: string;
  /** The same origin over HTTP: it serves the relay's pages too (so a browser loads the app from it). */
  readonly httpUrl: string;
  readonly connections: ProxiedConnection[];
  /** Everything relayed to clients and to the relay, in order (after hooks). */
  readonly seenToClients: Array<{ conn: ProxiedConnection; message: WireMessage }>;
  readonly seenToRelay: Array<{ conn: ProxiedConnection; message: WireMessage }>;
  /** Changes what goes to clients (relay → client). */
  toClients: Hook | undefined;
  /** Changes what goes to the relay (client → relay). */
  toRelay: Hook | undefined;
  /** The live connections of one device. */
  connectionsOf(device: DeviceId): ProxiedConnection[];
  close(): Promise<void>;
}

function bytes(data: RawData): Uint8Array {
  const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength).slice();
}

function apply(hook: Hook | undefined, conn: ProxiedConnection, message: WireMessage): WireMessage[] {
  if (hook === undefined) return [message];
  const out = hook(conn, message);
  return out === null ? [] : Array.isArray(out) ? out : [out];
}

/** Starts the proxy in front of `relayWsUrl` (HTTP requests are passed through unchanged). */
export async function startLyingRelay(relayWsUrl: string): Promise<LyingRelay> {
  const relayHttp = new URL(relayWsUrl.replace(/^ws/, 'http'));
  const httpServer = http.createServer((req, res) => {
    const upstream = http.request(
      { host: relayHttp.hostname, port: relayHttp.port, path: req.url, method: req.method, headers: { ...req.headers, host: relayHttp.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve()));
  const server = new WebSocketServer({ server: httpServer, maxPayload: 16 * 1024 * 1024 });
  const port = (httpServer.address() as AddressInfo).port;
  const lying: LyingRelay = {
    wsUrl: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    connections: [],
    seenToClients: [],
    seenToRelay: [],
    toClients: undefined,
    toRelay: undefined,
    connectionsOf: (device) => lying.connections.filter((c) => c.deviceId === device && !c.closed),
    close: async () => {
      for (const c of server.clients) c.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
  server.on('connection', (client) => {
    const relay = new WebSocket(relayWsUrl, { maxPayload: 16 * 1024 * 1024 });
    const conn = new ProxiedConnection(client, relay);
    lying.connections.push(conn);
    const pendingToRelay: WireMessage[] = [];
    relay.on('open', () => {
      for (const m of pendingToRelay.splice(0)) relay.send(m);
    });
    relay.on('message', (data, isBinary) => {
      const raw = bytes(data);
      const message: WireMessage = isBinary ? raw : Buffer.from(raw).toString('utf8');
      for (const m of apply(lying.toClients, conn, message)) {
        lying.seenToClients.push({ conn, message: m });
        if (client.readyState === WebSocket.OPEN) client.send(m);
      }
    });
    client.on('message', (data, isBinary) => {
      const raw = bytes(data);
      const message: WireMessage = isBinary ? raw : Buffer.from(raw).toString('utf8');
      if (typeof message === 'string') {
        const parsed = parseClientMessage(message);
        if (parsed.ok && (parsed.value.type === 'hello' || parsed.value.type === 'redeem' || parsed.value.type === 'create-room')) {
          conn.login = parsed.value.type;
          conn.room = parsed.value.room;
          conn.deviceId = parsed.value.type === 'hello' ? parsed.value.deviceId : parsed.value.device.id;
        }
      }
      for (const m of apply(lying.toRelay, conn, message)) {
        lying.seenToRelay.push({ conn, message: m });
        if (relay.readyState === WebSocket.OPEN) relay.send(m);
        else pendingToRelay.push(m);
      }
    });
    const closeBoth = (code: number, reason: Buffer) => {
      conn.closed = true;
      const c = code >= 1000 && code < 5000 && code !== 1005 && code !== 1006 ? code : 1000;
      if (client.readyState === WebSocket.OPEN) client.close(c, reason);
      if (relay.readyState === WebSocket.OPEN || relay.readyState === WebSocket.CONNECTING) relay.close();
    };
    relay.on('close', closeBoth);
    client.on('close', closeBoth);
    relay.on('error', () => client.terminate());
    client.on('error', () => relay.terminate());
  });
  return lying;
}

/** A relay message, if `message` is one (text). */
export function asRelayMessage(message: WireMessage): RelayMessage | undefined {
  if (typeof message !== 'string') return undefined;
  const parsed = parseRelayMessage(message);
  return parsed.ok ? parsed.value : undefined;
}

/** A client message, if `message` is one (text). */
export function asClientMessage(message: WireMessage): ClientMessage | undefined {
  if (typeof message !== 'string') return undefined;
  const parsed = parseClientMessage(message);
  return parsed.ok ? parsed.value : undefined;
}

/** A binary frame, if `message` is one. */
export function asFrame(message: WireMessage): Frame | undefined {
  if (typeof message === 'string') return undefined;
  const decoded = decodeFrame(message);
  return decoded.ok ? decoded.value : undefined;
}
