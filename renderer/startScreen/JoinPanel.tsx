/**
 * "Deelnemen via uitnodiging": paste a tafel:// or https link (or arrive through one: the web
 * host's /join/ page and the desktop's deep links fill it in). Joining says where it stands:
 * connecting, waiting for the chair with the safety code to read aloud, refused and why; then the
 * case opens. The link's secret stays on this device.
 */
import { useState, type FormEvent } from 'react';
import { buildWebLink, parseInviteLink } from '../../shared/sync/membership/inviteLink.js';
import { useT } from '../i18n/useT.js';
import { joinCase, type JoinStep } from '../session/joinCase.js';
import { JoinStatus } from './JoinStatus.js';
import { useAppStore, useOpenCase } from '../store/index.js';
import { FormInput } from '../editors/fields/FormInput.js';
import { Panel } from './Panel.js';
import { NotReadyNote, useDeviceReady } from './NotReadyNote.js';

/** "ws://127.0.0.1:4460" → "127.0.0.1:4460". */
function relayHost(relayUrl: string): string {
  return relayUrl.replace(/^wss?:\/\//, '');
}

export function JoinPanel({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const ready = useDeviceReady();
  const pending = useAppStore((s) => s.pendingInvite);
  const open = useOpenCase((s) => s.open);
  const [link, setLink] = useState(() => (pending?.status === 'recognised' ? buildWebLink(pending.invite) : ''));
  const [step, setStep] = useState<JoinStep | null>(null);
  const busy = step?.step === 'connecting' || step?.step === 'awaiting-approval';
  const recognised = parseInviteLink(link.trim());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (recognised === null) return setStep({ step: 'refused', reason: 'invalid-link' });
    setStep({ step: 'connecting' });
    try {
      const opened = await joinCase(link, setStep);
      if (opened === null) return;
      useAppStore.getState().setPendingInvite(null);
      onClose();
      open(opened);
    } catch {
      setStep({ step: 'refused', reason: 'failed' });
    }
  }

  return (
    <Panel id="panel-join" title={t('join.heading')} returnFocusTo="action-join" onClose={onClose}>
      {pending?.status === 'recognised' && step === null && (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__message">
            <p className="utrecht-paragraph">{t('join.recognised', { relay: relayHost(pending.invite.relayUrl) })}</p>
            <p className="utrecht-paragraph">{t('join.secretStaysHere')}</p>
          </div>
        </div>
      )}
      {pending?.status === 'invalid' && step === null && (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">{t('join.invalid')}</p>
        </div>
      )}
      {!ready && <NotReadyNote />}
      {ready && (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <FormInput label={t('casusbeheer.join.link')} description={t('casusbeheer.join.linkHint')} value={link} onChange={setLink} required readOnly={busy} />
          <div className="utrecht-button-group">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-busy={busy || undefined}>
              {t('casusbeheer.join.submit')}
            </button>
          </div>
        </form>
      )}
      <JoinStatus step={step} />
    </Panel>
  );
}
