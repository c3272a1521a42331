/**
 * "Deelnemen via uitnodiging" (placeholder until joining arrives). When the window was opened
 * with an invite link it says whether the link was recognised; it shows only the relay's host,
 * never the token or the secret.
 */
import { useT } from '../i18n/useT.js';
import { useAppStore } from '../store/index.js';
import { Panel, PlaceholderNote } from './Panel.js';

/** "ws://127.0.0.1:4460" → "127.0.0.1:4460". */
function relayHost(relayUrl: string): string {
  return relayUrl.replace(/^wss?:\/\//, '');
}

export function JoinPanel({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const pending = useAppStore((s) => s.pendingInvite);
  return (
    <Panel id="panel-join" title={t('join.heading')} returnFocusTo="action-join" onClose={onClose}>
      {pending?.status === 'recognised' && (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__message">
            <p className="utrecht-paragraph">{t('join.recognised', { relay: relayHost(pending.invite.relayUrl) })}</p>
            <p className="utrecht-paragraph">{t('join.secretStaysHere')}</p>
          </div>
        </div>
      )}
      {pending?.status === 'invalid' && (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">{t('join.invalid')}</p>
        </div>
      )}
      <PlaceholderNote what={t('join.placeholder')} />
    </Panel>
  );
}
