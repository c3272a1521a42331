/**
 * "Deelnemen via uitnodiging" and opening a case from the list: the session, then (once the
 * case has arrived) the workspace. Joining reports its steps: redeeming, waiting for the chair
 * (with the safety code to read aloud), refused (why, in a kind), or opened.
 */
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { SyncErrorKind, SyncStatus } from '../../shared/sync/session/status.js';
import { isEmptyCase } from '../../shared/model/index.js';
import type { OpenedCase } from '../workspace/openedCase.js';
import { useDeviceSession } from '../store/index.js';
import { refreshCases } from './deviceSession.js';
import { openedCaseFrom, updateCaseIndex } from './openSession.js';
import { pauseCaseNews } from './caseNews.js';

export type JoinStep =
  | { readonly step: 'connecting' }
  | { readonly step: 'awaiting-approval'; readonly safetyCode: string | undefined }
  | { readonly step: 'refused'; readonly reason: SyncErrorKind | 'invalid-link' | 'failed' }
  | { readonly step: 'opened' };

/** Resolves when the session has the case (synced once, or from the local store), or rejects with the stop reason. */
function whenCaseArrives(session: CaseSession, onStatus: (status: SyncStatus) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (status: SyncStatus) => {
      onStatus(status);
      if (status.state === 'error') {
        session.off('status', check);
        reject(new Error(status.error ?? 'failed'));
      } else if ((status.state === 'synced' || status.state === 'local-only' || status.state === 'offline-with-pending-changes') && !isEmptyCase(session.doc)) {
        session.off('status', check);
        resolve();
      } else if (status.state === 'synced' && isEmptyCase(session.doc)) {
        session.off('status', check);
        reject(new Error('case-not-found'));
      }
    };
    session.on('status', check);
    check(session.status);
  });
}

/** The safety code exists once the invite package is opened, which may follow the status by a moment. */
async function safetyCodeOf(read: () => Promise<string | undefined>): Promise<string | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = await read();
    if (code !== undefined) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

const REFUSALS: readonly SyncErrorKind[] = [
  'removed',
  'invite-used',
  'invite-expired',
  'invite-invalid',
  'unauthenticated',
  'case-not-found',
  'update-required',
  'too-large',
];

function refusalOf(error: unknown): SyncErrorKind | 'failed' {
  const kind = error instanceof Error ? error.message : '';
  return (REFUSALS as readonly string[]).includes(kind) ? (kind as SyncErrorKind) : 'failed';
}

/**
 * Waits until the case is on this device, reporting the steps (the safety code while the chair
 * has not admitted it). Resolves true when it arrived; false when refused (reported, the session
 * closed, and a link that opened nothing forgotten).
 */
async function awaitCase(
  client: NonNullable<ReturnType<typeof useDeviceSession.getState>['client']>,
  session: CaseSession,
  report: (step: JoinStep) => void,
): Promise<boolean> {
  try {
    await whenCaseArrives(session, (status) => {
      if (status.state !== 'awaiting-approval') return;
      void safetyCodeOf(() => client.safetyCode(session.room)).then((safetyCode) => report({ step: 'awaiting-approval', safetyCode }));
    });
    return true;
  } catch (error) {
    const reason = refusalOf(error);
    await session.destroy();
    // A refused link leaves nothing behind in the case list.
    if (reason !== 'removed') await client.forgetCase(session.room).catch(() => undefined);
    await refreshCases();
    report({ step: 'refused', reason });
    return false;
  }
}

/** Joins by invite link; `report` hears each step. Resolves with the opened case, or null if refused. */
export async function joinCase(link: string, report: (step: JoinStep) => void): Promise<OpenedCase | null> {
  const client = useDeviceSession.getState().client;
  if (client === null) return (report({ step: 'refused', reason: 'failed' }), null);
  let session: CaseSession;
  try {
    await pauseCaseNews();
    session = await client.joinByInvite(link.trim());
  } catch (error) {
    report({ step: 'refused', reason: error instanceof TypeError ? 'invalid-link' : 'failed' });
    return null;
  }
  report({ step: 'connecting' });
  if (!(await awaitCase(client, session, report))) return null;
  return finishOpening(session, () => report({ step: 'opened' }));
}

async function finishOpening(session: CaseSession, done: () => void): Promise<OpenedCase | null> {
  try {
    const opened = await openedCaseFrom(session);
    await updateCaseIndex(session, opened.value.model).catch(() => undefined);
    await refreshCases();
    done();
    return opened;
  } catch {
    await session.destroy();
    throw new Error('open failed');
  }
}

/**
 * Opens a case from the list: from the local store at once; a case not yet received (a join that
 * was interrupted, e.g. by closing the app while waiting for the chair) goes through the same
 * steps as joining. Resolves null when refused (reported).
 */
export async function openListedCase(room: string, report: (step: JoinStep) => void): Promise<OpenedCase | null> {
  const client = useDeviceSession.getState().client;
  if (client === null) throw new Error('session: not ready');
  await pauseCaseNews();
  const session = await client.openCase(room as Parameters<typeof client.openCase>[0]);
  if (!isEmptyCase(session.doc)) return openedCaseFrom(session);
  report({ step: 'connecting' });
  if (!(await awaitCase(client, session, report))) return null;
  return finishOpening(session, () => report({ step: 'opened' }));
}
