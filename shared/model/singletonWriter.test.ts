// The analysis and the gezinsprofiel write their scalar fields the same way (singletonWriter.ts):
// checked first, stamped with who and when, undefined clears a field, bad input writes nothing.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './docLayout.js';
import { createCase, ModelError, type CaseModel, type ModelContext } from './index.js';

function context(deelnemerId: string, at: string): ModelContext {
  let n = 0;
  return { actor: { deelnemerId, orgId: 'org-vt' }, now: () => at, newId: () => `${deelnemerId}-${++n}` };
}

function newCase(ctx: ModelContext): CaseModel {
  return createCase(new Y.Doc(), ctx, {
    titel: 'Gezin T. (fictief)',
    regio: 'Voorbeeldregio',
    grondslag: { type: 'wettelijke_taak' },
    organisaties: [{ id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' }],
    aanbrengerOrgId: 'org-vt',
    maker: { naam: 'Voorzitter', rollen: ['voorzitter'] },
  });
}

describe('writing the analysis and the gezinsprofiel as a whole', () => {
  it('stamps the part with who changed it and when, and clears a field given as undefined', () => {
    const model = newCase(context('dn-1', '2025-05-01T08:00:00.000Z'));
    model.gezinsprofiel.update({ machtsongelijkheid: 'ja', datum: '2025-05-01' });
    model.analyse.update({ status: 'concept' });
    const profiel = model.doc.getMap<unknown>(ROOT.gezinsprofiel);
    expect(model.gezinsprofiel.get()).toMatchObject({
      machtsongelijkheid: 'ja',
      datum: '2025-05-01',
      gewijzigdDoor: 'dn-1',
      gewijzigdOp: '2025-05-01T08:00:00.000Z',
    });
    model.gezinsprofiel.update({ datum: undefined });
    expect(profiel.has('datum')).toBe(false);
    expect(profiel.get('machtsongelijkheid')).toBe('ja');
    expect(model.doc.getMap<unknown>(ROOT.analyse).get('gewijzigdDoor')).toBe('dn-1');
  });

  it('refuses input outside the schema with a code naming the part, and writes nothing', () => {
    const model = newCase(context('dn-1', '2025-05-01T08:00:00.000Z'));
    model.gezinsprofiel.update({ machtsongelijkheid: 'nee' });
    const before = Y.encodeStateVector(model.doc);
    const attempt = (): void => model.gezinsprofiel.update({ machtsongelijkheid: 'misschien' as never });
    expect(attempt).toThrow(ModelError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'ongeldige_invoer', path: 'gezinsprofiel' }));
    expect(() => model.analyse.update({ status: 'klaar' as never })).toThrow(expect.objectContaining({ code: 'ongeldige_invoer', path: 'analyse' }));
    expect(Y.encodeStateVector(model.doc)).toEqual(before);
    expect(model.gezinsprofiel.get().machtsongelijkheid).toBe('nee');
  });
});
