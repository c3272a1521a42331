/** Names of deelnemers and organisations as the thread panel shows them. */
import { useMemo } from 'react';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

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
