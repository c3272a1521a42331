/**
 * One logical connection to the relay for one case: opens the socket, answers the login
 * challenge, hands every inbound message to the session strictly in order (decryption is
 * async; order matters for seq bookkeeping), matches request answers by id, and reconnects
 * with full-jitter backoff until told to stop.
 */
import type { SocketHandle, SocketPort } from '../../platform/socketPort.js';
import type { TimerPort } from '../../platform/timers.js';
import { shouldReconnect } from '../../protocol/closeCodes.js';
import { decodeFrame, type Frame } from '../../protocol/frames.js';
import { encodeMessage, parseRelayMessage, type ClientMessage, type RelayMessage, type RequestMessage } from '../../protocol/messages.js';
import { fullJitterDelay } from './backoff.js';

/** Close code this client uses to drop a connection and log in again at once (after a seq gap). */
const RESYNC_CLOSE_CODE = 4000;

/** What the link asks of its session. */
export interface RelayLinkHandler {
  /** The login message answering a challenge nonce. */
  login(nonce: string): Promise<ClientMessage>;
  onMessage(message: RelayMessage): Promise<void>;
  onFrame(frame: Frame): Promise<void>;
  /** A frame arrived (before the ones ahead of it are handled): a chance to start checking it early. */
  onFrameArrived?(frame: Frame): void;
  onDisconnect(code: number, reason: string, lastError: RelayMessage | undefined): void;
  /** A frame or message that did not decode (reported, skipped). */
  onMalformed(): void;
  /** Handling a message threw (a bug, or the local store failed); the link goes on. */
  onInternalError(error: unknown): void;
}

/** Answers to requests that carry an `id`. */
export type RequestAnswer = Extract<RelayMessage, { type: 'ok' | 'invites' | 'access-log' | 'log' | 'error' }>;

const ANSWER_TYPES: ReadonlySet<string> = new Set(['ok', 'invites', 'access-log', 'log', 'error']);

/** A request failed: the relay's error, or the connection closed first. */
export class RequestError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(`relay request failed: ${code} ${reason}`);
  }
}

/** Connection of one case session to its relay. */
export class RelayLink {
  private socket: SocketHandle | undefined;
  private open = false;
  /** The relay welcomed this socket's login: requests may go out (one sent before is a protocol error). */
  private admitted = false;
  private stopped = true;
  private attempt = 0;
  private timer: unknown;
  private inbound: Promise<void> = Promise.resolve();
  /** Sockets closed for good (no reconnect follows): what they sent before the close is still handled. */
  private readonly finished = new WeakSet<SocketHandle>();
  private lastError: RelayMessage | undefined;
  private nextRequestId = 1;
  private readonly requests = new Map<string, { resolve: (m: RequestAnswer) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly sockets: SocketPort,
    private readonly timers: TimerPort,
    private readonly url: () => string,
    private readonly handler: RelayLinkHandler,
  ) {}

  /** True while a socket is open (logged in or logging in). */
  get connected(): boolean {
    return this.open;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  /** Closes and stays closed until `start()`. */
  stop(code = 1000): void {
    this.stopped = true;
    this.timers.clearTimeout(this.timer);
    this.socket?.close(code, 'client-stop');
  }

  /** Closes the socket and logs in again at once (after a seq gap: `hello {since}` re-asks). */
  restart(): void {
    if (this.stopped) return;
    this.attempt = 0;
    this.socket?.close(RESYNC_CLOSE_CODE, 'resync');
  }

  /** Called once the session is caught up: the next outage starts backing off from scratch. */
  connectionHealthy(): void {
    this.attempt = 0;
  }

  send(data: string | Uint8Array<ArrayBuffer>): boolean {
    if (!this.open || this.socket === undefined) return false;
    this.socket.send(data);
    return true;
  }

  /** Sends a request and resolves with its answer; rejects with `RequestError` on `error` or close. */
  async request(message: RequestMessage): Promise<RequestAnswer> {
    const id = `r${this.nextRequestId++}`;
    const answer = new Promise<RequestAnswer>((resolve, reject) => this.requests.set(id, { resolve, reject }));
    // Between a reconnect and its welcome the relay would close the socket for a request.
    if (!this.admitted || !this.send(encodeMessage({ ...message, id }))) {
      this.requests.delete(id);
      throw new RequestError(1006, 'not-connected');
    }
    const result = await answer;
    if (result.type === 'error') throw new RequestError(result.code, result.reason);
    return result;
  }

  private connect(): void {
    this.lastError = undefined;
    const socket = this.sockets.connect(this.url(), {
      open: () => {
        this.open = true;
      },
      text: (text) => this.onTextArrived(text),
      binary: (bytes) => this.onBinaryArrived(bytes),
      close: (code, reason) => this.onClose(socket, code, reason),
    });
    this.socket = socket;
  }

  private enqueue(task: () => Promise<void>): void {
    const socket = this.socket;
    this.inbound = this.inbound.then(async () => {
      // Messages of a socket that has since closed are stale (a fresh login re-sends them), unless
      // it closed for good: then they are its last word (the log before a refusal, an erasure).
      if (socket !== this.socket && (socket === undefined || !this.finished.has(socket))) return;
      try {
        await task();
      } catch (error) {
        this.handler.onInternalError(error);
      }
    });
  }

  /**
   * A text message: an answer to a request resolves its waiter at once (a handler of an earlier
   * message may be waiting for it, e.g. for the membership log); everything else is handled in
   * order with the frames.
   */
  private onTextArrived(text: string): void {
    const parsed = parseRelayMessage(text);
    if (parsed.ok && 'id' in parsed.value && parsed.value.id !== undefined && ANSWER_TYPES.has(parsed.value.type)) {
      const pending = this.requests.get(parsed.value.id);
      if (pending !== undefined) {
        if (parsed.value.type === 'error') this.lastError = parsed.value;
        this.requests.delete(parsed.value.id);
        pending.resolve(parsed.value as RequestAnswer);
        return;
      }
    }
    this.enqueue(() => this.onText(parsed));
  }

  private async onText(parsed: ReturnType<typeof parseRelayMessage>): Promise<void> {
    if (!parsed.ok) return this.handler.onMalformed();
    const message = parsed.value;
    if (message.type === 'challenge') {
      this.send(encodeMessage(await this.handler.login(message.nonce)));
      return;
    }
    if (message.type === 'error') this.lastError = message;
    if (message.type === 'welcome') this.admitted = true;
    await this.handler.onMessage(message);
  }

  /**
   * A binary frame: decoded at once, and the handler may start its cryptographic checks right
   * away (`onFrameArrived`: WebCrypto runs them off the main thread, several at a time), while
   * frames are still handled strictly in order.
   */
  private onBinaryArrived(bytes: Uint8Array): void {
    const frame = decodeFrame(bytes);
    if (frame.ok) this.handler.onFrameArrived?.(frame.value);
    this.enqueue(async () => {
      if (!frame.ok) return this.handler.onMalformed();
      await this.handler.onFrame(frame.value);
    });
  }

  private onClose(socket: SocketHandle, code: number, reason: string): void {
    if (socket !== this.socket) return;
    if (code >= 4000 && code !== RESYNC_CLOSE_CODE && !shouldReconnect(code)) this.finished.add(socket);
    this.open = false;
    this.admitted = false;
    this.socket = undefined;
    for (const [id, pending] of this.requests) {
      this.requests.delete(id);
      pending.reject(new RequestError(code, 'connection-closed'));
    }
    const lastError = this.lastError;
    // Let messages already received finish before the session hears of the close.
    this.inbound = this.inbound.then(() => this.handler.onDisconnect(code, reason, lastError));
    if (this.stopped) return;
    // 4xxx codes other than rate limits and bad requests need the user (removed, invite used...).
    if (code >= 4000 && code !== RESYNC_CLOSE_CODE && !shouldReconnect(code)) {
      this.stopped = true;
      return;
    }
    const delay = code === RESYNC_CLOSE_CODE ? 0 : fullJitterDelay(this.attempt++, this.timers.random());
    this.timer = this.timers.setTimeout(() => {
      if (!this.stopped) this.connect();
    }, delay);
  }
}
