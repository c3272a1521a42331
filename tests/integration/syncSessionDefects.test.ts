/**
 * The sync session's behaviour at its edges, through a real relay: an edit too large for one
 * frame, closing right after typing, a failing local store, and the transaction origin of
 * remote updates (what the UI's undo and "whose change" logic rely on).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REMOTE_ORIGIN, isCaseOrigin, originSource } from '../../shared/model/origins.js';
import type { LocalCaseStore } from '../../shared/sync/local/localCaseStore.js';
import { MemoryCaseStore } from '../../shared/sync/local/memoryCaseStore.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { eventually, makeSyncDevice, openSharedRoom, sameDeviceAgain, statusReached } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

/** Text that does not repeat (so nothing along the way can make it small), `kib` KiB of it. */
function longText(kib: number): string {
  let seed = 7;
  let out = '';
  while (out.length < kib * 1024) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + (seed % 26));
  }
  return out;
}

describe('an edit larger than one frame', () => {
  it('a pasted text over 256 KiB reaches the others, and later edits follow it', async () => {
    const { sessions } = await openSharedRoom(relay.wsUrl, TEST_ACCESS_KEY, 2);
    const [chair, expert] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    const paste = longText(300);
    chair.doc.getText('t').insert(0, paste);
    await chair.flush();
    chair.doc.getText('t').insert(0, 'Samenvatting: ');
    chair.doc.getMap('m').set('daarna', 'ja');
    await eventually(
      () => expert.doc.getMap('m').get('daarna') === 'ja' && expert.doc.getText('t').length === paste.length + 14,
      'expert has the paste and what came after',
      20_000,
    );
    expect(expert.doc.getText('t').toString()).toBe(chair.doc.getText('t').toString());
    await statusReached(chair, (s) => s.state === 'synced' && s.pendingChanges === 0 && s.error === undefined, 'chair synced without error');
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('an edit that cannot be split is kept on this device and reported; later edits still go out', async () => {
    const { devices, sessions } = await openSharedRoom(relay.wsUrl, TEST_ACCESS_KEY, 2);
    const [chair, expert] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    // One binary value is one Yjs item: it cannot be cut into pieces.
    chair.doc.getMap('m').set('bijlage', new Uint8Array(300 * 1024).fill(1));
    await chair.flush();
    await statusReached(chair, (s) => s.error === 'too-large' && s.state !== 'error', 'too large reported, session goes on');
    chair.doc.getText('t').insert(0, 'verder');
    await chair.flush();
    // Only the held edit is left unsent: the later one was stored by the relay.
    await statusReached(chair, (s) => s.pendingChanges === 1, 'later edit acknowledged');
    expect(JSON.stringify(chair.status)).not.toContain('verder');
    await chair.destroy();
    // Nothing is lost on this device.
    const again = await sameDeviceAgain(devices[0]!).client.openCase(chair.room, { connect: false });
    expect(again.doc.getMap('m').get('bijlage')).toBeInstanceOf(Uint8Array);
    expect(again.doc.getText('t').toString()).toBe('verder');
    expect(again.status.error).toBe('too-large');
    await Promise.all([again.destroy(), expert.destroy()]);
  });
});

describe('closing right after typing', () => {
  it('destroy() stores the last batch, also what was typed while it ran: the text is there after a restart', async () => {
    const { devices, sessions } = await openSharedRoom(relay.wsUrl, TEST_ACCESS_KEY, 1);
    const chair = sessions[0]!;
    chair.disconnect();
    chair.doc.getText('t').insert(0, 'net getypt');
    const closing = chair.destroy();
    chair.doc.getText('t').insert(10, ', en nog een woord');
    await closing;
    const again = await sameDeviceAgain(devices[0]!).client.openCase(chair.room, { connect: false });
    expect(again.doc.getText('t').toString()).toBe('net getypt, en nog een woord');
    await again.destroy();
  });
});

/** A real store that refuses to queue while `failing` is set (a full or broken disk). */
class FailingStore extends MemoryCaseStore implements LocalCaseStore {
  failing = false;
  override async enqueue(...args: Parameters<MemoryCaseStore['enqueue']>): Promise<void> {
    if (this.failing) throw new Error('QuotaExceededError');
    return super.enqueue(...args);
  }
}

describe('a failing local store', () => {
  it('is reported in the status (a kind, no content), and the edit is saved and sent once it works again', async () => {
    const store = new FailingStore();
    const chairDevice = makeSyncDevice('Voorzitter', { store });
    const chair = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
    await statusReached(chair, (s) => s.state === 'synced', 'synced');
    store.failing = true;
    chair.doc.getText('t').insert(0, 'geheime notitie');
    await statusReached(chair, (s) => s.error === 'local-store-failed' && s.state !== 'error', 'store failure reported');
    expect(JSON.stringify(chair.status)).not.toContain('geheime');
    store.failing = false;
    await statusReached(chair, (s) => s.state === 'synced' && s.pendingChanges === 0 && s.error === undefined, 'saved, sent, and the problem is over');
    expect((await store.load(chair.room)).frames.length).toBe(1);
    await chair.destroy();
  });

  it('in a case only on this device, the problem is over once the edit is saved', async () => {
    const store = new FailingStore();
    const session = await makeSyncDevice('Voorzitter', { store }).client.createLocalCase({ title: 'Gezin Kwartel' });
    store.failing = true;
    session.doc.getText('t').insert(0, 'notitie');
    await statusReached(session, (s) => s.error === 'local-store-failed' && s.state === 'local-only', 'store failure reported');
    store.failing = false;
    await statusReached(session, (s) => s.error === undefined && s.pendingChanges === 1, 'saved; problem over');
    expect((await store.load(session.room)).queue).toHaveLength(1);
    await session.destroy();
  });
});

describe('the origin of remote updates', () => {
  it("is shared/model's REMOTE_ORIGIN, so undo and authorship treat them as someone else's", async () => {
    const { sessions } = await openSharedRoom(relay.wsUrl, TEST_ACCESS_KEY, 2);
    const [chair, expert] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    const origins: unknown[] = [];
    expert.doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    const undo = new Y.UndoManager(expert.doc.getText('t'), { trackedOrigins: new Set([null]) });
    chair.doc.getText('t').insert(0, 'van de voorzitter');
    await eventually(() => expert.doc.getText('t').toString() === 'van de voorzitter', 'expert has the edit');
    expect(origins.length).toBeGreaterThan(0);
    for (const origin of origins) {
      expect(origin).toBe(REMOTE_ORIGIN);
      expect(isCaseOrigin(origin) && originSource(origin)).toBe('remote');
    }
    expect(undo.undoStack.length).toBe(0);
    undo.destroy();
    await Promise.all(sessions.map((s) => s.destroy()));
  });
});
