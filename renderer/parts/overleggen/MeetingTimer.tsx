/**
 * The visible meeting clock: time since the meeting began. It is a role="timer" with aria-live
 * off, so a screen reader reads it when asked and does not announce every second. The start time
 * is in the case (`gestartOp`, written when the meeting starts), so every device at the table
 * shows the same clock; an overleg started before that field existed counts from when this
 * device first showed it.
 */
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { verstreken } from './options.js';

const eerstGezien = new Map<string, number>();

function beginVan(overlegId: string, gestartOp: string | undefined): number {
  const gedeeld = gestartOp === undefined ? Number.NaN : Date.parse(gestartOp);
  if (!Number.isNaN(gedeeld)) return gedeeld;
  if (!eerstGezien.has(overlegId)) eerstGezien.set(overlegId, Date.now());
  return eerstGezien.get(overlegId)!;
}

export function MeetingTimer({ overlegId, gestartOp }: { readonly overlegId: string; readonly gestartOp: string | undefined }) {
  const t = useT();
  const start = beginVan(overlegId, gestartOp);
  const [nu, setNu] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNu(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="utrecht-paragraph tafel-overleg__timer">
      <span id={`timer-${overlegId}`}>{t('overleggen.timer.label')}</span>{' '}
      <span role="timer" aria-live="off" aria-labelledby={`timer-${overlegId}`} className="tafel-overleg__tijd">
        {verstreken((nu - start) / 1000)}
      </span>
    </p>
  );
}
