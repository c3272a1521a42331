/**
 * Creates an invite: role, approval with a safety code (default yes), how long it stays valid.
 * Shows both forms of the link with copy buttons; the secret lives only in the link's #fragment.
 */
import { useState, type FormEvent } from 'react';
import { createInvite, type CreatedInvite } from '../../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../../shared/sync/session/caseSession.js';
import type { Role } from '../../../shared/protocol/roles.js';
import { CheckboxField } from '../../editors/fields/CheckboxField.js';
import { SelectField } from '../../editors/fields/SelectField.js';
import { useT } from '../../i18n/useT.js';
import { FormInput } from '../../editors/fields/FormInput.js';

const LIFETIMES = ['1', '7', '30'] as const;
type Lifetime = (typeof LIFETIMES)[number];
const DAY_MS = 24 * 60 * 60 * 1000;

export function InviteForm({ session }: { readonly session: CaseSession }) {
  const t = useT();
  const [role, setRole] = useState<Role>('member');
  const [approval, setApproval] = useState(true);
  const [lifetime, setLifetime] = useState<Lifetime>('7');
  const [invite, setInvite] = useState<CreatedInvite | null>(null);
  const [problem, setProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<'tafel' | 'web' | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(false);
    setCopied(null);
    try {
      setInvite(await createInvite(session, { role, requireApproval: approval, lifetimeMs: Number(lifetime) * DAY_MS }));
    } catch {
      setProblem(true);
    } finally {
      setBusy(false);
    }
  }

  async function copy(which: 'tafel' | 'web', text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(which);
    } catch {
      setCopied(null);
    }
  }

  return (
    <section aria-labelledby="invite-heading" className="tafel-access__section">
      <h3 id="invite-heading" className="utrecht-heading-3">
        {t('casusbeheer.invite.heading')}
      </h3>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <SelectField<Role>
          label={t('casusbeheer.invite.role')}
          value={role}
          options={(['admin', 'member', 'observer'] as const).map((value) => ({ value, label: t(`casusbeheer.invite.role.${value}`) }))}
          onChange={(value) => value !== '' && setRole(value)}
        />
        <CheckboxField label={t('casusbeheer.invite.approval')} checked={approval} onChange={setApproval} />
        <SelectField<Lifetime>
          label={t('casusbeheer.invite.lifetime')}
          value={lifetime}
          options={LIFETIMES.map((value) => ({ value, label: t(`casusbeheer.invite.days.${value}`) }))}
          onChange={(value) => value !== '' && setLifetime(value)}
        />
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-busy={busy || undefined}>
            {t('casusbeheer.invite.create')}
          </button>
        </div>
      </form>
      {problem && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t('casusbeheer.invite.failed')}</p>
        </div>
      )}
      {invite !== null && (
        <div className="tafel-access__links" role="status">
          <p className="utrecht-paragraph">{t(invite.requireApproval ? 'casusbeheer.invite.madeWithApproval' : 'casusbeheer.invite.made')}</p>
          <FormInput label={t('casusbeheer.invite.webLink')} value={invite.webLink} onChange={() => undefined} readOnly />
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void copy('web', invite.webLink)}>
            {t('casusbeheer.invite.copyWeb')}
          </button>
          <FormInput label={t('casusbeheer.invite.tafelLink')} value={invite.tafelLink} onChange={() => undefined} readOnly />
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void copy('tafel', invite.tafelLink)}>
            {t('casusbeheer.invite.copyTafel')}
          </button>
          {copied !== null && <p className="utrecht-paragraph">{t('casusbeheer.invite.copied')}</p>}
        </div>
      )}
    </section>
  );
}
