/**
 * The smallest socket the relay core needs. The ws adapter is the only code that knows the
 * real WebSocket; tests and other transports implement this.
 */
export interface SocketLike {
  /** Remote address for the access log (IP, without port). */
  readonly remoteAddress: string;
  /** The room named in the WebSocket path (`/r/<room>`), if any: a login for another room is refused. */
  readonly pathRoom?: string | undefined;
  /** Bytes queued but not yet sent (for back-pressure). */
  readonly bufferedAmount: number;
  /** Sends a text (control message) or binary (frame) message. */
  send(data: string | Uint8Array): void;
  /** Closes with a protocol close code and a short reason (no content). */
  close(code: number, reason: string): void;
  /** Stops reading from the socket (backpressure: TCP then slows the sender); `resume` reads again. */
  pause(): void;
  resume(): void;
  /** The connection logged in: from now on it may send messages up to the largest frame (before: a few KiB). */
  loggedIn(): void;
}
