/**
 * Input held in memory: bytes received but not yet handled (queued messages, SUBMITs waiting for
 * the group commit), per connection and in total. Over a budget the relay stops reading from the
 * sockets that add to it — TCP then slows their senders — and reads again once it drained; a
 * connection over its bytes-per-second limit is paused until its bucket refilled. Nothing is
 * dropped: a flood slows its own sender, not the others.
 */
import type { Connection } from './connection.js';

type PauseReason = 'budget' | 'backlog' | 'rate';

export class InputBudget {
  private total = 0;
  private readonly paused = new Map<Connection, Set<PauseReason>>();
  private readonly timers = new Map<Connection, ReturnType<typeof setTimeout>>();

  constructor(
    /** All connections together. */
    private readonly totalLimit: number,
    /** One connection (its queue and its SUBMITs waiting for a commit). */
    private readonly perConnectionLimit: number,
  ) {}

  get heldBytes(): number {
    return this.total;
  }

  hold(conn: Connection, bytes: number): void {
    conn.heldBytes += bytes;
    this.total += bytes;
    if (this.total > this.totalLimit) this.pause(conn, 'budget');
    if (conn.heldBytes > this.perConnectionLimit) this.pause(conn, 'backlog');
  }

  free(conn: Connection, bytes: number): void {
    // A connection that closed meanwhile was forgotten whole (`forget`).
    const n = Math.min(bytes, conn.heldBytes);
    if (n <= 0) return;
    conn.heldBytes -= n;
    this.total -= n;
    if (conn.heldBytes <= this.perConnectionLimit / 2) this.unpause(conn, 'backlog');
    if (this.total <= this.totalLimit / 2) for (const c of [...this.paused.keys()]) this.unpause(c, 'budget');
  }

  /** Pauses a connection for `ms` (its bytes-per-second budget is spent). */
  throttle(conn: Connection, ms: number): void {
    if (ms <= 0 || this.timers.has(conn)) return;
    this.pause(conn, 'rate');
    const timer = setTimeout(() => {
      this.timers.delete(conn);
      this.unpause(conn, 'rate');
    }, ms);
    timer.unref();
    this.timers.set(conn, timer);
  }

  /** The connection closed: what it held is gone. */
  forget(conn: Connection): void {
    this.total -= conn.heldBytes;
    conn.heldBytes = 0;
    clearTimeout(this.timers.get(conn));
    this.timers.delete(conn);
    this.paused.delete(conn);
    if (this.total <= this.totalLimit / 2) for (const c of [...this.paused.keys()]) this.unpause(c, 'budget');
  }

  private pause(conn: Connection, why: PauseReason): void {
    let reasons = this.paused.get(conn);
    if (reasons === undefined) {
      this.paused.set(conn, (reasons = new Set()));
      conn.socket.pause();
    }
    reasons.add(why);
  }

  private unpause(conn: Connection, why: PauseReason): void {
    const reasons = this.paused.get(conn);
    if (reasons === undefined || !reasons.delete(why) || reasons.size > 0) return;
    this.paused.delete(conn);
    if (conn.state !== 'closed') conn.socket.resume();
  }
}
