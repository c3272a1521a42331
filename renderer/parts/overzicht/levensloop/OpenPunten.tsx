/**
 * What is still open before afschalen or afsluiten, in words, with the reason to go on anyway when
 * there is something: the chair decides, and the move records both.
 */
import { useId } from 'react';
import type { OpenBijOvergang } from '../../../../shared/model/index.js';
import { DraftField } from '../../../editors/fields/index.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { openPuntTekst } from './useLevensloop.js';

interface Props {
  readonly punten: readonly OpenBijOvergang[];
  readonly reden: string;
  onReden(value: string): void;
}

export function OpenPunten({ punten, reden, onReden }: Props) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  if (punten.length === 0) return <p className="utrecht-paragraph tafel-levensloop__niets-open">{t('levensloop.open.geen')}</p>;
  return (
    <div className="utrecht-alert utrecht-alert--warning tafel-levensloop__open" role="group" aria-labelledby={headingId}>
      <h5 id={headingId} className="utrecht-heading-5">
        {t('levensloop.open.heading')}
      </h5>
      <p className="utrecht-paragraph">{t('levensloop.open.uitleg')}</p>
      <ul className="utrecht-unordered-list">
        {punten.map((p, i) => (
          <li key={i}>{openPuntTekst(t, locale, p)}</li>
        ))}
      </ul>
      <DraftField label={t('levensloop.open.doorgaan')} value={reden} onChange={onReden} multiline required />
    </div>
  );
}
