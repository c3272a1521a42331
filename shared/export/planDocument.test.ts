import { describe, expect, it } from 'vitest';
import type { Viewer } from '../model/index.js';
import { agreedDemo, demoModel } from '../../tests/golden/agreedFixture.js';
import { AGREED_CONTENT_VERSION } from './agreedContent.js';
import {
  diffAgreedVersions,
  organisatieUittreksel,
  planDocument,
  planLayout,
  uittrekselLayout,
  vaststellen,
  writeMarkdown,
  type PlanDocument,
} from './index.js';

const viewer = (deelnemerId: string, orgId: string, ...rollen: Viewer['rollen'][number][]): Viewer => ({ deelnemerId, orgId, rollen });
const afspraakIds = (p: PlanDocument): string[] => [
  ...p.zorgen.flatMap((z) => z.doelen.flatMap((d) => d.afspraken.map((a) => a.id))),
  ...p.overigeAfspraken.map((a) => a.id),
];

describe('plan document', () => {
  it('shows zorgen → doelen → afspraken with wie, wat, wanneer, wie controleert and status, numbered in reading order', async () => {
    const p = planDocument(await agreedDemo(), { ontvangerOrgId: 'org-vt' });
    expect(p.zorgen.map((z) => z.doelen.map((d) => d.afspraken.map((a) => [a.nummer, a.wat, a.wie, a.wanneer, a.controleDoor, a.status])))).toEqual([
      [
        [
          [1, 'Overdracht in het omgangshuis, met een omgangsbegeleider.', ['Lotte (fictief)'], 'Elke zaterdag 10 uur', ['Lotte (fictief)'], 'loopt'],
          [2, 'Vader volgt specialistische daderhulp bij de reclassering.', ['Mark'], 'Start vóór 1 april', ['Pieter (fictief)'], 'loopt'],
        ],
      ],
      [[]],
    ]);
    expect(p.overigeAfspraken.map((a) => [a.nummer, a.id])).toEqual([[3, 'af-3']]);
    expect(p.analyse.gezinsprofiel.primair).toBe('Intieme terreur');
    expect(p.analyse.werkhypothese?.titel).toBe('Intieme terreur');
    expect(p.analyse.werkhypothese?.voor).toHaveLength(2);
    expect(p.analyse.secties).toHaveLength(13);
    expect(p.verslag?.besluiten.map((b) => b.id)).toEqual(['bs-1']);
    expect(p.kop.watermerk).toContain('Alleen voor Veilig Thuis Voorbeeldregio');
  });

  it('leaves a restricted noodcontact out for a role not named on it and keeps it for one that is', async () => {
    const version = await agreedDemo();
    const namen = (v?: Viewer): string[] => planDocument(version, { ontvangerOrgId: v?.orgId ?? 'org-vt', viewer: v }).noodcontacten.map((n) => n.naam);
    // nc-oma: zichtbaarVoor casusregisseur and dn-mila; nc-112: voorzitter, casusregisseur, procesregisseur, expert.
    expect(namen(viewer('dn-joost', 'org-politie', 'expert'))).toEqual(['Alarmnummer', 'Veilig Thuis']);
    expect(namen(viewer('dn-lotte', 'org-lokaalteam', 'casusregisseur'))).toEqual(['Alarmnummer', 'Oma Els (fictief)', 'Veilig Thuis']);
    expect(namen(viewer('dn-mila', 'org-opvang', 'expert'))).toEqual(['Alarmnummer', 'Oma Els (fictief)', 'Veilig Thuis']);
    expect(namen(undefined)).toEqual([]);
    const md = writeMarkdown(planLayout(planDocument(version, { ontvangerOrgId: 'org-politie', viewer: viewer('dn-joost', 'org-politie', 'expert') })));
    expect(md).not.toContain('06-11111111');
    expect(md).not.toContain('bang zijn');
    // Someone who may see it does not pass it on to an organisation that may not.
    const lotteVoorPolitie = planDocument(version, { ontvangerOrgId: 'org-politie', viewer: viewer('dn-lotte', 'org-lokaalteam', 'casusregisseur') });
    expect(lotteVoorPolitie.noodcontacten.map((n) => n.naam)).toEqual(['Alarmnummer', 'Veilig Thuis']);
    expect(writeMarkdown(planLayout(lotteVoorPolitie))).not.toContain('06-11111111');
  });

  it('refuses a receiving organisation that is not at the table', async () => {
    const version = await agreedDemo();
    expect(() => planDocument(version, { ontvangerOrgId: 'org-onbekend' })).toThrow(expect.objectContaining({ code: 'onbekende_organisatie' }));
  });
});

describe('per-organisation extract', () => {
  it('holds only the items the organisation contributed or owns', async () => {
    const version = await agreedDemo();
    const recl = organisatieUittreksel(version, 'org-reclassering', viewer('dn-pieter', 'org-reclassering', 'expert'));
    expect(afspraakIds(recl.plan)).toEqual(['af-2']);
    expect(recl.plan.signalen).toEqual([]);
    expect(recl.plan.veiligheidsvoorwaarden).toEqual([]);
    expect(recl.plan.netwerkRollen).toEqual([]);
    expect(recl.verslag?.actiepunten.map((a) => a.id)).toEqual(['ap-2']);
    expect(recl.verslag?.besluiten).toEqual([]);
    expect(recl.kop.watermerk).toContain('Alleen voor Reclassering Voorbeeld');

    const politie = organisatieUittreksel(version, 'org-politie', viewer('dn-joost', 'org-politie', 'expert'));
    expect(afspraakIds(politie.plan)).toEqual([]);
    expect(politie.plan.signalen.map((s) => s.id)).toEqual(['sg-2']);
    expect(politie.verslag?.actiepunten.map((a) => a.id)).toEqual(['ap-4']);
    expect(politie.plan.noodcontacten).toEqual([]);

    // The wijkteam carries out or checks af-1, took part in besluit bs-1 and owns ap-1 (which follows from it).
    const wijkteam = organisatieUittreksel(version, 'org-lokaalteam', viewer('dn-lotte', 'org-lokaalteam', 'casusregisseur'));
    expect(afspraakIds(wijkteam.plan)).toEqual(['af-1']);
    expect(wijkteam.plan.netwerkRollen.map((r) => r.id)).toEqual(['nr-1', 'nr-2']);
    expect(wijkteam.verslag?.besluiten.map((b) => b.id)).toEqual(['bs-1']);
    expect(wijkteam.verslag?.actiepunten.map((a) => a.id)).toEqual(['ap-1']);

    const md = writeMarkdown(uittrekselLayout(recl));
    for (const other of [
      'Oma begeleidt',
      'Noor en moeder krijgen traumahulp',
      'Politie-informatie aanvullen',
      'Bel 112',
      'Geen contact tussen vader en moeder',
    ])
      expect(md).not.toContain(other);
    // The agreed case itself goes to every organisation: the analysis, the tijdlijn, the risks, the experts' positions.
    for (const gedeeld of [
      'Patroon van dwang en controle',
      'Tijdelijk huisverbod opgelegd',
      'RiHG, risicotaxatie van 14 februari 2025',
      'Alcohol speelt een grote rol.',
    ])
      expect(md).toContain(gedeeld);
  });

  it('carries the judgement of acute and structurele onveiligheid that counted when agreed, in the plan and every extract; a later judgement changes only later versions', async () => {
    const model = demoModel();
    const versie = await agreedDemo(model);
    expect(versie.inhoud.versie).toBe(AGREED_CONTENT_VERSION);
    const plan = writeMarkdown(planLayout(planDocument(versie, { ontvangerOrgId: 'org-vt' })));
    expect(plan).toContain('## Acute en structurele onveiligheid bij het vaststellen');
    expect(plan).toContain('- **Beoordeeld op:** 24 februari 2025');
    expect(plan).toContain('- **Acute onveiligheid:** ja');
    expect(plan).toContain('- **Structurele onveiligheid:** ja');
    expect(plan).toContain('Acuut: tijdelijk huisverbod na het incident van 14 februari.');
    const extract = writeMarkdown(uittrekselLayout(organisatieUittreksel(versie, 'org-reclassering')));
    expect(extract).toContain('- **Acute onveiligheid:** ja');

    model.levensloop.oordeelOnveiligheid({
      acuut: 'nee',
      structureel: 'onbekend',
      onderbouwing: 'Huisverbod voorbij; patroon nog niet duidelijk.',
      datum: '2025-04-01',
    });
    // The agreed version is what was agreed: the new judgement is not in it.
    expect(writeMarkdown(planLayout(planDocument(versie, { ontvangerOrgId: 'org-vt' })))).toContain('- **Acute onveiligheid:** ja');
    const later = await vaststellen(model, {
      voorzitterId: 'dn-ingrid',
      aanwezigen: ['dn-ingrid'],
      op: '2025-04-02T10:00:00.000Z',
      subtle: globalThis.crypto.subtle,
    });
    const md = writeMarkdown(planLayout(planDocument(later, { ontvangerOrgId: 'org-vt' })));
    expect(md).toContain('- **Beoordeeld op:** 1 april 2025');
    expect(md).toContain('- **Acute onveiligheid:** nee');
    expect(md).toContain('- **Structurele onveiligheid:** nog niet bekend');
    // The differences between the two versions name it.
    expect(
      diffAgreedVersions(versie, later)
        .filter((w) => w.onderdeel === 'onveiligheid')
        .map((w) => w.zin),
    ).toEqual([
      'Onveiligheid: acute onveiligheid gewijzigd van ja naar nee',
      'Onveiligheid: structurele onveiligheid gewijzigd van ja naar nog niet bekend',
      expect.stringMatching(/^Onveiligheid: onderbouwing gewijzigd van /),
    ]);
  });
});
