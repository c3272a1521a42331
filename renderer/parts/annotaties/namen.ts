/** Names of deelnemers and organisations, and dates, as the thread panel shows them. */
import { useMemo } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/index.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

export function useNamen(): { deelnemer(id: string | undefined): string; organisatie(id: string): string } {
  const { model } = useWorkspace();
  const t = useT();
  const onbekend = t('annotaties.onbekend');
  return useMemo(
    () => ({
      deelnemer: (id) => (id === undefined ? onbekend : (model.deelnemers.get(id)?.naam ?? onbekend)),
      organisatie: (id) => model.organisaties.get(id)?.naam ?? onbekend,
    }),
    [model, onbekend],
  );
}

export function useDatum(): (iso: string) => string {
  const language = useAppStore((s) => s.language);
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}
