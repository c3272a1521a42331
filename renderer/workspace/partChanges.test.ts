import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bezoekNu, nieuwSinds } from '../../shared/annotaties/index.js';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../shared/model/index.js';
import { changedParts } from './partChanges.js';

function replicas(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  importCase(a, demoCaseJson(), 'dn-ingrid');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

describe('the parts marked "nieuw" in the navigation', () => {
  it('are the parts where others changed something or started a thread, and no others', () => {
    const [mine, theirs] = replicas();
    const me = openCase(mine, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
    const other = openCase(theirs, defaultContext({ deelnemerId: 'dn-fatima', orgId: 'org-ggz' }));
    const visit = bezoekNu(mine, [], '2026-11-29T08:00:00.000Z');
    expect(changedParts(me, nieuwSinds(mine, visit, 'dn-ingrid'))).toEqual(new Set());

    // My own edit in the plan is not news to me.
    me.signalen.add({ planId: 'plan-1', signaal: 'Vader staat onaangekondigd voor de deur', watDanTeDoen: 'Bel 112' });
    // The other: a tijdlijn event, and a thread on a factor of the analysis.
    other.gebeurtenissen.add({ datum: '2025-03', datumPrecisie: 'maand', type: 'melding_VT', titel: 'Melding bij Veilig Thuis', bronType: 'dossier' });
    const factor = other.factoren.list()[0]!;
    other.annotaties.add({ doelId: factor.id, soort: 'vraag', tekst: 'Klopt dit nog?', zichtbaarheid: 'alle_deelnemers' });
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)));

    expect(changedParts(me, nieuwSinds(mine, visit, 'dn-ingrid'))).toEqual(new Set(['tijdlijn', 'analyse']));
  });
});
