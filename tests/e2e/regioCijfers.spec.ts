/**
 * Cijfers voor de regio, at 1366×768: a chair with six cases sees the figures as charts with their
 * tables, opens the preview of the file, saves the CSV — and what they receive holds
 * the counts and labels only: no title, no name of the chair, no date but the period's.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { CHAIR, createCaseFromStart, createVault, fillProfile } from './sharedCase.js';

const TITELS = ['Gezin Albers', 'Gezin Bakker', 'Gezin Claessen', 'Gezin Dekker', 'Gezin Evers', 'Gezin Faber'];

async function naarStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  // Closing a case flushes it and writes its list entry first: on a busy machine that takes a moment.
  await expect(page.getByRole('button', { name: 'Nieuwe casus' })).toBeVisible({ timeout: 15_000 });
}

test.describe('Cijfers voor de regio', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the chair sees the figures, previews exactly what leaves, and saves the CSV without any case content', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await createVault(page);
    await fillProfile(page, CHAIR);
    for (const titel of TITELS) {
      await createCaseFromStart(page, titel, { local: true });
      await naarStart(page);
    }

    await page.getByRole('button', { name: 'Cijfers voor de regio' }).click();
    await expect(page.getByText('Berekend uit de casussen die u voorzit op dit apparaat: 6')).toBeVisible();
    const lopend = page.getByTestId('cijfer-lopend');
    await expect(lopend.getByRole('row', { name: /Lopende casussen in de periode/ })).toContainText('6');
    const fase = page.getByTestId('cijfer-fase');
    await expect(fase.getByRole('row', { name: /^Aanmelding/ })).toContainText('6100%');
    await expect(fase.getByRole('row', { name: /^Analyse/ })).toContainText('0');
    await expect(page.getByTestId('cijfer-instroom').getByRole('row', { name: /Instroom/ })).toContainText('6');
    await expect(page.getByTestId('cijfer-organisatie').getByRole('row', { name: /^Zorg- en Veiligheidshuis/ })).toContainText('6');
    await expectNoSeriousA11yIssues(page);
    await page.screenshot({ path: testInfo.outputPath('cijfers.png'), fullPage: true });

    // A period in which fewer than five cases began: "<5".
    await page.getByLabel('Van', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2020-12-31');
    await expect(lopend.getByRole('row', { name: /Lopende casussen/ })).toContainText('0');
    await page.getByLabel('Van', { exact: true }).fill(`${new Date().getFullYear()}-01-01`);
    await page.getByLabel('Tot en met', { exact: true }).fill(`${new Date().getFullYear()}-12-31`);
    await expect(lopend.getByRole('row', { name: /Lopende casussen/ })).toContainText('6');

    // The preview: the file's own lines.
    await page.getByRole('button', { name: 'Bekijk wat het bestand bevat' }).click();
    const voorbeeld = page.getByRole('region', { name: 'Wat het bestand bevat' });
    await expect(voorbeeld.getByTestId('cijfers-voorbeeld-regel').first()).toContainText('Lopende casussen in de periode');
    const shown = await voorbeeld.getByTestId('cijfers-voorbeeld-regel').allInnerTexts();
    await voorbeeld.screenshot({ path: testInfo.outputPath('cijfers-voorbeeld.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), voorbeeld.getByRole('button', { name: 'Opslaan als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tafel-cijfers-regio-\d{4}-01-01-\d{4}-12-31\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Periode \d{4}-01-01 tot en met \d{4}-12-31$/);
    expect(lines[1]).toBe('Indicator;Categorie;Aantal;Percentage;Mediaan (dagen);25e percentiel (dagen);75e percentiel (dagen)');
    // What was shown is what was saved, line for line.
    expect(lines.slice(2).map((l) => l.split(';').join('\t'))).toEqual(shown.map((s) => s.replace(/\t+$/, (tabs) => tabs)));
    expect(csv).toContain('Casussen per fase aan het eind van de periode;Aanmelding;6;100;;;');
    for (const geheim of [...TITELS, CHAIR.naam, CHAIR.organisatie, 'Midden-Nederland']) expect(csv).not.toContain(geheim);
    await expect(page.getByRole('status')).toContainText('Opgeslagen als tafel-cijfers-regio-');
  });
});
