/**
 * What a case session tells the UI: its state, why it stopped or what troubles it, security
 * alarms, and the promises that wait for a state (welcomed, synced). CaseSession extends this;
 * everything here is about reporting, nothing about the relay or the document.
 */
import { ObservableV2 } from 'lib0/observable';
import type { Role } from '../../protocol/roles.js';
import { LocalStoreError } from '../local/guardedStore.js';
import type { SecurityAlarm } from '../integrity/alarms.js';
import type { CaseSessionEvents, SyncErrorKind, SyncState, SyncStatus } from './status.js';

/** The status half of a case session. */
export abstract class SessionStatus extends ObservableV2<CaseSessionEvents> {
  /** This device's role in the case, as the relay last said. */
  role: Role | undefined;
  protected state: SyncState;
  /** Why the session stopped (state 'error'). */
  protected error: SyncErrorKind | undefined;
  /** A problem the session goes on despite (shown while the state is not 'error'). */
  protected problem: SyncErrorKind | undefined;
  protected loggedIn = false;
  /** Welcomed as a device the chair has not admitted yet. */
  protected pendingApproval = false;
  /** The relay's catch-up is complete on this connection. */
  protected caughtUp = false;
  private alarmCount = 0;
  private lastStatus = '';
  private syncedWaiters: Array<() => void> = [];
  private welcomeWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  constructor(initial: SyncState) {
    super();
    this.state = initial;
  }

  /** Local edits not yet stored by the relay. */
  protected abstract pendingChanges(): number;
  /** Local edits kept on this device because they are too large to send. */
  protected abstract heldChanges(): number;
  /** True while the session is connected but not yet a member it can show as synced (a join still being written). */
  protected notYetMember(): boolean {
    return false;
  }

  /** The current status. */
  get status(): SyncStatus {
    const pendingChanges = this.pendingChanges();
    const error = this.error ?? (this.heldChanges() > 0 ? 'too-large' : this.problem);
    return {
      state: !this.loggedIn && this.state === 'connecting' && pendingChanges > 0 ? 'offline-with-pending-changes' : this.state,
      ...(error === undefined ? {} : { error }),
      pendingChanges,
      ...(this.role === undefined ? {} : { role: this.role }),
      alarms: this.alarmCount,
    };
  }

  /** Resolves the next time the session is caught up with the relay and has nothing unsent. */
  whenSynced(): Promise<void> {
    if (this.state === 'synced') return Promise.resolve();
    return new Promise((resolve) => this.syncedWaiters.push(resolve));
  }

  /** Resolves after the relay's welcome (rejects if the session stops with an error first). */
  whenWelcomed(): Promise<void> {
    if (this.loggedIn) return Promise.resolve();
    if (this.state === 'error') return Promise.reject(new Error(`sync: ${this.error ?? 'error'}`));
    return new Promise((resolve, reject) => this.welcomeWaiters.push({ resolve, reject }));
  }

  protected welcomed(): void {
    for (const w of this.welcomeWaiters.splice(0)) w.resolve();
  }

  /** Stops with a reason the user must hear (the caller closes the connection). */
  protected stopWith(kind: SyncErrorKind): void {
    this.state = 'error';
    this.error = kind;
    for (const w of this.welcomeWaiters.splice(0)) w.reject(new Error(`sync: ${kind}`));
    this.emitStatus();
  }

  /** A problem the session goes on despite: shown in `status.error` (a kind, never content). */
  protected reportProblem(kind: SyncErrorKind): void {
    this.problem = kind;
    this.emitStatus();
  }

  /** A problem of this kind (if that is the one shown) is over. */
  protected problemOver(kind: SyncErrorKind): void {
    if (this.problem !== kind) return;
    this.problem = undefined;
    this.emitStatus();
  }

  /** The problem of `error` (a failure's kind, never its message: it could hold anything). */
  protected reportFailure(error: unknown): void {
    this.reportProblem(error instanceof LocalStoreError ? 'local-store-failed' : 'internal');
  }

  /** Runs `work` without awaiting it; a failure is reported, never silently dropped. */
  protected inBackground(work: Promise<unknown>): void {
    work.catch((error: unknown) => this.reportFailure(error));
  }

  /** After a change in the connection or the outbox: synced when caught up with nothing unsent. */
  protected updateSyncedState(): void {
    if (!this.loggedIn || this.pendingApproval || !this.caughtUp || this.state === 'local-only' || this.state === 'error') return this.emitStatus();
    if (this.notYetMember()) {
      this.state = 'syncing';
      return this.emitStatus();
    }
    this.state = this.pendingChanges() === 0 ? 'synced' : 'syncing';
    // Everything is stored by the relay again: a passing problem is over.
    if (this.state === 'synced') this.problem = undefined;
    this.emitStatus();
  }

  /** Counts and announces a refusal (the caller keeps it in the local store). */
  protected announceAlarm(alarm: SecurityAlarm): void {
    this.alarmCount++;
    this.emit('alarm', [alarm]);
    this.emitStatus();
  }

  protected emitStatus(): void {
    const status = this.status;
    const text = JSON.stringify(status);
    if (status.state === 'synced') for (const w of this.syncedWaiters.splice(0)) w();
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    this.emit('status', [status]);
  }
}
