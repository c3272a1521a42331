/** "Casussen op dit apparaat": the cases this device holds, or a calm empty state. */
import { useEffect, useState } from 'react';
import type { Language } from '../../shared/i18n/i18n.js';
import { useT } from '../i18n/useT.js';
import { useAppStore } from '../store/index.js';
import type { CaseLibrary, CaseSummary } from './caseLibrary.js';

type Loaded = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly cases: CaseSummary[] } | { readonly state: 'failed' };

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function CaseList({ library }: { readonly library: CaseLibrary }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    library.list().then(
      (cases) => live && setLoaded({ state: 'loaded', cases }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [library]);

  const date = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="tafel-section" aria-labelledby="cases-heading">
      <h2 id="cases-heading" className="utrecht-heading-2">
        {t('cases.heading')}
      </h2>
      {loaded.state === 'loading' && <p className="utrecht-paragraph">{t('cases.loading')}</p>}
      {loaded.state === 'failed' && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t('cases.loadFailed')}</p>
        </div>
      )}
      {loaded.state === 'loaded' && loaded.cases.length === 0 && <p className="utrecht-paragraph tafel-empty">{t('cases.empty')}</p>}
      {loaded.state === 'loaded' && loaded.cases.length > 0 && (
        <ul className="utrecht-unordered-list tafel-case-list">
          {loaded.cases.map((c) => (
            <li key={c.room} className="utrecht-unordered-list__item">
              <span className="tafel-case-list__title">{c.title}</span>{' '}
              <span className="tafel-case-list__meta">
                {c.status} · {t('cases.lastChange', { date: date.format(c.lastChange) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
