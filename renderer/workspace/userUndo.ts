/**
 * Undo and redo scoped to the user's own structured edits. Model writes carry
 * `localOrigin(deelnemerId)` (a fresh plain object each time), so the manager tracks plain-object
 * origins and `captureTransaction` keeps only this user's local ones: a peer's change, a
 * migration or an import is never undone by someone else's Ctrl+Z.
 */
import * as Y from 'yjs';
import { isCaseOrigin, structuredRoots, type CaseModel } from '../../shared/model/index.js';

export function createUserUndo(model: CaseModel): Y.UndoManager {
  const me = model.ctx.actor.deelnemerId;
  return new Y.UndoManager(structuredRoots(model.doc), {
    trackedOrigins: new Set<unknown>([Object]),
    captureTransaction: (tr) => isCaseOrigin(tr.origin) && tr.origin.source === 'local' && tr.origin.actorId === me,
    captureTimeout: 500,
  });
}
