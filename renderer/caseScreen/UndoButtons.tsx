/** Undo and redo of the user's own structured edits; disabled when there is nothing to undo. */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT.js';
import { useWorkspace } from '../workspace/workspaceContext.js';

export function UndoButtons() {
  const t = useT();
  const { undo, canEdit } = useWorkspace();
  const [, setTick] = useState(0);
  useEffect(() => {
    const changed = (): void => setTick((n) => n + 1);
    undo.on('stack-item-added', changed);
    undo.on('stack-item-popped', changed);
    undo.on('stack-cleared', changed);
    return () => {
      undo.off('stack-item-added', changed);
      undo.off('stack-item-popped', changed);
      undo.off('stack-cleared', changed);
    };
  }, [undo]);
  if (!canEdit) return null;
  return (
    <div className="utrecht-button-group tafel-undo" role="group" aria-label={t('workspace.undo.group')}>
      <button type="button" className="utrecht-button utrecht-button--subtle" disabled={!undo.canUndo()} onClick={() => undo.undo()}>
        {t('workspace.undo.undo')}
      </button>
      <button type="button" className="utrecht-button utrecht-button--subtle" disabled={!undo.canRedo()} onClick={() => undo.redo()}>
        {t('workspace.undo.redo')}
      </button>
    </div>
  );
}
