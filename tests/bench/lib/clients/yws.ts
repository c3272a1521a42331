/**
 * Thin y-protocols client for the reference server: sends every trace update as a sync
 * `[0, 2, update]` message (what WebsocketProvider sends for a local change), reads
 * `[0, 2, update]` broadcasts. It keeps no Y.Doc, so the server, not the client, is measured.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { TraceWorkload, keyOfUpdate, yjsUpdateKey } from '../trace.js';
import type { Driver, LoadClient } from './types.js';

const MESSAGE_SYNC = 0;
const MESSAGE_YJS_UPDATE = 2;

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  encoding.writeVarUint(enc, MESSAGE_YJS_UPDATE);
  encoding.writeVarUint8Array(enc, update);
  return encoding.toUint8Array(enc);
}

export function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export class YwsThinClient implements LoadClient {
  cursor = 0;
  /** Own updates the server echoed back (it echoes after applying them). */
  echoes = 0;
  private updates: readonly Uint8Array[] = [];

  constructor(
    private readonly ws: WebSocket,
    readonly writer: number,
    onRecord: (key: string) => void,
  ) {
    const own = `${TraceWorkload.clientId(writer)}:`;
    ws.on('message', (data: Buffer) => {
      if (data[0] !== MESSAGE_SYNC || data[1] !== MESSAGE_YJS_UPDATE) return;
      const dec = decoding.createDecoder(data);
      decoding.readVarUint(dec);
      decoding.readVarUint(dec);
      decoding.readVarUint(dec); // length of the update
      const key = yjsUpdateKey(dec);
      // The reference server echoes updates to their sender too.
      if (!key.startsWith(own)) onRecord(key);
      else this.echoes++;
    });
    ws.on('error', () => {});
  }

  setUpdates(updates: readonly Uint8Array[]): void {
    this.updates = updates;
  }

  sendNext(): string | undefined {
    const u = this.updates[this.cursor];
    if (u === undefined) return undefined;
    this.cursor++;
    this.sendUpdate(u);
    return keyOfUpdate(u);
  }

  sendUpdate(u: Uint8Array): void {
    this.ws.send(encodeSyncUpdate(u));
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  close(): void {
    this.ws.terminate();
  }
}

export class YwsDriver implements Driver {
  readonly label = 'y-websocket';
  readonly server = 'y-websocket' as const;
  private readonly clients: YwsThinClient[] = [];
  private rooms = 0;

  constructor(private readonly workload: TraceWorkload) {}

  async openRoom(url: string, writers: readonly number[], onRecord: (key: string) => void): Promise<LoadClient[]> {
    const name = `room-${this.rooms++}-${writers[0] ?? 0}`;
    const opened = await Promise.all(writers.map(async (w) => new YwsThinClient(await openSocket(`${url}/${name}`), w, onRecord)));
    this.clients.push(...opened);
    return opened;
  }

  async prepare(count: number): Promise<void> {
    for (const c of this.clients) c.setUpdates(this.workload.updates(c.writer, c.cursor + count));
  }

  closeAll(): void {
    for (const c of this.clients.splice(0)) c.close();
  }
}
