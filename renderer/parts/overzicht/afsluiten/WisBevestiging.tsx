/**
 * "Casus definitief wissen": irreversible, so the chair types the case's name to confirm (a native
 * modal <dialog>, focus on "Terug" first, Escape cancels). Erasing asks the server to delete the
 * room with the chair's signed erasure, then deletes the case from this device; every member's
 * device deletes it once it has checked the same signed erasure.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ErasureRefused, eraseCase } from '../../../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../../../shared/sync/session/caseSession.js';
import { FormInput } from '../../../editors/fields/index.js';
import { vandaag } from '../../../i18n/dagen.js';
import { useT } from '../../../i18n/useT.js';

interface Props {
  readonly open: boolean;
  readonly titel: string;
  readonly session: CaseSession;
  /** The agreed term has passed (the erasure is the bewaartermijn's), or the chair decides earlier. */
  readonly termijnVoorbij: boolean;
  onGesloten(): void;
}

export function WisBevestiging({ open, titel, session, termijnVoorbij, onGesloten }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const terug = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const uitlegId = useId();
  const [getypt, setGetypt] = useState('');
  const [stand, setStand] = useState<'rust' | 'bezig' | 'offline' | 'nietVoorzitter' | 'mislukt'>('rust');
  useEffect(() => {
    const d = dialog.current;
    if (d === null || !open || d.open) return;
    setGetypt('');
    setStand('rust');
    d.showModal();
    terug.current?.focus();
  }, [open]);
  const klopt = getypt.trim() === titel.trim();
  const wis = async (): Promise<void> => {
    setStand('bezig');
    try {
      await eraseCase(session, termijnVoorbij ? 'bewaartermijn' : 'besluit_voorzitter', vandaag());
      // The session is gone now: the workspace closes and the start screen says so.
      dialog.current?.close();
    } catch (error) {
      setStand(error instanceof ErasureRefused ? (error.why === 'offline' ? 'offline' : 'nietVoorzitter') : 'mislukt');
    }
  };
  return (
    <dialog ref={dialog} className="tafel-bevestiging" aria-labelledby={headingId} aria-describedby={uitlegId} onClose={onGesloten}>
      <h2 id={headingId} className="utrecht-heading-2">
        {t('afsluiten.wis.heading')}
      </h2>
      <div id={uitlegId}>
        <p className="utrecht-paragraph">{session.isLocalCase ? t('afsluiten.wis.lokaal') : t('afsluiten.wis.uitleg')}</p>
        <p className="utrecht-paragraph">{t('afsluiten.wis.eigenDossier')}</p>
      </div>
      <FormInput label={t('afsluiten.wis.typNaam', { titel })} value={getypt} onChange={setGetypt} />
      {stand !== 'rust' && (
        <div className={`utrecht-alert ${stand === 'bezig' ? 'utrecht-alert--info' : 'utrecht-alert--error'}`} role={stand === 'bezig' ? 'status' : 'alert'}>
          <p className="utrecht-paragraph">{t(`afsluiten.wis.${stand}`)}</p>
        </div>
      )}
      <div className="utrecht-button-group tafel-bevestiging__knoppen">
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={!klopt || stand === 'bezig'} onClick={() => void wis()}>
          {t('afsluiten.wis.bevestig')}
        </button>
        <button ref={terug} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => dialog.current?.close()}>
          {t('afsluiten.wis.terug')}
        </button>
      </div>
    </dialog>
  );
}
