/**
 * A lean Tafel protocol connection for the benchmark: real `ws`, real ECDSA P-256 login
 * (create-room / hello / redeem), DELIVER frames handed on as raw bytes, control messages parsed
 * with JSON.parse only (the real client validates with zod; here the relay is measured).
 */
import { entryShaped } from '../../../helpers/relayClient.js';
import { randomBytes, webcrypto } from 'node:crypto';
import { WebSocket } from 'ws';
import {
  PROTOCOL_VERSION,
  encodeMessage,
  loginSignedBytes,
  toBase64Url,
  type ClientMessage,
  type RelayMessage,
  type RelayMessageOf,
  type RoomId,
} from '../../../../shared/protocol/index.js';
import type { TestDevice } from '../../../helpers/relayClient.js';

export type TafelLogin =
  { type: 'create-room'; room: RoomId; accessKey: string } | { type: 'hello'; room: RoomId; since: number } | { type: 'redeem'; room: RoomId; token: string };

/** Offsets inside a DELIVER frame (0x02 ‖ u64 seq ‖ envelope) of the sender id and msg id. */
const SENDER_AT = 1 + 8 + 1 + 1 + 16 + 4;
const MSG_ID_AT = SENDER_AT + 16;

/** Latency key of a record: (sender device, msg id), readable without decrypting. */
export function recordKey(senderIdLatin1: string, msgId: number): string {
  return `${senderIdLatin1}|${msgId}`;
}

export function deliverKey(frame: Buffer): string {
  return recordKey(frame.toString('latin1', SENDER_AT, MSG_ID_AT), frame.readUInt32BE(MSG_ID_AT));
}

export class TafelConnection {
  lastSeq = 0;
  acked = 0;
  errors = 0;
  welcome: RelayMessageOf<'welcome'> | undefined;
  closedWith: number | undefined;
  /** Called for every DELIVER frame (raw bytes) and its seq. */
  onDeliver: ((frame: Buffer, seq: number) => void) | undefined;
  onAck: ((msg: RelayMessageOf<'ack'>) => void) | undefined;
  onPleaseCompact: ((upTo: number) => void) | undefined;
  onError: ((msg: RelayMessageOf<'error'>) => void) | undefined;
  onClose: ((code: number) => void) | undefined;
  private readonly answers = new Map<string, (m: RelayMessage) => void>();
  private readyResolve!: () => void;
  private readyReject!: (e: Error) => void;
  /** Resolves after welcome and caught-up. */
  readonly ready: Promise<void>;

  private constructor(
    readonly ws: WebSocket,
    readonly device: TestDevice,
    private readonly login: TafelLogin,
  ) {
    this.ready = new Promise((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
    ws.on('error', () => {});
    ws.on('close', (code) => {
      this.closedWith = code;
      this.readyReject(new Error(`closed ${code} before caught-up`));
      this.onClose?.(code);
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) {
        if (data[0] !== 0x02) return;
        const seq = Number(data.readBigUInt64BE(1));
        if (seq > this.lastSeq) this.lastSeq = seq;
        this.onDeliver?.(data, seq);
        return;
      }
      this.onText(JSON.parse(data.toString('utf8')) as RelayMessage);
    });
  }

  /** Opens a socket and logs in; resolves once caught up. */
  static async open(url: string, device: TestDevice, login: TafelLogin): Promise<TafelConnection> {
    const c = new TafelConnection(new WebSocket(url, { perMessageDeflate: false }), device, login);
    await c.ready;
    return c;
  }

  /** Starts opening without waiting (the caller awaits `ready`). */
  static begin(url: string, device: TestDevice, login: TafelLogin): TafelConnection {
    const c = new TafelConnection(new WebSocket(url, { perMessageDeflate: false }), device, login);
    c.ready.catch(() => {});
    return c;
  }

  private onText(msg: RelayMessage): void {
    switch (msg.type) {
      case 'challenge':
        void this.answerChallenge(msg.nonce);
        return;
      case 'welcome':
        this.welcome = msg;
        return;
      case 'caught-up':
        this.readyResolve();
        return;
      case 'ack':
        this.acked++;
        this.onAck?.(msg);
        return;
      case 'please-compact':
        this.onPleaseCompact?.(msg.upTo);
        return;
      case 'error':
        this.errors++;
        this.onError?.(msg);
        break;
      default:
        break;
    }
    const id = 'id' in msg ? msg.id : undefined;
    if (typeof id === 'string') {
      const answer = this.answers.get(id);
      this.answers.delete(id);
      answer?.(msg);
    }
  }

  private async answerChallenge(nonce: string): Promise<void> {
    const { login, device } = this;
    const signed = loginSignedBytes(nonce, login.room, login.type);
    const signature = toBase64Url(new Uint8Array(await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, device.privateKey, signed)));
    const v = PROTOCOL_VERSION;
    const msg: ClientMessage =
      login.type === 'hello'
        ? { type: 'hello', v, room: login.room, deviceId: device.id, since: login.since, logSince: 0, signature }
        : login.type === 'redeem'
          ? { type: 'redeem', v, room: login.room, token: login.token, device: device.intro, signature }
          : {
              type: 'create-room',
              v,
              room: login.room,
              accessKey: login.accessKey,
              device: device.intro,
              genesis: entryShaped(login.room, 0, device.id, 'genesis'),
              signature,
            };
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(encodeMessage(msg));
  }

  /** Sends a request and resolves with the answer carrying its id. */
  request(msg: ClientMessage): Promise<RelayMessage> {
    const id = randomBytes(6).toString('hex');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${msg.type}`)), 30_000);
      this.answers.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      this.ws.send(encodeMessage({ ...msg, id } as ClientMessage));
    });
  }

  send(bytes: Uint8Array): void {
    this.ws.send(bytes);
  }

  terminate(): void {
    this.ws.terminate();
  }
}
