/**
 * "Van dit apparaat verwijderd": a case removed from this device or erased is said in words (what,
 * why, when) until the user closes the notice. The notice holds the title and nothing else of it.
 */
import { useId } from 'react';
import { momentInWoorden } from '../i18n/dagen.js';
import { useLocale, useT } from '../i18n/useT.js';
import { dismissNotice } from '../session/deviceSession.js';
import { useDeviceSession } from '../store/index.js';

export function CaseNotices() {
  const t = useT();
  const locale = useLocale();
  const notices = useDeviceSession((s) => s.notices);
  const headingId = useId();
  if (notices.length === 0) return null;
  return (
    <section className="tafel-section tafel-meldingen" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('afsluiten.melding.heading')}
      </h3>
      <ul className="tafel-case-list">
        {notices.map((n) => {
          const titel = n.title === '' ? t('afsluiten.melding.zonderTitel') : n.title;
          return (
            <li key={n.id} className="utrecht-alert utrecht-alert--info tafel-melding" data-testid="case-notice">
              <p className="utrecht-paragraph">
                {t(
                  n.reason === 'removed'
                    ? 'afsluiten.melding.removed'
                    : n.erasedFor === 'bewaartermijn'
                      ? 'afsluiten.melding.erasedTermijn'
                      : 'afsluiten.melding.erased',
                  {
                    titel,
                    moment: momentInWoorden(locale, n.at),
                  },
                )}
              </p>
              <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => void dismissNotice(n.id)}>
                {t('afsluiten.melding.sluit', { titel })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
