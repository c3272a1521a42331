/**
 * Thin Tafel client for the load runs. Rooms are set up as the app would: the first writer's
 * device creates the room with the operator's access key and invites the others, who redeem
 * their invites (real ECDSA logins). Records are real envelopes (AES-256-GCM, padded), either
 * pre-sealed outside the timed window (to drive the relay at exact rates) or sealed and opened
 * inline with WebCrypto (to measure the client's crypto cost), with or without encryption.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { CryptoKeyHandle } from '../../../../shared/platform/cryptoPort.js';
import { encodeSubmit, idBytes, toBase64Url, type RoomId } from '../../../../shared/protocol/index.js';
import { makeDevice, newInviteToken, newRoomId, type TestDevice } from '../../../helpers/relayClient.js';
import { importCaseKey, openRecord, sealNode, sealRecord } from '../envelope.js';
import { BENCH_ACCESS_KEY } from '../servers/tafelServer.js';
import type { TraceWorkload } from '../trace.js';
import { TafelConnection, deliverKey, recordKey } from './tafelConnection.js';
import type { Driver, LoadClient } from './types.js';

/** One device per writer id, made once. */
export class DevicePool {
  private readonly devices = new Map<number, Promise<TestDevice>>();

  get(writer: number): Promise<TestDevice> {
    let d = this.devices.get(writer);
    if (d === undefined) {
      d = makeDevice(`Bench ${writer}`, 'Benchmark');
      this.devices.set(writer, d);
    }
    return d;
  }
}

/** Creates a room for `devices[0]` and brings every other device in through an invite. */
export async function openTafelRoom(
  url: string,
  devices: readonly TestDevice[],
  room: RoomId = newRoomId(),
): Promise<{ room: RoomId; conns: TafelConnection[] }> {
  const admin = await TafelConnection.open(url, devices[0]!, { type: 'create-room', room, accessKey: BENCH_ACCESS_KEY });
  const tokens = await Promise.all(
    devices.slice(1).map(async () => {
      const { token, tokenHash } = newInviteToken();
      const answer = await admin.request({
        type: 'create-invite',
        tokenHash,
        role: 'member',
        expiresAt: Date.now() + 86_400_000,
        package: toBase64Url(randomBytes(64)),
        requireApproval: false,
      });
      if (answer.type !== 'ok') throw new Error(`create-invite refused: ${JSON.stringify(answer)}`);
      return token;
    }),
  );
  const others = await Promise.all(devices.slice(1).map((d, i) => TafelConnection.open(url, d, { type: 'redeem', room, token: tokens[i]! })));
  return { room, conns: [admin, ...others] };
}

export function deviceKeyLatin1(device: TestDevice): string {
  return Buffer.from(idBytes(device.id)).toString('latin1');
}

/**
 * presealed: one record per Yjs update, sealed before the timed window (exact record rates).
 * inline: one record per update, sealed at send and opened at receipt with WebCrypto.
 * batched: like the real client, updates of one writer collected for BATCH_MS, merged
 * (Y.mergeUpdates), sealed once with WebCrypto; receivers open each record.
 */
export type TafelSealing = 'presealed' | 'inline' | 'batched';

/** The client's batch window (docs/sync-protocol.md: "Batch local Yjs updates for ~40 ms"). */
export const BATCH_MS = 40;

class TafelThinClient implements LoadClient {
  cursor = 0;
  private readonly frames: Uint8Array[] = [];
  private updates: readonly Uint8Array[] = [];
  private chain: Promise<void> = Promise.resolve();
  private readonly senderKey: string;
  private pending: Array<{ update: Uint8Array; key: string }> = [];
  private batchTimer: NodeJS.Timeout | undefined;
  private batches = 0;

  constructor(
    readonly conn: TafelConnection,
    readonly writer: number,
    readonly room: RoomId,
    private readonly opts: { sealing: TafelSealing; encrypt: boolean; rawKey: Uint8Array; key: CryptoKeyHandle; batchKeys: Map<string, string[]> },
    onRecord: (key: string) => void,
  ) {
    this.senderKey = deviceKeyLatin1(conn.device);
    const { batchKeys } = opts;
    conn.onDeliver =
      opts.sealing === 'presealed'
        ? (frame) => onRecord(deliverKey(frame))
        : opts.sealing === 'inline'
          ? (frame) => {
              const key = deliverKey(frame);
              // The receiver's side of the crypto: open (or, without encryption, just unpad) before it counts.
              void openRecord(opts.key, frame.subarray(9), opts.encrypt).then(() => onRecord(key));
            }
          : (frame) => {
              const keys = batchKeys.get(deliverKey(frame)) ?? [];
              void openRecord(opts.key, frame.subarray(9), opts.encrypt).then(() => {
                for (const k of keys) onRecord(k);
              });
            };
  }

  /** Pre-seals (or just generates, for inline sealing) records up to `count` in total. */
  prepare(workload: TraceWorkload, count: number): void {
    this.updates = workload.updates(this.writer, count);
    if (this.opts.sealing !== 'presealed') return;
    for (let i = this.frames.length; i < this.updates.length; i++) {
      const env = sealNode(
        this.opts.rawKey,
        { kind: 'update', room: this.room, epoch: 1, sender: this.conn.device.id, msgId: i + 1, baseSeq: 0 },
        this.updates[i]!,
        this.opts.encrypt,
      );
      this.frames.push(encodeSubmit(env));
    }
  }

  sendNext(): string | undefined {
    const i = this.cursor;
    if (this.opts.sealing === 'presealed') {
      const frame = this.frames[i];
      if (frame === undefined) return undefined;
      this.cursor++;
      this.conn.send(frame);
      return recordKey(this.senderKey, i + 1);
    }
    const update = this.updates[i];
    if (update === undefined) return undefined;
    this.cursor++;
    if (this.opts.sealing === 'batched') {
      const key = `${this.senderKey}u${i}`;
      this.pending.push({ update, key });
      this.batchTimer ??= setTimeout(() => this.flushBatch(), BATCH_MS);
      return key;
    }
    // Seal in order, one record at a time, as a client's send queue would.
    this.chain = this.chain.then(async () => {
      const env = await sealRecord(
        this.opts.key,
        this.conn.device.privateKey,
        { kind: 'update', room: this.room, epoch: 1, sender: this.conn.device.id, msgId: i + 1, baseSeq: 0 },
        update,
        this.opts.encrypt,
      );
      this.conn.send(encodeSubmit(env));
    });
    return recordKey(this.senderKey, i + 1);
  }

  private flushBatch(): void {
    this.batchTimer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const msgId = ++this.batches;
    this.opts.batchKeys.set(
      recordKey(this.senderKey, msgId),
      batch.map((b) => b.key),
    );
    const plaintext = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
    this.chain = this.chain.then(async () => {
      const env = await sealRecord(
        this.opts.key,
        this.conn.device.privateKey,
        { kind: 'update', room: this.room, epoch: 1, sender: this.conn.device.id, msgId, baseSeq: 0 },
        plaintext,
        this.opts.encrypt,
      );
      this.conn.send(encodeSubmit(env));
    });
  }

  get bufferedAmount(): number {
    return this.conn.ws.bufferedAmount;
  }

  close(): void {
    clearTimeout(this.batchTimer);
    this.conn.terminate();
  }
}

export class TafelDriver implements Driver {
  readonly server = 'tafel' as const;
  private readonly clients: TafelThinClient[] = [];
  private readonly rawKey = new Uint8Array(randomBytes(32));
  private key: CryptoKeyHandle | undefined;
  /** Batched mode: record (sender, msg id) → the latency keys of the updates inside. */
  private readonly batchKeys = new Map<string, string[]>();

  constructor(
    private readonly workload: TraceWorkload,
    private readonly devices: DevicePool,
    readonly sealing: TafelSealing,
    readonly encrypt: boolean,
    readonly label: string,
  ) {}

  async openRoom(url: string, writers: readonly number[], onRecord: (key: string) => void): Promise<LoadClient[]> {
    this.key ??= await importCaseKey(this.rawKey);
    const devices = await Promise.all(writers.map((w) => this.devices.get(w)));
    const { room, conns } = await openTafelRoom(url, devices);
    const opened = conns.map(
      (c, i) =>
        new TafelThinClient(
          c,
          writers[i]!,
          room,
          { sealing: this.sealing, encrypt: this.encrypt, rawKey: this.rawKey, key: this.key!, batchKeys: this.batchKeys },
          onRecord,
        ),
    );
    this.clients.push(...opened);
    return opened;
  }

  async prepare(count: number): Promise<void> {
    for (const c of this.clients) c.prepare(this.workload, c.cursor + count);
  }

  closeAll(): void {
    for (const c of this.clients.splice(0)) c.close();
  }
}

/** SHA-256 as hex (for content checks without printing content). */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
