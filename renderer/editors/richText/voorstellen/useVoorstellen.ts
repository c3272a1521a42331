/**
 * The open proposals of one field, live: re-read shortly after the field's text changes (also by
 * a peer), and the same array while they stay the same. Not per keystroke: while someone types a
 * proposal every letter changes it, and re-rendering the list on every page for every letter
 * would slow down the typing itself (the text shows at once; the list follows within 750 ms).
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { leesVoorstellen, readRichDoc, type Voorstel } from '../../../../shared/model/index.js';

interface Bron {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): readonly Voorstel[];
}

/** How long the list waits after a change before reading the field again. */
const WACHT_MS = 750;

function bronVan(fragment: Y.XmlFragment): Bron {
  let cache: { sleutel: string; voorstellen: readonly Voorstel[] } | undefined;
  let geldig = false;
  return {
    subscribe(onChange) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const changed = (): void => {
        timer ??= setTimeout(() => {
          timer = undefined;
          geldig = false;
          onChange();
        }, WACHT_MS);
      };
      fragment.observeDeep(changed);
      return () => {
        fragment.unobserveDeep(changed);
        if (timer !== undefined) clearTimeout(timer);
      };
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
