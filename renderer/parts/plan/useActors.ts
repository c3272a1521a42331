/** Who can own or check an afspraak, as choices; live with the gezin, netwerk and deelnemers. */
import { useMemo } from 'react';
import { useCollection, type SelectOption } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { actorOptions } from './options.js';
import { useAanTafel } from '../../editors/fields/aanTafel.js';

export function useActors(): readonly SelectOption<string>[] {
  const t = useT();
  const personen = useCollection('personen');
  const netwerk = useCollection('netwerk');
  // Pickers offer who is at the table now (aanTafel.ts).
  const deelnemers = useAanTafel();
  const organisaties = useCollection('organisaties');
  return useMemo(() => actorOptions(t, personen, netwerk, deelnemers, organisaties), [t, personen, netwerk, deelnemers, organisaties]);
}
