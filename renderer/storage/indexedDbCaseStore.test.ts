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
