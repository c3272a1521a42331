/**
 * The access log outlives the content it describes (NEN 7513-style accountability after an
 * erasure), but not for ever: once an erased room's log has been kept `days` days after the
 * erasure, it is deleted too (docs/bewaartermijnen.md). Runs at start and then daily; the
 * tombstone stays, so a device that comes back still hears its case was erased.
 */
import { errorFields, type Logger } from './log.js';
import type { RelayStore } from './store/relayStore.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export class AccessLogRetention {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly store: Pick<RelayStore, 'purgeErasedAccessLogs'>,
    private readonly days: number,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Deletes the access logs whose term is over; resolves how many entries went (0 on a failure, which is logged). */
  async purge(): Promise<number> {
    try {
      const purged = await this.store.purgeErasedAccessLogs(this.now() - this.days * DAY_MS);
      if (purged > 0) this.logger.info('access-log-purged', { entries: purged });
      return purged;
    } catch (error) {
      this.logger.warn('access-log-purge-failed', errorFields(error));
      return 0;
    }
  }

  start(): void {
    void this.purge();
    this.timer = setInterval(() => void this.purge(), DAY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
