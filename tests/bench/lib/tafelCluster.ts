/**
 * Tafel on PostgreSQL for the benchmark: a throwaway PostgreSQL cluster (tests/helpers), and one
 * relay node on it, or two behind HAProxy (deploy/haproxy.cfg, round robin: the clients of one
 * room land on both nodes, so every record crosses nodes through NOTIFY). Relay CPU is the sum
 * of the nodes; PostgreSQL's own CPU is measured apart (all its processes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startPostgres, type TestPostgres } from '../../helpers/postgresCluster.js';
import { startHaproxy, type Haproxy } from '../../helpers/relayCluster.js';
import { ServerProcess, type BenchServer, type MemReport } from './servers.js';
import type { ServerName } from './servers/protocol.js';

const CLK_TCK = 100;

/**
 * CPU seconds of a process and its children, from /proc (PostgreSQL: the postmaster and its
 * backends): its own time, its live children's, and what its children that exited used (the
 * postmaster waits for them, so their time is in its cutime and cstime).
 */
function treeCpuSeconds(rootPid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(entry) !== rootPid && Number(fields[1]) !== rootPid) continue;
      total += (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
      if (Number(entry) === rootPid) total += (Number(fields[13]) + Number(fields[14])) / CLK_TCK;
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

export class TafelOnPostgres implements BenchServer {
  private constructor(
    readonly name: ServerName,
    private readonly postgres: TestPostgres,
    private readonly postmasterPid: number,
    readonly nodes: ServerProcess[],
    private readonly haproxy: Haproxy | undefined,
  ) {}

  static async start(name: 'tafel-postgres' | 'tafel-2-nodes', tafelModule: string): Promise<TafelOnPostgres> {
    const postgres = await startPostgres();
    try {
      const url = await postgres.createDatabase();
      const count = name === 'tafel-2-nodes' ? 2 : 1;
      const nodes: ServerProcess[] = [];
      for (let i = 0; i < count; i++) nodes.push(await ServerProcess.start(name, tafelModule, 'tafel', { BENCH_TAFEL_STORE: url }));
      const haproxy = count === 2 ? await startHaproxy([nodes[0]!.port, nodes[1]!.port]) : undefined;
      const pidFile = path.join(postgres.dataDir, 'postmaster.pid');
      const postmasterPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      return new TafelOnPostgres(name, postgres, postmasterPid, nodes, haproxy);
    } catch (error) {
      await postgres.stop();
      throw error;
    }
  }

  get url(): string {
    return this.haproxy?.wsUrl ?? this.nodes[0]!.url;
  }

  get rssAtStart(): number {
    return this.nodes.reduce((sum, n) => sum + n.rssAtStart, 0);
  }

  cpuSeconds(): number {
    return this.nodes.reduce((sum, n) => sum + n.cpuSeconds(), 0);
  }

  dbCpuSeconds(): number {
    return treeCpuSeconds(this.postmasterPid);
  }

  rss(): { rss: number; peak: number } {
    const all = this.nodes.map((n) => n.rss());
    return { rss: all.reduce((s, r) => s + r.rss, 0), peak: all.reduce((s, r) => s + r.peak, 0) };
  }

  async mem(gc = true): Promise<MemReport> {
    const all = await Promise.all(this.nodes.map((n) => n.mem(gc)));
    return {
      rss: all.reduce((s, m) => s + m.rss, 0),
      heapUsed: all.reduce((s, m) => s + m.heapUsed, 0),
      external: all.reduce((s, m) => s + m.external, 0),
      arrayBuffers: all.reduce((s, m) => s + m.arrayBuffers, 0),
    };
  }

  async stop(): Promise<void> {
    await this.haproxy?.stop();
    await Promise.all(this.nodes.map((n) => n.stop()));
    await this.postgres.stop();
  }
}
