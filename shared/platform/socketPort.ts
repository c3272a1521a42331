/**
 * The WebSocket port. shared/ never sees a DOM or `ws` WebSocket type: the sync client talks to
 * a `SocketPort`, and `webSocketPort()` adapts any constructor shaped like the browser's
 * WebSocket (the browser's own, Electron's, or `ws` in Node) to it.
 */

/** What a connection reports. Binary frames arrive as bytes, text frames as strings. */
export interface SocketEvents {
  open(): void;
  text(data: string): void;
  binary(data: Uint8Array): void;
  /** The connection is gone (closed by either side, or failed to open: code 1006). */
  close(code: number, reason: string): void;
}

/** One open (or opening) connection. */
export interface SocketHandle {
  send(data: string | Uint8Array<ArrayBuffer>): void;
  close(code?: number, reason?: string): void;
}

/** Opens connections. */
export interface SocketPort {
  connect(url: string, events: SocketEvents): SocketHandle;
}

/**
 * The part of the browser WebSocket this adapter touches. Handler properties are `unknown`
 * because it only assigns them (the DOM and `ws` type their events differently).
 */
export interface WebSocketShape {
  binaryType: string;
  onopen: unknown;
  onmessage: unknown;
  onclose: unknown;
  onerror: unknown;
  send(data: string | Uint8Array<ArrayBuffer>): void;
  close(code?: number, reason?: string): void;
}

/** A WebSocket constructor: `WebSocket` in a browser, `WebSocket` from `ws` in Node. */
export type WebSocketConstructorShape = new (url: string) => WebSocketShape;

function asBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

/** A `SocketPort` over a WebSocket constructor. */
export function webSocketPort(WebSocketImpl: WebSocketConstructorShape): SocketPort {
  return {
    connect(url, events) {
      const ws = new WebSocketImpl(url);
      ws.binaryType = 'arraybuffer';
      let closed = false;
      const closeOnce = (code: number, reason: string) => {
        if (closed) return;
        closed = true;
        events.close(code, reason);
      };
      ws.onopen = () => events.open();
      ws.onmessage = (event: { readonly data: unknown }) => {
        if (closed) return;
        if (typeof event.data === 'string') return events.text(event.data);
        const bytes = asBytes(event.data);
        if (bytes !== undefined) events.binary(bytes);
      };
      ws.onclose = (event: { readonly code: number; readonly reason: string }) => closeOnce(event.code, event.reason);
      // An error is always followed by close in both the browser and `ws`; nothing to do here.
      ws.onerror = () => {};
      return {
        send(data) {
          if (!closed) ws.send(data);
        },
        close(code, reason) {
          try {
            ws.close(code, reason);
          } catch {
            // A code the WebSocket may not send (e.g. 1006): close plainly instead.
            ws.close();
          }
          // Report at once: the caller must not wait for the peer to answer the close.
          closeOnce(code ?? 1000, reason ?? '');
        },
      };
    },
  };
}
