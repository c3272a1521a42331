import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../../../shared/model/index.js';
import { doelVanFragment } from './doel.js';

describe('doelVanFragment', () => {
  const doc = new Y.Doc();
  importCase(doc, demoCaseJson(), 'dn-ingrid');
  const model = openCase(doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));

  it('a section text is the section', () => {
    expect(doelVanFragment(model.analyse.sectieFragment('zorgen'))).toEqual({ doelId: 'zorgen', doelVeld: undefined });
  });

  it('a rich field of an item is that item and field', () => {
    expect(doelVanFragment(model.factoren.fragment('f-oma', 'omschrijving'))).toEqual({ doelId: 'f-oma', doelVeld: 'omschrijving' });
  });

  it('texts threads cannot point at have no target', () => {
    expect(doelVanFragment(doc.getXmlFragment('gezinsprofiel:toelichting'))).toBeNull();
  });
});
