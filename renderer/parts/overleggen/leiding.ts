/** Who runs the meeting's record: the chair decides, the notulist keeps the record with them. */
import { useWorkspace } from '../../workspace/workspaceContext.js';

/** True if this user chairs the case: relay role admin or the case role voorzitter. */
export function useIsVoorzitter(): boolean {
  const { user, viewer } = useWorkspace();
  return user.role === 'admin' || viewer.rollen.includes('voorzitter');
}

/**
 * True if this user may keep the overleg's record of who is there and where it stands (status,
 * attendance, someone else's confidentiality): the chair (canManage, or the case role voorzitter)
 * and the notulist. Everyone confirms their own confidentiality.
 */
export function useLeidtOverleg(): boolean {
  const { canEdit, canManage, viewer } = useWorkspace();
  return canEdit && (canManage || viewer.rollen.some((r) => r === 'voorzitter' || r === 'notulist'));
}
