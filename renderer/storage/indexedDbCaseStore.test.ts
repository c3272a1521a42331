import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { localCaseStoreContract } from '../../tests/helpers/syncStoreContract.js';
import { makeSyncDevice } from '../../tests/helpers/syncHarness.js';
import { IndexedDbCaseStore } from './indexedDbCaseStore.js';

localCaseStoreContract('IndexedDbCaseStore', () => IndexedDbCaseStore.open({ indexedDB: new IDBFactory(), IDBKeyRange }));

describe('IndexedDbCaseStore', () => {
  it('a case edited offline comes back from a reopened database, and nothing in it is readable', async () => {
    const env = { indexedDB: new IDBFactory(), IDBKeyRange };
    const store = await IndexedDbCaseStore.open(env);
    const device = makeSyncDevice('Voorzitter', { store });
    // No relay: the case is created locally by hand through the client API's building blocks.
    await store.putCase({ room: 'AAAAAAAAAAAAAAAAAAAAAA' as never, relay: 'ws://127.0.0.1:9', membership: 'member', role: 'admin', index: null });
    await device.client.keys.putCaseKeys('AAAAAAAAAAAAAAAAAAAAAA' as never, [{ epoch: 1, key: crypto.getRandomValues(new Uint8Array(32)) }]);
    await device.client.setCaseIndex('AAAAAAAAAAAAAAAAAAAAAA' as never, { title: 'Gezin Kwartel', status: 'overleg', lastChange: 1 });
    const session = await device.client.openCase('AAAAAAAAAAAAAAAAAAAAAA' as never, { connect: false });
    session.doc.getText('t').insert(0, 'Gezin Kwartel: afspraken met school');
    await session.flush();
    expect(session.status).toMatchObject({ state: 'local-only', pendingChanges: 1 });
    await session.destroy();
    store.close();

    const reopened = await IndexedDbCaseStore.open(env);
    const again = makeSyncDevice('Voorzitter', { store: reopened, vault: device.vault });
    const restored = await again.client.openCase('AAAAAAAAAAAAAAAAAAAAAA' as never, { connect: false });
    expect(restored.doc.getText('t').toString()).toBe('Gezin Kwartel: afspraken met school');
    expect((await again.client.listCases())[0]?.entry?.title).toBe('Gezin Kwartel');

    // At rest: every stored byte array is ciphertext; the typed words appear nowhere.
    const state = await reopened.load('AAAAAAAAAAAAAAAAAAAAAA' as never);
    const records = await reopened.listCases();
    const blobs = [...state.queue.map((q) => q.envelope), ...records.map((r) => r.index!)];
    expect(blobs.length).toBe(2);
    for (const b of blobs) expect(Buffer.from(b).includes(Buffer.from('Kwartel'))).toBe(false);
    await restored.destroy();
    reopened.close();
  });
});

/** Every key and value in every object store of the database, as bytes (Uint8Arrays as they are, the rest as JSON text). */
async function everyByte(env: { indexedDB: IDBFactory }, name = 'tafel-cases'): Promise<Buffer> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = env.indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const parts: Buffer[] = [];
  const add = (value: unknown): void => {
    if (value instanceof Uint8Array) parts.push(Buffer.from(value));
    else if (Array.isArray(value)) value.forEach(add);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) add(v);
    else parts.push(Buffer.from(JSON.stringify(value ?? null)));
  };
  for (const storeName of [...db.objectStoreNames]) {
    const tx = db.transaction(storeName, 'readonly');
    const store = tx.objectStore(storeName);
    const [keys, values] = await Promise.all(
      [store.getAllKeys(), store.getAll()].map((req) => new Promise<unknown[]>((resolve) => (req.onsuccess = () => resolve(req.result as unknown[])))),
    );
    add(keys);
    add(values);
  }
  db.close();
  return Buffer.concat(parts);
}

describe('IndexedDbCaseStore: a case erased on this device', () => {
  it('leaves no byte of the case in the database or the vault, only a notice without its room id', async () => {
    const { eraseCase } = await import('../../shared/sync/membership/caseAdmin.js');
    const env = { indexedDB: new IDBFactory(), IDBKeyRange };
    const store = await IndexedDbCaseStore.open(env);
    const device = makeSyncDevice('Voorzitter', { store });
    const keep = await device.client.createLocalCase({ title: 'Gezin Blijft' });
    await keep.destroy();
    const session = await device.client.createLocalCase({ title: 'Gezin Kwartel' });
    const room = session.room;
    session.doc.getText('t').insert(0, 'Gezin Kwartel: afspraken met school');
    await session.flush();
    const sealed = (await store.load(room)).queue.map((q) => Buffer.from(q.envelope));
    expect(sealed.length).toBeGreaterThan(0);
    const before = await everyByte(env);
    expect(before.includes(Buffer.from(room))).toBe(true);
    expect(before.includes(sealed[0]!)).toBe(true);

    const gone = new Promise((resolve) => session.on('gone', resolve));
    await eraseCase(session, 'besluit_voorzitter', '2026-01-01');
    expect(await gone).toBe('erased');
    // A late edit on the closed session writes nothing back.
    session.doc.getText('t').insert(0, 'te laat');
    await session.flush();
    await session.destroy();

    const after = await everyByte(env);
    expect(after.includes(Buffer.from(room))).toBe(false);
    for (const s of sealed) expect(after.includes(s)).toBe(false);
    expect([...device.vault.entries.keys()].filter((name) => name.includes(room))).toEqual([]);
    // The other case is untouched; the notice says what happened, in words, without the room id.
    expect((await device.client.listCases()).map((c) => c.title)).toEqual(['Gezin Blijft']);
    expect(await device.client.listNotices()).toEqual([expect.objectContaining({ title: 'Gezin Kwartel', reason: 'erased' })]);
    store.close();
  });
});
