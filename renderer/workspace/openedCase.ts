/**
 * An open case as the workspace needs it, built from a Y.Doc, its awareness and who is looking.
 * The sync layer (or the in-memory demo) supplies the document; this module adds the model, the
 * viewer's rights and the per-user undo history, and announces the user for presence and carets.
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { defaultContext, openCase, type Rol } from '../../shared/model/index.js';
import { announceUser } from './awareness.js';
import { createUserUndo } from './userUndo.js';
import type { SecuritySource, SyncStatusSource, WorkspaceUser, WorkspaceValue } from './workspaceContext.js';

/** A case opened in the workspace; `close()` ends its session (and flushes what is pending). */
export interface OpenedCase {
  readonly value: WorkspaceValue;
  close(): Promise<void>;
}

export interface WorkspaceInput {
  readonly room: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** The deelnemer this user is in the case, and the organisation they write for. */
  readonly deelnemerId: string;
  /** The organisation they write for; by default the deelnemer's own. */
  readonly orgId?: string;
  readonly user: WorkspaceUser;
  readonly canEdit: boolean;
  /** See WorkspaceValue.canManage. */
  readonly canManage: boolean;
  readonly sync: SyncStatusSource;
  readonly security?: SecuritySource;
  /** Case roles for a viewer the case does not list (an observer the chair has not added). */
  readonly rollen?: readonly Rol[];
  /** This device's id in the sync layer: recorded on personal statements (shared/model persoonlijk.ts). */
  readonly apparaatId?: string;
}

/** A sync source for a case that is not synced. */
export const notSynced: SyncStatusSource = { subscribe: () => () => undefined, getSnapshot: () => null };

/** Builds the workspace value; the document must hold a migrated case. */
export function buildWorkspaceValue(input: WorkspaceInput): WorkspaceValue {
  const probe = openCase(input.doc, defaultContext({ deelnemerId: input.deelnemerId, orgId: input.orgId ?? '' }));
  const me = probe.deelnemers.get(input.deelnemerId);
  const orgId = input.orgId ?? me?.organisatieId ?? '';
  const model = openCase(
    input.doc,
    defaultContext({ deelnemerId: input.deelnemerId, orgId, ...(input.apparaatId === undefined ? {} : { apparaatId: input.apparaatId }) }),
  );
  const rollen: readonly Rol[] = me?.rollen ?? input.rollen ?? [];
  announceUser(input.awareness, input.user);
  return {
    room: input.room,
    model,
    awareness: input.awareness,
    canEdit: input.canEdit,
    canManage: input.canEdit && input.canManage,
    viewer: { deelnemerId: input.deelnemerId, orgId, rollen },
    user: input.user,
    undo: createUserUndo(model),
    sync: input.sync,
    ...(input.security === undefined ? {} : { security: input.security }),
  };
}
