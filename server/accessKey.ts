/**
 * The relay access key: whoever holds it may create rooms. Configured by the operator, or made
 * on first start and kept in the data directory (mode 0600) so restarts keep the same key.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** File in the data directory that holds a generated access key. */
export const ACCESS_KEY_FILE = 'access-key';

/** Where the key came from; `created` means this start made it (the operator must be told once). */
export interface AccessKeySource {
  readonly key: string;
  readonly origin: 'configured' | 'file' | 'created';
  readonly file?: string;
}

/** The configured key, else the stored one, else a new one written with 0600 permissions. */
export function loadOrCreateAccessKey(dataDir: string, configured: string | undefined): AccessKeySource {
  if (configured !== undefined) return { key: configured, origin: 'configured' };
  const file = path.join(dataDir, ACCESS_KEY_FILE);
  try {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (stored.length >= 16) return { key: stored, origin: 'file', file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('base64url');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // 'wx': never overwrite a key another process wrote in the meantime.
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(file, 0o600);
  return { key, origin: 'created', file };
}

/** Compares a presented key with the relay's in constant time (hashing first equalises lengths). */
export function accessKeyMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** A stable, non-secret id for a key (for "rooms per access key" without storing the key). */
export function accessKeyId(key: string): string {
  return createHash('sha256').update(`tafel-access-key:${key}`, 'utf8').digest('base64url').slice(0, 22);
}
