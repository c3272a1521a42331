/**
 * The relay as a child process (`node --import tsx server/index.ts`), for tests that kill it
 * with SIGKILL or stop it with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RelayProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly wsUrl: string;
  /** Everything the process wrote to stdout and stderr. */
  output(): string;
  /** Resolves with the exit code or signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `accessKey` undefined: the relay makes one (or reads the one it made before) in its data directory. */
export async function spawnRelay(dataDir: string, accessKey: string | undefined, extraArgs: string[] = []): Promise<RelayProcess> {
  const keyArgs = accessKey === undefined ? [] : ['--access-key', accessKey];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts', '--port', '0', '--data', dataDir, ...keyArgs, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start:\n${out}`)), 15_000);
    const check = () => {
      const m = /luistert op (http:\/\/[^ ]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`relay exited early:\n${out}`)));
  });
  return { child, url, wsUrl: url.replace('http://', 'ws://'), output: () => out, exited };
}
