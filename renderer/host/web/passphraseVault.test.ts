import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { WEB_HOST_STORES, openWebHostDb, readValue, writeValue } from './idb.js';
import { PBKDF2_ITERATIONS, createPassphraseVault } from './passphraseVault.js';

const PASSPHRASE = 'groene tafel aan de gracht';

/** One browser profile: vaults made on the same factory share its IndexedDB, as tabs and reloads do. */
function browserProfile() {
  const factory = new IDBFactory();
  const openDb = () => openWebHostDb(factory);
  return { openDb, newVault: () => createPassphraseVault({ openDb, crypto: globalThis.crypto }) };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('passphrase vault', () => {
  it('is created on first unlock, keeps secrets, and is locked again after a reload', async () => {
    const profile = browserProfile();
    const vault = profile.newVault();
    expect(await vault.isCreated()).toBe(false);
    expect(await vault.isUnlocked()).toBe(false);
    expect(await vault.get('device-key')).toEqual({ ok: false, error: expect.objectContaining({ code: 'vault-locked' }) });

    expect(await vault.unlock(PASSPHRASE)).toEqual({ ok: true, value: undefined });
    expect(await vault.isCreated()).toBe(true);
    expect(await vault.put('device-key', bytes('geheim'))).toEqual({ ok: true, value: undefined });
    expect(await vault.get('device-key')).toEqual({ ok: true, value: bytes('geheim') });
    expect(await vault.get('nothing-here')).toEqual({ ok: true, value: null });

    const reloaded = profile.newVault();
    expect(await reloaded.isCreated()).toBe(true);
    expect(await reloaded.isUnlocked()).toBe(false);
    expect(await reloaded.get('device-key')).toEqual({ ok: false, error: expect.objectContaining({ code: 'vault-locked' }) });
  });

  it('refuses a wrong passphrase with vault-wrong-passphrase and opens with the right one', async () => {
    const profile = browserProfile();
    const first = profile.newVault();
    await first.unlock(PASSPHRASE);
    await first.put('case-key', bytes('sleutel'));

    const later = profile.newVault();
    const wrong = await later.unlock('niet de goede wachtwoordzin');
    expect(wrong).toEqual({ ok: false, error: expect.objectContaining({ code: 'vault-wrong-passphrase' }) });
    expect(await later.isUnlocked()).toBe(false);

    expect((await later.unlock(PASSPHRASE)).ok).toBe(true);
    expect(await later.get('case-key')).toEqual({ ok: true, value: bytes('sleutel') });
  });

  it('treats the same passphrase typed in another Unicode form as the same passphrase', async () => {
    const profile = browserProfile();
    await profile.newVault().unlock('café aan de gracht'.normalize('NFC'));
    expect((await profile.newVault().unlock('café aan de gracht'.normalize('NFD'))).ok).toBe(true);
  });

  it('stores neither the passphrase nor the secrets in the clear, and derives with ≥ 600,000 PBKDF2 iterations', async () => {
    const profile = browserProfile();
    const vault = profile.newVault();
    await vault.unlock(PASSPHRASE);
    await vault.put('device-key', bytes('zeer geheime sleutel'));

    const db = await profile.openDb();
    const header = (await readValue(db, WEB_HOST_STORES.meta, 'vault-header')) as { iterations: number; salt: Uint8Array };
    expect(header.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(header.salt).toHaveLength(16);
    const entry = (await readValue(db, WEB_HOST_STORES.vault, 'device-key')) as Uint8Array;
    const everything =
      new TextDecoder().decode(entry) + JSON.stringify(header, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
    expect(everything).not.toContain('zeer geheime sleutel');
    expect(everything).not.toContain(PASSPHRASE);
    db.close();
  });

  it('gives a fresh salt to every new vault', async () => {
    const a = browserProfile();
    const b = browserProfile();
    await a.newVault().unlock(PASSPHRASE);
    await b.newVault().unlock(PASSPHRASE);
    const saltOf = async (p: ReturnType<typeof browserProfile>) =>
      ((await readValue(await p.openDb(), WEB_HOST_STORES.meta, 'vault-header')) as { salt: Uint8Array }).salt;
    expect(await saltOf(a)).not.toEqual(await saltOf(b));
  });

  it('binds each entry to its name: swapped ciphertexts do not open', async () => {
    const profile = browserProfile();
    const vault = profile.newVault();
    await vault.unlock(PASSPHRASE);
    await vault.put('key-a', bytes('A'));
    await vault.put('key-b', bytes('B'));
    const db = await profile.openDb();
    const a = await readValue(db, WEB_HOST_STORES.vault, 'key-a');
    await writeValue(db, WEB_HOST_STORES.vault, 'key-b', a);
    expect(await vault.get('key-b')).toEqual({ ok: false, error: expect.objectContaining({ code: 'io-error' }) });
    expect(await vault.get('key-a')).toEqual({ ok: true, value: bytes('A') });
    db.close();
  });

  it('refuses a tampered header that asks for a weaker derivation', async () => {
    const profile = browserProfile();
    await profile.newVault().unlock(PASSPHRASE);
    const db = await profile.openDb();
    const header = (await readValue(db, WEB_HOST_STORES.meta, 'vault-header')) as Record<string, unknown>;
    await writeValue(db, WEB_HOST_STORES.meta, 'vault-header', { ...header, iterations: 1 });
    db.close();
    const vault = profile.newVault();
    expect((await vault.unlock(PASSPHRASE)).ok).toBe(false);
    expect(await vault.isUnlocked()).toBe(false);
  });

  it('refuses bad names, oversized values and empty passphrases before touching storage', async () => {
    const vault = browserProfile().newVault();
    expect(await vault.unlock('')).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input' }) });
    await vault.unlock(PASSPHRASE);
    expect((await vault.put('../etc/passwd', bytes('x'))).ok).toBe(false);
    expect((await vault.get('')).ok).toBe(false);
    expect((await vault.put('too-big', new Uint8Array(64 * 1024 + 1))).ok).toBe(false);
    expect(await vault.delete('a b')).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input' }) });
  });

  it('deletes entries', async () => {
    const vault = browserProfile().newVault();
    await vault.unlock(PASSPHRASE);
    await vault.put('device-key', bytes('x'));
    expect((await vault.delete('device-key')).ok).toBe(true);
    expect(await vault.get('device-key')).toEqual({ ok: true, value: null });
  });

  it('says vault-unavailable when the browser has no IndexedDB', async () => {
    const vault = createPassphraseVault({ openDb: () => Promise.reject(new Error('no IndexedDB')), crypto: globalThis.crypto });
    expect(await vault.unlock(PASSPHRASE)).toEqual({ ok: false, error: expect.objectContaining({ code: 'vault-unavailable' }) });
  });
});
