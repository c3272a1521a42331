/**
 * What every workspace part works with: the case model, presence, the viewer's rights and the
 * user's own undo history. Parts read it with `useWorkspace()` and subscribe to the slice of the
 * case they show with `usePart()`, so typing in one part does not re-render the others.
 */
import { createContext, use, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { partStore, type CaseModel, type CasePart, type Viewer } from '../../shared/model/index.js';
import type { Role } from '../../shared/protocol/roles.js';
import type { SecurityAlarm } from '../../shared/sync/integrity/alarms.js';
import type { SyncStatus } from '../../shared/sync/session/status.js';

/** How this user appears to the others (awareness `user` field) and in carets. */
export interface WorkspaceUser {
  readonly name: string;
  readonly organisation: string;
  /** The relay role, or null for a case that lives only on this device. */
  readonly role: Role | null;
  /** Caret and avatar colour, '#rrggbb'. */
  readonly color: string;
}

/** A subscribable sync status; null status means the case is not synced (demo, local only). */
export interface SyncStatusSource {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): SyncStatus | null;
}

/** What the open case's security notices show (see caseScreen/SecurityNotices.tsx). */
export interface SecurityView {
  /** Alarms the user has not marked as seen, oldest first. */
  readonly alarms: readonly SecurityAlarm[];
  /** How the connection to the server is protected ('none': a case kept only on this device). */
  readonly transport: 'protected' | 'loopback' | 'unprotected' | 'none';
  /** The name the membership log knows a device by. */
  nameOf(device: string): string | undefined;
}

export interface SecuritySource {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): SecurityView;
  /** The user saw the alarms shown. */
  dismiss(): void;
}

export interface WorkspaceValue {
  readonly room: string;
  readonly model: CaseModel;
  readonly awareness: Awareness;
  /** False for observers: every editor renders read-only and says why. */
  readonly canEdit: boolean;
  /**
   * True for the chair (the relay's admin device) and in a case kept only on this device: the
   * casus gegevens, the organisaties and who has which role at the table are theirs to change.
   * Experts change their own name and function only.
   */
  readonly canManage: boolean;
  /** Who is looking, for restricted fields (`magZien`). */
  readonly viewer: Viewer;
  readonly user: WorkspaceUser;
  /** Undo/redo of this user's own structured edits (rich text keeps its own history per editor). */
  readonly undo: Y.UndoManager;
  readonly sync: SyncStatusSource;
  /** Security alarms and the connection's protection; absent for a case that is not synced (the demo). */
  readonly security?: SecuritySource;
}

export const WorkspaceContext = createContext<WorkspaceValue | null>(null);

/** The open case; only valid inside the workspace. */
export function useWorkspace(): WorkspaceValue {
  const value = use(WorkspaceContext);
  if (value === null) throw new Error('useWorkspace outside the workspace');
  return value;
}

/** A stable key for a part, so the store is made once per part and model. */
function partKey(part: CasePart): string {
  switch (part.soort) {
    case 'sectie':
      return `sectie:${part.id}`;
    case 'collectie':
      return `collectie:${part.naam}`;
    case 'entiteit':
      return `entiteit:${part.naam}:${part.id}`;
    default:
      return part.soort;
  }
}

/**
 * Reads `read(model)` and re-renders only when that part of the case changed and the result
 * differs. `read` must be a stable function (module level or memoised) for the snapshot to hold.
 */
export function usePart<T>(part: CasePart, read: (model: CaseModel) => T): T {
  const { model } = useWorkspace();
  const key = partKey(part);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the part
  const store = useMemo(() => partStore(model, part, read), [model, key, read]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
