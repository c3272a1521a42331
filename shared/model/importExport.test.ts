import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { demoCaseJson, exportCase, importCase, openCase, validateCase, type CaseJson, type ImportProbleemCode, type ModelContext } from './index.js';

let counter = 0;
const ctx: ModelContext = {
  actor: { deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam' },
  now: () => '2025-04-01T10:00:00.000Z',
  newId: () => `id-${++counter}`,
};

function imported(json: unknown = demoCaseJson()): Y.Doc {
  const doc = new Y.Doc();
  const result = importCase(doc, json, 'dn-lotte');
  if (!result.ok) throw new Error(JSON.stringify(result.problemen));
  return doc;
}

function problemsOf(json: unknown): { codes: ImportProbleemCode[]; paden: string[]; berichten: string[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const before = Y.encodeStateAsUpdate(doc);
  const result = importCase(doc, json, 'dn-lotte');
  expect(result.ok).toBe(false);
  // Nothing half-imported: the target document is exactly as it was.
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  const problemen = result.ok ? [] : result.problemen;
  return { codes: problemen.map((p) => p.code), paden: problemen.map((p) => p.pad), berichten: problemen.map((p) => p.bericht), doc };
}

function demoWith(edit: (json: Record<string, unknown> & { [k: string]: unknown }) => void): unknown {
  const json = structuredClone(demoCaseJson());
  edit(json);
  return json;
}

describe('import/export of a whole case', () => {
  it('round-trips the demo case: export(import(demo)) imports again to the same case', () => {
    const doc = imported();
    expect(validateCase(doc)).toEqual([]);
    const first = exportCase(doc);
    const again = exportCase(imported(JSON.parse(JSON.stringify(first))));
    expect(again).toEqual(first);
    expect(first.casus.fictief).toBe(true);
    expect(first.personen.map((p) => p.roepnaam).sort()).toEqual(['Daan', 'Mark', 'Noor', 'Sanne']);
    expect(first.gezinsprofiel.primair).toBe('intieme_terreur');
    expect(first.analyse.teksten['zorgen']?.content.length).toBeGreaterThan(0);
  });

  it('keeps the demo readable through the typed model', () => {
    const model = openCase(imported(), ctx);
    expect(model.meta.get().titel).toBe('Gezin K. (fictief)');
    expect(model.analyse.secties()).toHaveLength(13);
    expect(model.analyse.hypotheseStatus('hyp-terreur')).toBe('werkhypothese');
    expect(model.gezinsprofiel.stand('complexe_conflictscheiding')).toBe('uitgesloten');
    expect(model.actiepunten.list().map((a) => a.status)).toEqual(['gedaan', 'open', 'open', 'niet_gedaan']);
    expect(model.relaties.get('rel-sanne-mark')?.geweldRichting).toBe('van_naar');
  });

  it('every collection of the model has at least one demo entity', () => {
    const json = exportCase(imported()) as unknown as Record<string, unknown>;
    // The demo is an open case: a closing and its receipts exist only in closed cases (levensloop.test.ts).
    const alleenBijAfsluiten = new Set(['afsluitingen', 'ontvangstbevestigingen']);
    for (const [key, value] of Object.entries(json)) {
      if (Array.isArray(value) && !alleenBijAfsluiten.has(key)) expect(value.length, key).toBeGreaterThan(0);
    }
  });

  it('leaves out restricted values the viewer may not see', () => {
    const doc = imported();
    const forPolice = exportCase(doc, { viewer: { deelnemerId: 'dn-joost', orgId: 'org-politie', rollen: ['expert'] } });
    const sanne = forPolice.personen.find((p) => p.id === 'p-sanne');
    expect(sanne?.adres).toBeUndefined();
    expect(sanne?.veiligContact).toBeUndefined();
    expect(forPolice.noodcontacten.map((n) => n.id)).toEqual(['nc-112', 'nc-vt']);
    expect(forPolice.annotaties.map((a) => a.id)).toEqual(['an-1', 'an-2']); // an-2 is their own
    const forHelper = exportCase(doc, { viewer: { deelnemerId: 'dn-mila', orgId: 'org-opvang', rollen: ['expert'] } });
    expect(forHelper.personen.find((p) => p.id === 'p-sanne')?.adres?.geheim).toBe(true);
    expect(forHelper.noodcontacten).toHaveLength(3);
    expect(forHelper.annotaties.map((a) => a.id)).toEqual(['an-1']);
  });

  it('rejects wrong types with a path and no content in the message', () => {
    const { codes, paden, berichten } = problemsOf(demoWith((j) => ((j['personen'] as Array<Record<string, unknown>>)[1]!['geboortejaar'] = 'negentien')));
    expect(codes).toEqual(['verkeerd_type']);
    expect(paden).toEqual(['personen[1].geboortejaar']);
    expect(berichten.join(' ')).not.toContain('negentien');
  });

  it('rejects an unknown profile', () => {
    expect(problemsOf(demoWith((j) => ((j['gezinsprofiel'] as Record<string, unknown>)['primair'] = 'vechtscheiding'))).codes).toEqual(['onbekend_profiel']);
    expect(problemsOf(demoWith((j) => ((j['gezinsprofiel'] as Record<string, unknown>)['oordelen'] = { zesde_profiel: 'secundair' }))).codes).toContain(
      'onbekend_profiel',
    );
    expect(problemsOf(demoWith((j) => ((j['indicatoren'] as Array<Record<string, unknown>>)[0]!['profiel'] = 'onbekend'))).paden).toEqual([
      'indicatoren[0].profiel',
    ]);
  });

  it('rejects dangling references and duplicate ids', () => {
    const dangling = problemsOf(demoWith((j) => ((j['factoren'] as Array<Record<string, unknown>>)[2]!['persoonIds'] = ['p-mark', 'p-bestaat-niet'])));
    expect(dangling.codes).toEqual(['verwijzing_bestaat_niet']);
    expect(dangling.paden).toEqual(['factoren[2].persoonIds[1]']);
    const missingOwner = problemsOf(demoWith((j) => ((j['afspraken'] as Array<Record<string, unknown>>)[0]!['planId'] = 'plan-weg')));
    expect(missingOwner.paden).toEqual(['afspraken[0].planId']);
    const dup = problemsOf(
      demoWith((j) => (j['personen'] as Array<Record<string, unknown>>).push({ ...(j['personen'] as Array<Record<string, unknown>>)[0]! })),
    );
    expect(dup.codes).toEqual(['dubbel_id']);
  });

  it('imports a conflict a merge can produce, and validateCase reports it', () => {
    const doc = imported(
      demoWith((j) => (((j['gezinsprofiel'] as Record<string, unknown>)['oordelen'] as Record<string, unknown>)['intieme_terreur'] = 'uitgesloten')),
    );
    expect(validateCase(doc)).toEqual([{ soort: 'conflict', code: 'profiel_primair_en_uitgesloten', pad: 'gezinsprofiel.intieme_terreur' }]);
  });

  it('rejects unknown fields, missing fields, other formats, newer versions and non-objects', () => {
    expect(problemsOf(demoWith((j) => ((j['casus'] as Record<string, unknown>)['bsn'] = '123'))).codes).toEqual(['onbekend_veld']);
    expect(problemsOf(demoWith((j) => delete (j['casus'] as Record<string, unknown>)['titel'])).codes).toEqual(['ontbreekt']);
    expect(problemsOf(demoWith((j) => (j['formaat'] = 'iets.anders'))).codes).toEqual(['verkeerd_formaat']);
    expect(problemsOf(demoWith((j) => (j['schemaVersie'] = 99))).codes).toEqual(['versie_te_nieuw']);
    expect(problemsOf([1, 2]).codes).toEqual(['geen_json_object']);
    expect(problemsOf(demoWith((j) => ((j['gebeurtenissen'] as Array<Record<string, unknown>>)[0]!['datum'] = '14-02-2025'))).codes).toEqual([
      'ongeldig_formaat',
    ]);
  });

  it('refuses to import into a document that already holds something', () => {
    const doc = imported();
    const before = Y.encodeStateAsUpdate(doc);
    const result = importCase(doc, demoCaseJson(), 'dn-lotte');
    expect(result).toEqual({ ok: false, problemen: [expect.objectContaining({ code: 'doel_niet_leeg' })] });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('exports equal cases as equal text (a stable base for a content fingerprint)', () => {
    const a = JSON.stringify(exportCase(imported()));
    const b = JSON.stringify(exportCase(imported()));
    expect(a).toBe(b);
    const parsed = JSON.parse(a) as CaseJson;
    expect(parsed.formaat).toBe('tafel.casus');
  });
});
