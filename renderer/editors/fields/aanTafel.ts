/**
 * Who sits at the table now: deelnemers whose access the chair has not taken away
 * (`vertrokkenOp`). Pickers offer only them; a value already pointing at someone who left keeps
 * showing, so nothing changes by itself.
 */
import { useMemo } from 'react';
import type { CasusDeelnemer } from '../../../shared/model/index.js';
import { useCollection } from './index.js';

/** The deelnemers at the table now, for pickers. */
export function useAanTafel(): readonly CasusDeelnemer[] {
  const deelnemers = useCollection('deelnemers');
  return useMemo(() => deelnemers.filter((d) => d.vertrokkenOp === undefined), [deelnemers]);
}

/** `aanTafel`, plus whoever the current value names when they have left (so the field keeps showing it). */
export function metHuidige(aanTafel: readonly CasusDeelnemer[], alle: readonly CasusDeelnemer[], huidig: readonly string[]): CasusDeelnemer[] {
  const vertrokken = alle.filter((d) => d.vertrokkenOp !== undefined && huidig.includes(d.id));
  return [...aanTafel, ...vertrokken];
}
