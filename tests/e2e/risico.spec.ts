/**
 * The risicotaxatie part on the demo case: recording the outcome of an instrument (never a score
 * Tafel computes), and a 0-10 safety score whose value is said in words, kept over time per person.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { EXPERTS, createSharedCase } from './sharedCase.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

async function openRisico(page: Page): Promise<void> {
  await openDemoCase(page);
  await openPart(page, 'Risicotaxatie');
}

const zorg = (page: Page): Locator => page.getByRole('region', { name: /^Zorg: Vader heeft moeder meerdere keren geslagen/ });

test.describe('risicotaxatie', () => {
  test('an outcome is recorded as the instrument gave it, newest first', async ({ page }) => {
    await openRisico(page);
    await expect(page.getByText(/^Tafel berekent geen scores van instrumenten/)).toBeVisible();
    // Days in words, as people say them; the date input keeps its own ISO value.
    await expect(page.getByRole('heading', { level: 4 }).first()).toHaveText('VT-veiligheidsbeoordeling, 20 februari 2025: acuut');
    await expect(page.getByText(/^Veiligheidstaxatie door Veilig Thuis Voorbeeldregio · .* · geldig tot 20 mei 2025$/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 4, name: /^RiHG, 14 februari 2025: / })).toBeVisible();
    await expect(page.getByText(/\d{4}-\d{2}-\d{2}/)).toHaveCount(0);

    const form = page.getByRole('form', { name: 'Uitkomst van een taxatie vastleggen' });
    await form.getByLabel('Instrument').selectOption({ label: 'LIRIK' });
    await form.getByLabel('Soort taxatie').selectOption({ label: 'Risicotaxatie' });
    await form.getByLabel('Datum').fill('2025-03-12');
    await form.getByLabel('Uitkomst').fill('zorgelijk');
    await form.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await expect(form.getByRole('alert')).toHaveText('Kies de organisatie die de taxatie deed.');
    await form.getByLabel('Uitgevoerd door').selectOption({ label: 'Wijkteam Centrum' });
    await form.getByRole('button', { name: 'Uitkomst vastleggen' }).click();

    await expect(page.getByRole('heading', { level: 4 }).first()).toHaveText('LIRIK, 12 maart 2025: zorgelijk');
    await expect(page.getByText('Risicotaxatie door Wijkteam Centrum')).toBeVisible();
    // The details can be corrected afterwards.
    await page.getByText('Gegevens van LIRIK van 12 maart 2025 wijzigen').click();
    await expect(page.getByLabel('Datum', { exact: true }).first()).toHaveValue('2025-03-12');
    await page.getByRole('group', { name: 'Betreft' }).getByRole('checkbox', { name: 'Noor' }).check();
    await expect(page.getByText('Risicotaxatie door Wijkteam Centrum · betreft Noor')).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  });

  test('a safety score: slider value in words, and the history per person over time', async ({ page }) => {
    await openRisico(page);
    const sectie = zorg(page);
    const tabel = sectie.getByRole('table');
    await expect(tabel.getByRole('row', { name: /^Sanne \(gezin\)/ })).toContainText('3 van 10');
    await expect(tabel.getByRole('columnheader')).toHaveText(['Wie', '10 maart 2025']);

    await sectie.getByLabel('Wie geeft de score').selectOption({ label: 'Sanne (gezin)' });
    await sectie.getByLabel('Datum').fill('2025-04-07');
    const slider = sectie.getByRole('slider', { name: 'Score (0 tot 10)' });
    await expect(slider).toHaveAttribute('aria-valuetext', '5 van 10: half: zorgen en veiligheid wegen even zwaar');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '6 van 10: redelijk veilig');
    await expect(sectie.getByText('6 van 10: redelijk veilig')).toBeVisible();
    await sectie.getByLabel('Waarom dit cijfer?').fill('De overdracht bij oma gaat rustig.');
    await sectie.getByRole('button', { name: 'Score vastleggen' }).click();

    await expect(tabel.getByRole('columnheader', { name: '7 april 2025' })).toBeVisible();
    const sanne = tabel.getByRole('row', { name: /^Sanne \(gezin\)/ });
    await expect(sanne.getByRole('cell')).toHaveText([/^3 van 10/, /^6 van 10De overdracht bij oma gaat rustig\./]);
    await expectNoSeriousA11yIssues(page);

    await sanne.getByRole('button', { name: 'Score van Sanne (gezin) op 7 april 2025 verwijderen' }).click();
    await expect(tabel.getByRole('columnheader', { name: '7 april 2025' })).toHaveCount(0);
  });

  test('shared: an outcome an expert records reaches the chair; the observer only reads', async ({ browser }) => {
    test.setTimeout(90_000);
    const shared = await createSharedCase(browser, { experts: 1, observer: true });
    const { chair } = shared;
    const expert = shared.experts[0]!;
    const observer = shared.observer!;
    try {
      for (const page of [chair, expert, observer]) await openPart(page, 'Risicotaxatie');
      const form = expert.getByRole('form', { name: 'Uitkomst van een taxatie vastleggen' });
      await form.getByLabel('Instrument').selectOption({ label: 'B-SAFER' });
      await form.getByLabel('Datum').fill('2025-05-01');
      await form.getByLabel('Uitgevoerd door').selectOption({ label: EXPERTS[0]!.organisatie });
      await form.getByLabel('Uitkomst').fill('matig');
      await form.getByRole('button', { name: 'Uitkomst vastleggen' }).click();

      for (const page of [chair, observer]) await expect(page.getByRole('heading', { level: 4, name: 'B-SAFER, 1 mei 2025: matig' })).toBeVisible();
      await expect(observer.getByRole('form', { name: 'Uitkomst van een taxatie vastleggen' })).toHaveCount(0);
      await expect(observer.getByText('Gegevens van B-SAFER van 1 mei 2025 wijzigen')).toHaveCount(0);
      await expect(observer.getByRole('textbox', { name: 'Professioneel oordeel bij B-SAFER van 1 mei 2025' })).toHaveAttribute('contenteditable', 'false');
      await expect(observer.getByText(/^Tafel berekent geen scores van instrumenten/)).toBeVisible();
    } finally {
      await shared.close();
    }
  });
});
