/**
 * Where a join stands, in words: connecting, waiting for the chair (with the safety code to read
 * aloud), or refused and why. Used by "Deelnemen via uitnodiging" and by the case list when a
 * case not yet received is opened again.
 */
import type { JoinStep } from '../session/joinCase.js';
import { useT } from '../i18n/useT.js';

export function JoinStatus({ step }: { readonly step: JoinStep | null }) {
  const t = useT();
  if (step === null || step.step === 'opened') return null;
  if (step.step === 'connecting') {
    return (
      <p className="utrecht-paragraph" role="status">
        {t('casusbeheer.join.connecting')}
      </p>
    );
  }
  if (step.step === 'awaiting-approval') {
    return (
      <div className="utrecht-alert utrecht-alert--info" role="status">
        <p className="utrecht-paragraph">{t('casusbeheer.join.awaiting')}</p>
        {step.safetyCode !== undefined && (
          <p className="utrecht-paragraph">
            {t('casusbeheer.join.safetyCode')}{' '}
            <strong className="tafel-safety-code" data-testid="safety-code">
              {step.safetyCode}
            </strong>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{t(`casusbeheer.join.refused.${step.reason}`)}</p>
    </div>
  );
}
