/**
 * "Nieuwe casus": a pseudonymised title, the regio and the grondslag, and where the case lives:
 * shared through a relay (its address and the operator's access key) or only on this device.
 * The maker's organisation comes from their profile. Creating opens the case.
 */
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import '../styles/parts/casusbeheer.css';
import { SelectField } from '../editors/fields/SelectField.js';
import { CreateCaseError, GRONDSLAG_TYPES, createNewCase, defaultRelayUrl, type CreateProblem, type GrondslagType } from '../session/newCase.js';
import { useOpenCase, useDeviceSession } from '../store/index.js';
import { FormInput } from '../editors/fields/FormInput.js';
import { Panel } from './Panel.js';
import { NotReadyNote, useDeviceReady } from './NotReadyNote.js';

type Problem = 'incomplete' | CreateProblem;

export function NewCasePanel({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const ready = useDeviceReady();
  return (
    <Panel id="panel-new-case" title={t('newCase.heading')} returnFocusTo="action-new-case" onClose={onClose}>
      {ready ? <NewCaseForm onCreated={onClose} /> : <NotReadyNote />}
    </Panel>
  );
}

function NewCaseForm({ onCreated }: { readonly onCreated: () => void }) {
  const t = useT();
  const ids = useId();
  const profile = useDeviceSession((s) => s.profile);
  const open = useOpenCase((s) => s.open);
  const [titel, setTitel] = useState('');
  const [regio, setRegio] = useState('');
  const [grondslag, setGrondslag] = useState<GrondslagType>('wettelijke_taak');
  const [sharing, setSharing] = useState<'relay' | 'local'>('relay');
  const [relayUrl, setRelayUrl] = useState(() => defaultRelayUrl(window.location));
  const [accessKey, setAccessKey] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (titel.trim() === '' || regio.trim() === '' || (sharing === 'relay' && (relayUrl.trim() === '' || accessKey === ''))) return setProblem('incomplete');
    setBusy(true);
    setProblem(null);
    try {
      const opened = await createNewCase({
        titel: titel.trim(),
        regio: regio.trim(),
        grondslag,
        sharing: sharing === 'local' ? { kind: 'local' } : { kind: 'relay', relayUrl: relayUrl.trim(), accessKey },
      });
      onCreated();
      open(opened);
    } catch (error) {
      setProblem(error instanceof CreateCaseError ? error.problem : 'failed');
      setBusy(false);
    }
  }

  const missing = (value: string) => problem === 'incomplete' && value.trim() === '';
  return (
    <>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <FormInput
          label={t('casusbeheer.new.titel')}
          description={t('casusbeheer.new.titelHint')}
          value={titel}
          onChange={setTitel}
          required
          invalid={missing(titel)}
        />
        <FormInput label={t('casusbeheer.new.regio')} value={regio} onChange={setRegio} required invalid={missing(regio)} />
        <SelectField<GrondslagType>
          label={t('casusbeheer.new.grondslag')}
          value={grondslag}
          options={GRONDSLAG_TYPES.map((value) => ({ value, label: t(`casusbeheer.grondslag.${value}`) }))}
          onChange={(value) => value !== '' && setGrondslag(value)}
        />
        {profile !== null && <p className="utrecht-paragraph">{t('casusbeheer.new.maker', { naam: profile.naam, organisatie: profile.organisatie })}</p>}
        <fieldset className="utrecht-form-fieldset tafel-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('casusbeheer.new.where')}</legend>
          {(['relay', 'local'] as const).map((kind) => (
            <div key={kind} className="utrecht-form-field utrecht-form-field--radio tafel-field">
              <div className="utrecht-form-field__input">
                <input
                  id={`${ids}-${kind}`}
                  type="radio"
                  name={`${ids}-sharing`}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  checked={sharing === kind}
                  onChange={() => setSharing(kind)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${ids}-${kind}`}>
                  {t(kind === 'relay' ? 'casusbeheer.new.viaRelay' : 'casusbeheer.new.localOnly')}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
        {sharing === 'relay' && (
          <>
            <FormInput
              label={t('casusbeheer.new.relayUrl')}
              description={t('casusbeheer.new.relayUrlHint')}
              value={relayUrl}
              onChange={setRelayUrl}
              required
              invalid={missing(relayUrl) || problem === 'relay-url' || problem === 'unreachable'}
            />
            <FormInput
              label={t('casusbeheer.new.accessKey')}
              description={t('casusbeheer.new.accessKeyHint')}
              type="password"
              value={accessKey}
              onChange={setAccessKey}
              required
              invalid={missing(accessKey) || problem === 'access-refused'}
            />
          </>
        )}
        {sharing === 'local' && <p className="utrecht-paragraph">{t('casusbeheer.new.localOnlyHint')}</p>}
        {problem !== null && (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            <p className="utrecht-paragraph">{t(`casusbeheer.new.problem.${problem}`)}</p>
          </div>
        )}
        {busy && (
          <p className="utrecht-paragraph" role="status">
            {t('casusbeheer.new.busy')}
          </p>
        )}
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-busy={busy || undefined}>
            {t('casusbeheer.new.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
