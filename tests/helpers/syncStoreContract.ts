/**
 * The behaviour every `LocalCaseStore` must have, as a reusable vitest suite: run it against
 * the in-memory store and the IndexedDB store.
 */
import { describe, expect, it } from 'vitest';
import type { RoomId } from '../../shared/protocol/ids.js';
import type { LocalCaseStore } from '../../shared/sync/local/localCaseStore.js';

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA' as RoomId;
const OTHER = 'BBBBBBBBBBBBBBBBBBBBBA' as RoomId;
const bytes = (...n: number[]) => Uint8Array.from(n);

export function localCaseStoreContract(name: string, make: () => Promise<LocalCaseStore>): void {
  describe(`${name}: LocalCaseStore contract`, () => {
    it('keeps case records and forgets a case with all its data', async () => {
      const store = await make();
      await store.putCase({ room: ROOM, relay: 'wss://relay.example.nl', membership: 'member', role: 'admin', index: bytes(9) });
      // A case kept only on this device has no relay.
      await store.putCase({ room: OTHER, relay: null, membership: 'redeeming', role: null, index: null });
      await store.enqueue(ROOM, { msgId: 1, envelope: bytes(1) });
      expect((await store.listCases()).map((c) => c.room).sort()).toEqual([ROOM, OTHER].sort());
      expect((await store.getCase(ROOM))?.index).toEqual(bytes(9));
      await store.deleteCase(ROOM);
      expect(await store.getCase(ROOM)).toBeUndefined();
      expect((await store.load(ROOM)).queue).toEqual([]);
      expect((await store.getCase(OTHER))?.relay).toBeNull();
    });

    it('never hands out a msg id twice, per room', async () => {
      const store = await make();
      const ids = await Promise.all([store.nextMsgId(ROOM), store.nextMsgId(ROOM), store.nextMsgId(ROOM)]);
      expect(new Set(ids).size).toBe(3);
      expect(await store.nextMsgId(OTHER)).toBe(1);
    });

    it('moves an acknowledged update from the queue to the frames', async () => {
      const store = await make();
      await store.enqueue(ROOM, { msgId: 2, envelope: bytes(2) });
      await store.enqueue(ROOM, { msgId: 1, envelope: bytes(1) });
      await store.replaceQueued(ROOM, { msgId: 2, envelope: bytes(22) });
      await store.replaceQueued(ROOM, { msgId: 7, envelope: bytes(7) });
      await store.acknowledge(ROOM, 1, 5);
      await store.acknowledge(ROOM, 1, 5);
      await store.setLastSeq(ROOM, 5);
      const state = await store.load(ROOM);
      expect(state.queue).toEqual([{ msgId: 2, envelope: bytes(22) }]);
      expect(state.frames).toEqual([{ seq: 5, envelope: bytes(1) }]);
      expect(state.lastSeq).toBe(5);
    });

    it('keeps frames in seq order, ignores duplicates, and drops what a snapshot covers', async () => {
      const store = await make();
      await store.appendFrames(ROOM, [
        { seq: 3, envelope: bytes(3) },
        { seq: 1, envelope: bytes(1) },
      ]);
      await store.appendFrames(ROOM, [
        { seq: 3, envelope: bytes(99) },
        { seq: 2, envelope: bytes(2) },
      ]);
      expect((await store.load(ROOM)).frames.map((f) => [f.seq, f.envelope[0]])).toEqual([
        [1, 1],
        [2, 2],
        [3, 3],
      ]);
      await store.putSnapshot(ROOM, { baseSeq: 2, envelope: bytes(20) });
      await store.putSnapshot(ROOM, { baseSeq: 1, envelope: bytes(10) });
      await store.appendFrames(ROOM, [{ seq: 2, envelope: bytes(2) }]);
      const state = await store.load(ROOM);
      expect(state.snapshot).toEqual({ baseSeq: 2, envelope: bytes(20) });
      expect(state.frames.map((f) => f.seq)).toEqual([3]);
    });

    it('keeps the membership log in index order, never overwriting a held entry, and forgets it with the case', async () => {
      const store = await make();
      await store.appendLog(ROOM, 0, ['g', 'a']);
      await store.appendLog(ROOM, 1, ['other', 'b']);
      await store.appendLog(ROOM, 5, ['hole']);
      expect(await store.loadLog(ROOM)).toEqual(['g', 'a', 'b']);
      expect(await store.loadLog(OTHER)).toEqual([]);
      await store.putCase({ room: ROOM, relay: null, membership: 'member', role: 'admin', index: null, genesis: 'hash' });
      expect((await store.getCase(ROOM))?.genesis).toBe('hash');
      await store.deleteCase(ROOM);
      expect(await store.loadLog(ROOM)).toEqual([]);
    });

    it('keeps security alarms per case, oldest first, and forgets them with the case', async () => {
      const store = await make();
      await store.addAlarm({ kind: 'forged-frame', at: 1, room: ROOM, seq: 4 });
      await store.addAlarm({ kind: 'withheld', at: 2, room: OTHER });
      await store.addAlarm({ kind: 'fork', at: 3, room: ROOM });
      expect((await store.listAlarms(ROOM)).map((a) => a.kind)).toEqual(['forged-frame', 'fork']);
      expect((await store.listAlarms()).map((a) => a.at)).toEqual([1, 2, 3]);
      expect((await store.listAlarms(ROOM))[0]).toEqual({ kind: 'forged-frame', at: 1, room: ROOM, seq: 4 });
      await store.deleteCase(ROOM);
      expect((await store.listAlarms()).map((a) => a.room)).toEqual([OTHER]);
    });

    it('keeps notices of cases deleted from the device until they are dismissed, apart from any case', async () => {
      const store = await make();
      await store.putCase({ room: ROOM, relay: null, membership: 'member', role: 'admin', index: null });
      await store.putNotice({ id: 'n1', sealed: bytes(1, 2, 3) });
      await store.putNotice({ id: 'n2', sealed: bytes(4) });
      await store.deleteCase(ROOM);
      expect((await store.listNotices()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        { id: 'n1', sealed: bytes(1, 2, 3) },
        { id: 'n2', sealed: bytes(4) },
      ]);
      await store.deleteNotice('n1');
      expect((await store.listNotices()).map((n) => n.id)).toEqual(['n2']);
    });
  });
}
