/**
 * Brings an item into view and gives it focus once its part shows it: the checklist before
 * Vaststellen links to the open question, the besluit, the attendee … (`data-doel="<id>"` on the
 * item's element, or a rich text's `data-voorstel-plek`). A part may render the item a moment later (a list read after the first paint),
 * so it is looked for a few times; then the request is dropped.
 */
import { useEffect } from 'react';
import { useOpenCase } from '../store/index.js';

const POGINGEN = 20;

/** Scrolls `element` into the middle of the view and focuses it (focusable or not). */
export function brengInBeeld(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  if (!element.matches('a, button, input, select, textarea, [tabindex]')) element.tabIndex = -1;
  element.focus({ preventScroll: true });
}

/** Follows the open case's `doel` while `part` is shown. */
export function useNaarDoel(part: string): void {
  const doel = useOpenCase((s) => s.doel);
  const bereikt = useOpenCase((s) => s.doelBereikt);
  useEffect(() => {
    if (doel === null) return;
    let poging = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const zoek = (): void => {
      const sleutel = CSS.escape(doel);
      // A text with open proposals is named by its field (`data-voorstel-plek`), not an item.
      const element = document.querySelector<HTMLElement>(`[data-doel="${sleutel}"], [data-voorstel-plek="${sleutel}"]`);
      if (element !== null) {
        brengInBeeld(element);
        bereikt();
      } else if (++poging < POGINGEN) timer = setTimeout(zoek, 50);
      else bereikt();
    };
    timer = setTimeout(zoek, 0);
    return () => clearTimeout(timer);
  }, [doel, part, bereikt]);
}
