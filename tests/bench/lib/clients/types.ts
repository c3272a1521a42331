/** What the load generator needs from a thin protocol client, whatever the server. */
import type { ServerName } from '../servers/protocol.js';

export interface LoadClient {
  /**
   * Sends this writer's next record; returns its latency key, null when it was sent but is not
   * timed, or undefined when none is prepared.
   */
  sendNext(): string | null | undefined;
  /** Bytes handed to the socket but not yet written (back-pressure signal). */
  readonly bufferedAmount: number;
  /** Records this client has sent. */
  readonly cursor: number;
  close(): void;
}

export interface Driver {
  /** Label in the tables, e.g. "tafel" or "tafel (no crypto)". */
  readonly label: string;
  readonly server: ServerName;
  /** Opens one room with one client per writer (global writer ids); receipts of others' records go to `onRecord`. */
  openRoom(url: string, writers: readonly number[], onRecord: (key: string) => void): Promise<LoadClient[]>;
  /** Makes `count` more records ready for every open client (generation, sealing; untimed). */
  prepare(count: number): Promise<void>;
  /** Closes every client this driver opened. */
  closeAll(): void;
}

/** Opens things `concurrency` at a time, in order. */
export async function inBatches<T, R>(items: readonly T[], concurrency: number, open: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  for (let i = 0; i < items.length; i += concurrency) {
    const slice = items.slice(i, i + concurrency);
    const results = await Promise.all(slice.map((item, j) => open(item, i + j)));
    results.forEach((r, j) => (out[i + j] = r));
  }
  return out;
}
