/**
 * The benchmarked servers as child processes on loopback: start, measure (CPU ticks and RSS from
 * /proc, heap after GC over IPC), kill, restart on the same port and data dir.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildReport, ParentRequest, ProcessKind, ServerName } from './servers/protocol.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAIN = path.join(import.meta.dirname, 'servers', 'serverMain.ts');
const CLK_TCK = 100; // Linux USER_HZ; /proc/<pid>/stat times are in these ticks.

/** The relay module the Tafel child loads: the build (what `npm run bench:relay` makes) or the sources via tsx. */
export function tafelModulePath(from: 'dist' | 'src'): string {
  // An experimental relay build elsewhere (it must resolve this repo's node_modules).
  const override = process.env.BENCH_TAFEL_MODULE;
  if (override !== undefined && override !== '') return path.resolve(override);
  const dist = path.join(ROOT, 'dist/server/startRelay.js');
  if (from === 'dist' && fs.existsSync(dist)) return dist;
  return path.join(ROOT, 'server/startRelay.ts');
}

export interface MemReport {
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
}

/** A benchmarked server: one process, or several (relay nodes) behind one address. */
export interface BenchServer {
  readonly name: ServerName;
  /** ws:// address the clients connect to. */
  readonly url: string;
  /** RSS right after the start, before any client. */
  readonly rssAtStart: number;
  /** User + system CPU seconds of the relay process(es) so far. */
  cpuSeconds(): number;
  /** The same for the database server, where there is one (PostgreSQL rows). */
  dbCpuSeconds?(): number;
  rss(): { rss: number; peak: number };
  mem(gc?: boolean): Promise<MemReport>;
  stop(): Promise<void>;
}

export class ServerProcess implements BenchServer {
  private child!: ChildProcess;
  private exited!: Promise<void>;
  private memWaiter: ((m: MemReport) => void) | undefined;
  port = 0;
  output = '';
  /** RSS right after the (first) start, before any client: node + tsx loader + the server's modules. */
  rssAtStart = 0;
  readonly dataDir: string;

  private constructor(
    readonly name: ServerName,
    private readonly kind: ProcessKind,
    private readonly tafelModule: string,
    private readonly env: Readonly<Record<string, string>>,
  ) {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  }

  /** `env`: extra environment of the child (BENCH_TAFEL_STORE for a relay on PostgreSQL). */
  static async start(
    name: ServerName,
    tafelModule: string,
    kind: ProcessKind = name as ProcessKind,
    env: Readonly<Record<string, string>> = {},
  ): Promise<ServerProcess> {
    const p = new ServerProcess(name, kind, tafelModule, env);
    await p.spawn(0);
    p.rssAtStart = (await p.mem(true)).rss;
    return p;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid!;
  }

  private spawn(port: number): Promise<void> {
    const child = fork(MAIN, [this.kind, String(port), this.dataDir, this.tafelModule], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the servers.
      execArgv: ['--expose-gc', '--import', 'tsx', ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child = child;
    child.stdout!.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-20_000)));
    child.stderr!.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-20_000)));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (m: ChildReport) => {
      if (m.type === 'mem') {
        const w = this.memWaiter;
        this.memWaiter = undefined;
        w?.(m);
      }
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start:\n${this.output}`)), 30_000);
      child.on('message', (m: ChildReport) => {
        if (m.type === 'listening') {
          clearTimeout(timer);
          this.port = m.port;
          resolve();
        }
      });
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited:\n${this.output}`));
      });
    });
  }

  /** process.memoryUsage() inside the server, after two full GCs when `gc`. */
  mem(gc = true): Promise<MemReport> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('mem request timed out')), 30_000);
      this.memWaiter = (m) => {
        clearTimeout(timer);
        resolve(m);
      };
      const req: ParentRequest = { type: 'mem', gc };
      this.child.send(req);
    });
  }

  /** User + system CPU seconds used so far. */
  cpuSeconds(): number {
    const stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  }

  /** Resident set size in bytes (VmRSS), and the peak (VmHWM). */
  rss(): { rss: number; peak: number } {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  /** Kills the process (SIGKILL: a crash, nothing flushed) and starts it again on the same port and data dir. */
  async killAndRestart(): Promise<{ killedAt: number; listeningAt: number }> {
    const killedAt = performance.now();
    this.child.kill('SIGKILL');
    await this.exited;
    // The port may sit in TIME_WAIT for a moment; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.spawn(this.port);
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return { killedAt, listeningAt: performance.now() };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      await this.exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** CPU usage of a process over an interval, as a fraction of one core. */
export class CpuMeter {
  private t0 = performance.now();
  private c0: number;

  constructor(private readonly read: () => number) {
    this.c0 = read();
  }

  /** Fraction of one core since construction or the last reset. */
  fraction(): number {
    const dt = (performance.now() - this.t0) / 1000;
    return dt > 0 ? (this.read() - this.c0) / dt : 0;
  }

  reset(): void {
    this.t0 = performance.now();
    this.c0 = this.read();
  }
}

/** CPU seconds of this (the load generating) process. */
export function selfCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
