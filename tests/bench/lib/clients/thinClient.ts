/**
 * What the thin clients of the reference servers (y-websocket, Hocuspocus) share: one WebSocket,
 * one writer of the trace, its prepared updates sent one at a time, and a driver that opens them
 * a room at a time. A server's client says only how an update is framed and what it reads back.
 */
import type { WebSocket } from 'ws';
import type { ServerName } from '../servers/protocol.js';
import { keyOfUpdate, type TraceWorkload } from '../trace.js';
import type { Driver, LoadClient } from './types.js';

export abstract class ThinClient implements LoadClient {
  cursor = 0;
  private updates: readonly Uint8Array[] = [];

  constructor(
    protected readonly ws: WebSocket,
    readonly writer: number,
  ) {}

  /** Sends one Yjs update in this server's framing. */
  abstract sendUpdate(u: Uint8Array): void;

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

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  close(): void {
    this.ws.terminate();
  }
}

export abstract class ThinClientDriver<C extends ThinClient> implements Driver {
  abstract readonly label: string;
  abstract readonly server: ServerName;
  private readonly clients: C[] = [];
  private rooms = 0;

  constructor(private readonly workload: TraceWorkload) {}

  /** Opens one client per writer in the room called `room` (ready to send when it resolves). */
  protected abstract openClients(url: string, room: string, writers: readonly number[], onRecord: (key: string) => void): Promise<C[]>;

  async openRoom(url: string, writers: readonly number[], onRecord: (key: string) => void): Promise<LoadClient[]> {
    const opened = await this.openClients(url, `room-${this.rooms++}-${writers[0] ?? 0}`, writers, onRecord);
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
