/** The sync state in words, always visible (never a silent failure). */
import { useSyncExternalStore } from 'react';
import type { MessageKey } from '../../shared/i18n/i18n.js';
import type { SyncStatus } from '../../shared/sync/session/status.js';
import { useT } from '../i18n/useT.js';
import type { SyncStatusSource } from '../workspace/workspaceContext.js';

function messageFor(status: SyncStatus | null): `workspace.sync.${string}` & MessageKey {
  if (status === null) return 'workspace.sync.localOnly';
  switch (status.state) {
    case 'local-only':
      return 'workspace.sync.localOnly';
    case 'connecting':
      return 'workspace.sync.connecting';
    case 'offline-with-pending-changes':
      return 'workspace.sync.offline';
    case 'syncing':
      return 'workspace.sync.syncing';
    case 'synced':
      return 'workspace.sync.synced';
    case 'awaiting-approval':
      return 'workspace.sync.awaitingApproval';
    case 'error':
      return 'workspace.sync.error';
  }
}

export function SyncStatusText({ source }: { readonly source: SyncStatusSource }) {
  const t = useT();
  const status = useSyncExternalStore(source.subscribe, source.getSnapshot);
  const tone = status?.state === 'error' ? 'error' : status?.state === 'synced' ? 'ok' : 'neutral';
  return (
    <p className={`tafel-sync tafel-sync--${tone}`} role="status" data-sync-state={status?.state ?? 'local-only'}>
      {t(messageFor(status))}
      {status?.error !== undefined && <span className="tafel-sync__reason"> {t(`casusbeheer.syncError.${status.error}`)}</span>}
      {status !== null && status.alarms > 0 && <span className="tafel-sync__warning"> {t('workspace.sync.alarm')}</span>}
    </p>
  );
}
