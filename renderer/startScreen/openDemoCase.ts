/**
 * "Voorbeeldcasus openen": the fictional demo case (shared/model demoCaseJson) in memory, seen as
 * its voorzitter. Nothing is stored or synced; closing it discards it.
 */
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../shared/model/index.js';
import { buildWorkspaceValue, notSynced, type OpenedCase } from '../workspace/openedCase.js';

const DEMO_CHAIR = 'dn-ingrid';

export function openDemoCase(): OpenedCase {
  const doc = new Y.Doc();
  const json = demoCaseJson();
  const result = importCase(doc, json, DEMO_CHAIR);
  if (!result.ok) throw new Error('demo case did not import');
  const model = openCase(doc, defaultContext({ deelnemerId: DEMO_CHAIR, orgId: '' }));
  const chair = model.deelnemers.get(DEMO_CHAIR);
  const organisation = chair === undefined ? '' : (model.organisaties.get(chair.organisatieId)?.naam ?? '');
  const awareness = new Awareness(doc);
  const value = buildWorkspaceValue({
    room: 'voorbeeld',
    doc,
    awareness,
    deelnemerId: DEMO_CHAIR,
    user: { name: chair?.naam ?? 'Voorzitter', organisation, role: null, color: '#1f5aa6' },
    canEdit: true,
    canManage: true,
    sync: notSynced,
  });
  return {
    value,
    close: async () => {
      value.undo.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
}
