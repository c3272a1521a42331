import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportCase, openCase, richDocFromPlainText, validateCase } from '../model/index.js';
import { agreedSnapshotRef, removeAgreedVersion, storedAgreedContent } from '../model/agreedVersionStorage.js';
import { AGREED_AT, ATTENDEES, CHAIR, agreedDemo, demoModel, fixedContext, subtle } from '../../tests/golden/agreedFixture.js';
import {
  agreedVersions,
  buildAgreedContent,
  canonicalJson,
  ExportError,
  fingerprintOf,
  openAgreedVersion,
  planDocument,
  planLayout,
  vaststellen,
  verifyAgreedVersion,
  writeMarkdown,
} from './index.js';

const voorLotte = { ontvangerOrgId: 'org-lokaalteam', viewer: { deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam', rollen: ['casusregisseur' as const] } };

describe('vaststellen', () => {
  it('records who agreed, when, who attended and a SHA-256 fingerprint of the canonical content', async () => {
    const model = demoModel();
    const version = await agreedDemo(model);
    const record = model.versies.get(version.id);
    expect(record).toMatchObject({
      snapshotRef: agreedSnapshotRef(version.id),
      vastgesteldOp: AGREED_AT,
      vastgesteldDoor: [CHAIR],
      aanwezigen: ATTENDEES,
      overlegId: 'ov-1',
      omvat: ['analyse', 'gezinsprofiel', 'plan', 'verslag'],
    });
    expect(record?.vingerafdruk).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(record?.vingerafdruk).toBe(await fingerprintOf(canonicalJson(buildAgreedContent(model, 'ov-1')), subtle));
    expect(await verifyAgreedVersion(version, subtle)).toBe(true);
    const stored = storedAgreedContent(model.doc, version.id);
    expect(Y.decodeSnapshot(stored!.yjsSnapshot).sv.size).toBeGreaterThan(0);
    expect(agreedVersions(model).map((v) => [v.versie.id, v.inhoudAanwezig])).toContainEqual([version.id, true]);
  });

  it('is refused for anyone but the voorzitter, and writes nothing', async () => {
    const model = demoModel('dn-lotte', 'org-lokaalteam');
    const before = model.versies.list().length;
    await expect(vaststellen(model, { voorzitterId: 'dn-lotte', aanwezigen: [], op: AGREED_AT, subtle })).rejects.toMatchObject({ code: 'niet_voorzitter' });
    await expect(vaststellen(model, { voorzitterId: CHAIR, aanwezigen: [], op: AGREED_AT, subtle })).rejects.toBeInstanceOf(ExportError);
    expect(model.versies.list()).toHaveLength(before);
  });

  it('reopens read-only with the agreed content, not what was edited afterwards', async () => {
    const model = demoModel();
    const version = await agreedDemo(model);
    const before = writeMarkdown(planLayout(planDocument(version, voorLotte)));
    model.afspraken.update('af-1', { wanneer: 'Elke zondag 12 uur', wat: richDocFromPlainText('Iets anders.') });
    const reopened = openAgreedVersion(model, version.id);
    expect(writeMarkdown(planLayout(planDocument(reopened, voorLotte)))).toBe(before);
    expect(before).toContain('Elke zaterdag 10 uur');
    expect(await verifyAgreedVersion(reopened, subtle)).toBe(true);
  });

  it('gives identical fingerprints and byte-identical Markdown on two synced documents', async () => {
    const a = demoModel();
    const version = await agreedDemo(a);
    const docB = new Y.Doc();
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(a.doc));
    const b = openCase(docB, fixedContext('dn-lotte', 'org-lokaalteam'));
    const onB = openAgreedVersion(b, version.id);
    expect(onB.vingerafdruk).toBe(version.vingerafdruk);
    expect(await fingerprintOf(onB.canonical, subtle)).toBe(version.vingerafdruk);
    expect(writeMarkdown(planLayout(planDocument(onB, voorLotte)))).toBe(writeMarkdown(planLayout(planDocument(version, voorLotte))));
    // The live content, built independently on the other replica, hashes the same too.
    expect(await fingerprintOf(canonicalJson(buildAgreedContent(b, 'ov-1')), subtle)).toBe(version.vingerafdruk);
  });

  it('keeps the fingerprint when an item is touched without changing it, and changes it when content changes', async () => {
    const model = demoModel();
    const first = await agreedDemo(model);
    model.afspraken.update('af-2', { wanneer: 'Start vóór 1 april' });
    const same = await vaststellen(model, { voorzitterId: CHAIR, aanwezigen: ATTENDEES, op: '2025-03-11T09:00:00.000Z', overlegId: 'ov-1', subtle });
    expect(same.vingerafdruk).toBe(first.vingerafdruk);
    model.afspraken.update('af-2', { wanneer: 'Start vóór 1 mei' });
    const changed = await vaststellen(model, { voorzitterId: CHAIR, aanwezigen: ATTENDEES, op: '2025-03-12T09:00:00.000Z', overlegId: 'ov-1', subtle });
    expect(changed.vingerafdruk).not.toBe(first.vingerafdruk);
  });

  it('normalises text: composed and decomposed accents and CRLF line ends hash alike', () => {
    const composed = canonicalJson({ b: 'café\nx', a: 1 });
    expect(canonicalJson({ a: 1, b: 'cafe\u0301\nx' })).toBe(composed);
    expect(composed).toBe('{"a":1,"b":"café\\nx"}');
  });

  it('reports a version whose content this case does not hold', () => {
    const model = demoModel();
    // The demo's own version was recorded without stored content (made before this feature).
    expect(() => openAgreedVersion(model, 'vs-ov-1')).toThrow(expect.objectContaining({ code: 'inhoud_ontbreekt' }));
    expect(() => openAgreedVersion(model, 'bestaat-niet')).toThrow(expect.objectContaining({ code: 'onbekende_versie' }));
  });

  it('keeps the case valid and keeps agreed content out of viewer-filtered case exports', async () => {
    const model = demoModel();
    const version = await agreedDemo(model);
    expect(validateCase(model.doc).filter((p) => p.soort === 'fout')).toEqual([]);
    const voorExpert = JSON.stringify(exportCase(model.doc, { viewer: { deelnemerId: 'dn-joost', orgId: 'org-politie', rollen: ['expert'] } }));
    expect(voorExpert).toContain(version.id);
    expect(voorExpert).not.toContain('06-11111111');
  });

  it('keeps both versions when two replicas agree at the same time', async () => {
    const a = demoModel();
    const docB = new Y.Doc();
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(a.doc));
    // The same chair on a second device: its own id space.
    let n = 0;
    const b = openCase(docB, { ...fixedContext(CHAIR, 'org-vt'), newId: () => `tweede-apparaat-${++n}` });
    b.afspraken.update('af-1', { waar: 'Bij oma thuis' });
    const [va, vb] = [
      await agreedDemo(a),
      await vaststellen(b, { voorzitterId: CHAIR, aanwezigen: ATTENDEES, op: AGREED_AT, overlegId: 'ov-1', omschrijving: 'tweede', subtle }),
    ];
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(docB));
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(a.doc));
    for (const m of [a, b]) {
      expect(openAgreedVersion(m, va.id).vingerafdruk).toBe(va.vingerafdruk);
      expect(openAgreedVersion(m, vb.id).vingerafdruk).toBe(vb.vingerafdruk);
    }
    expect(va.vingerafdruk).not.toBe(vb.vingerafdruk);
  });

  it('removing a version deletes its stored content too', async () => {
    const model = demoModel();
    const version = await agreedDemo(model);
    removeAgreedVersion(model, version.id);
    expect(storedAgreedContent(model.doc, version.id)).toBeUndefined();
    expect(() => openAgreedVersion(model, version.id)).toThrow(expect.objectContaining({ code: 'onbekende_versie' }));
  });
});
