import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createCase, observePart, openCase, partStore, REMOTE_ORIGIN, type CaseModel } from './index.js';

function newCase(): CaseModel {
  let n = 0;
  return createCase(
    new Y.Doc(),
    { actor: { deelnemerId: 'dn-1', orgId: 'org-vt' }, now: () => '2025-05-01T08:00:00.000Z', newId: () => `id-${++n}` },
    {
      titel: 'Gezin S. (fictief)',
      regio: 'Voorbeeldregio',
      grondslag: { type: 'wettelijke_taak' },
      aanbrengerOrgId: 'org-vt',
      organisaties: [{ id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' }],
      maker: { naam: 'V', rollen: ['voorzitter'] },
    },
  );
}

describe('subscriptions per part', () => {
  it('fire only for the part that changed', () => {
    const model = newCase();
    const calls: string[] = [];
    const stops = [
      observePart(model, { soort: 'sectie', id: 'zorgen' }, () => calls.push('zorgen')),
      observePart(model, { soort: 'sectie', id: 'krachten' }, () => calls.push('krachten')),
      observePart(model, { soort: 'collectie', naam: 'gebeurtenissen' }, () => calls.push('tijdlijn')),
      observePart(model, { soort: 'gezinsprofiel' }, () => calls.push('profiel')),
      observePart(model, { soort: 'meta' }, () => calls.push('meta')),
    ];
    const zorgen = model.analyse.sectieTekst('zorgen');
    zorgen.insert(0, 'a');
    zorgen.insert(1, 'b');
    expect(calls).toEqual(['zorgen', 'zorgen']);
    calls.length = 0;
    model.gebeurtenissen.add({ datum: '2025', datumPrecisie: 'jaar', type: 'overig', titel: 't', bronType: 'dossier' });
    model.gezinsprofiel.setPrimair('langdurige_zorg');
    model.meta.update({ fase: 'herstel' });
    expect(calls).toEqual(['tijdlijn', 'profiel', 'meta']);
    for (const stop of stops) stop();
    calls.length = 0;
    zorgen.insert(0, 'c');
    expect(calls).toEqual([]);
  });

  it('a list view also hears about removals in collections it depends on', () => {
    const model = newCase();
    const p = model.personen.add({ roepnaam: 'A', rolInGezin: 'ouder' });
    const q = model.personen.add({ roepnaam: 'B', rolInGezin: 'kind' });
    model.relaties.add({ vanPersoonId: p, naarPersoonId: q, type: 'ouder_kind' });
    const store = partStore(model, { soort: 'collectie', naam: 'relaties' }, (m) => m.relaties.list());
    let changes = 0;
    store.subscribe(() => changes++);
    expect(store.getSnapshot()).toHaveLength(1);
    model.personen.remove(p);
    expect(changes).toBeGreaterThan(0);
    expect(store.getSnapshot()).toHaveLength(0);
  });

  it('snapshots keep their identity until the part changes, and tell remote changes apart', () => {
    const model = newCase();
    const store = partStore(model, { soort: 'collectie', naam: 'gebeurtenissen' }, (m) => m.gebeurtenissen.list());
    const origins: unknown[] = [];
    const stopOrigins = observePart(model, { soort: 'collectie', naam: 'gebeurtenissen' }, (o) => origins.push(o));
    const unsubscribe = store.subscribe(() => {});
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    model.analyse.sectieTekst('zorgen').insert(0, 'typing elsewhere');
    expect(store.getSnapshot()).toBe(first);
    model.gebeurtenissen.add({ datum: '2025', datumPrecisie: 'jaar', type: 'overig', titel: 't', bronType: 'dossier' });
    const second = store.getSnapshot();
    expect(second).not.toBe(first);
    expect(second).toHaveLength(1);

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(model.doc));
    openCase(remote, { actor: { deelnemerId: 'dn-2', orgId: 'org-vt' }, now: () => '2025-05-02T08:00:00.000Z', newId: () => 'remote-1' }).gebeurtenissen.add({
      datum: '2024',
      datumPrecisie: 'jaar',
      type: 'overig',
      titel: 'u',
      bronType: 'dossier',
    });
    Y.applyUpdate(model.doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(model.doc)), REMOTE_ORIGIN);
    expect(store.getSnapshot()).toHaveLength(2);
    expect(origins.map((o) => (o as { source: string }).source)).toEqual(['local', 'remote']);
    unsubscribe();
    stopOrigins();
  });
});
