/**
 * The open proposals of one field, live: re-read when the field's text changes (also by a peer),
 * and the same array while they stay the same, so the list under the field does not re-render
 * on every keystroke that is not part of a proposal.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { leesVoorstellen, readRichDoc, type Voorstel } from '../../../../shared/model/index.js';

interface Bron {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): readonly Voorstel[];
}

function bronVan(fragment: Y.XmlFragment): Bron {
  let cache: { sleutel: string; voorstellen: readonly Voorstel[] } | undefined;
  let geldig = false;
  return {
    subscribe(onChange) {
      const changed = (): void => {
        geldig = false;
        onChange();
      };
      fragment.observeDeep(changed);
      return () => fragment.unobserveDeep(changed);
    },
    getSnapshot() {
      if (geldig && cache !== undefined) return cache.voorstellen;
      const voorstellen = leesVoorstellen(readRichDoc(fragment));
      const sleutel = JSON.stringify(voorstellen);
      if (cache?.sleutel !== sleutel) cache = { sleutel, voorstellen };
      geldig = true;
      return cache.voorstellen;
    },
  };
}

export function useVoorstellen(fragment: Y.XmlFragment): readonly Voorstel[] {
  const bron = useMemo(() => bronVan(fragment), [fragment]);
  return useSyncExternalStore(bron.subscribe, bron.getSnapshot);
}
