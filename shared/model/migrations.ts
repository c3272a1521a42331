/**
 * Schema migrations. A document written by an older Tafel is upgraded once, step by step, each
 * step in its own transaction with the migration origin, followed by its version marker.
 *
 * Two clients may open the same old document at the same moment and both migrate. The merged
 * result must equal a single migration, so every step must be:
 * - idempotent: check before writing (`if (!map.has(key))`), never append blindly to a Y.Array;
 * - deterministic: values derived from the document only (no clock, no random ids), and entities
 *   it creates get fixed keys (`migratie-<versie>-<naam>`), so concurrent creations collide on
 *   the same key and one identical copy wins;
 * - run only after the first sync with peers: a client that migrates an unsynced, partial copy
 *   could overwrite a peer's newer entity under the same fixed key.
 * The version marker is one key per version in the root map `schema` and the highest key wins
 * (version.ts), so concurrent markers merge instead of racing.
 *
 * Version 1 is the first schema: there is nothing to upgrade yet. The tests register an extra
 * step to prove the mechanism; real steps are appended here when the schema changes.
 */
import type * as Y from 'yjs';
import { ModelError } from './errors.js';
import { MIGRATION_ORIGIN } from './origins.js';
import { SCHEMA_VERSION } from './docLayout.js';
import { isEmptyCase, markSchemaVersion, schemaVersion } from './version.js';

/** One step from version `van` to `van + 1`. */
export interface Migration {
  readonly van: number;
  /** What changes, for the log (no case content). */
  readonly omschrijving: string;
  /** The change itself: idempotent and deterministic (see above). Runs inside a transaction. */
  up(doc: Y.Doc): void;
}

/** The migration chain of this version of Tafel. */
export const MIGRATIONS: readonly Migration[] = [];

/** What `migrateCase` did. */
export interface MigrationResult {
  readonly van: number;
  readonly naar: number;
  /** Versions reached by steps this call ran (empty if the document was current). */
  readonly toegepast: readonly number[];
}

/** Options for `migrateCase`; tests pass their own chain and target. */
export interface MigrateOptions {
  readonly migrations?: readonly Migration[];
  readonly doelVersie?: number;
}

/**
 * Brings a synced case document up to the current schema version. A document without a case is
 * left alone; a document newer than this code throws `versie_te_nieuw`.
 */
export function migrateCase(doc: Y.Doc, options: MigrateOptions = {}): MigrationResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = options.doelVersie ?? SCHEMA_VERSION;
  const van = schemaVersion(doc);
  if (van > target) throw new ModelError('versie_te_nieuw');
  if (isEmptyCase(doc)) return { van, naar: van, toegepast: [] };
  const toegepast: number[] = [];
  let version = van;
  while (version < target) {
    const step = migrations.find((m) => m.van === version);
    if (!step) throw new ModelError('niet_gemigreerd', `schema.${version}`);
    doc.transact(() => {
      step.up(doc);
      markSchemaVersion(doc, version + 1);
    }, MIGRATION_ORIGIN);
    version += 1;
    toegepast.push(version);
  }
  return { van, naar: version, toegepast };
}
