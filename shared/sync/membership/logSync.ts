/**
 * Keeps one case's membership log in step with the relay and the local store: entries held on
 * this device are verified again when the session opens, entries from the relay are verified
 * before they are kept, and this device's own entries are appended by compare-and-swap — if
 * another admin's entry got the index first, the log is fetched again and the action decided
 * anew on the newer log (`append(decide)`), which is the documented rule for concurrent admin
 * actions. Every refusal is an alarm; nothing refused is kept.
 */
import type { DeviceKeys } from '../../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../platform/cryptoPort.js';
import { CloseCodes } from '../../protocol/closeCodes.js';
import type { RoomId } from '../../protocol/ids.js';
import type { RequestMessage } from '../../protocol/messages.js';
import type { AlarmKind } from '../integrity/alarms.js';
import type { RequestAnswer } from '../link/relayLink.js';
import { RequestError } from '../link/relayLink.js';
import type { LocalCaseStore } from '../local/localCaseStore.js';
import { nextContent, signEntry, type EntryBody, type LogEntry } from './logEntry.js';
import { MembershipLog, type LogRefusal } from './membershipLog.js';

/** What the log needs from its session. */
export interface LogSyncContext {
  readonly crypto: CryptoPort;
  readonly room: RoomId;
  readonly store: LocalCaseStore;
  readonly device: DeviceKeys;
  request(message: RequestMessage): Promise<RequestAnswer>;
  alarm(kind: AlarmKind, detail?: { device?: string }): void;
  /** The verified membership changed (new entries); awaited, so keys are checked before the next message. */
  changed(): Promise<void>;
  now(): number;
}

/** How often an append is retried after losing the compare-and-swap before giving up. */
const MAX_APPEND_ATTEMPTS = 8;

/** The membership log of one open case. */
export class LogSync {
  log: MembershipLog;
  private receiving: Promise<void> = Promise.resolve();
  /** A fork or a wrong genesis was found: the log cannot be trusted any further. */
  broken: LogRefusal | undefined;

  constructor(
    private readonly ctx: LogSyncContext,
    genesis: string | undefined,
  ) {
    this.log = new MembershipLog(ctx.crypto, ctx.room, genesis);
  }

  /** Verifies the entries kept on this device (they were verified when they arrived; a damaged store is reported). */
  async loadLocal(): Promise<void> {
    const texts = await this.ctx.store.loadLog(this.ctx.room);
    for (const text of texts) {
      const outcome = await this.log.append(text);
      if (!outcome.ok) {
        this.refused(outcome.reason);
        return;
      }
    }
  }

  /** Entries from the relay, starting at index `from`; applied in order, one batch at a time. */
  receive(from: number, entries: readonly string[]): Promise<void> {
    this.receiving = this.receiving.then(() => this.apply(from, entries));
    return this.receiving;
  }

  private async apply(from: number, entries: readonly string[]): Promise<void> {
    if (this.broken !== undefined) return;
    const before = this.log.length;
    for (let i = 0; i < entries.length; i++) {
      const index = from + i;
      if (index > this.log.length) break; // a hole: the next refresh fills it
      const outcome = await this.log.append(entries[i]!, index);
      if (!outcome.ok) {
        this.refused(outcome.reason);
        break;
      }
    }
    if (this.log.length > before) {
      await this.ctx.store.appendLog(this.ctx.room, before, this.log.texts().slice(before));
      await this.ctx.changed();
    }
  }

  private refused(reason: LogRefusal): void {
    if (reason === 'fork' || reason === 'wrong-genesis') this.broken = reason;
    this.ctx.alarm(reason === 'fork' ? 'fork' : reason === 'wrong-genesis' ? 'wrong-genesis' : 'log-refused');
  }

  /** Asks the relay for every entry this device does not hold yet, and applies them. */
  async refresh(): Promise<void> {
    const answer = await this.ctx.request({ type: 'get-log', since: this.log.length });
    if (answer.type === 'log') await this.receive(answer.from, answer.entries);
    else await this.receiving;
  }

  /**
   * Appends an entry this device writes. `decide` looks at the current log and returns the body
   * to append, or undefined when nothing is needed (any more). Lost races re-decide on the newer
   * log. Resolves the appended entry, or undefined if `decide` found nothing to do.
   */
  async append(
    decide: (log: MembershipLog) => EntryBody | undefined | Promise<EntryBody | undefined>,
    invitePrivate?: CryptoKeyHandle,
    /** How the entry reaches the relay (default `append-log`; an erasure goes with `erase-room`). */
    send: (index: number, entry: string) => Promise<unknown> = (index, entry) => this.ctx.request({ type: 'append-log', index, entry }),
  ): Promise<LogEntry | undefined> {
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
      await this.receiving;
      if (this.broken !== undefined) throw new Error('sync: membership log cannot be trusted');
      const body = await decide(this.log);
      if (body === undefined) return undefined;
      const index = this.log.length;
      const content = nextContent(this.ctx.room, index, this.log.headHash, this.ctx.device.id, body, this.ctx.now());
      const text = await signEntry(this.ctx.crypto, this.ctx.device, content, invitePrivate);
      try {
        await send(index, text);
      } catch (error) {
        if (!(error instanceof RequestError) || error.code !== CloseCodes.conflict.code) throw error;
        await this.refresh();
        continue;
      }
      await this.receive(index, [text]);
      const held = this.log.entry(index);
      if (held?.text === text) return held;
      // The relay took it, but another entry is at that index here: a fork, already reported.
      throw new Error('sync: membership entry not applied');
    }
    throw new Error('sync: membership log busy');
  }
}
