/** The agreed versions a case can close with (not withdrawn, newest first), and one opened. */
import { useMemo } from 'react';
import { agreedVersions, openAgreedVersion, type AgreedVersion } from '../../../../shared/export/index.js';
import { useCollection } from '../../../editors/fields/index.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';

export interface VersieKeuze {
  readonly id: string;
  readonly vastgesteldOp: string;
}

/** Versions with their content in the case, not withdrawn, newest first. */
export function useAfsluitVersies(): VersieKeuze[] {
  const { model } = useWorkspace();
  const versies = useCollection('versies');
  return useMemo(
    () =>
      agreedVersions(model)
        .filter((v) => v.inhoudAanwezig && v.versie.ingetrokkenOp === undefined)
        .map((v) => ({ id: v.versie.id, vastgesteldOp: v.versie.vastgesteldOp }))
        .reverse(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the collection stands for the model's versions
    [model, versies],
  );
}

/** The agreed version `id` opened read-only, or null when it cannot be opened. */
export function useOpenedVersie(id: string | undefined): AgreedVersion | null {
  const { model } = useWorkspace();
  const versies = useCollection('versies');
  return useMemo(() => {
    if (id === undefined) return null;
    try {
      return openAgreedVersion(model, id);
    } catch {
      return null;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the collection stands for the model's versions
  }, [model, id, versies]);
}
