/**
 * Load through Tafel's real sync client: every writer is a CaseSession (chair creates the case,
 * the others join by invite link), trace updates are applied to its `doc` as local edits, and
 * the session batches (40 ms), seals, sends and retries as it does in the app. Receipt is when
 * the receiving session has decrypted and applied the record to its own doc.
 *
 * Latency is tracked per update that advances its writer's Yjs clock (inserts); delete-only
 * updates are sent but not timed, because a receiver cannot tell them apart by clock.
 */
import * as Y from 'yjs';
import { REMOTE_ORIGIN } from '../../../../shared/model/origins.js';
import type { CaseSession } from '../../../../shared/sync/session/caseSession.js';
import { createInvite } from '../../../../shared/sync/membership/caseAdmin.js';
import { realDevice } from '../scenarios/realClient.js';
import { BENCH_ACCESS_KEY } from '../servers/tafelServer.js';
import { waitUntil } from '../stats.js';
import { TraceWorkload } from '../trace.js';
import type { Driver, LoadClient } from './types.js';

/** Sent, timed updates of one writer: the writer's clock after each, in order. */
interface WriterLog {
  readonly clocks: number[];
}

class RealClientWriter implements LoadClient {
  cursor = 0;
  private updates: readonly Uint8Array[] = [];
  /** Clock of this writer's Yjs client after update i (from the update itself). */
  private clockAfter: number[] = [];
  private lastClock = 0;

  constructor(
    readonly session: CaseSession,
    readonly writer: number,
    private readonly log: WriterLog,
  ) {}

  prepare(workload: TraceWorkload, count: number): void {
    this.updates = workload.updates(this.writer, count);
    const client = TraceWorkload.clientId(this.writer);
    for (let i = this.clockAfter.length; i < this.updates.length; i++) {
      this.clockAfter.push(Y.parseUpdateMeta(this.updates[i]!).to.get(client) ?? 0);
    }
  }

  sendNext(): string | null | undefined {
    const i = this.cursor;
    const u = this.updates[i];
    if (u === undefined) return undefined;
    this.cursor++;
    Y.applyUpdate(this.session.doc, u);
    const clock = this.clockAfter[i]!;
    if (clock <= this.lastClock) return null;
    this.lastClock = clock;
    this.log.clocks.push(clock);
    return `${TraceWorkload.clientId(this.writer)}:${clock}`;
  }

  get bufferedAmount(): number {
    return 0;
  }

  close(): void {
    void this.session.destroy();
  }
}

export class TafelRealClientDriver implements Driver {
  readonly server = 'tafel' as const;
  private readonly clients: RealClientWriter[] = [];

  /** `encrypt: false`: every device uses the benchmark-only null cipher (crypto-overhead runs). */
  constructor(
    private readonly workload: TraceWorkload,
    private readonly encrypt = true,
    readonly label = 'tafel (real client)',
  ) {}

  async openRoom(url: string, writers: readonly number[], onRecord: (key: string) => void): Promise<LoadClient[]> {
    const device = (name: string) => realDevice(name, { encrypt: this.encrypt });
    const chair = device(`Voorzitter ${writers[0]}`);
    const first = await chair.client.createCase({ relayUrl: url, accessKey: BENCH_ACCESS_KEY, title: 'Benchmark' });
    const sessions = [first];
    for (let i = 1; i < writers.length; i++) {
      const invite = await createInvite(first, { role: 'member', requireApproval: false });
      sessions.push(await device(`Expert ${writers[i]}`).client.joinByInvite(invite.webLink));
    }
    if (!(await waitUntil(() => sessions.every((s) => s.status.state === 'synced'), 30_000, 5))) throw new Error('sessions did not sync');
    const logs = new Map<number, WriterLog>(writers.map((w) => [TraceWorkload.clientId(w), { clocks: [] }]));
    for (const s of sessions) {
      // Per receiver: how many of each writer's timed updates it has seen.
      const seen = new Map<number, number>();
      s.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE_ORIGIN) return;
        for (const [client, clockEnd] of Y.parseUpdateMeta(update).to) {
          const log = logs.get(client);
          if (log === undefined) continue;
          let n = seen.get(client) ?? 0;
          while (n < log.clocks.length && log.clocks[n]! <= clockEnd) onRecord(`${client}:${log.clocks[n++]!}`);
          seen.set(client, n);
        }
      });
    }
    const opened = sessions.map((s, i) => new RealClientWriter(s, writers[i]!, logs.get(TraceWorkload.clientId(writers[i]!))!));
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
