/**
 * What the chair (room admin) does with a case, in one place for the UI: invites and admission
 * (invites.ts), removal, roles and key epochs (rotation.ts), and the relay's access log. The log
 * of who is a member is signed (membership/); the relay enforces what it can see as well.
 */
import type { AccessLogEntry } from '../../protocol/messages.js';
import type { CaseSession } from '../session/caseSession.js';

export { INVITE_LIFETIME_MS, approveDevice, createInvite, listInvites, revokeInvite, safetyCodesFor } from './invites.js';
export type { CreatedInvite, InviteOptions, SafetyCodeCandidate } from './invites.js';
export { REKEY_AFTER_MS, rekeyIfDue, removeDevice, rotateCaseKey, setRole } from './rotation.js';
export { eraseCase, ErasureRefused } from './erasure.js';
export { ERASE_REASONS, type EraseReason } from './logEntry.js';

/** The case's access log (newest first), as the relay keeps it: who, when, from where, which role. */
export async function readAccessLog(session: CaseSession, options: { before?: number; limit?: number } = {}): Promise<AccessLogEntry[]> {
  const answer = await session.request({ type: 'get-access-log', ...options });
  return answer.type === 'access-log' ? answer.entries : [];
}

/**
 * Reports an export to the case's access log (detail: soort:formaat:versieId:orgId, ids only).
 * Resolves `logged: false` when the relay refused or could not be reached; the caller keeps it queued.
 */
export async function logExport(session: CaseSession, detail: string): Promise<{ readonly logged: boolean }> {
  try {
    const answer = await session.request({ type: 'log-export', detail });
    return { logged: answer.type === 'ok' };
  } catch {
    return { logged: false };
  }
}
