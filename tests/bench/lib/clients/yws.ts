/**
 * Thin y-protocols client for the reference server: sends every trace update as a sync
 * `[0, 2, update]` message (what WebsocketProvider sends for a local change), reads
 * `[0, 2, update]` broadcasts. It keeps no Y.Doc, so the server, not the client, is measured.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { TraceWorkload, yjsUpdateKey } from '../trace.js';
import { ThinClient, ThinClientDriver } from './thinClient.js';

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

export class YwsThinClient extends ThinClient {
  /** Own updates the server echoed back (it echoes after applying them). */
  echoes = 0;

  constructor(ws: WebSocket, writer: number, onRecord: (key: string) => void) {
    super(ws, writer);
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

  sendUpdate(u: Uint8Array): void {
    this.ws.send(encodeSyncUpdate(u));
  }
}

export class YwsDriver extends ThinClientDriver<YwsThinClient> {
  readonly label = 'y-websocket';
  readonly server = 'y-websocket' as const;

  protected openClients(url: string, room: string, writers: readonly number[], onRecord: (key: string) => void): Promise<YwsThinClient[]> {
    return Promise.all(writers.map(async (w) => new YwsThinClient(await openSocket(`${url}/${room}`), w, onRecord)));
  }
}
