/**
 * `LocalCaseStore` on IndexedDB: the renderer's local store of cases, in the desktop app and in
 * the browser alike. It holds only what shared/sync hands it — sealed envelopes and a sealed
 * index entry per case — so nothing in it is readable without the keys in the host's vault.
 *
 * Each method is one IndexedDB transaction and resolves when that transaction has completed,
 * so a crash (app, tab) after a call keeps its effect and one in the middle keeps none of it.
 * Msg ids are reserved in a readwrite transaction, so two tabs on one device never share one.
 */
import type { RoomId } from '../../shared/protocol/ids.js';
import type { SecurityAlarm } from '../../shared/sync/integrity/alarms.js';
import type {
  CaseRecord,
  LocalCaseState,
  LocalCaseStore,
  QueuedUpdate,
  StoredFrame,
  StoredNotice,
  StoredSnapshot,
} from '../../shared/sync/local/localCaseStore.js';

/**
 * 2: the membership log and the security alarms; 3: notices of cases deleted from the device
 * (stores added; nothing else changes).
 */
const DB_VERSION = 3;
const STORES = {
  cases: 'cases',
  meta: 'meta',
  frames: 'frames',
  queue: 'queue',
  snapshots: 'snapshots',
  log: 'log',
  alarms: 'alarms',
  notices: 'notices',
} as const;
type StoreName = (typeof STORES)[keyof typeof STORES];

interface MetaRow {
  readonly room: RoomId;
  readonly lastSeq: number;
  readonly nextMsgId: number;
}
interface FrameRow {
  readonly room: RoomId;
  readonly seq: number;
  readonly envelope: Uint8Array;
}
interface QueueRow {
  readonly room: RoomId;
  readonly msgId: number;
  readonly envelope: Uint8Array;
}
interface LogRow {
  readonly room: RoomId;
  readonly index: number;
  readonly entry: string;
}
interface SnapshotRow {
  readonly room: RoomId;
  readonly baseSeq: number;
  readonly envelope: Uint8Array;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Where IndexedDB comes from: `window` in the renderer; fake-indexeddb's exports in Node tests. */
export interface IndexedDbEnvironment {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

/** The IndexedDB implementation of the local case store. */
export class IndexedDbCaseStore implements LocalCaseStore {
  private constructor(
    private readonly db: IDBDatabase,
    private readonly keyRange: typeof IDBKeyRange,
  ) {}

  /** Opens (and on first use creates) the database `name`; `env` is `window` in the renderer. */
  static async open(env: IndexedDbEnvironment, name = 'tafel-cases'): Promise<IndexedDbCaseStore> {
    const req = env.indexedDB.open(name, DB_VERSION);
    req.onupgradeneeded = (event) => {
      const db = req.result;
      if (event.oldVersion < 1) {
        db.createObjectStore(STORES.cases, { keyPath: 'room' });
        db.createObjectStore(STORES.meta, { keyPath: 'room' });
        db.createObjectStore(STORES.frames, { keyPath: ['room', 'seq'] });
        db.createObjectStore(STORES.queue, { keyPath: ['room', 'msgId'] });
        db.createObjectStore(STORES.snapshots, { keyPath: 'room' });
      }
      if (event.oldVersion < 2) {
        db.createObjectStore(STORES.log, { keyPath: ['room', 'index'] });
        db.createObjectStore(STORES.alarms, { autoIncrement: true }).createIndex('room', 'room');
      }
      if (event.oldVersion < 3) db.createObjectStore(STORES.notices, { keyPath: 'id' });
    };
    return new IndexedDbCaseStore(await request(req), env.IDBKeyRange);
  }

  /** Closes the database connection. */
  close(): void {
    this.db.close();
  }

  /** Runs `work` in one transaction; resolves with its result once the transaction completed. */
  private async run<T>(stores: readonly StoreName[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    const tx = this.db.transaction([...stores], mode, { durability: 'strict' });
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      tx.abort();
      await done.catch(() => undefined);
      throw error;
    }
    await done;
    return result;
  }

  private roomRange(room: RoomId, upTo = Infinity): IDBKeyRange {
    return this.keyRange.bound([room, -Infinity], [room, upTo]);
  }

  private async meta(tx: IDBTransaction, room: RoomId): Promise<MetaRow> {
    const row = (await request(tx.objectStore(STORES.meta).get(room))) as MetaRow | undefined;
    return row ?? { room, lastSeq: 0, nextMsgId: 1 };
  }

  listCases(): Promise<CaseRecord[]> {
    return this.run([STORES.cases], 'readonly', async (tx) => (await request(tx.objectStore(STORES.cases).getAll())) as CaseRecord[]);
  }

  getCase(room: RoomId): Promise<CaseRecord | undefined> {
    return this.run([STORES.cases], 'readonly', async (tx) => (await request(tx.objectStore(STORES.cases).get(room))) as CaseRecord | undefined);
  }

  async putCase(record: CaseRecord): Promise<void> {
    await this.run([STORES.cases], 'readwrite', (tx) => request(tx.objectStore(STORES.cases).put({ ...record })));
  }

  async deleteCase(room: RoomId): Promise<void> {
    await this.run([STORES.cases, STORES.meta, STORES.frames, STORES.queue, STORES.snapshots, STORES.log, STORES.alarms], 'readwrite', async (tx) => {
      await request(tx.objectStore(STORES.cases).delete(room));
      await request(tx.objectStore(STORES.meta).delete(room));
      await request(tx.objectStore(STORES.snapshots).delete(room));
      await request(tx.objectStore(STORES.frames).delete(this.roomRange(room)));
      await request(tx.objectStore(STORES.queue).delete(this.roomRange(room)));
      await request(tx.objectStore(STORES.log).delete(this.roomRange(room)));
      const alarms = tx.objectStore(STORES.alarms);
      for (const key of await request(alarms.index('room').getAllKeys(room))) await request(alarms.delete(key));
    });
  }

  load(room: RoomId): Promise<LocalCaseState> {
    return this.run([STORES.meta, STORES.frames, STORES.queue, STORES.snapshots], 'readonly', async (tx) => {
      const meta = await this.meta(tx, room);
      const snapshot = (await request(tx.objectStore(STORES.snapshots).get(room))) as SnapshotRow | undefined;
      const frames = (await request(tx.objectStore(STORES.frames).getAll(this.roomRange(room)))) as FrameRow[];
      const queue = (await request(tx.objectStore(STORES.queue).getAll(this.roomRange(room)))) as QueueRow[];
      return {
        snapshot: snapshot === undefined ? null : { baseSeq: snapshot.baseSeq, envelope: snapshot.envelope },
        frames: frames.map((f) => ({ seq: f.seq, envelope: f.envelope })),
        lastSeq: meta.lastSeq,
        queue: queue.map((q) => ({ msgId: q.msgId, envelope: q.envelope })),
      };
    });
  }

  nextMsgId(room: RoomId): Promise<number> {
    return this.run([STORES.meta], 'readwrite', async (tx) => {
      const meta = await this.meta(tx, room);
      await request(tx.objectStore(STORES.meta).put({ ...meta, nextMsgId: meta.nextMsgId + 1 }));
      return meta.nextMsgId;
    });
  }

  async enqueue(room: RoomId, update: QueuedUpdate): Promise<void> {
    await this.run([STORES.queue], 'readwrite', (tx) => request(tx.objectStore(STORES.queue).put({ room, msgId: update.msgId, envelope: update.envelope })));
  }

  async replaceQueued(room: RoomId, update: QueuedUpdate): Promise<void> {
    await this.run([STORES.queue], 'readwrite', async (tx) => {
      const store = tx.objectStore(STORES.queue);
      if ((await request(store.get([room, update.msgId]))) !== undefined) await request(store.put({ room, msgId: update.msgId, envelope: update.envelope }));
    });
  }

  async acknowledge(room: RoomId, msgId: number, seq: number): Promise<void> {
    await this.run([STORES.queue, STORES.frames, STORES.snapshots], 'readwrite', async (tx) => {
      const queue = tx.objectStore(STORES.queue);
      const row = (await request(queue.get([room, msgId]))) as QueueRow | undefined;
      if (row === undefined) return;
      await request(queue.delete([room, msgId]));
      const snapshot = (await request(tx.objectStore(STORES.snapshots).get(room))) as SnapshotRow | undefined;
      if (snapshot === undefined || seq > snapshot.baseSeq) await request(tx.objectStore(STORES.frames).put({ room, seq, envelope: row.envelope }));
    });
  }

  async appendFrames(room: RoomId, frames: readonly StoredFrame[]): Promise<void> {
    await this.run([STORES.frames, STORES.snapshots], 'readwrite', async (tx) => {
      const snapshot = (await request(tx.objectStore(STORES.snapshots).get(room))) as SnapshotRow | undefined;
      const store = tx.objectStore(STORES.frames);
      for (const f of frames) {
        if (snapshot !== undefined && f.seq <= snapshot.baseSeq) continue;
        if ((await request(store.getKey([room, f.seq]))) === undefined) await request(store.put({ room, seq: f.seq, envelope: f.envelope }));
      }
    });
  }

  async setLastSeq(room: RoomId, lastSeq: number): Promise<void> {
    await this.run([STORES.meta], 'readwrite', async (tx) => {
      const meta = await this.meta(tx, room);
      await request(tx.objectStore(STORES.meta).put({ ...meta, lastSeq }));
    });
  }

  async putSnapshot(room: RoomId, snapshot: StoredSnapshot): Promise<void> {
    await this.run([STORES.frames, STORES.snapshots], 'readwrite', async (tx) => {
      const snapshots = tx.objectStore(STORES.snapshots);
      const current = (await request(snapshots.get(room))) as SnapshotRow | undefined;
      if (current !== undefined && current.baseSeq > snapshot.baseSeq) return;
      await request(snapshots.put({ room, baseSeq: snapshot.baseSeq, envelope: snapshot.envelope }));
      await request(tx.objectStore(STORES.frames).delete(this.roomRange(room, snapshot.baseSeq)));
    });
  }

  loadLog(room: RoomId): Promise<string[]> {
    return this.run([STORES.log], 'readonly', async (tx) =>
      ((await request(tx.objectStore(STORES.log).getAll(this.roomRange(room)))) as LogRow[]).map((r) => r.entry),
    );
  }

  async appendLog(room: RoomId, from: number, entries: readonly string[]): Promise<void> {
    await this.run([STORES.log], 'readwrite', async (tx) => {
      const store = tx.objectStore(STORES.log);
      let held = await request(store.count(this.roomRange(room)));
      for (let i = 0; i < entries.length; i++) {
        if (from + i !== held) continue;
        await request(store.put({ room, index: held, entry: entries[i]! } satisfies LogRow));
        held++;
      }
    });
  }

  async addAlarm(alarm: SecurityAlarm): Promise<void> {
    await this.run([STORES.alarms], 'readwrite', (tx) => request(tx.objectStore(STORES.alarms).add({ ...alarm })));
  }

  listAlarms(room?: RoomId): Promise<SecurityAlarm[]> {
    return this.run([STORES.alarms], 'readonly', async (tx) => {
      const store = tx.objectStore(STORES.alarms);
      return (await request(room === undefined ? store.getAll() : store.index('room').getAll(room))) as SecurityAlarm[];
    });
  }

  async putNotice(notice: StoredNotice): Promise<void> {
    await this.run([STORES.notices], 'readwrite', (tx) => request(tx.objectStore(STORES.notices).put({ id: notice.id, sealed: notice.sealed })));
  }

  listNotices(): Promise<StoredNotice[]> {
    return this.run([STORES.notices], 'readonly', async (tx) => (await request(tx.objectStore(STORES.notices).getAll())) as StoredNotice[]);
  }

  async deleteNotice(id: string): Promise<void> {
    await this.run([STORES.notices], 'readwrite', (tx) => request(tx.objectStore(STORES.notices).delete(id)));
  }
}
