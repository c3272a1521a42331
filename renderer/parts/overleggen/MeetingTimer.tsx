/**
 * The visible meeting clock: time since the meeting started on this device. It is a role="timer"
 * with aria-live off, so a screen reader reads it when asked and does not announce every second.
 * The case keeps no start time (the model has none), so the clock is this device's: it starts
 * when the overleg is started or first opened while it is running, and survives switching parts.
 */
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { verstreken } from './options.js';

const gestart = new Map<string, number>();

/** Marks the start of a meeting on this device (the "Overleg starten" button calls it). */
export function markeerStart(overlegId: string, now: number = Date.now()): void {
  if (!gestart.has(overlegId)) gestart.set(overlegId, now);
}

export function MeetingTimer({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const [start] = useState(() => {
    markeerStart(overlegId);
    return gestart.get(overlegId) ?? Date.now();
  });
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
