/**
 * Typed transaction origins. Every write the model makes runs in `doc.transact(fn, origin)` with
 * one of these, so observers (undo, sync, persistence, UI) can tell a user's own edit from an
 * update that arrived from a peer, a migration or an import.
 */

/** Where a transaction came from. */
export type OriginSource = 'local' | 'remote' | 'migration' | 'import';

/** The origin object passed to `doc.transact` and `Y.applyUpdate`. */
export interface CaseOrigin {
  readonly source: OriginSource;
  /** The deelnemer whose action this is (local, migration, import), when known. */
  readonly actorId?: string;
}

/** Origin for the sync layer to pass to `Y.applyUpdate` for peers' updates. */
export const REMOTE_ORIGIN: CaseOrigin = Object.freeze({ source: 'remote' });
/** Origin of schema migrations. */
export const MIGRATION_ORIGIN: CaseOrigin = Object.freeze({ source: 'migration' });

/** A local origin for `actorId`. */
export function localOrigin(actorId: string): CaseOrigin {
  return { source: 'local', actorId };
}

/** An import origin for `actorId`. */
export function importOrigin(actorId: string): CaseOrigin {
  return { source: 'import', actorId };
}

/** True if `origin` is a CaseOrigin. */
export function isCaseOrigin(origin: unknown): origin is CaseOrigin {
  if (typeof origin !== 'object' || origin === null) return false;
  const source = (origin as { source?: unknown }).source;
  return source === 'local' || source === 'remote' || source === 'migration' || source === 'import';
}

/** The source of a transaction origin; anything unknown counts as remote (not ours). */
export function originSource(origin: unknown): OriginSource {
  return isCaseOrigin(origin) ? origin.source : 'remote';
}
