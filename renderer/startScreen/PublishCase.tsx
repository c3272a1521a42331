/**
 * "Delen via relay" for a case kept only on this device: the relay's address and the operator's
 * access key; everything written so far goes to the new room and the case opens, now shared.
 */
import { useState, type FormEvent } from 'react';
import type { RoomId } from '../../shared/protocol/ids.js';
import { useT } from '../i18n/useT.js';
import { FormInput } from '../editors/fields/FormInput.js';
import { CreateCaseError, defaultRelayUrl, publishLocalCase, type CreateProblem } from '../session/newCase.js';
import { useOpenCase } from '../store/index.js';

export function PublishCase({ room, title }: { readonly room: RoomId; readonly title: string }) {
  const t = useT();
  const open = useOpenCase((s) => s.open);
  const [shown, setShown] = useState(false);
  const [relayUrl, setRelayUrl] = useState(() => defaultRelayUrl(window.location));
  const [accessKey, setAccessKey] = useState('');
  const [problem, setProblem] = useState<'incomplete' | CreateProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (relayUrl.trim() === '' || accessKey === '') return setProblem('incomplete');
    setBusy(true);
    setProblem(null);
    try {
      open(await publishLocalCase(room, relayUrl.trim(), accessKey));
    } catch (error) {
      setProblem(error instanceof CreateCaseError ? error.problem : 'failed');
      setBusy(false);
    }
  }

  if (!shown) {
    return (
      <button type="button" className="utrecht-button utrecht-button--secondary-action tafel-case-list__publish" onClick={() => setShown(true)}>
        {t('casusbeheer.publish.open', { title })}
      </button>
    );
  }
  return (
    <form noValidate className="tafel-case-list__publish-form" aria-label={t('casusbeheer.publish.open', { title })} onSubmit={(e) => void submit(e)}>
      <p className="utrecht-paragraph">{t('casusbeheer.publish.explain')}</p>
      <FormInput
        label={t('casusbeheer.new.relayUrl')}
        value={relayUrl}
        onChange={setRelayUrl}
        required
        invalid={problem === 'relay-url' || problem === 'unreachable'}
      />
      <FormInput
        label={t('casusbeheer.new.accessKey')}
        type="password"
        value={accessKey}
        onChange={setAccessKey}
        required
        invalid={problem === 'access-refused' || (problem === 'incomplete' && accessKey === '')}
      />
      {problem !== null && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t(problem === 'incomplete' ? 'casusbeheer.publish.incomplete' : `casusbeheer.new.problem.${problem}`)}</p>
        </div>
      )}
      <div className="utrecht-button-group">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-busy={busy || undefined}>
          {t('casusbeheer.publish.submit')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setShown(false)}>
          {t('casusbeheer.devices.cancel')}
        </button>
      </div>
    </form>
  );
}
