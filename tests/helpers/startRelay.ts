/**
 * A real relay in this process on an ephemeral loopback port, with its SQLite file in a fresh
 * temp directory. `stop()` closes it gracefully and removes the directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRelay, type RunningRelay, type StartRelayOptions } from '../../server/startRelay.js';
import type { Logger } from '../../server/log.js';

export const TEST_ACCESS_KEY = 'test-access-key-0123456789';

export interface TestRelay extends RunningRelay {
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Log lines the relay wrote (JSON). */
  readonly logLines: string[];
  /** close() plus removing the data directory. */
  stop(): Promise<void>;
}

export async function startTestRelay(options: Partial<StartRelayOptions> = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-relay-'));
  const logLines: string[] = [];
  const record = (level: string) => (event: string, fields?: Readonly<Record<string, unknown>>) => logLines.push(JSON.stringify({ level, event, ...fields }));
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  const relay = await startRelay({ port: 0, host: '127.0.0.1', accessKey: TEST_ACCESS_KEY, logger, ...options, dataDir });
  return {
    ...relay,
    wsUrl: relay.url.replace('http://', 'ws://'),
    dataDir,
    logLines,
    stop: async () => {
      await relay.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
