/** The doorlooptijden: aanmelding → eerste overleg → plan vastgesteld → afschalen → afsluiten, in days since aanmelding. */
import { useId, useMemo } from 'react';
import { doorlooptijden } from '../../../../shared/model/index.js';
import { dagInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { useLevensloop } from './useLevensloop.js';

export function Doorlooptijden() {
  const t = useT();
  const locale = useLocale();
  const { model } = useWorkspace();
  const stand = useLevensloop();
  const headingId = useId();
  // The levensloop part covers the moves, overleggen and versies the milestones read.
  const mijlpalen = useMemo(() => doorlooptijden(model, vandaag()), [model, stand]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="tafel-levensloop__doorloop">
      <h4 id={headingId} className="utrecht-heading-4">
        {t('levensloop.doorloop.heading')}
      </h4>
      <dl className="tafel-overzicht__inhoud" aria-labelledby={headingId}>
        {mijlpalen.map((m) => (
          <div key={m.soort} className="tafel-overzicht__aantal">
            <dt>{t(`levensloop.doorloop.${m.soort}`)}</dt>
            <dd>
              {m.datum === undefined
                ? t('levensloop.doorloop.nogNiet')
                : m.soort === 'aanmelding' || m.dagenSindsAanmelding === undefined
                  ? dagInWoorden(locale, m.datum)
                  : t(m.dagenSindsAanmelding === 1 ? 'levensloop.doorloop.dag' : 'levensloop.doorloop.dagen', {
                      datum: dagInWoorden(locale, m.datum),
                      dagen: String(m.dagenSindsAanmelding),
                    })}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
