/**
 * The passphrase vault of the browser version: create a passphrase on first use, unlock it on
 * every later visit. The passphrase goes to the host's `vault.unlock` and nowhere else; the
 * component forgets it as soon as the attempt is over.
 */
import { useId, useState, type FormEvent } from 'react';
import type { HostErrorCode } from '../../shared/host/hostApi.js';
import { useHost } from '../host/hostContext.js';
import { useT } from '../i18n/useT.js';
import { useAppStore } from '../store/index.js';

/** Shortest passphrase accepted when creating the vault. */
export const MIN_PASSPHRASE_LENGTH = 12;

type Problem =
  'vault.error.empty' | 'vault.error.tooShort' | 'vault.error.mismatch' | 'vault.error.wrongPassphrase' | 'vault.error.unavailable' | 'vault.error.other';

const CREATE_TEXT = {
  heading: 'vault.create.heading',
  intro: 'vault.create.intro',
  label: 'vault.create.label',
  submit: 'vault.create.submit',
} as const;
const UNLOCK_TEXT = {
  heading: 'vault.unlock.heading',
  intro: 'vault.unlock.intro',
  label: 'vault.unlock.label',
  submit: 'vault.unlock.submit',
} as const;

function problemFor(code: HostErrorCode): Problem {
  switch (code) {
    case 'vault-wrong-passphrase':
      return 'vault.error.wrongPassphrase';
    case 'vault-unavailable':
      return 'vault.error.unavailable';
    default:
      return 'vault.error.other';
  }
}

export function VaultPanel() {
  const t = useT();
  const host = useHost();
  const vaultState = useAppStore((s) => s.vaultState);
  const setVaultState = useAppStore((s) => s.setVaultState);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [justUnlocked, setJustUnlocked] = useState(false);
  const ids = useId();

  if (vaultState === 'unlocked') {
    return justUnlocked ? (
      <div className="utrecht-alert utrecht-alert--ok tafel-section" role="status">
        <p className="utrecht-paragraph">{t('vault.unlocked')}</p>
      </div>
    ) : null;
  }
  if (vaultState !== 'new' && vaultState !== 'locked') return null;

  const creating = vaultState === 'new';
  const text = creating ? CREATE_TEXT : UNLOCK_TEXT;
  const field = `${ids}-passphrase`;
  const repeatField = `${ids}-repeat`;
  const description = `${ids}-description`;
  const error = `${ids}-error`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (passphrase.length === 0) return setProblem('vault.error.empty');
    if (creating && passphrase.length < MIN_PASSPHRASE_LENGTH) return setProblem('vault.error.tooShort');
    if (creating && passphrase !== repeat) return setProblem('vault.error.mismatch');
    setBusy(true);
    setProblem(null);
    const result = await host.vault.unlock(passphrase);
    setBusy(false);
    setPassphrase('');
    setRepeat('');
    if (result.ok) {
      setJustUnlocked(true);
      setVaultState('unlocked');
    } else {
      setProblem(problemFor(result.error.code));
    }
  }

  const describedBy = [creating ? description : undefined, problem !== null ? error : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <section className="tafel-panel tafel-vault" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="utrecht-heading-2">
        {t(text.heading)}
      </h2>
      <p className="utrecht-paragraph">{t(text.intro)}</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <div className={`utrecht-form-field utrecht-form-field--text${problem !== null ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={field}>
              {t(text.label)}
            </label>
          </div>
          {creating && (
            <div className="utrecht-form-field-description" id={description}>
              {t('vault.create.description', { min: MIN_PASSPHRASE_LENGTH })}
            </div>
          )}
          <div className="utrecht-form-field__input">
            <input
              id={field}
              className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
              type="password"
              autoComplete={creating ? 'new-password' : 'current-password'}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              aria-invalid={problem !== null && problem !== 'vault.error.mismatch'}
              aria-describedby={describedBy}
              maxLength={1024}
            />
          </div>
        </div>
        {creating && (
          <div className={`utrecht-form-field utrecht-form-field--text${problem === 'vault.error.mismatch' ? ' utrecht-form-field--invalid' : ''}`}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor={repeatField}>
                {t('vault.create.repeatLabel')}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <input
                id={repeatField}
                className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
                aria-invalid={problem === 'vault.error.mismatch'}
                aria-describedby={problem === 'vault.error.mismatch' ? error : undefined}
                maxLength={1024}
              />
            </div>
          </div>
        )}
        {problem !== null && (
          <p id={error} className="utrecht-form-field-error-message tafel-error" role="alert">
            {problem === 'vault.error.tooShort' ? t(problem, { min: MIN_PASSPHRASE_LENGTH }) : t(problem)}
          </p>
        )}
        {busy && (
          <p className="utrecht-paragraph" role="status">
            {t('vault.busy')}
          </p>
        )}
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy}>
            {t(text.submit)}
          </button>
        </div>
      </form>
      {creating && <p className="utrecht-paragraph tafel-note">{t('vault.create.warning')}</p>}
    </section>
  );
}
