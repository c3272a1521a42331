// Test helpers for the services: a temp folder, a stand-in for Electron's safeStorage that
// really encrypts (AES-256-GCM), and a file system that runs out of space on demand.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileSystemLike } from './atomicFile.js';
import type { SafeStorageLike } from './vault.js';

export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), `tafel-${prefix}-`));
  return { dir, cleanup: () => nodeFs.rm(dir, { recursive: true, force: true }) };
}

export function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { encryptCalls: number } {
  const key = randomBytes(32);
  const storage = {
    encryptCalls: 0,
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: async (plainText: string) => {
      storage.encryptCalls += 1;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptStringAsync: async (encrypted: Buffer) => {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      const result = Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
      return { result, shouldReEncrypt: false };
    },
  };
  return storage;
}

/** The real file system, except that writing file contents fails with ENOSPC while `full` is set. */
export function fillableFileSystem(): FileSystemLike & { full: boolean } {
  const fs = {
    ...nodeFs,
    full: false,
    open: (async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      if (!fs.full) return handle;
      return new Proxy(handle, {
        get(target, property, receiver) {
          if (property === 'writeFile') {
            return async () => {
              await target.writeFile('partial');
              throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as typeof nodeFs.open,
  };
  return fs;
}
