import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { collectionRootName, ROOT } from './docLayout.js';
import { demoCaseJson, exportCase, importCase, migrateCase, openCase, schemaVersion, ModelError, type Migration } from './index.js';

// A test-only step 1 → 2, written by the rules in migrations.ts: it derives initialen from the
// roepnaam where they are missing (idempotent, deterministic) and adds a section under a fixed key.
const STEP_TO_2: Migration = {
  van: 1,
  omschrijving: 'initialen afleiden; sectie veiligheidsinschatting toevoegen',
  up(doc) {
    for (const persoon of doc.getMap<Y.Map<unknown>>(collectionRootName('personen')).values()) {
      const roepnaam = persoon.get('roepnaam');
      if (persoon.get('verwijderdOp') === undefined && persoon.get('initialen') === undefined && typeof roepnaam === 'string') {
        persoon.set('initialen', `${roepnaam[0]}.`);
      }
    }
    const secties = doc.getMap<Y.Map<unknown>>(collectionRootName('secties'));
    if (!secties.has('veiligheidsinschatting')) {
      const org = String(doc.getMap(ROOT.casus).get('aanbrengerOrgId'));
      const sectie = new Y.Map<unknown>();
      secties.set('veiligheidsinschatting', sectie);
      const entries: Array<[string, unknown]> = [
        ['id', 'veiligheidsinschatting'],
        ['aangemaaktOp', '2025-06-01T00:00:00.000Z'],
        ['aangemaaktDoor', 'migratie'],
        ['gewijzigdOp', '2025-06-01T00:00:00.000Z'],
        ['gewijzigdDoor', 'migratie'],
        ['bronOrgId', org],
        ['gevoeligheid', 'bijzonder'],
        ['titel', 'Veiligheidsinschatting'],
        ['volgorde', 13],
      ];
      for (const [k, v] of entries) sectie.set(k, v);
    }
  },
};
const CHAIN = [STEP_TO_2];

function demoDoc(): Y.Doc {
  const doc = new Y.Doc();
  const result = importCase(doc, demoCaseJson(), 'dn-ingrid');
  if (!result.ok) throw new Error('demo import failed');
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const ctx = { actor: { deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam' }, now: () => '2025-06-02T00:00:00.000Z', newId: () => 'x' };

describe('migrations', () => {
  it('upgrades an older document once, and a second run does nothing', () => {
    const doc = demoDoc();
    expect(migrateCase(doc, { migrations: CHAIN, doelVersie: 2 })).toEqual({ van: 1, naar: 2, toegepast: [2] });
    expect(schemaVersion(doc)).toBe(2);
    expect(migrateCase(doc, { migrations: CHAIN, doelVersie: 2 })).toEqual({ van: 2, naar: 2, toegepast: [] });
    const json = exportCase(doc);
    expect(json.personen.find((p) => p.id === 'p-noor')?.initialen).toBe('N.');
    expect(json.secties.filter((s) => s.id === 'veiligheidsinschatting')).toHaveLength(1);
  });

  it('two clients that migrate the same old document concurrently end as if migrated once', () => {
    const base = demoDoc();
    const a = copyOf(base);
    const b = copyOf(base);
    const once = copyOf(base);
    migrateCase(a, { migrations: CHAIN, doelVersie: 2 });
    migrateCase(b, { migrations: CHAIN, doelVersie: 2 });
    migrateCase(once, { migrations: CHAIN, doelVersie: 2 });
    exchange(a, b);
    expect(exportCase(a)).toEqual(exportCase(b));
    expect(exportCase(a)).toEqual(exportCase(once));
    expect(schemaVersion(a)).toBe(2);
    expect([...a.getMap(ROOT.schema).keys()].sort()).toEqual(['1', '2']);
    // Another run after the merge finds nothing left to do.
    expect(migrateCase(a, { migrations: CHAIN, doelVersie: 2 }).toegepast).toEqual([]);
  });

  it('a client that has not migrated yet receives the upgrade and does not run it again', () => {
    const base = demoDoc();
    const a = copyOf(base);
    const b = copyOf(base);
    migrateCase(a, { migrations: CHAIN, doelVersie: 2 });
    exchange(a, b);
    expect(migrateCase(b, { migrations: CHAIN, doelVersie: 2 }).toegepast).toEqual([]);
    expect(exportCase(b)).toEqual(exportCase(a));
  });

  it('refuses documents newer than the code, and code refuses to write them', () => {
    const doc = demoDoc();
    const model = openCase(doc, ctx);
    migrateCase(doc, { migrations: CHAIN, doelVersie: 2 }); // a newer peer upgraded the case
    expect(() => migrateCase(doc)).toThrow(ModelError);
    expect(() => openCase(doc, ctx)).toThrow(/nieuwere versie/);
    expect(() => model.netwerk.add({ naam: 'Tante', relatieTotGezin: 'tante' })).toThrow(/nieuwere versie/);
  });

  it('leaves a document without a case alone (e.g. before the first sync)', () => {
    const doc = new Y.Doc();
    expect(migrateCase(doc)).toEqual({ van: 0, naar: 0, toegepast: [] });
    expect(doc.share.size).toBeGreaterThan(0); // read the marker map...
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(new Y.Doc())); // ...but wrote nothing
  });
});
