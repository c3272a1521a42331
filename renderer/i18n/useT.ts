/** The translate function for the current interface language. */
import { useMemo } from 'react';
import { createTranslator, type Translate } from '../../shared/i18n/i18n.js';
import { useAppStore } from '../store/index.js';

export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useMemo(() => createTranslator(language), [language]);
}
