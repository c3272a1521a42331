/**
 * A panel of the start screen: a labelled region that takes focus when it opens (so keyboard
 * and screen-reader users land in it) and gives focus back to the action that opened it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

export interface PanelProps {
  readonly id: string;
  readonly title: string;
  /** Element id to focus when the panel closes (the button that opened it). */
  readonly returnFocusTo: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Panel({ id, title, returnFocusTo, onClose, children }: PanelProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const close = () => {
    onClose();
    document.getElementById(returnFocusTo)?.focus();
  };
  return (
    <section id={id} className="tafel-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {title}
      </h2>
      {children}
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={close}>
          {t('panel.close')}
        </button>
      </div>
    </section>
  );
}

/** The notice a not-yet-built feature shows, so a panel never looks silently empty. */
export function PlaceholderNote({ what }: { readonly what: string }) {
  const t = useT();
  return (
    <div className="utrecht-alert utrecht-alert--info tafel-placeholder" role="note">
      <p className="utrecht-paragraph">{t('panel.placeholderNote', { what })}</p>
    </div>
  );
}
