/**
 * Writes to the case with a calm, specific error instead of a crash. The model refuses bad input
 * with a ModelError (never carrying case content); the user hears what to fix, in words.
 */
import { useCallback, useState } from 'react';
import { ModelError } from '../../../shared/model/index.js';
import { useT } from '../../i18n/useT.js';

export interface Write {
  /** Runs `change`; returns false (and sets `error`) if the model refused it. */
  (change: () => void): boolean;
}

export function useWrite(): { write: Write; error: string | null; clearError(): void } {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const write = useCallback<Write>(
    (change) => {
      try {
        change();
        setError(null);
        return true;
      } catch (caught) {
        if (!(caught instanceof ModelError)) throw caught;
        setError(
          caught.code === 'verwijzing_bestaat_niet'
            ? t('fields.error.reference')
            : caught.code === 'niet_de_auteur'
              ? t('fields.error.nietDeAuteur')
              : t('fields.error.invalid'),
        );
        return false;
      }
    },
    [t],
  );
  return { write, error, clearError: useCallback(() => setError(null), []) };
}
