/**
 * Thin Hocuspocus client: speaks the Hocuspocus framing (document name in front of every
 * y-protocols message), authenticates with an empty token (the default server has no
 * onAuthenticate hook), then sends `[name, Sync, Update, update]` per trace update and reads the
 * same from the broadcasts. No Y.Doc in the client.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { TraceWorkload, yjsUpdateKey } from '../trace.js';
import { ThinClient, ThinClientDriver } from './thinClient.js';
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

export class HocuspocusThinClient extends ThinClient {
  /** SyncStatus replies: the server applied one of our updates. */
  applied = 0;
  readonly authenticated: Promise<void>;

  constructor(
    ws: WebSocket,
    private readonly name: string,
    writer: number,
    onRecord: (key: string) => void,
  ) {
    super(ws, writer);
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

  sendUpdate(u: Uint8Array): void {
    this.ws.send(
      message(this.name, (enc) => {
        encoding.writeVarUint(enc, TYPE_SYNC);
        encoding.writeVarUint(enc, SYNC_UPDATE);
        encoding.writeVarUint8Array(enc, u);
      }),
    );
  }
}

export class HocuspocusDriver extends ThinClientDriver<HocuspocusThinClient> {
  readonly label = 'hocuspocus';
  readonly server = 'hocuspocus' as const;

  protected openClients(url: string, room: string, writers: readonly number[], onRecord: (key: string) => void): Promise<HocuspocusThinClient[]> {
    return Promise.all(
      writers.map(async (w) => {
        const c = new HocuspocusThinClient(await openSocket(url), room, w, onRecord);
        await c.authenticated;
        return c;
      }),
    );
  }
}
