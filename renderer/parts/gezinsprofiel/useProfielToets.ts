/**
 * The plan check against the chosen gezinsprofiel (shared/profielen/planToets.ts), live: every
 * view that shows findings (the Gezinsprofiel, the Veiligheidsplan, the Overleggen and each flagged
 * item) reads them here, so they all say the same. Recomputed when the profile, the indicators or
 * any checked collection changes; the check itself is a few patterns over the plan's items.
 */
import { useMemo } from 'react';
import type { CaseModel } from '../../../shared/model/index.js';
import { leesToetsInvoer, profielGidsVoorRegio, toetsPlan, type ProfielGids, type ToetsBevinding } from '../../../shared/profielen/index.js';
import { useCollection } from '../../editors/fields/index.js';
import { vandaag } from '../../i18n/dagen.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';

const readProfiel = (model: CaseModel) => model.gezinsprofiel.get();
const readRegio = (model: CaseModel): string => model.meta.get().regio;

/** The guide for this case's region (the default until a region supplies its own). */
export function useProfielGids(): ProfielGids {
  const regio = usePart({ soort: 'meta' }, readRegio);
  return useMemo(() => profielGidsVoorRegio(regio), [regio]);
}

/** Every finding of the check now. */
export function useProfielToets(): readonly ToetsBevinding[] {
  const { model } = useWorkspace();
  const profiel = usePart({ soort: 'gezinsprofiel' }, readProfiel);
  const indicatoren = useCollection('indicatoren');
  const afspraken = useCollection('afspraken');
  const actiepunten = useCollection('actiepunten');
  const besluiten = useCollection('besluiten');
  const hulpverleners = useCollection('hulpverleners');
  const personen = useCollection('personen');
  const netwerk = useCollection('netwerk');
  const dag = vandaag();
  return useMemo(
    () => toetsPlan(leesToetsInvoer(model, dag)),
    // The lists stand for the case's content: when one changes, the check reads the model again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, dag, profiel, indicatoren, afspraken, actiepunten, besluiten, hulpverleners, personen, netwerk],
  );
}

/** The findings about one item (an afspraak, actiepunt, besluit, hulpverlening or a profile). */
export function useBevindingenVoor(doelId: string): readonly ToetsBevinding[] {
  const alle = useProfielToets();
  return useMemo(() => alle.filter((b) => b.doelId === doelId), [alle, doelId]);
}
