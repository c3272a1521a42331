/** `LocalCaseStore` in memory: for tests and for sessions that must leave nothing on disk. */
import type { RoomId } from '../../protocol/ids.js';
import type { SecurityAlarm } from '../integrity/alarms.js';
import type { CaseRecord, LocalCaseState, LocalCaseStore, QueuedUpdate, StoredFrame, StoredNotice, StoredSnapshot } from './localCaseStore.js';

interface CaseData {
  snapshot: StoredSnapshot | null;
  frames: Map<number, Uint8Array>;
  lastSeq: number;
  queue: Map<number, Uint8Array>;
  nextMsgId: number;
  log: string[];
}

/** A `LocalCaseStore` held in memory. */
export class MemoryCaseStore implements LocalCaseStore {
  private readonly cases = new Map<RoomId, CaseRecord>();
  private readonly data = new Map<RoomId, CaseData>();
  private alarms: SecurityAlarm[] = [];
  private readonly notices = new Map<string, Uint8Array>();

  private of(room: RoomId): CaseData {
    let d = this.data.get(room);
    if (d === undefined) {
      d = { snapshot: null, frames: new Map(), lastSeq: 0, queue: new Map(), nextMsgId: 1, log: [] };
      this.data.set(room, d);
    }
    return d;
  }

  async listCases(): Promise<CaseRecord[]> {
    return [...this.cases.values()];
  }

  async getCase(room: RoomId): Promise<CaseRecord | undefined> {
    return this.cases.get(room);
  }

  async putCase(record: CaseRecord): Promise<void> {
    this.cases.set(record.room, record);
  }

  async deleteCase(room: RoomId): Promise<void> {
    this.cases.delete(room);
    this.data.delete(room);
    this.alarms = this.alarms.filter((a) => a.room !== room);
  }

  async load(room: RoomId): Promise<LocalCaseState> {
    const d = this.of(room);
    return {
      snapshot: d.snapshot,
      frames: [...d.frames].sort((a, b) => a[0] - b[0]).map(([seq, envelope]) => ({ seq, envelope })),
      lastSeq: d.lastSeq,
      queue: [...d.queue].sort((a, b) => a[0] - b[0]).map(([msgId, envelope]) => ({ msgId, envelope })),
    };
  }

  async nextMsgId(room: RoomId): Promise<number> {
    const d = this.of(room);
    return d.nextMsgId++;
  }

  async enqueue(room: RoomId, update: QueuedUpdate): Promise<void> {
    this.of(room).queue.set(update.msgId, update.envelope.slice());
  }

  async replaceQueued(room: RoomId, update: QueuedUpdate): Promise<void> {
    const d = this.of(room);
    if (d.queue.has(update.msgId)) d.queue.set(update.msgId, update.envelope.slice());
  }

  async acknowledge(room: RoomId, msgId: number, seq: number): Promise<void> {
    const d = this.of(room);
    const envelope = d.queue.get(msgId);
    if (envelope === undefined) return;
    d.queue.delete(msgId);
    if (d.snapshot === null || seq > d.snapshot.baseSeq) d.frames.set(seq, envelope);
  }

  async appendFrames(room: RoomId, frames: readonly StoredFrame[]): Promise<void> {
    const d = this.of(room);
    for (const f of frames) {
      if (d.snapshot !== null && f.seq <= d.snapshot.baseSeq) continue;
      if (!d.frames.has(f.seq)) d.frames.set(f.seq, f.envelope.slice());
    }
  }

  async setLastSeq(room: RoomId, lastSeq: number): Promise<void> {
    this.of(room).lastSeq = lastSeq;
  }

  async putSnapshot(room: RoomId, snapshot: StoredSnapshot): Promise<void> {
    const d = this.of(room);
    if (d.snapshot !== null && d.snapshot.baseSeq > snapshot.baseSeq) return;
    d.snapshot = { baseSeq: snapshot.baseSeq, envelope: snapshot.envelope.slice() };
    for (const seq of [...d.frames.keys()]) if (seq <= snapshot.baseSeq) d.frames.delete(seq);
  }

  async loadLog(room: RoomId): Promise<string[]> {
    return [...this.of(room).log];
  }

  async appendLog(room: RoomId, from: number, entries: readonly string[]): Promise<void> {
    const log = this.of(room).log;
    entries.forEach((entry, i) => {
      if (from + i === log.length) log.push(entry);
    });
  }

  async addAlarm(alarm: SecurityAlarm): Promise<void> {
    this.alarms.push({ ...alarm });
  }

  async listAlarms(room?: RoomId): Promise<SecurityAlarm[]> {
    return this.alarms.filter((a) => room === undefined || a.room === room).map((a) => ({ ...a }));
  }

  async putNotice(notice: StoredNotice): Promise<void> {
    this.notices.set(notice.id, notice.sealed.slice());
  }

  async listNotices(): Promise<StoredNotice[]> {
    return [...this.notices].map(([id, sealed]) => ({ id, sealed: sealed.slice() }));
  }

  async deleteNotice(id: string): Promise<void> {
    this.notices.delete(id);
  }

  /** Every byte this store holds for `room` (tests: after forgetting a case, nothing of it remains). */
  holds(room: RoomId): boolean {
    return this.cases.has(room) || this.data.has(room) || this.alarms.some((a) => a.room === room);
  }
}
