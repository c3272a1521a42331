import { describe, expect, it } from 'vitest';
import { richDocFromPlainText } from '../model/index.js';
import { ATTENDEES, CHAIR, agreedDemo, demoModel, subtle } from '../../tests/golden/agreedFixture.js';
import { diffAgreedVersions, vaststellen } from './index.js';

describe('diff between agreed versions', () => {
  it('names exactly the changed afspraken, in words a chair reads', async () => {
    const model = demoModel();
    model.afspraken.update('af-3', { wanneer: '2027-03-01' });
    const oud = await agreedDemo(model);
    model.afspraken.update('af-3', { wanneer: '2027-03-15' });
    model.afspraken.remove('af-2');
    const nieuw = model.afspraken.add({
      planId: 'plan-1',
      veiligheidsdoelId: 'vd-2',
      fase: 'stabiele_veiligheid',
      wie: ['p-sanne'],
      wat: richDocFromPlainText('Moeder opent een eigen bankrekening.'),
      wanneer: 'Voor 1 mei',
      controleDoor: ['dn-mila'],
    });
    const next = await vaststellen(model, { voorzitterId: CHAIR, aanwezigen: ATTENDEES, op: '2025-04-07T13:00:00.000Z', overlegId: 'ov-1', subtle });

    const changes = diffAgreedVersions(oud, next);
    const afspraken = changes.filter((c) => c.onderdeel === 'afspraak');
    expect(afspraken.map((c) => [c.soort, c.id])).toEqual([
      ['gewijzigd', 'af-3'],
      ['nieuw', nieuw],
      ['vervallen', 'af-2'],
    ]);
    // Numbers follow the new version's reading order: the new afspraak (under doel 2) comes before af-3, which stays 3.
    expect(afspraken.map((c) => c.zin)).toEqual([
      'Afspraak 3: wanneer gewijzigd van 1 maart 2027 naar 15 maart 2027',
      'Nieuwe afspraak: Moeder opent een eigen bankrekening.',
      'Afspraak 2 (Vader volgt specialistische daderhulp bij de reclassering.) vervallen',
    ]);
    expect(changes.filter((c) => c.onderdeel !== 'afspraak')).toEqual([]);
  });

  it('reports doelen, signalen, gezinsprofiel and werkhypothese changes; nothing for an unchanged case', async () => {
    const model = demoModel();
    const oud = await agreedDemo(model);
    expect(diffAgreedVersions(oud, await agreedDemo(model))).toEqual([]);
    model.veiligheidsdoelen.update('vd-2', { hoeLangVolhouden: '6 maanden' });
    model.signalen.update('sg-2', { watDanTeDoen: 'Bel direct 112.' });
    model.gezinsprofiel.setPrimair('gezin_in_de_stress');
    model.analyse.setHypotheseStatus('hyp-stress', 'werkhypothese');
    const zinnen = diffAgreedVersions(oud, await agreedDemo(model)).map((c) => c.zin);
    expect(zinnen).toEqual(
      expect.arrayContaining([
        'Veiligheidsdoel 2: hoe lang volhouden toegevoegd: 6 maanden',
        'Signaal 2: wat dan te doen gewijzigd van “Bel 112.” naar “Bel direct 112.”',
        'Gezinsprofiel: primair profiel gewijzigd van Intieme terreur naar Gezin in de stress',
        'Analyse: werkhypothese gewijzigd van Intieme terreur naar Stress en alcohol',
      ]),
    );
  });

  it('names a restricted noodcontact only for a viewer who may see it', async () => {
    const model = demoModel();
    const oud = await agreedDemo(model);
    model.noodcontacten.update('nc-oma', { telefoon: '06-22222222 (fictief)' });
    const nieuw = await agreedDemo(model);
    const expert = { deelnemerId: 'dn-joost', orgId: 'org-politie', rollen: ['expert' as const] };
    const regisseur = { deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam', rollen: ['casusregisseur' as const] };
    expect(diffAgreedVersions(oud, nieuw, { viewer: expert }).map((c) => c.zin)).toEqual(['Noodcontact (afgeschermd) is gewijzigd']);
    expect(diffAgreedVersions(oud, nieuw, { viewer: regisseur }).map((c) => c.zin)).toEqual([
      'Noodcontact Oma Els (fictief): telefoon gewijzigd van 06-11111111 (fictief) naar 06-22222222 (fictief)',
    ]);
  });
});
