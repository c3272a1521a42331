/**
 * The Tafel sync protocol (v1): envelope and frame codec, control messages, close codes, roles
 * and ids. Shared by the relay (`server/`) and the sync client (`shared/sync/`); the contract is
 * explained in docs/sync-protocol.md.
 */
export * from './closeCodes.js';
export * from './frames.js';
export * from './ids.js';
export * from './messages.js';
export * from './roles.js';
