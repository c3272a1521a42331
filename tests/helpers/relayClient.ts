/**
 * A protocol-level test client: real `ws` WebSocket, real ECDSA P-256 device keys, and random
 * bytes as "ciphertext" (the relay must not care). Lets relay tests run without the real sync
 * client and its crypto.
 */
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { WebSocket } from 'ws';
import {
  PROTOCOL_VERSION,
  decodeFrame,
  encodeEnvelope,
  encodeEnvelopeHeader,
  encodeSignedPart,
  encodeEphemeral,
  encodeMessage,
  encodeSubmit,
  loginSignedBytes,
  parseRelayMessage,
  toBase64Url,
  type ClientMessage,
  type DeviceId,
  type DeviceIntro,
  type EnvelopeKind,
  type RelayMessage,
  type RelayMessageOf,
  type Role,
  type RoomId,
} from '../../shared/protocol/index.js';

export interface TestDevice {
  readonly id: DeviceId;
  readonly intro: DeviceIntro;
  readonly privateKey: webcrypto.CryptoKey;
}

/** A device with a fresh ECDSA key; the box key is random bytes (the relay only stores it). */
export async function makeDevice(name = 'Test Persoon', organisation = 'Testorganisatie'): Promise<TestDevice> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = new Uint8Array(await webcrypto.subtle.exportKey('spki', pair.publicKey));
  const id = toBase64Url(createHash('sha256').update(spki).digest().subarray(0, 16)) as DeviceId;
  return {
    id,
    privateKey: pair.privateKey,
    intro: { id, signPublicKey: toBase64Url(spki), boxPublicKey: toBase64Url(randomBytes(91)), label: { name, organisation } },
  };
}

export function newRoomId(): RoomId {
  return toBase64Url(randomBytes(16)) as RoomId;
}

/** A fresh invite token and the hash the relay stores. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const raw = randomBytes(16);
  return { token: toBase64Url(raw), tokenHash: createHash('sha256').update(raw).digest('base64url') };
}

export type Login =
  { type: 'create-room'; room: RoomId; accessKey: string } | { type: 'hello'; room: RoomId; since: number } | { type: 'redeem'; room: RoomId; token: string };

/** Closed before or after login. */
export class ClosedError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(`closed ${code} ${reason}`);
  }
}

/** A random envelope: real header, random nonce and "ciphertext". */
export function randomEnvelope(h: {
  kind: EnvelopeKind;
  room: RoomId;
  epoch: number;
  sender: DeviceId;
  msgId: number;
  baseSeq?: number;
  bodyBytes?: number;
}): Uint8Array {
  const body = h.bodyBytes ?? 64;
  const header = encodeEnvelopeHeader({
    kind: h.kind,
    room: h.room,
    epoch: h.epoch,
    sender: h.sender,
    msgId: h.msgId,
    baseSeq: h.baseSeq ?? 0,
    plaintextLength: body - 16,
  });
  return encodeEnvelope(encodeSignedPart(header, randomBytes(12), randomBytes(body)), randomBytes(64));
}

/**
 * A membership log entry shaped as the relay checks it (room, index, author, type), with a random
 * "signature": the relay never verifies entries, only clients do.
 */
export function entryShaped(room: RoomId, index: number, by: DeviceId, type: string): string {
  const signed = JSON.stringify({ v: 1, room, index, prev: '', at: 0, by, body: { type } });
  return JSON.stringify({ signed, sig: toBase64Url(randomBytes(64)) });
}

export class TestClient {
  readonly messages: RelayMessage[] = [];
  /** DELIVER frames received: seq → envelope bytes. */
  readonly delivered = new Map<number, Uint8Array>();
  readonly deliveredOrder: number[] = [];
  readonly ephemeral: Uint8Array[] = [];
  /** Envelopes this client SUBMITted, by msg id. */
  readonly sent = new Map<number, Uint8Array>();
  readonly closed: Promise<ClosedError>;
  closeInfo: ClosedError | undefined;
  epoch = 1;
  role: Role | undefined;
  private nextMsgId = 1;
  private waiters: Array<() => void> = [];

  private constructor(
    readonly ws: WebSocket,
    readonly device: TestDevice,
    readonly room: RoomId,
  ) {
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        this.closeInfo = new ClosedError(code, reason.toString());
        resolve(this.closeInfo);
        this.wake();
      });
    });
    ws.on('error', () => {});
    ws.on('message', (data, isBinary) => {
      const buf = data as Buffer;
      if (isBinary) {
        const frame = decodeFrame(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
        if (!frame.ok) throw new Error(`relay sent a bad frame: ${frame.error.reason}`);
        if (frame.value.type === 'deliver') {
          this.delivered.set(frame.value.seq, frame.value.envelope.bytes.slice());
          this.deliveredOrder.push(frame.value.seq);
        } else if (frame.value.type === 'ephemeral') this.ephemeral.push(frame.value.envelope.bytes.slice());
      } else {
        const parsed = parseRelayMessage(buf.toString('utf8'));
        if (!parsed.ok) throw new Error(`relay sent a bad message: ${parsed.error.message}`);
        const msg = parsed.value;
        if (msg.type === 'welcome') {
          this.epoch = msg.epoch;
          this.role = msg.role;
        }
        if (msg.type === 'epoch') this.epoch = msg.epoch;
        this.messages.push(msg);
      }
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `check` returns a value, rejects on close or timeout. */
  async until<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (this.closeInfo !== undefined) throw this.closeInfo;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timeout waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for the next message of a type matching `pred`, counting from index `from`. */
  waitFor<T extends RelayMessage['type']>(type: T, pred: (m: RelayMessageOf<T>) => boolean = () => true, from = 0): Promise<RelayMessageOf<T>> {
    return this.until(() => this.messages.slice(from).find((m): m is RelayMessageOf<T> => m.type === type && pred(m as RelayMessageOf<T>)), type);
  }

  /** Opens a socket, answers the challenge with `login`; resolves after welcome (and caught-up unless pending). */
  static async connect(wsUrl: string, device: TestDevice, login: Login, opts: { v?: number; waitCaughtUp?: boolean } = {}): Promise<TestClient> {
    const ws = new WebSocket(wsUrl);
    const client = new TestClient(ws, device, login.room);
    const challenge = await client.waitFor('challenge');
    const nonce = challenge.nonce;
    const signature = toBase64Url(
      new Uint8Array(await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, device.privateKey, loginSignedBytes(nonce, login.room, login.type))),
    );
    const v = opts.v ?? PROTOCOL_VERSION;
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
    client.sendText(encodeMessage(msg));
    const welcome = await client.waitFor('welcome');
    if (!welcome.pending && opts.waitCaughtUp !== false) await client.waitFor('caught-up');
    return client;
  }

  sendText(text: string): void {
    this.ws.send(text);
  }

  sendBinary(bytes: Uint8Array): void {
    this.ws.send(bytes);
  }

  send(msg: ClientMessage): void {
    this.sendText(encodeMessage(msg));
  }

  /** Sends a request and waits for its `ok`/`error` (or typed answer) by id. */
  async request(msg: ClientMessage & { id?: string }): Promise<RelayMessage> {
    const id = msg.id ?? randomBytes(6).toString('hex');
    const from = this.messages.length;
    this.send({ ...msg, id } as ClientMessage);
    return this.until(() => this.messages.slice(from).find((m) => 'id' in m && m.id === id), `answer to ${msg.type}`);
  }

  /** SUBMITs a random update; returns its msg id. */
  submitUpdate(opts: { msgId?: number; epoch?: number; bodyBytes?: number; room?: RoomId; sender?: DeviceId } = {}): number {
    const msgId = opts.msgId ?? this.nextMsgId++;
    const env = randomEnvelope({
      kind: 'update',
      room: opts.room ?? this.room,
      epoch: opts.epoch ?? this.epoch,
      sender: opts.sender ?? this.device.id,
      msgId,
      ...(opts.bodyBytes === undefined ? {} : { bodyBytes: opts.bodyBytes }),
    });
    this.sent.set(msgId, env);
    this.sendBinary(encodeSubmit(env));
    return msgId;
  }

  /** SUBMITs a random snapshot covering `baseSeq`; returns its msg id. */
  submitSnapshot(baseSeq: number, opts: { epoch?: number; bodyBytes?: number } = {}): number {
    const msgId = this.nextMsgId++;
    this.sendBinary(
      encodeSubmit(
        randomEnvelope({
          kind: 'snapshot',
          room: this.room,
          epoch: opts.epoch ?? this.epoch,
          sender: this.device.id,
          msgId,
          baseSeq,
          bodyBytes: opts.bodyBytes ?? 256,
        }),
      ),
    );
    return msgId;
  }

  /** Sends a previously submitted envelope again, byte for byte. */
  resend(msgId: number, envelope = this.sent.get(msgId)): void {
    if (envelope === undefined) throw new Error(`nothing sent with msg id ${msgId}`);
    this.sent.set(msgId, envelope);
    this.sendBinary(encodeSubmit(envelope));
  }

  sendAwareness(): Uint8Array {
    const env = randomEnvelope({ kind: 'awareness', room: this.room, epoch: this.epoch, sender: this.device.id, msgId: this.nextMsgId++ });
    this.sendBinary(encodeEphemeral(env));
    return env;
  }

  ack(msgId: number): Promise<RelayMessageOf<'ack'>> {
    return this.waitFor('ack', (m) => m.msgId === msgId);
  }

  error(pred: (m: RelayMessageOf<'error'>) => boolean = () => true): Promise<RelayMessageOf<'error'>> {
    return this.waitFor('error', pred);
  }

  async close(): Promise<void> {
    if (this.closeInfo === undefined) {
      this.ws.close();
      await this.closed;
    }
  }
}

/** Connects and expects the relay to refuse: resolves to the close code. */
export async function expectRefused(wsUrl: string, device: TestDevice, login: Login, opts: { v?: number } = {}): Promise<number> {
  try {
    const c = await TestClient.connect(wsUrl, device, login, opts);
    const info = await Promise.race([c.closed, new Promise<undefined>((r) => setTimeout(() => r(undefined), 3000))]);
    await c.close();
    throw new Error(`expected a refusal, got ${info === undefined ? 'a welcome' : `close ${info.code}`}`);
  } catch (error) {
    if (error instanceof ClosedError) return error.code;
    throw error;
  }
}
