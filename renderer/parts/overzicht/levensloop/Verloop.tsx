/**
 * "Verloop van de casus": the phase the case is in and since when, a warning when another device
 * recorded a different step at the same time, the history and the doorlooptijden, and then the
 * chair's form to move it on (or back): where the case has been is read before the next step.
 */
import { useId, useMemo } from 'react';
import { dagInWoorden } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { Doorlooptijden } from './Doorlooptijden.js';
import { FaseWijzigen } from './FaseWijzigen.js';
import { Geschiedenis } from './Geschiedenis.js';
import { useLevensloop } from './useLevensloop.js';

export function Verloop() {
  const t = useT();
  const locale = useLocale();
  const { canManage } = useWorkspace();
  const stand = useLevensloop();
  const headingId = useId();
  const fase = t(`levensloop.fase.${stand.fase}`);
  const b = stand.begin;
  const nu =
    stand.huidige === undefined && b.voorRegistratie && b.oudeStatus !== undefined
      ? t('levensloop.nuVoorRegistratie', { fase, status: t(`levensloop.oudeStatus.${b.oudeStatus}`) })
      : stand.sinds === undefined
        ? t('levensloop.nuZonderDatum', { fase })
        : t('levensloop.nu', { fase, datum: dagInWoorden(locale, stand.sinds) });
  const gelijktijdig = useMemo(() => {
    const h = stand.huidige;
    if (h === undefined || h.gelijktijdigMet.length === 0) return null;
    return stand.overgangen
      .filter((o) => h.gelijktijdigMet.includes(o.id))
      .map((o) => t('levensloop.stap', { van: t(`levensloop.fase.${o.van}`), naar: t(`levensloop.fase.${o.naar}`) }))
      .join('; ');
  }, [stand, t]);
  return (
    <section className="tafel-gezin__blok tafel-levensloop" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('levensloop.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-levensloop__nu" data-testid="levensloop-fase">
        {nu}
      </p>
      {gelijktijdig !== null && (
        <div className="utrecht-alert utrecht-alert--warning">
          <p className="utrecht-paragraph">{t('levensloop.gelijktijdig', { stappen: gelijktijdig })}</p>
        </div>
      )}
      <Geschiedenis stand={stand} />
      <Doorlooptijden />
      {canManage && <FaseWijzigen />}
    </section>
  );
}
