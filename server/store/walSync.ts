/**
 * Makes committed WAL frames durable without stalling the event loop: the relay commits a batch
 * of SUBMITs without SQLite's in-commit fsync, then fsyncs the WAL file itself on libuv's thread
 * pool and acks only after that returned (docs/relay.md, "Durability"). fsync flushes the file,
 * whichever descriptor asks, so the relay keeps one descriptor of its own.
 */
import fs from 'node:fs';

export class WalSync {
  private fd: number | undefined;

  /** `walFile`: the database's `-wal` file; undefined for ':memory:' (nothing to sync). */
  constructor(private readonly walFile: string | undefined) {}

  /** Resolves once everything written to the WAL so far is on disk. */
  sync(): Promise<void> {
    const fd = this.descriptor();
    if (fd === undefined) return Promise.resolve();
    return new Promise((resolve, reject) => fs.fsync(fd, (error) => (error === null ? resolve() : reject(error))));
  }

  /** The same, blocking (a graceful stop). */
  syncNow(): void {
    const fd = this.descriptor();
    if (fd !== undefined) fs.fsyncSync(fd);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  /**
   * The WAL never moves while this connection is open (SQLite deletes it only when the last
   * connection closes), so one descriptor serves for the store's life. Opened read-write
   * because Windows cannot flush a read-only handle; nothing is ever written through it.
   */
  private descriptor(): number | undefined {
    if (this.walFile === undefined) return undefined;
    this.fd ??= fs.openSync(this.walFile, 'r+');
    return this.fd;
  }
}
