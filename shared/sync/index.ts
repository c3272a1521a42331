/**
 * shared/sync: end-to-end-encrypted sync of case documents through the relay. Entry point:
 * `SyncClient` (create, join, open cases); a `CaseSession` gives `doc`, `awareness` and status.
 * See docs/sync-client.md.
 */
export * from './backoff.js';
export * from './caseAdmin.js';
export * from './caseIndex.js';
export * from './caseSession.js';
export * from './guardedStore.js';
export * from './inviteLink.js';
export * from './invitePackage.js';
export * from './keyStore.js';
export * from './localCaseStore.js';
export * from './memoryCaseStore.js';
export * from './safetyCode.js';
export * from './status.js';
export * from './syncClient.js';
