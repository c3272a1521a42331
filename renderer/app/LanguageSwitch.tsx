/**
 * The language switch in the page header. Each choice is written in its own language (and
 * marked with `lang`), so a reader who does not understand the current one still finds theirs.
 */
import { useState } from 'react';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../shared/i18n/i18n.js';
import { useT } from '../i18n/useT.js';
import { useAppStore } from '../store/index.js';
import { useHost } from '../host/hostContext.js';

export function LanguageSwitch() {
  const t = useT();
  const host = useHost();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const [saveFailed, setSaveFailed] = useState(false);

  async function choose(next: Language) {
    if (next === language) return;
    // Switch at once; saving it for the next visit may fail without undoing the switch.
    setLanguage(next);
    const result = await host.updateSettings({ language: next });
    setSaveFailed(!result.ok);
  }

  return (
    <nav className="tafel-language" aria-label={t('language.navLabel')}>
      <ul className="tafel-language__list">
        {LANGUAGES.map((code) => (
          <li key={code}>
            <button
              type="button"
              lang={code}
              className="utrecht-button utrecht-button--subtle tafel-language__button"
              aria-pressed={code === language}
              onClick={() => void choose(code)}
            >
              {LANGUAGE_NAMES[code]}
            </button>
          </li>
        ))}
      </ul>
      {saveFailed && (
        <p className="tafel-error" role="alert">
          {t('language.saveFailed')}
        </p>
      )}
    </nav>
  );
}
