/**
 * The agreed scenario exported as a recipient receives it and read back (PDF through pdftotext,
 * Word unzipped, Markdown): complete and true in every format, for the full plan and for the
 * extracts of three organisations. The browser's PDF download is checked the same way in the e2e
 * test `tests/e2e/vergadering.spec.ts`.
 */
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { VOOR_VOORZITTER } from '../../tests/golden/goldenFiles.js';
import { docxTekst, markdownTekst, PDFTOTEXT, pdfTekst, problemen, type Verwachting } from '../../tests/golden/leesTerug.js';
import { pdfLibrary } from '../../tests/golden/pdfLibrary.js';
import { AFGESCHERMD_NUMMER, agreedScenario, TOCH_REDEN, WAARNEMER_NAAM } from '../../tests/golden/scenario.js';
import { organisatieUittreksel, planDocument, planLayout, uittrekselLayout, writeDocx, writeMarkdown, writePdf, type ExportDocument } from './index.js';

const versie = await agreedScenario();
const chair = VOOR_VOORZITTER.viewer;
const gevallen: ReadonlyArray<{ naam: string; doc: ExportDocument; verwacht: Omit<Verwachting, 'inhoud'> }> = [
  {
    naam: 'het plan voor Veilig Thuis',
    doc: planLayout(planDocument(versie, VOOR_VOORZITTER)),
    verwacht: {
      nietGenomenDoor: [WAARNEMER_NAAM],
      metBesluiten: true,
      teLaat: ['afspraak', 'actiepunt'],
      wel: [AFGESCHERMD_NUMMER, TOCH_REDEN, 'Open vraag bij Patronen en samenhang'],
    },
  },
  {
    naam: 'het uittreksel voor de reclassering',
    doc: uittrekselLayout(organisatieUittreksel(versie, 'org-reclassering', chair)),
    verwacht: {
      nietGenomenDoor: [WAARNEMER_NAAM],
      metBesluiten: false,
      teLaat: ['afspraak', 'actiepunt'],
      niet: [AFGESCHERMD_NUMMER, 'Noor en moeder krijgen traumahulp'],
    },
  },
  {
    naam: 'het uittreksel voor de politie',
    doc: uittrekselLayout(organisatieUittreksel(versie, 'org-politie', chair)),
    verwacht: { nietGenomenDoor: [WAARNEMER_NAAM], metBesluiten: false, teLaat: [], niet: [AFGESCHERMD_NUMMER, 'Alleen bij een vlucht'] },
  },
  {
    naam: 'het uittreksel voor het wijkteam',
    doc: uittrekselLayout(organisatieUittreksel(versie, 'org-lokaalteam', chair)),
    verwacht: { nietGenomenDoor: [WAARNEMER_NAAM], metBesluiten: true, teLaat: [], wel: ['Vader krijgt een contactverbod'] },
  },
];

describe('exports read back as the recipient reads them', () => {
  for (const { naam, doc, verwacht } of gevallen) {
    it(`${naam}: Markdown`, () => {
      expect(problemen(markdownTekst(writeMarkdown(doc)), { inhoud: versie.inhoud, ...verwacht })).toEqual([]);
    });

    it(`${naam}: Word (word/document.xml)`, async () => {
      const { body, kop } = docxTekst(await writeDocx(doc, docx));
      expect(problemen(body, { inhoud: versie.inhoud, ...verwacht })).toEqual([]);
      expect(kop).toContain(`Alleen voor ${doc.kop.ontvanger}`);
    });

    it.skipIf(PDFTOTEXT === undefined && process.env['CI'] === undefined)(`${naam}: PDF (pdftotext)`, async () => {
      const { body, koppen } = pdfTekst(await writePdf(doc, pdfLibrary));
      expect(problemen(body, { inhoud: versie.inhoud, ...verwacht })).toEqual([]);
      expect(koppen.length).toBeGreaterThan(1);
      for (const kop of koppen) expect(kop).toContain(`Alleen voor ${doc.kop.ontvanger}`);
    });
  }

  it('the observer was at the table: named among those present, never as one who decided', () => {
    const md = writeMarkdown(planLayout(planDocument(versie, VOOR_VOORZITTER)));
    expect(md).toContain(`${WAARNEMER_NAAM}, Veilig Thuis Voorbeeldregio`);
    expect(md).toContain('- **Genomen door:** Ingrid (fictief), Lotte (fictief) en Fatima (fictief)\n');
  });

  it('writes the same PDF bytes for the same document (desktop and browser alike)', async () => {
    const doc = uittrekselLayout(organisatieUittreksel(versie, 'org-politie', chair));
    expect(Buffer.from(await writePdf(doc, pdfLibrary)).equals(Buffer.from(await writePdf(doc, pdfLibrary)))).toBe(true);
  });
});
