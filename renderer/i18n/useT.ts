/** The translate function, and how dates and times are written, for the current interface language. */
import { useMemo } from 'react';
import { createTranslator, type Language, type Translate } from '../../shared/i18n/i18n.js';
import { useAppStore } from '../store/index.js';

/** The BCP 47 locale per interface language (British English: day before month). */
const LOCALES: Readonly<Record<Language, 'nl-NL' | 'en-GB'>> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Moments are shown in Dutch time wherever the device is: a case, its meetings and its exports
 * (shared/export/dates.ts) speak of the same clock, also for someone reading on holiday abroad.
 */
export const TIJDZONE = 'Europe/Amsterdam';

export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useMemo(() => createTranslator(language), [language]);
}

/** The BCP 47 locale dates and numbers are written in. */
export function useLocale(): 'nl-NL' | 'en-GB' {
  return useAppStore((s) => LOCALES[s.language]);
}

/** Writes a moment (epoch ms or ISO 8601) in the interface language, in Dutch time. */
export function useMomentFormat(style: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>): (moment: number | string) => string {
  const locale = useLocale();
  const { dateStyle, timeStyle } = style;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle, timeZone: TIJDZONE });
    return (moment) => format.format(new Date(moment));
  }, [locale, dateStyle, timeStyle]);
}
