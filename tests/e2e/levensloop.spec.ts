/**
 * A case's course on the Overzicht, on the demo case as its voorzitter: the phase and its history
 * (with date, reason, who and the meeting), a move on, afschalen with what is still open and a
 * reason to go on, a step back (a hermelding), the triage decision and a judgement of acute and
 * structurele onveiligheid; then closing, with its documents read back from Word and the PDF's text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { openDemoCase, openPart, overlegVaststellen } from './workspaceHelpers.js';

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

async function naarFase(page: Page, fase: string, reden: string, doorgaan?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Naar een andere fase' });
  await form.getByLabel('Naar fase').selectOption({ label: fase });
  await form.getByLabel('Reden of toelichting').fill(reden);
  if (doorgaan !== undefined) await form.getByLabel('Waarom gaat u toch verder?').fill(doorgaan);
  await form.getByRole('button', { name: 'Fase vastleggen' }).click();
  await expect(page.getByText('De fase is vastgelegd.')).toBeVisible();
}

test.describe('levensloop', () => {
  test.describe.configure({ timeout: 60_000 });

  test('the chair moves the case on, scales down past what is open, and steps back on a hermelding; every step is in the history', async ({ page }) => {
    await openDemoCase(page);
    await openPart(page, 'Overzicht');
    const fase = page.getByTestId('levensloop-fase');
    await expect(fase).toHaveText('Fase: Plan, sinds 10 maart 2025.');
    const geschiedenis = page.getByRole('table', { name: 'Geschiedenis' });
    await expect(geschiedenis.getByRole('row')).toHaveCount(5); // header, begin, three moves
    await expect(geschiedenis.getByRole('row').nth(4)).toContainText('Casusoverleg van 10 maart 2025');

    await naarFase(page, 'Uitvoering en monitoring', 'Plan loopt; het wijkteam voert uit.');
    await expect(fase).toContainText('Fase: Uitvoering en monitoring, sinds');

    // Afschalen: what is still open first; without a reason to go on, nothing is recorded.
    const form = page.getByRole('form', { name: 'Naar een andere fase' });
    await form.getByLabel('Naar fase').selectOption({ label: 'Afschalen' });
    const open = form.getByRole('group', { name: 'Nog open' });
    await expect(open).toContainText('Actiepunt nog open (uiterlijk 21 maart 2025): Intake specialistische daderhulp plannen');
    await expect(open).toContainText('is geen niveau afgesproken om af te schalen');
    await form.getByLabel('Reden of toelichting').fill('Veiligheid houdt stand.');
    await form.getByRole('button', { name: 'Fase vastleggen' }).click();
    await expect(form.getByText('Er staat nog iets open. Vul in waarom u toch verder gaat.')).toBeVisible();
    await expect(fase).toContainText('Uitvoering en monitoring');
    await form.getByLabel('Waarom gaat u toch verder?').fill('Het wijkteam neemt het actiepunt over.');
    await form.getByRole('button', { name: 'Fase vastleggen' }).click();
    await expect(fase).toContainText('Fase: Afschalen, sinds');
    const afschaalRij = geschiedenis.getByRole('row').filter({ hasText: 'van Uitvoering en monitoring naar Afschalen' });
    await expect(afschaalRij).toContainText('Stond open: Actiepunt nog open (uiterlijk 2025-03-21): Intake specialistische daderhulp plannen');
    await expect(afschaalRij).toContainText('Toch verder omdat: Het wijkteam neemt het actiepunt over.');
    await expect(afschaalRij).toContainText('Ingrid (fictief)');

    // A hermelding: a step back, recorded as such.
    await naarFase(page, 'Triage (een stap terug)', 'Hermelding: de politie meldt een nieuw incident.');
    await expect(fase).toContainText('Fase: Triage, sinds');
    await expect(geschiedenis.getByRole('row').last()).toContainText('terug van Afschalen naar Triage');
    const doorloop = page.getByRole('definition').filter({ hasText: '(18 dagen na aanmelding)' });
    await expect(doorloop).toHaveCount(2); // eerste overleg and plan vastgesteld, both 10 March

    // Triage: "niet opnemen" must say where the case goes.
    const triage = page.getByRole('form', { name: 'Nieuw triagebesluit' });
    await triage.getByLabel('Besluit').selectOption({ label: 'Niet opnemen' });
    await triage.getByLabel('Onderbouwing').fill('Eenmalig incident; het wijkteam is al betrokken.');
    await triage.getByRole('button', { name: 'Triagebesluit vastleggen' }).click();
    await expect(triage.getByText('Kies waar de casus naartoe gaat.')).toBeVisible();
    await triage.getByLabel('Waar gaat de casus naartoe?').selectOption({ label: 'Lokaal (wijk)team' });
    await triage.getByLabel('Toelichting (welke organisatie, contactpersoon)').fill('Wijkteam Centrum');
    await triage.getByRole('button', { name: 'Triagebesluit vastleggen' }).click();
    await expect(page.getByText(/^Niet opgenomen in MDA\+\+ op .*De casus gaat naar: Lokaal \(wijk\)team: Wijkteam Centrum\.$/)).toBeVisible();
    await expect(page.getByText('Eerdere besluiten (1)')).toBeVisible();

    // A new judgement of onveiligheid replaces the shown one; the earlier stays readable.
    const oordeel = page.getByRole('form', { name: 'Nieuw oordeel' });
    await oordeel.getByLabel('Acute onveiligheid').selectOption({ label: 'nee' });
    await oordeel.getByLabel('Structurele onveiligheid').selectOption({ label: 'ja' });
    await oordeel.getByLabel('Onderbouwing').fill('Geen direct gevaar meer; het patroon van controle blijft.');
    await oordeel.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await expect(page.getByTestId('onveiligheid').first()).toContainText('Acute onveiligheid: nee · Structurele onveiligheid: ja');
    await expect(page.getByText('Eerdere oordelen (1)')).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  });

  test('closing: the final extract and the handover hold the course of the case, in Word and in the PDF', async ({ page }) => {
    test.setTimeout(120_000);
    await openDemoCase(page);
    // An agreed version with its content (the demo's own has none).
    await overlegVaststellen(page);

    await openPart(page, 'Overzicht');
    const afsluiten = page.getByRole('region', { name: 'Casus afsluiten' });
    await expect(afsluiten.getByLabel('Laatste vastgestelde versie')).toBeVisible();
    // The chair's own organisation confirms its receipt; the others are listed as open.
    await afsluiten.getByRole('button', { name: 'Ontvangst bevestigen voor Veilig Thuis Voorbeeldregio' }).click();
    await expect(afsluiten.getByRole('row').filter({ hasText: 'Veilig Thuis Voorbeeldregio' })).toContainText(/Ontvangen op .*\(Ingrid \(fictief\)\)/);
    const form = page.getByRole('form', { name: 'Casus afsluiten' });
    await expect(form.getByRole('group', { name: 'Nog open' })).toContainText('Wijkteam Centrum heeft de ontvangst van het einduittreksel nog niet bevestigd.');
    await expect(form.getByRole('group', { name: 'Nog open' })).not.toContainText('Veilig Thuis Voorbeeldregio heeft');
    await form.getByLabel('Reden', { exact: true }).selectOption({ label: 'Overgedragen aan een organisatie die verdergaat' });
    await form.getByLabel('Toelichting').fill('Doelen bereikt; het wijkteam begeleidt het gezin verder.');
    await form.getByLabel('Overgedragen aan').selectOption({ label: 'Wijkteam Centrum' });
    await form.getByLabel('Waarom gaat u toch verder?').fill('De andere organisaties bevestigen na het overleg.');
    await form.getByRole('button', { name: 'Casus afsluiten' }).click();
    await expect(page.getByTestId('levensloop-fase')).toContainText('Fase: Nazorg, sinds');
    await expect(page.getByTestId('afsluiting')).toContainText('Overgedragen aan een organisatie die verdergaat');

    // The handover for the wijkteam, in Word: the course of the case in front of the agreed plan.
    const stukken = page.getByRole('group', { name: 'Einduittreksels en overdracht' });
    await stukken.getByLabel('Bestandsvorm').selectOption({ label: 'Word (DOCX)' });
    const [download] = await Promise.all([page.waitForEvent('download'), stukken.getByRole('button', { name: 'Overdracht aan Wijkteam Centrum' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tafel-overdracht-.*\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(await download.path())))['word/document.xml']!);
    for (const line of [
      'Overdracht aan Wijkteam Centrum',
      'Doelen bereikt; het wijkteam begeleidt het gezin verder.',
      'Overdracht in het omgangshuis, met een omgangsbegeleider.',
      'Wijkteam Centrum bewaart dit document 20 jaar',
    ]) {
      expect(xml).toContain(line);
    }
    await expect(stukken.getByRole('status')).toContainText('Overdracht aan Wijkteam Centrum is gemaakt');

    // The final extract for the reclassering as PDF: a real file, read back with pdftotext.
    await stukken.getByLabel('Bestandsvorm').selectOption({ label: 'PDF' });
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      stukken.getByRole('button', { name: 'Einduittreksel voor Reclassering Voorbeeld' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^tafel-einduittreksel-reclassering-voorbeeld-.*\.pdf$/);
    await expect(stukken.getByRole('status')).toContainText('Einduittreksel voor Reclassering Voorbeeld is gemaakt');
    test.skip(PDFTOTEXT === undefined && process.env['CI'] === undefined, 'pdftotext (poppler-utils) is not installed');
    const text = execFileSync(PDFTOTEXT!, ['-layout', await pdf.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const line of [
      'Einduittreksel voor Reclassering Voorbeeld',
      'Afronding van de casus',
      'Nazorg',
      'Acute onveiligheid',
      'Acute en structurele onveiligheid bij het vaststellen',
      'Verloop van de casus',
      'van Plan naar Nazorg',
      'volgens de eigen regeling van de reclassering',
    ]) {
      expect(text).toContain(line);
    }
  });
});
