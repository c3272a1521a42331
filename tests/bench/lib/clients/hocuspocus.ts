/**
 * Thin Hocuspocus client: speaks the Hocuspocus framing (document name in front of every
 * y-protocols message), authenticates with an empty token (the default server has no
 * onAuthenticate hook), then sends `[name, Sync, Update, update]` per trace update and reads the
 * same from the broadcasts. No Y.Doc in the client.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { TraceWorkload, keyOfUpdate, yjsUpdateKey } from '../trace.js';
import type { Driver, LoadClient } from './types.js';
import { openSocket } from './yws.js';

const TYPE_SYNC = 0;
const TYPE_AUTH = 2;
const TYPE_SYNC_STATUS = 8;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;

function message(name: string, write: (enc: encoding.Encoder) => void): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarString(enc, name);
  write(enc);
  return encoding.toUint8Array(enc);
}

export class HocuspocusThinClient implements LoadClient {
  cursor = 0;
  /** SyncStatus replies: the server applied one of our updates. */
  applied = 0;
  private updates: readonly Uint8Array[] = [];
  readonly authenticated: Promise<void>;

  constructor(
    private readonly ws: WebSocket,
    private readonly name: string,
    readonly writer: number,
    onRecord: (key: string) => void,
  ) {
    const own = `${TraceWorkload.clientId(writer)}:`;
    let authed: () => void = () => {};
    this.authenticated = new Promise((resolve) => (authed = resolve));
    ws.on('message', (data: Buffer) => {
      const dec = decoding.createDecoder(data);
      decoding.readVarString(dec);
      const type = decoding.readVarUint(dec);
      if (type === TYPE_AUTH) return authed();
      if (type === TYPE_SYNC_STATUS) {
        this.applied++;
        return;
      }
      if (type !== TYPE_SYNC || decoding.readVarUint(dec) !== SYNC_UPDATE) return;
      decoding.readVarUint(dec); // length of the update
      const key = yjsUpdateKey(dec);
      // Hocuspocus broadcasts to the sender as well.
      if (!key.startsWith(own)) onRecord(key);
    });
    ws.on('error', () => {});
    ws.send(
      message(name, (enc) => {
        encoding.writeVarUint(enc, TYPE_AUTH);
        encoding.writeVarUint(enc, AUTH_TOKEN);
        encoding.writeVarString(enc, '');
      }),
    );
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
    this.ws.send(
      message(this.name, (enc) => {
        encoding.writeVarUint(enc, TYPE_SYNC);
        encoding.writeVarUint(enc, SYNC_UPDATE);
        encoding.writeVarUint8Array(enc, u);
      }),
    );
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  close(): void {
    this.ws.terminate();
  }
}

export class HocuspocusDriver implements Driver {
  readonly label = 'hocuspocus';
  readonly server = 'hocuspocus' as const;
  private readonly clients: HocuspocusThinClient[] = [];
  private rooms = 0;

  constructor(private readonly workload: TraceWorkload) {}

  async openRoom(url: string, writers: readonly number[], onRecord: (key: string) => void): Promise<LoadClient[]> {
    const name = `room-${this.rooms++}-${writers[0] ?? 0}`;
    const opened = await Promise.all(
      writers.map(async (w) => {
        const c = new HocuspocusThinClient(await openSocket(url), name, w, onRecord);
        await c.authenticated;
        return c;
      }),
    );
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
