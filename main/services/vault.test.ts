import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSafeStorage, fillableFileSystem, tempDir } from './testSupport.js';
import { Vault } from './vault.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('vault')));
afterEach(() => cleanup());

const secret = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255]);

describe('Vault', () => {
  it('round-trips a secret and stores only ciphertext', async () => {
    const vault = new Vault({ dir, safeStorage: fakeSafeStorage(), platform: 'linux' });
    expect(await vault.put('device-key', secret)).toEqual({ ok: true, value: undefined });
    expect(await vault.get('device-key')).toEqual({ ok: true, value: secret });
    const [file] = await readdir(dir);
    expect(file).toMatch(/^[0-9a-f]+\.vault$/);
    const raw = await readFile(path.join(dir, file ?? ''));
    expect(raw.includes(Buffer.from(secret))).toBe(false);
    expect(raw.includes(Buffer.from(Buffer.from(secret).toString('base64')))).toBe(false);
  });

  it('answers null for a missing entry and forgets deleted ones', async () => {
    const vault = new Vault({ dir, safeStorage: fakeSafeStorage(), platform: 'darwin' });
    expect(await vault.get('case-key.AbC')).toEqual({ ok: true, value: null });
    await vault.put('case-key.AbC', secret);
    await vault.put('case-key.abc', new Uint8Array([7]));
    expect(await vault.get('case-key.AbC')).toEqual({ ok: true, value: secret });
    expect(await vault.delete('case-key.AbC')).toEqual({ ok: true, value: undefined });
    expect(await vault.get('case-key.AbC')).toEqual({ ok: true, value: null });
    expect(await vault.get('case-key.abc')).toEqual({ ok: true, value: new Uint8Array([7]) });
  });

  it('refuses names outside the contract', async () => {
    const vault = new Vault({ dir, safeStorage: fakeSafeStorage(), platform: 'linux' });
    expect((await vault.put('../settings', secret)).ok).toBe(false);
    expect(await vault.get('a/b')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('never writes plaintext when the OS cannot encrypt', async () => {
    for (const safeStorage of [fakeSafeStorage({ available: false }), fakeSafeStorage({ backend: 'basic_text' })]) {
      const vault = new Vault({ dir, safeStorage, platform: 'linux' });
      expect(await vault.isAvailable()).toBe(false);
      expect(await vault.put('device-key', secret)).toMatchObject({ ok: false, error: { code: 'vault-unavailable' } });
      expect(await vault.get('device-key')).toMatchObject({ ok: false, error: { code: 'vault-unavailable' } });
      expect(safeStorage.encryptCalls).toBe(0);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a damaged file as an error and keeps it', async () => {
    const vault = new Vault({ dir, safeStorage: fakeSafeStorage(), platform: 'win32' });
    await vault.put('device-key', secret);
    const [file = ''] = await readdir(dir);
    const raw = await readFile(path.join(dir, file));
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 0xff;
    await writeFile(path.join(dir, file), raw);
    const result = await vault.get('device-key');
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } });
    expect(await readFile(path.join(dir, file))).toEqual(raw);
    await writeFile(path.join(dir, file), 'not a vault file');
    expect(await vault.get('device-key')).toMatchObject({ ok: false, error: { code: 'io-error' } });
  });

  it('keeps the old secret when the disk is full', async () => {
    const fs = fillableFileSystem();
    const vault = new Vault({ dir, safeStorage: fakeSafeStorage(), platform: 'linux', fs });
    await vault.put('device-key', secret);
    fs.full = true;
    expect(await vault.put('device-key', new Uint8Array([9, 9]))).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    fs.full = false;
    expect(await vault.get('device-key')).toEqual({ ok: true, value: secret });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
