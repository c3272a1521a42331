/**
 * shared/sync: end-to-end-encrypted sync of case documents through the relay. Entry point:
 * `SyncClient` (create, join, open cases); a `CaseSession` gives `doc`, `awareness` and status.
 * See docs/sync-client.md.
 */
export * from './link/backoff.js';
export * from './membership/caseAdmin.js';
export * from './local/caseIndex.js';
export * from './session/caseSession.js';
export * from './local/guardedStore.js';
export * from './membership/inviteLink.js';
export * from './membership/invitePackage.js';
export * from './keys/keyStore.js';
export * from './local/localCaseStore.js';
export * from './local/memoryCaseStore.js';
export * from './membership/safetyCode.js';
export * from './session/status.js';
export * from './session/syncClient.js';
