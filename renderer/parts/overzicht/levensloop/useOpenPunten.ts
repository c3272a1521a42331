/** What is still open at afschalen or afsluiten, re-read when anything it looks at changes. */
import { useMemo } from 'react';
import { openBijAfschalen, openBijAfsluiten, type OpenBijOvergang } from '../../../../shared/model/index.js';
import { useCollection } from '../../../editors/fields/index.js';
import { vandaag } from '../../../i18n/dagen.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';

/** Open items for afschalen, or for afsluiten with `versieId` (the version the case closes with). */
export function useOpenPunten(soort: 'afschalen' | 'afsluiten', versieId?: string): OpenBijOvergang[] {
  const { model } = useWorkspace();
  // Each list it reads: a change in any of them reads the items again.
  const actiepunten = useCollection('actiepunten');
  const plannen = useCollection('plannen');
  const zorgen = useCollection('zorgStatements');
  const schalen = useCollection('veiligheidsSchalen');
  const bevestigingen = useCollection('ontvangstbevestigingen');
  const deelnemers = useCollection('deelnemers');
  const organisaties = useCollection('organisaties');
  return useMemo(
    () => (soort === 'afschalen' ? openBijAfschalen(model, vandaag()) : openBijAfsluiten(model, vandaag(), versieId)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the collections stand for what the model reads
    [model, soort, versieId, actiepunten, plannen, zorgen, schalen, bevestigingen, deelnemers, organisaties],
  );
}
