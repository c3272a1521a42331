import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openCase } from '../model/index.js';
import { CHAIR, agreedDemo, demoModel, fixedContext, subtle } from '../../tests/golden/agreedFixture.js';
import { agreedVersions, openAgreedVersion, trekVersieIn, verifyAgreedVersion } from './index.js';

const OP = '2025-03-12T09:00:00.000Z';

describe('trekVersieIn', () => {
  it('marks a version withdrawn with when, by whom and why; it stays readable and its fingerprint still holds', async () => {
    const model = demoModel();
    const version = await agreedDemo(model);
    trekVersieIn(model, { versieId: version.id, voorzitterId: CHAIR, reden: '  Verkeerde datum bij afspraak 1.  ', op: OP });
    const reopened = openAgreedVersion(model, version.id);
    expect(reopened.ingetrokken).toEqual({ op: OP, door: CHAIR, reden: 'Verkeerde datum bij afspraak 1.' });
    expect(reopened.vingerafdruk).toBe(version.vingerafdruk);
    expect(await verifyAgreedVersion(reopened, subtle)).toBe(true);
    expect(agreedVersions(model).find((v) => v.versie.id === version.id)?.versie.ingetrokkenOp).toBe(OP);

    // Withdrawing again (another device, later) keeps the first record.
    trekVersieIn(model, { versieId: version.id, voorzitterId: CHAIR, reden: 'Nog eens.', op: '2025-03-13T09:00:00.000Z' });
    expect(openAgreedVersion(model, version.id).ingetrokken?.reden).toBe('Verkeerde datum bij afspraak 1.');
  });

  it('is refused for anyone but the voorzitter and without a reason, and writes nothing', async () => {
    const chair = demoModel();
    const version = await agreedDemo(chair);
    const expertDoc = new Y.Doc();
    Y.applyUpdate(expertDoc, Y.encodeStateAsUpdate(chair.doc));
    const expert = openCase(expertDoc, fixedContext('dn-lotte', 'org-lokaalteam'));
    expect(() => trekVersieIn(expert, { versieId: version.id, voorzitterId: 'dn-lotte', reden: 'Fout.', op: OP })).toThrow(
      expect.objectContaining({ code: 'niet_voorzitter_intrekken' }),
    );
    expect(() => trekVersieIn(expert, { versieId: version.id, voorzitterId: CHAIR, reden: 'Fout.', op: OP })).toThrow(
      expect.objectContaining({ code: 'niet_voorzitter_intrekken' }),
    );
    expect(() => trekVersieIn(chair, { versieId: version.id, voorzitterId: CHAIR, reden: '   ', op: OP })).toThrow(
      expect.objectContaining({ code: 'reden_ontbreekt' }),
    );
    expect(() => trekVersieIn(chair, { versieId: 'bestaat-niet', voorzitterId: CHAIR, reden: 'Fout.', op: OP })).toThrow(
      expect.objectContaining({ code: 'onbekende_versie' }),
    );
    expect(openAgreedVersion(chair, version.id).ingetrokken).toBeUndefined();
    expect(openAgreedVersion(expert, version.id).ingetrokken).toBeUndefined();
  });
});
