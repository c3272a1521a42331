/** The translate function and the date locale for the current interface language. */
import { useMemo } from 'react';
import { createTranslator, type Translate } from '../../shared/i18n/i18n.js';
import { useAppStore } from '../store/index.js';

export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useMemo(() => createTranslator(language), [language]);
}

/** The BCP 47 locale dates and numbers are written in (Dutch, or British English: day before month). */
export function useLocale(): 'nl-NL' | 'en-GB' {
  return useAppStore((s) => (s.language === 'nl' ? 'nl-NL' : 'en-GB'));
}
