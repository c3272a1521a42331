import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openWebHostDb } from './idb.js';
import { createWebSettingsStore, defaultWebSettings, ownRelayUrl } from './webSettings.js';

function profile() {
  const factory = new IDBFactory();
  const defaults = defaultWebSettings(ownRelayUrl({ protocol: 'http:', host: '127.0.0.1:4460' }));
  return () => createWebSettingsStore(() => openWebHostDb(factory), defaults);
}

describe('web settings', () => {
  it('start in Dutch with the serving relay as the only relay', async () => {
    const settings = await profile()().get();
    expect(settings).toEqual({ language: 'nl', relays: ['ws://127.0.0.1:4460'], displayName: '', organisation: '' });
    expect(ownRelayUrl({ protocol: 'https:', host: 'relay.example.nl' })).toBe('wss://relay.example.nl');
  });

  it('keep a valid change across page loads', async () => {
    const open = profile();
    const updated = await open().update({ language: 'en', displayName: 'S. de Vries' });
    expect(updated.ok && updated.value.language).toBe('en');
    expect(await open().get()).toEqual(expect.objectContaining({ language: 'en', displayName: 'S. de Vries' }));
  });

  it('refuse invalid values and unknown fields, changing nothing', async () => {
    const open = profile();
    const store = open();
    for (const patch of [{ language: 'de' }, { relays: ['http://not-a-relay'] }, { theme: 'dark' }, { displayName: 'x'.repeat(81) }]) {
      expect(await store.update(patch as never)).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input' }) });
    }
    expect((await open().get()).language).toBe('nl');
  });

  it('still work for the page when IndexedDB is unavailable', async () => {
    const store = createWebSettingsStore(() => Promise.reject(new Error('no IndexedDB')), defaultWebSettings(undefined));
    expect((await store.get()).language).toBe('nl');
    expect(await store.update({ language: 'en' })).toEqual({ ok: false, error: expect.objectContaining({ code: 'io-error' }) });
  });
});
