import { describe, expect, it } from 'vitest';
import { trekVersieIn, vaststellen } from '../../../shared/export/index.js';
import type { CaseModel } from '../../../shared/model/index.js';
import { CHAIR, demoModel, subtle } from '../../../tests/golden/agreedFixture.js';
import { ingetrokkenLaatsteVersie, vaststellenOverzicht } from './vaststellenOverzicht.js';

/** The demo case (opened as its chair) with a new casusoverleg. */
function metOverleg(): { model: CaseModel; overlegId: string } {
  const model = demoModel();
  const overlegId = model.overleggen.add({ type: 'casusoverleg', datum: '2026-11-29', status: 'bezig' });
  return { model, overlegId };
}

const overzichtVan = (model: CaseModel, overlegId: string) =>
  vaststellenOverzicht(overlegId, { aanwezigheid: model.aanwezigheid.list(), besluiten: model.besluiten.list(), actiepunten: model.actiepunten.list() });

describe('before Vaststellen', () => {
  it('counts who is recorded as present, not who was absent', () => {
    const { model, overlegId } = metOverleg();
    expect(overzichtVan(model, overlegId).aanwezigen).toEqual([]);
    model.aanwezigheid.add({ overlegId, wie: 'dn-ingrid', organisatieId: 'org-vt', rol: 'voorzitter', aanwezig: 'aanwezig' });
    model.aanwezigheid.add({ overlegId, wie: 'dn-lotte', rol: 'expert', aanwezig: 'aanwezig' });
    model.aanwezigheid.add({ overlegId, wie: 'dn-fatima', rol: 'expert', aanwezig: 'afwezig_met_informatie' });
    expect(overzichtVan(model, overlegId).aanwezigen).toEqual(['dn-ingrid', 'dn-lotte']);
  });

  it("counts this meeting's besluiten and actiepunten and the earlier actiepunten reviewed in it", () => {
    const { model, overlegId } = metOverleg();
    const eerder = model.actiepunten.list().length;
    const besluitId = model.besluiten.add({ overlegId, datum: '2026-11-29', tekst: 'Omgang alleen onder begeleiding.' });
    model.actiepunten.add({
      overlegId,
      besluitId,
      omschrijving: 'Oma vragen.',
      eigenaarDeelnemerId: 'dn-lotte',
      eigenaarOrgId: 'org-vt',
      deadline: '2026-12-15',
    });
    const oud = model.actiepunten.list().find((a) => a.overlegId !== overlegId)!;
    model.actiepunten.update(oud.id, { gereviewdInOverlegId: overlegId });
    const overzicht = overzichtVan(model, overlegId);
    expect(eerder).toBeGreaterThan(0);
    expect([overzicht.besluiten, overzicht.actiepunten, overzicht.terugblik]).toEqual([1, 1, 1]);
  });
});

describe('after intrekken', () => {
  it("tells that the overleg's latest version was withdrawn until it is agreed again", async () => {
    const { model, overlegId } = metOverleg();
    expect(ingetrokkenLaatsteVersie(overlegId, model.versies.list())).toBeUndefined();
    const eerste = await vaststellen(model, { voorzitterId: CHAIR, aanwezigen: [CHAIR], op: '2026-11-29T10:00:00.000Z', overlegId, subtle });
    expect(ingetrokkenLaatsteVersie(overlegId, model.versies.list())).toBeUndefined();

    trekVersieIn(model, { versieId: eerste.id, voorzitterId: CHAIR, reden: 'Verkeerde datum.', op: '2026-11-29T11:00:00.000Z' });
    const ingetrokken = ingetrokkenLaatsteVersie(overlegId, model.versies.list());
    expect(ingetrokken?.id).toBe(eerste.id);
    expect(ingetrokken?.intrekReden).toBe('Verkeerde datum.');
    // Another overleg's versions say nothing about this one.
    expect(ingetrokkenLaatsteVersie('ov-1', model.versies.list())).toBeUndefined();

    await vaststellen(model, { voorzitterId: CHAIR, aanwezigen: [CHAIR], op: '2026-11-29T12:00:00.000Z', overlegId, subtle });
    expect(ingetrokkenLaatsteVersie(overlegId, model.versies.list())).toBeUndefined();
  });
});
