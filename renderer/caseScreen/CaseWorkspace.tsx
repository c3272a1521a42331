/** Mounts the workspace for the open case and gives it the navigation state. */
import { useOpenCase } from '../store/index.js';
import { Workspace } from './Workspace.js';
import { WorkspaceContext } from '../workspace/workspaceContext.js';

export function CaseWorkspace() {
  const opened = useOpenCase((s) => s.opened);
  const part = useOpenCase((s) => s.part);
  const setPart = useOpenCase((s) => s.setPart);
  const close = useOpenCase((s) => s.close);
  if (opened === null) return null;
  return (
    <WorkspaceContext value={opened.value}>
      <Workspace key={opened.value.room} part={part} onNavigate={setPart} onClose={() => void close()} />
    </WorkspaceContext>
  );
}
