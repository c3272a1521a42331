import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { webSocketPort } from '../../shared/platform/socketPort.js';
import type { TimerPort } from '../../shared/platform/timers.js';
import { SyncClient } from '../../shared/sync/session/syncClient.js';
import { MemoryVault, eventually } from '../../tests/helpers/syncHarness.js';
import { WebSocket } from 'ws';
import { flushWhenHidden } from './flushWhenHidden.js';
import { IndexedDbCaseStore } from './indexedDbCaseStore.js';

/** A closing page's timers: they are set, and never fire. */
const frozenTimers: TimerPort = { setTimeout: () => 0, clearTimeout: () => {}, random: () => 0.5 };

/** The page's document and window as event targets (what the browser fires on them). */
function page(): { document: EventTarget & { visibilityState: DocumentVisibilityState }; window: EventTarget } {
  return { document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }), window: new EventTarget() };
}

describe('flushWhenHidden', () => {
  it('the last words typed before the tab closes are in IndexedDB, though the batch timer never fired', async () => {
    const env = { indexedDB: new IDBFactory(), IDBKeyRange };
    const vault = new MemoryVault();
    const deps = {
      crypto: globalThis.crypto,
      sockets: webSocketPort(WebSocket),
      vault,
      label: { name: 'Voorzitter', organisation: 'Veilig Thuis' },
      timers: frozenTimers,
    };
    const store = await IndexedDbCaseStore.open(env);
    const session = await new SyncClient({ ...deps, store }).createLocalCase({ title: 'Gezin Kwartel' });
    const p = page();
    const stop = flushWhenHidden(session, p);
    session.doc.getText('t').insert(0, 'laatste woorden');
    expect((await store.load(session.room)).queue).toHaveLength(0);

    p.document.visibilityState = 'hidden';
    p.document.dispatchEvent(new Event('visibilitychange'));
    await eventually(async () => (await store.load(session.room)).queue.length === 1, 'stored on hide');
    stop();
    store.close();

    const reopened = await IndexedDbCaseStore.open(env);
    const again = await new SyncClient({ ...deps, store: reopened }).openCase(session.room);
    expect(again.doc.getText('t').toString()).toBe('laatste woorden');
    reopened.close();
  });

  it('pagehide flushes too, and stop() stops listening', async () => {
    let flushes = 0;
    const p = page();
    const stop = flushWhenHidden({ flush: async () => void flushes++ }, p);
    p.window.dispatchEvent(new Event('pagehide'));
    expect(flushes).toBe(1);
    stop();
    p.window.dispatchEvent(new Event('pagehide'));
    p.document.visibilityState = 'hidden';
    p.document.dispatchEvent(new Event('visibilitychange'));
    expect(flushes).toBe(1);
  });
});
