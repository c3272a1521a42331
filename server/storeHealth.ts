/**
 * Whether the store can write, for /healthz: every commit reports its outcome, and a small
 * probe write runs every few seconds (every second while failing), so a relay whose disk is full
 * or whose PostgreSQL is down answers 503 — and 200 again by itself once writes work.
 */
import { errorFields, type Logger } from './log.js';

export class StoreHealth {
  private ok = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly logger: Logger,
    private readonly intervalMs = 5_000,
    private readonly retryMs = 1_000,
  ) {}

  get healthy(): boolean {
    return this.ok;
  }

  start(): void {
    this.schedule(this.intervalMs);
  }

  /** A write succeeded. */
  wrote(): void {
    if (this.ok) return;
    this.ok = true;
    this.logger.info('store-writable', {});
    this.schedule(this.intervalMs);
  }

  /** A write failed. */
  failed(error: unknown): void {
    if (!this.ok) return;
    this.ok = false;
    this.logger.error('store-unwritable', errorFields(error));
    this.schedule(this.retryMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.probe()
        .then(
          () => this.wrote(),
          (error: unknown) => this.failed(error),
        )
        .finally(() => this.schedule(this.ok ? this.intervalMs : this.retryMs));
    }, ms);
    this.timer.unref();
  }
}
