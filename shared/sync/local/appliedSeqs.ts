/**
 * Which relay seqs a session has applied. Frames may arrive out of order (our own SUBMITs are
 * acked, not echoed, and acks can trail other frames), so `applied` is the highest seq of an
 * unbroken run from the start; seqs above it are remembered until the run reaches them. Only
 * `applied` is persisted: it is the `since` of the next hello.
 */
import type { RoomId } from '../../protocol/ids.js';
import type { LocalCaseStore } from './localCaseStore.js';

/** Applied seqs of one case. */
export class AppliedSeqs {
  private readonly above = new Set<number>();

  constructor(
    private readonly store: LocalCaseStore,
    private readonly room: RoomId,
    /** Highest seq applied without gaps. */
    public applied: number,
  ) {}

  /** True if `seq` was applied already. */
  has(seq: number): boolean {
    return seq <= this.applied || this.above.has(seq);
  }

  /** How many seqs between the run and `seq` are still missing. */
  missingBefore(seq: number): number {
    let missing = 0;
    for (let s = this.applied + 1; s < seq; s++) if (!this.above.has(s)) missing++;
    return missing;
  }

  /** Remembers a stored frame above the run (when loading the local store). */
  remember(seq: number): void {
    if (seq > this.applied) this.above.add(seq);
  }

  /** Marks `seq` applied; resolves true if the run moved on (and was persisted). */
  async mark(seq: number): Promise<boolean> {
    this.remember(seq);
    const before = this.applied;
    while (this.above.delete(this.applied + 1)) this.applied++;
    if (this.applied === before) return false;
    await this.store.setLastSeq(this.room, this.applied);
    return true;
  }

  /** A snapshot covered everything up to `seq`. */
  async jumpTo(seq: number): Promise<void> {
    if (seq <= this.applied) return;
    for (const s of [...this.above]) if (s <= seq) this.above.delete(s);
    this.applied = seq;
    while (this.above.delete(this.applied + 1)) this.applied++;
    await this.store.setLastSeq(this.room, this.applied);
  }
}
