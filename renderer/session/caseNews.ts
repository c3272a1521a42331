/**
 * "Nieuw sinds je laatste bezoek" for cases that are not open, and, on the chair's device, the
 * erasure of cases whose bewaartermijn has passed (docs/bewaartermijnen.md): a closed case does not sync, so
 * what others did since the user last looked is only known after catching up. For each shared
 * case this device is a member of (and has a visit of), one after the other: open its session
 * without presence, wait until it is synced (or offline, or a while has passed), count what is
 * new for this user, close it. What arrives is stored locally like any sync, so the case is
 * also up to date for reading offline later.
 *
 *   checkCaseNews(client, vault, cases, (room, n) => show(room, n));   // start screen shown
 *   await pauseCaseNews();   // before opening a case: never two sessions of one room
 */
import { aantalNieuweOpmerkingen, loadBezoek, nieuwSinds, nieuwVoorKijker, type Bezoek } from '../../shared/annotaties/index.js';
import type { HostVault } from '../../shared/host/hostApi.js';
import { defaultContext, isEmptyCase, levensloopStand, openCase, type CaseModel, type Viewer } from '../../shared/model/index.js';
import { SAMENVATTING_VERSIE } from '../../shared/tafel/samenvatting.js';
import { eraseCase } from '../../shared/sync/membership/caseAdmin.js';
import { vandaag } from '../i18n/dagen.js';
import type { RoomId } from '../../shared/protocol/ids.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { SyncStatus } from '../../shared/sync/session/status.js';
import type { CaseSummary, SyncClient } from '../../shared/sync/session/syncClient.js';
import { changedParts } from '../workspace/partChanges.js';
import { rememberedDeelnemer } from './caseIdentity.js';
import { caseIndexEntryOf } from './caseIndexEntry.js';

/** What is new in one case for this user. */
export interface CaseNews {
  /** Threads and replies by others the user may read. */
  readonly opmerkingen: number;
  /** Workspace parts others changed (or commented on). */
  readonly onderdelen: number;
  /** True if changes arrived while catching up: the case list's entry (title, status, last change) was brought up to date. */
  readonly lijstBijgewerkt: boolean;
}

/** How long one case may take to catch up before its count is made from what arrived. */
const SETTLE_MS = 15_000;

const settled = (status: SyncStatus): boolean => status.state !== 'connecting' && status.state !== 'syncing';

function whenSettled(session: CaseSession, timeoutMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      session.off('status', check);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const check = (status: SyncStatus): void => {
      if (settled(status)) done();
    };
    const timer = setTimeout(done, timeoutMs);
    signal.addEventListener('abort', done);
    session.on('status', check);
    if (signal.aborted) done();
    else check(session.status);
  });
}

/** The news of `probe`'s case for the user `deelnemerId` since `bezoek`. */
function newsOf(probe: CaseModel, deelnemerId: string, bezoek: Bezoek): Omit<CaseNews, 'lijstBijgewerkt'> {
  const me = probe.deelnemers.get(deelnemerId);
  const viewer: Viewer = { deelnemerId, orgId: me?.organisatieId ?? '', rollen: me?.rollen ?? ['observer'] };
  const nieuw = nieuwVoorKijker(probe, nieuwSinds(probe.doc, bezoek, deelnemerId), viewer);
  return { opmerkingen: aantalNieuweOpmerkingen(nieuw), onderdelen: changedParts(probe, nieuw).size };
}

/** Checks shared cases for news, one at a time; `report` hears each case's news as it is known. */
export class CaseNewsChecker {
  private running: Promise<void>;
  private current: CaseSession | null = null;
  private readonly stopping = new AbortController();
  private queued: readonly CaseSummary[] | null = null;

  constructor(
    private readonly client: SyncClient,
    private readonly vault: HostVault,
    private readonly report: (room: string, news: CaseNews) => void,
    private readonly settleMs = SETTLE_MS,
    /** Work to wait for before the first session opens (an earlier checker closing). */
    after: Promise<void> = Promise.resolve(),
  ) {
    this.running = after;
  }

  /** Checks `cases` (after a check in progress; checks asked for meanwhile are merged); resolves when done. */
  check(cases: readonly CaseSummary[]): Promise<void> {
    if (this.stopping.signal.aborted) return this.running;
    const first = this.queued === null;
    const rooms = new Set(cases.map((c) => c.room));
    this.queued = [...(this.queued ?? []).filter((c) => !rooms.has(c.room)), ...cases];
    if (!first) return this.running;
    this.running = this.running.then(async () => {
      const next = this.queued ?? [];
      this.queued = null;
      for (const c of next) {
        if (this.stopping.signal.aborted) return;
        // The chair's device erases a case whose term has passed; a failure (offline) is tried at the next check.
        if (erasureDue(c)) {
          await this.eraseIfDue(c).catch(() => undefined);
          continue;
        }
        // A case that fails to catch up (store, keys) simply shows no count; the next check tries again.
        const news = c.sharing !== 'shared' || c.role === null ? null : await this.checkOne(c).catch(() => null);
        if (news !== null && !this.stopping.signal.aborted) this.report(c.room, news);
        // Mijn tafel reads each case's summary from its list entry; a case without one (not caught up, kept only here) gets it from its local copy.
        else if (zonderSamenvatting(c) && (await this.summarise(c).catch(() => false)) && !this.stopping.signal.aborted)
          this.report(c.room, { opmerkingen: 0, onderdelen: 0, lijstBijgewerkt: true });
      }
    });
    return this.running;
  }

  /** True while a case's session is open for catching up. */
  get busy(): boolean {
    return this.current !== null;
  }

  /** Stops checking and closes the session in progress; resolves when it is closed. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.queued = null;
    await this.current?.destroy();
    await this.running;
  }

  /**
   * Opens a case whose term has passed (per the case list), catches it up, checks the term again on
   * the case itself (a reopening or a longer term may have arrived), and erases it: on the relay and
   * on this device. A case kept only here is erased here.
   */
  private async eraseIfDue(c: CaseSummary): Promise<void> {
    await held;
    const session = await this.client.openCase(c.room, { connect: c.sharing === 'shared' });
    this.current = session;
    try {
      if (c.sharing === 'shared') await whenSettled(session, this.settleMs, this.stopping.signal);
      if (this.stopping.signal.aborted || session.gone !== undefined) return;
      const stand = levensloopStand(openCase(session.doc, defaultContext({ deelnemerId: '', orgId: '' })));
      if (stand.wisOp === undefined || stand.wisOp > vandaag()) return;
      await eraseCase(session, 'bewaartermijn', vandaag());
    } finally {
      this.current = null;
      await session.destroy();
    }
  }

  /**
   * Makes the summary of a case from what this device holds, without connecting (no line in the
   * case's access log), one case at a time like the catch-ups; true if the list entry was written.
   */
  private async summarise(c: CaseSummary): Promise<boolean> {
    await held;
    if (this.stopping.signal.aborted || c.entry === null) return false;
    const deelnemerId = (await rememberedDeelnemer(this.vault, c.room)) ?? '';
    const session = await this.client.openCase(c.room, { connect: false });
    this.current = session;
    try {
      if (isEmptyCase(session.doc)) return false;
      const model = openCase(session.doc, defaultContext({ deelnemerId, orgId: '' }));
      await this.client.setCaseIndex(session.room, caseIndexEntryOf(model, c.lastChange));
      return true;
    } finally {
      this.current = null;
      await session.destroy();
    }
  }

  private async checkOne(c: CaseSummary): Promise<CaseNews | null> {
    const room = c.room;
    // A case just closed may still be closing its session and saving its visit: wait for both
    // (never two sessions of one room; news is counted from the visit just saved).
    await held;
    const bezoek = await loadBezoek(this.vault, room);
    const deelnemerId = bezoek === null ? null : await rememberedDeelnemer(this.vault, room);
    if (bezoek === null || deelnemerId === null || this.stopping.signal.aborted) return null;
    const session = await this.client.openCase(room as RoomId);
    this.current = session;
    // What this device had is loaded by now: every update from here on came from the relay.
    let arrived = false;
    const onUpdate = (): void => {
      arrived = true;
    };
    session.doc.on('update', onUpdate);
    try {
      // Catching up is not being there: no presence, no caret, nothing in others' "wie is er".
      session.awareness.setLocalState(null);
      await whenSettled(session, this.settleMs, this.stopping.signal);
      if (this.stopping.signal.aborted) return null;
      const probe = openCase(session.doc, defaultContext({ deelnemerId, orgId: '' }));
      // The list shows the case as it now is: a new title or status, and when changes last reached this device.
      const bijwerken = arrived || zonderSamenvatting(c);
      if (bijwerken) await this.client.setCaseIndex(session.room, caseIndexEntryOf(probe, arrived ? Date.now() : c.lastChange));
      return { ...newsOf(probe, deelnemerId, bezoek), lijstBijgewerkt: bijwerken };
    } finally {
      session.doc.off('update', onUpdate);
      this.current = null;
      await session.destroy();
    }
  }
}

let held: Promise<unknown> = Promise.resolve();

/** True if the case's list entry has no summary of the current make (older entries, a damaged one). */
function zonderSamenvatting(c: CaseSummary): boolean {
  return c.entry !== null && c.entry.tafel?.versie !== SAMENVATTING_VERSIE;
}

/** True if the list says the case's term has passed and this device is its chair's (or the case is only here). */
function erasureDue(c: CaseSummary): boolean {
  const wisOp = c.entry?.wisOp;
  return wisOp !== undefined && wisOp <= vandaag() && (c.role === 'admin' || c.sharing === 'local-only');
}

/** Catching up waits for `work` first (a case closing on this device, its visit being saved). */
export function holdCaseNewsUntil(work: Promise<unknown>): void {
  held = Promise.all([held, work.catch(() => undefined)]);
}

/** Resolves once every save of a visit and every case closing held so far is done. */
export function visitsSaved(): Promise<void> {
  return held.then(() => undefined);
}

/** The checker of the start screen; at most one, so a case is never caught up twice at once. */
let active: CaseNewsChecker | null = null;
/** Checkers being stopped: a new checker, and a case being opened, wait for their sessions to close. */
let closing: Promise<void> = Promise.resolve();

/** When each case was last caught up on this page (a catch-up is a connect and a disconnect in the case's access log). */
const laatsteControle = new Map<string, number>();

/**
 * Checks `cases` for news (the start screen calls this when it is shown, and again later). With
 * `notWithinMs`, cases caught up less than that long ago are skipped: every catch-up is a line in
 * the chair's access log, which must stay readable.
 */
export function checkCaseNews(
  client: SyncClient,
  vault: HostVault,
  cases: readonly CaseSummary[],
  report: (room: string, news: CaseNews) => void,
  notWithinMs = 0,
  /** Called when the check has gone through every case (not when it was stopped). */
  onDone?: () => void,
): void {
  const now = Date.now();
  const due = cases.filter((c) => now - (laatsteControle.get(c.room) ?? Number.NEGATIVE_INFINITY) >= notWithinMs);
  if (due.length === 0) return;
  for (const c of due) laatsteControle.set(c.room, now);
  active ??= new CaseNewsChecker(client, vault, report, SETTLE_MS, closing);
  const checker = active;
  void checker.check(due).then(() => {
    if (active === checker) onDone?.();
  });
}

/** Stops checking (before a case opens: never two sessions of one room); the next check starts afresh. */
export function pauseCaseNews(): Promise<void> {
  const checker = active;
  active = null;
  if (checker !== null) closing = Promise.all([closing, checker.stop()]).then(() => undefined);
  return closing;
}
