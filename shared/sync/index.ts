/**
 * shared/sync: end-to-end-encrypted sync of case documents through an untrusted relay. Entry
 * point: `SyncClient` (create, join, open cases); a `CaseSession` gives `doc`, `awareness`, status
 * and security alarms. Which file answers which question: shared/sync/CONTEXT.md. See
 * docs/sync-client.md and docs/threat-model.md.
 */
export * from './integrity/alarms.js';
export * from './keys/keyStore.js';
export * from './link/backoff.js';
export * from './local/caseIndex.js';
export * from './local/guardedStore.js';
export * from './local/localCaseStore.js';
export * from './local/memoryCaseStore.js';
export * from './membership/caseAdmin.js';
export * from './membership/inviteLink.js';
export * from './membership/invitePackage.js';
export type { Member, MembershipLog } from './membership/membershipLog.js';
export * from './membership/safetyCode.js';
export * from './session/caseSession.js';
export * from './session/status.js';
export * from './session/syncClient.js';
