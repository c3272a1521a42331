import * as docx from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { richDocFromPlainText } from '../model/index.js';
import { agreedDemo, demoModel } from '../../tests/golden/agreedFixture.js';
import { goldenMarkdown } from '../../tests/golden/goldenFiles.js';
import goldenPlan from '../../tests/golden/demo-plan.md?raw';
import goldenUittreksel from '../../tests/golden/demo-uittreksel-reclassering.md?raw';
import goldenVerslag from '../../tests/golden/demo-verslag.md?raw';
import { planDocument, planLayout, writeDocx, writeMarkdown, writePdf, type AgreedVersion } from './index.js';
import { pdfLibrary } from '../../tests/golden/pdfLibrary.js';
import { PDFTOTEXT, pdfTekst, plat } from '../../tests/golden/leesTerug.js';
import goldenScenario from '../../tests/golden/scenario-plan.md?raw';
import goldenScenarioPolitie from '../../tests/golden/scenario-uittreksel-politie.md?raw';

const voorLotte = { ontvangerOrgId: 'org-lokaalteam', viewer: { deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam', rollen: ['casusregisseur' as const] } };
/** The visible text of a WordprocessingML part: the <w:t> runs, one paragraph per line. */
function wordText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

async function docxParts(version: AgreedVersion): Promise<Record<string, string>> {
  const bytes = await writeDocx(planLayout(planDocument(version, voorLotte)), docx);
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.startsWith('word/') && name.endsWith('.xml'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

describe('Markdown', () => {
  it('matches the golden plan, verslag and extract of the demo case agreed at a fixed time', async () => {
    // On an intended change: npx tsx tests/golden/updateGolden.ts, then review the diff.
    const actual = await goldenMarkdown();
    expect(actual['demo-plan.md']).toBe(goldenPlan);
    expect(actual['demo-verslag.md']).toBe(goldenVerslag);
    expect(actual['demo-uittreksel-reclassering.md']).toBe(goldenUittreksel);
    expect(actual['scenario-plan.md']).toBe(goldenScenario);
    expect(actual['scenario-uittreksel-politie.md']).toBe(goldenScenarioPolitie);
  });

  it('escapes typed text so it cannot become headings, links or HTML', async () => {
    const model = demoModel();
    model.afspraken.update('af-1', { wat: richDocFromPlainText('# Kop\n<script>x</script> [link](http://x) *vet*\n- geen lijst') });
    const md = writeMarkdown(planLayout(planDocument(await agreedDemo(model), voorLotte)));
    expect(md).toContain('\\# Kop');
    expect(md).toContain('\\<script\\>x\\</script\\> \\[link\\](http://x) \\*vet\\*');
    expect(md).toContain('  \\- geen lijst');
    expect(md).not.toContain('<script>');
  });
});

describe('DOCX', () => {
  it('holds the afspraken, attendees, fingerprint and the watermark in the page header', async () => {
    const version = await agreedDemo();
    const parts = await docxParts(version);
    const body = wordText(parts['word/document.xml'] ?? '');
    for (const wat of ['Oma begeleidt elke overdracht bij haar thuis.', 'Vader volgt een training agressieregulatie.', 'Noor en moeder krijgen traumahulp.'])
      expect(body).toContain(wat);
    expect(body).toContain(
      'Aanwezig: Ingrid (fictief), Veilig Thuis Voorbeeldregio; Lotte (fictief), Wijkteam Centrum; Fatima (fictief), GGZ Voorbeeld; Sanne, gezinslid',
    );
    expect(body).toContain(version.vingerafdruk);
    expect(body).toContain('Vastgesteld door: Ingrid (fictief), Veilig Thuis Voorbeeldregio');
    expect(body).toContain('Gezin K. (fictief)');
    const header = Object.entries(parts).find(([name]) => /word\/header\d*\.xml/.test(name))?.[1] ?? '';
    expect(wordText(header)).toContain('Alleen voor Wijkteam Centrum');
  });
});

describe('PDF', () => {
  it.skipIf(PDFTOTEXT === undefined && process.env['CI'] === undefined)(
    'is A4 pages of text: typed markup stays text, the watermark on every page',
    async () => {
      const model = demoModel();
      model.afspraken.update('af-1', { wat: richDocFromPlainText('<img src=x onerror=alert(1)> Štěpán en Ølga: Ирина') });
      const version = await agreedDemo(model);
      const bytes = await writePdf(planLayout(planDocument(version, voorLotte)), pdfLibrary);
      expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.7');
      const { body, koppen } = pdfTekst(bytes);
      // Names from every alphabet the font has come out as typed.
      expect(plat(body)).toContain('<img src=x onerror=alert(1)> Štěpán en Ølga: Ирина');
      expect(plat(body)).toContain(version.vingerafdruk);
      expect(plat(body)).toContain('Aanwezig: Ingrid (fictief), Veilig Thuis Voorbeeldregio; Lotte (fictief), Wijkteam Centrum');
      for (const kop of koppen) expect(kop).toContain('Vertrouwelijk. Alleen voor Wijkteam Centrum. Niet doorsturen of kopiëren');
    },
  );
});
