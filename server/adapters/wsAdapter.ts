/**
 * The only file that imports `ws`: turns WebSocket upgrades on the HTTP server into relay
 * connections, keeps them alive with ping/pong, and closes them all on shutdown.
 */
import type { Server } from 'node:http';
import { Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { MAX_FRAME_BYTES } from '../../shared/protocol/frames.js';
import type { RelayLimits } from '../config.js';
import type { Relay } from '../relay/relay.js';
import type { SocketLike } from '../relay/socketLike.js';

export interface WebSocketSide {
  /** Closes every socket with 1012 and resolves when they are gone (or after a grace period). */
  closeAll(): Promise<void>;
}

const CLOSE_GRACE_MS = 2000;

/**
 * ws keeps the connection's net.Socket in the undocumented field `_socket`; it is the only way
 * to cork it. Undefined if a ws version renames or hides it (sends then go out uncorked).
 */
function netSocketOf(ws: WebSocket): Socket | undefined {
  const socket = (ws as unknown as { _socket?: unknown })._socket;
  return socket instanceof Socket ? socket : undefined;
}

/**
 * Corks the socket for the rest of the event-loop tick on the first send of the tick. ws writes
 * every message with its own system call; a fan-out sends many per tick to the same socket, and
 * one writev per socket per tick roughly halves the relay's CPU per delivery
 * (docs/benchmarks.md, "Where the time goes").
 */
function tickCorker(ws: WebSocket): () => void {
  let corked = false;
  return () => {
    if (corked) return;
    const socket = netSocketOf(ws);
    if (socket === undefined) return;
    corked = true;
    socket.cork();
    process.nextTick(() => {
      corked = false;
      socket.uncork();
    });
  };
}

export function attachWebSocketServer(server: Server, relay: Relay, limits: RelayLimits): WebSocketSide {
  // Ciphertext does not compress, and compression next to secrets invites CRIME-style leaks.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();

  server.on('upgrade', (req, socket, head) => {
    if (relay.isClosing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const remoteAddress = req.socket.remoteAddress ?? 'unknown';
      const corkForThisTick = tickCorker(ws);
      const like: SocketLike = {
        remoteAddress,
        get bufferedAmount() {
          return ws.bufferedAmount;
        },
        send: (data) => {
          if (ws.readyState !== ws.OPEN) return;
          corkForThisTick();
          ws.send(data, { binary: typeof data !== 'string' });
        },
        close: (code, reason) => ws.close(code, reason),
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
              ws.close(CloseCodes.serviceRestart.code, CloseCodes.serviceRestart.reason);
            }),
        ),
      );
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
