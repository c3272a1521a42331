import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DraadWeergave } from '../../../shared/annotaties/index.js';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../../shared/model/index.js';
import { alsBesluit, huidigOverleg, openbareTekst, zetOpAgenda } from './agenda.js';

function demo() {
  const doc = new Y.Doc();
  importCase(doc, demoCaseJson(), 'dn-ingrid');
  return openCase(doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
}

const draad = (over: Partial<DraadWeergave>): DraadWeergave => ({
  id: 'x',
  doelId: 'zorgen',
  doelVeld: undefined,
  soort: 'vraag',
  zichtbaarheid: 'alle_deelnemers',
  status: 'open',
  door: 'dn-joost',
  orgId: 'org-politie',
  op: '2026-01-01T00:00:00.000Z',
  afgehandeldDoor: undefined,
  afgehandeldOp: undefined,
  tekst: 'Hoe vaak?',
  anker: undefined,
  verzegeld: false,
  reacties: [],
  ...over,
});

describe('open threads at an overleg', () => {
  it('go to the overleg going on now, else the first planned one, never a vastgesteld one', () => {
    const model = demo();
    expect(huidigOverleg(model)).toBeUndefined();
    const later = model.overleggen.add({ type: 'casusoverleg', datum: '2026-03-01', status: 'gepland' });
    const eerder = model.overleggen.add({ type: 'evaluatie', datum: '2026-02-01', status: 'gepland' });
    expect(huidigOverleg(model)?.id).toBe(eerder);
    const nu = model.overleggen.add({ type: 'spoed', datum: '2026-04-01', status: 'bezig' });
    expect(huidigOverleg(model)?.id).toBe(nu);
    expect(later).not.toBe(nu);
  });

  it('an agenda line and a besluit are written to that overleg', () => {
    const model = demo();
    const id = model.overleggen.add({ type: 'casusoverleg', datum: '2026-03-01', status: 'bezig', agenda: ['Opening'] });
    zetOpAgenda(model, id, 'Vraag van Joost bij Zorgen: Hoe vaak?');
    expect(model.overleggen.get(id)?.agenda).toEqual(['Opening', 'Vraag van Joost bij Zorgen: Hoe vaak?']);
    const besluit = alsBesluit(model, id, 'Vraag van Joost bij Zorgen: Hoe vaak?');
    expect(model.besluiten.get(besluit!)).toMatchObject({ overlegId: id, datum: '2026-03-01', tekst: 'Vraag van Joost bij Zorgen: Hoe vaak?' });
  });

  it('only an alle-deelnemers thread lends its text, shortened', () => {
    expect(openbareTekst(draad({}))).toBe('Hoe vaak?');
    expect(openbareTekst(draad({ zichtbaarheid: 'voorzitter' }))).toBeNull();
    expect(openbareTekst(draad({ zichtbaarheid: 'eigen_organisatie' }))).toBeNull();
    expect(openbareTekst(draad({ tekst: 'a'.repeat(400) }))?.length).toBe(200);
  });
});
