import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessKeyMatches, loadOrCreateAccessKey } from './accessKey.js';

describe('access key', () => {
  it('is made once with 0600 permissions and reused after a restart', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-key-')), 'data');
    const first = loadOrCreateAccessKey(dir, undefined);
    expect(first.origin).toBe('created');
    expect(fs.statSync(first.file!).mode & 0o777).toBe(0o600);
    const second = loadOrCreateAccessKey(dir, undefined);
    expect(second).toMatchObject({ origin: 'file', key: first.key });
    expect(loadOrCreateAccessKey(dir, 'configured-key-123456')).toMatchObject({ origin: 'configured', key: 'configured-key-123456' });
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('matches only the exact key, whatever the length', () => {
    expect(accessKeyMatches('abcdefghijklmnop', 'abcdefghijklmnop')).toBe(true);
    expect(accessKeyMatches('abcdefghijklmnoq', 'abcdefghijklmnop')).toBe(false);
    expect(accessKeyMatches('abc', 'abcdefghijklmnop')).toBe(false);
    expect(accessKeyMatches('', 'abcdefghijklmnop')).toBe(false);
  });
});
