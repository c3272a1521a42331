/**
 * Security notices at the top of the open case: an unprotected connection (a closed network the
 * server's operator allowed), and security alarms — what was refused, from whom, that nothing of
 * it was used, and what to do. Alarms stay until the user marks them seen; they are never silent.
 */
import { useSyncExternalStore } from 'react';
import type { SecuritySource } from '../workspace/workspaceContext.js';
import { momentInWoorden } from '../i18n/dagen.js';
import { useLocale, useT } from '../i18n/useT.js';

export function SecurityNotices({ source }: { readonly source: SecuritySource }) {
  const t = useT();
  const locale = useLocale();
  const view = useSyncExternalStore(source.subscribe, source.getSnapshot);
  // One line per kind and sender: a relay that repeats an attack does not bury the page.
  const lines = new Map<string, (typeof view.alarms)[number]>();
  for (const a of view.alarms) lines.set(`${a.kind}/${a.device ?? ''}`, a);
  return (
    <>
      {view.transport === 'unprotected' && (
        <div className="utrecht-alert utrecht-alert--warning tafel-security-notice" data-testid="unprotected-connection">
          <p className="utrecht-paragraph">{t('beveiliging.transport.unprotected')}</p>
        </div>
      )}
      {view.alarms.length > 0 && (
        <section
          className="utrecht-alert utrecht-alert--error tafel-security-notice"
          role="alert"
          aria-labelledby="security-alarm-heading"
          data-testid="security-alarm"
        >
          <h2 id="security-alarm-heading" className="utrecht-heading-3">
            {view.alarms.length === 1 ? t('beveiliging.alarm.heading') : t('beveiliging.alarm.count', { count: String(view.alarms.length) })}
          </h2>
          <ul className="utrecht-unordered-list">
            {[...lines.values()].map((a) => {
              const name = a.device === undefined ? undefined : view.nameOf(a.device);
              return (
                <li key={`${a.kind}/${a.device ?? ''}`} className="utrecht-unordered-list__item">
                  {t(`beveiliging.alarm.kind.${a.kind}`)}{' '}
                  {a.device !== undefined && (name === undefined ? t('beveiliging.alarm.fromUnknown') : t('beveiliging.alarm.from', { name }))} (
                  {t('beveiliging.alarm.at', { moment: momentInWoorden(locale, a.at) })})
                </li>
              );
            })}
          </ul>
          <p className="utrecht-paragraph">{t('beveiliging.alarm.nothingUsed')}</p>
          <p className="utrecht-paragraph">{t('beveiliging.alarm.whatToDo')}</p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => source.dismiss()}>
            {t('beveiliging.alarm.dismiss')}
          </button>
        </section>
      )}
    </>
  );
}
