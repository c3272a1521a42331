import * as docx from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agreedDemo, demoModel } from '../../tests/golden/agreedFixture.js';
import { afrondingVan, eindUittrekselLayout, overdrachtLayout, writeDocx, writeMarkdown } from './index.js';

/** The visible text of a WordprocessingML part: the <w:t> runs, one paragraph per line. */
function wordText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The demo agreed on 10 March, scaled down in June and closed on 1 July with the wijkteam carrying on. */
async function closedDemo(nazorg: string[]) {
  const model = demoModel();
  const versie = await agreedDemo(model);
  model.levensloop.naarFase({ naar: 'uitvoering_monitoring', datum: '2025-03-17', reden: 'Plan loopt.' });
  model.levensloop.naarFase({
    naar: 'afschalen',
    datum: '2025-06-02',
    reden: 'Veiligheid houdt stand.',
    openBijOvergang: ['Actiepunt nog open (uiterlijk 2025-06-15): Schoolarts informeren'],
    doorgaanReden: 'Het wijkteam neemt het actiepunt over.',
  });
  model.levensloop.afsluiten({
    datum: '2025-07-01',
    reden: 'overgedragen',
    toelichting: 'Doelen bereikt; het wijkteam begeleidt het gezin verder.',
    overgedragenAanOrgId: 'org-lokaalteam',
    versieId: versie.id,
    nazorgMomenten: nazorg,
    openBijOvergang: ['Reclassering Voorbeeld heeft de ontvangst van het einduittreksel niet bevestigd.'],
    doorgaanReden: 'De reclassering bevestigt na de vakantie.',
  });
  return { model, versie };
}

describe('closing documents', () => {
  it('the final extract for an organisation: the course of the case, then only its own items, then how long it keeps it', async () => {
    const { model, versie } = await closedDemo(['2025-10-01', '2026-07-01']);
    const afronding = afrondingVan(model, 'org-reclassering', '2025-07-01');
    const md = writeMarkdown(eindUittrekselLayout(versie, 'org-reclassering', afronding));
    expect(md).toContain('# Einduittreksel voor Reclassering Voorbeeld');
    expect(md).toContain('- **Fase:** Nazorg (sinds 1 juli 2025)');
    expect(md).toContain('- **Reden:** overgedragen');
    expect(md).toContain('- **Overgedragen aan:** Wijkteam Centrum');
    expect(md).toContain('- **Nazorg:** 1 oktober 2025; 1 juli 2026');
    expect(md).toContain('Reclassering Voorbeeld heeft de ontvangst van het einduittreksel niet bevestigd.');
    expect(md).toContain('- **Toch afgesloten omdat:** De reclassering bevestigt na de vakantie.');
    expect(md).toContain('- **Acute onveiligheid:** ja');
    expect(md).toContain(
      '24 februari 2025: van Triage naar Analyse. Opgenomen in MDA++: structurele onveiligheid met herhaling. (vastgelegd door Ingrid (fictief))',
    );
    // A step agreed in a meeting names it.
    expect(md).toContain(
      '10 maart 2025: van Analyse naar Plan. Werkhypothese en gezinsprofiel vastgesteld in het casusoverleg. (vastgelegd door Ingrid (fictief); afgesproken in casusoverleg van 10 maart 2025)',
    );
    expect(md).toContain('- **Plan vastgesteld:** 10 maart 2025 (18 dagen na aanmelding)');
    expect(md).toContain('Reclassering Voorbeeld bewaart dit document in het eigen dossier volgens de eigen regeling van de reclassering.');
    // Still in nazorg: the shared copy's erase date is not set yet.
    expect(md).toContain('wordt gewist zodra de bewaartermijn na het afsluiten voorbij is');
    // Only the reclassering's own items (the extract as it was), under the same watermark.
    expect(md).toContain('Alleen voor Reclassering Voorbeeld');
    expect(md).toContain('Vader volgt specialistische daderhulp bij de reclassering.');
    expect(md).not.toContain('Overdracht in het omgangshuis, met een omgangsbegeleider.');
  });

  it('the handover to the organisation that carries on: the whole agreed plan behind the course of the case, in Word too', async () => {
    const { model, versie } = await closedDemo([]);
    const afronding = afrondingVan(model, 'org-lokaalteam', '2025-07-01');
    const layout = overdrachtLayout(versie, 'org-lokaalteam', afronding);
    const md = writeMarkdown(layout);
    expect(md).toContain('# Overdracht aan Wijkteam Centrum');
    expect(md).toContain('## Overdracht');
    expect(md).toContain('- **Nazorg:** geen nazorgmomenten afgesproken');
    expect(md).toContain('Overdracht in het omgangshuis, met een omgangsbegeleider.');
    expect(md).toContain('Wijkteam Centrum bewaart dit document 20 jaar in het eigen dossier (standaardtermijn voor deze soort organisatie).');
    expect(md).toContain('De gedeelde kopie aan tafel wordt op 1 januari 2026 gewist, op de relay en op ieder apparaat.');
    const text = wordText(await writeDocx(layout, docx));
    for (const line of [
      'Overdracht aan Wijkteam Centrum',
      'Overgedragen aan: Wijkteam Centrum',
      'Doelen bereikt; het wijkteam begeleidt het gezin verder.',
      'Overdracht in het omgangshuis, met een omgangsbegeleider.',
      'De gedeelde kopie aan tafel wordt op 1 januari 2026 gewist, op de relay en op ieder apparaat.',
      versie.vingerafdruk,
    ]) {
      expect(text).toContain(line);
    }
  });

  it("uses the organisation's own term when it set one", async () => {
    const { model } = await closedDemo([]);
    model.organisaties.update('org-ggz', { bewaartermijnJaren: 15 });
    expect(afrondingVan(model, 'org-ggz', '2025-07-01').bewaren).toBe('GGZ Voorbeeld bewaart dit document 15 jaar in het eigen dossier.');
  });
});
