/**
 * The only file that imports `ws`: turns WebSocket upgrades on the HTTP server into relay
 * connections, keeps them alive with ping/pong, and closes them all on shutdown.
 *
 * Before login a connection is cheap to open and must stay cheap to hold: the relay counts the
 * raw bytes it sends (a few KiB allowed, so an 8 MiB message is cut off after the first chunks,
 * never buffered whole), and caps connections not logged in per source address and in total.
 */
import type { IncomingMessage, Server } from 'node:http';
import { isIP } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { MAX_FRAME_BYTES } from '../../shared/protocol/frames.js';
import { roomOfSocketPath } from '../../shared/host/relayUrl.js';
import type { RelayLimits } from '../config.js';
import type { Relay } from '../relay/relay.js';
import type { SocketLike } from '../relay/socketLike.js';
import { TurnWriter } from './turnWriter.js';

export interface WebSocketSide {
  /** Closes every socket with 1012 and resolves when they are gone (or after a grace period). */
  closeAll(): Promise<void>;
}

const CLOSE_GRACE_MS = 2000;

/**
 * The client's address: the socket's peer, or — behind a load balancer on this host that the
 * operator trusts (`--trust-proxy yes`) — the last address the balancer appended to X-Forwarded-For.
 */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const forwarded = req.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').at(-1)?.trim();
  return last !== undefined && last !== '' && isIP(last) !== 0 ? last : peer;
}

/** Connections that have not logged in yet, per address and in total. */
class Unauthenticated {
  private total = 0;
  private readonly byAddress = new Map<string, number>();
  constructor(private readonly limits: RelayLimits) {}
  /** Counts a new connection in; false if a cap is reached. */
  admit(address: string): boolean {
    const n = this.byAddress.get(address) ?? 0;
    if (this.total >= this.limits.unauthenticatedTotal || n >= this.limits.unauthenticatedPerAddress) return false;
    this.byAddress.set(address, n + 1);
    this.total++;
    return true;
  }
  release(address: string): void {
    const n = (this.byAddress.get(address) ?? 1) - 1;
    if (n <= 0) this.byAddress.delete(address);
    else this.byAddress.set(address, n);
    this.total--;
  }
}

export interface WebSocketOptions {
  readonly trustProxy: boolean;
}

export function attachWebSocketServer(server: Server, relay: Relay, limits: RelayLimits, options: WebSocketOptions = { trustProxy: false }): WebSocketSide {
  // Ciphertext does not compress, and compression next to secrets invites CRIME-style leaks.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();
  const writers = new WeakMap<WebSocket, TurnWriter>();
  const unauthenticated = new Unauthenticated(limits);

  server.on('upgrade', (req, socket, head) => {
    if (relay.isClosing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    const remoteAddress = clientAddress(req, options.trustProxy);
    if (!unauthenticated.admit(remoteAddress)) {
      relay.reject('too-many-unauthenticated');
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nConnection: close\r\n\r\n');
      return;
    }
    // Raw bytes before login, counted as they arrive (ws would buffer a whole message first).
    let counting = true;
    let preLogin = head.length;
    const countPreLogin = (chunk: Buffer) => {
      preLogin += chunk.length;
      if (preLogin > limits.preLoginBytes) {
        relay.reject('pre-login-too-large');
        socket.destroy();
      }
    };
    const stopCounting = () => {
      if (!counting) return;
      counting = false;
      socket.off('data', countPreLogin);
      unauthenticated.release(remoteAddress);
    };
    socket.on('data', countPreLogin);
    socket.once('close', stopCounting);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const writer = new TurnWriter(socket);
      writers.set(ws, writer);
      const like: SocketLike = {
        remoteAddress,
        pathRoom: roomOfSocketPath(req.url ?? '/'),
        get bufferedAmount() {
          return ws.bufferedAmount + writer.pendingBytes;
        },
        send: (data) => {
          if (ws.readyState === ws.OPEN) writer.send(data);
        },
        close: (code, reason) => {
          writer.flush();
          ws.close(code, reason);
        },
        pause: () => ws.pause(),
        resume: () => ws.resume(),
        loggedIn: stopCounting,
      };
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
      ws.on('error', () => {
        // ws reports protocol violations (oversize, bad UTF-8) here and closes the socket itself.
      });
      const handle = relay.connect(like);
      ws.on('message', (data, isBinary) => {
        const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
        handle.message(isBinary ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : buf.toString('utf8'));
      });
      ws.on('close', () => handle.closed());
    });
  });

  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, limits.pingIntervalMs);
  pinger.unref();

  return {
    closeAll: async () => {
      clearInterval(pinger);
      const open = [...wss.clients];
      await Promise.all(
        open.map(
          (ws) =>
            new Promise<void>((resolve) => {
              if (ws.readyState === ws.CLOSED) return resolve();
              const timer = setTimeout(() => {
                ws.terminate();
                resolve();
              }, CLOSE_GRACE_MS);
              ws.once('close', () => {
                clearTimeout(timer);
                resolve();
              });
              writers.get(ws)?.flush();
              ws.close(CloseCodes.serviceRestart.code, CloseCodes.serviceRestart.reason);
            }),
        ),
      );
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
