/**
 * "Uw gegevens": asked once on this device, before the first case. Others see the naam,
 * organisatie and role in the case; the profile is kept encrypted in the vault.
 */
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { SelectField } from '../editors/fields/SelectField.js';
import { setProfile } from '../session/deviceSession.js';
import { useDeviceSession } from '../store/index.js';
import { ORGANISATIE_TYPES, isCompleteProfile, type OrganisatieType, type Profile } from '../session/profile.js';
import { FormInput } from '../editors/fields/FormInput.js';

export function ProfilePanel() {
  const t = useT();
  const current = useDeviceSession((s) => s.profile);
  const [draft, setDraft] = useState<Profile>(current ?? { naam: '', organisatie: '', organisatietype: 'ZVH', functie: '' });
  const [problem, setProblem] = useState<'incomplete' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<Profile>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!isCompleteProfile(draft)) return setProblem('incomplete');
    setBusy(true);
    setProblem(null);
    try {
      await setProfile(draft);
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tafel-panel tafel-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="utrecht-heading-2">
        {t('casusbeheer.profile.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('casusbeheer.profile.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <FormInput
          label={t('casusbeheer.profile.naam')}
          value={draft.naam}
          onChange={(naam) => change({ naam })}
          required
          autoComplete="name"
          invalid={problem === 'incomplete' && draft.naam.trim() === ''}
        />
        <FormInput
          label={t('casusbeheer.profile.organisatie')}
          value={draft.organisatie}
          onChange={(organisatie) => change({ organisatie })}
          required
          autoComplete="organization"
          invalid={problem === 'incomplete' && draft.organisatie.trim() === ''}
        />
        <SelectField<OrganisatieType>
          label={t('casusbeheer.profile.organisatietype')}
          value={draft.organisatietype}
          options={ORGANISATIE_TYPES.map((value) => ({ value, label: t(`casusbeheer.orgType.${value}`) }))}
          onChange={(organisatietype) => organisatietype !== '' && change({ organisatietype })}
        />
        <FormInput
          label={t('casusbeheer.profile.functie')}
          value={draft.functie}
          onChange={(functie) => change({ functie })}
          autoComplete="organization-title"
        />
        {problem !== null && (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            <p className="utrecht-paragraph">{t(problem === 'incomplete' ? 'casusbeheer.profile.incomplete' : 'casusbeheer.profile.failed')}</p>
          </div>
        )}
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-busy={busy || undefined}>
            {t('casusbeheer.profile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
