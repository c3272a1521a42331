import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore, defaultDeviceSettings } from './settingsStore.js';
import { fillableFileSystem, tempDir } from './testSupport.js';

let dir: string;
let file: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('settings'));
  file = path.join(dir, 'settings.json');
});
afterEach(() => cleanup());

describe('SettingsStore', () => {
  it('starts from Dutch defaults and keeps an update across restarts', async () => {
    const store = new SettingsStore(file);
    expect(await store.load()).toEqual(defaultDeviceSettings);
    const result = await store.update({ language: 'en', relays: ['wss://relay.example.nl'], displayName: 'Anna' });
    expect(result).toMatchObject({ ok: true, value: { language: 'en', displayName: 'Anna', organisation: '' } });
    const reopened = new SettingsStore(file);
    expect(await reopened.load()).toEqual({ language: 'en', relays: ['wss://relay.example.nl'], displayName: 'Anna', organisation: '' });
  });

  it('refuses invalid updates and changes nothing', async () => {
    const store = new SettingsStore(file);
    await store.load();
    for (const patch of [{ language: 'fr' }, { relays: ['http://relay.example.nl'] }, { unknown: 1 }, 'en', null]) {
      expect(await store.update(patch)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(store.current()).toEqual(defaultDeviceSettings);
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers disk-full and loses nothing when the disk is full', async () => {
    const fs = fillableFileSystem();
    const store = new SettingsStore(file, fs);
    await store.load();
    await store.update({ displayName: 'Anna' });
    const before = await readFile(file, 'utf8');
    fs.full = true;
    expect(await store.update({ displayName: 'Bram' })).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(store.current().displayName).toBe('Anna');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('moves a damaged file aside and starts from defaults', async () => {
    await writeFile(file, '{"language": "nl", "relays": [');
    const store = new SettingsStore(file);
    expect(await store.load()).toEqual(defaultDeviceSettings);
    const names = await readdir(dir);
    expect(names.some((name) => name.startsWith('settings.json.damaged-'))).toBe(true);
    expect(names).not.toContain('settings.json');
  });

  it('applies quick successive updates in order and tells listeners', async () => {
    const store = new SettingsStore(file);
    await store.load();
    const seen: string[] = [];
    store.onChange((next, previous) => seen.push(`${previous.displayName}->${next.displayName}`));
    await Promise.all([store.update({ displayName: 'A' }), store.update({ displayName: 'B' }), store.update({ organisation: 'Veilig Thuis' })]);
    expect(seen).toEqual(['->A', 'A->B', 'B->B']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ displayName: 'B', organisation: 'Veilig Thuis' });
  });
});
