/**
 * The switch between Bewerken and Voorstellen of one field: two toggle buttons (aria-pressed) in
 * a group named after the field, and one sentence on what Voorstellen means while it is on.
 */
import { useId } from 'react';
import { useT } from '../../../i18n/useT.js';
import type { Wijzigwijze } from './voorstelExtension.js';

const WIJZEN: readonly Wijzigwijze[] = ['bewerken', 'voorstellen'];

export interface WijzigwijzeKeuzeProps {
  /** The field's accessible name. */
  readonly label: string;
  readonly wijze: Wijzigwijze;
  onKies(wijze: Wijzigwijze): void;
}

export function WijzigwijzeKeuze({ label, wijze, onKies }: WijzigwijzeKeuzeProps) {
  const t = useT();
  const uitlegId = useId();
  return (
    <div className="tafel-voorstel-wijze">
      <div role="group" aria-label={t('voorstellen.wijze.groep', { label })} className="tafel-voorstel-wijze__knoppen">
        {WIJZEN.map((w) => (
          <button
            key={w}
            type="button"
            className="tafel-voorstel-wijze__knop"
            aria-pressed={wijze === w}
            aria-describedby={w === 'voorstellen' && wijze === 'voorstellen' ? uitlegId : undefined}
            onClick={() => onKies(w)}
          >
            {t(`voorstellen.wijze.${w}`)}
          </button>
        ))}
      </div>
      {wijze === 'voorstellen' && (
        <p id={uitlegId} className="tafel-voorstel-wijze__uitleg">
          {t('voorstellen.wijze.uitleg')}
        </p>
      )}
    </div>
  );
}
