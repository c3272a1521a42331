/**
 * Mijn tafel on the start screen, through the real relay, at 1366×768: a chair with two cases and
 * an expert who is in one of them. The chair sees both cases with their late and due actiepunten
 * (everyone's), opens a case at the right part from a line; the expert sees only the case they
 * are in and, by default, only their own actiepunten.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { closeAccessDialog, createCaseFromStart, errorsIn, joinWithLink, makeInvite, newUser, CHAIR, EXPERTS } from './sharedCase.js';
import { openPart } from './workspaceHelpers.js';

const dag = (offset: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function startOverleg(page: Page): Promise<void> {
  await openPart(page, 'Overleggen');
  const start = page.getByRole('form', { name: 'Overleg starten' });
  await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
  await start.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByRole('timer', { name: 'Duur van het overleg:' })).toBeVisible();
  // A started overleg opens in vergadermodus; the full record holds the actiepunten form.
  await page.getByRole('button', { name: 'Volledig verslag' }).click();
}

async function nieuwActiepunt(page: Page, wat: string, eigenaar: string, deadline: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Nieuw actiepunt' });
  await form.getByLabel('Wat moet er gebeuren').fill(wat);
  const wie = form.getByLabel('Wie doet het');
  const value = await wie.locator('option', { hasText: eigenaar }).getAttribute('value');
  await wie.selectOption(value!);
  await form.getByLabel('Uiterlijk op').fill(deadline);
  await form.getByRole('button', { name: 'Actiepunt vastleggen' }).click();
  await expect(form.getByLabel('Wat moet er gebeuren')).toHaveValue('');
}

async function naarStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  // Closing a case flushes it and writes its list entry first: on a busy machine that takes a moment.
  await expect(page.getByRole('button', { name: 'Nieuwe casus' })).toBeVisible({ timeout: 15_000 });
}

test.describe('Mijn tafel', () => {
  test.describe.configure({ timeout: 150_000 });

  test('the chair sees every case and everyone’s late and due actiepunten; the expert only their case and their own', async ({ browser }) => {
    const chair = await newUser(browser, CHAIR);
    const contexts = [chair.context];
    try {
      const page = chair.page;
      await page.setViewportSize({ width: 1366, height: 768 });
      // Case A with Pieter (politie) at the table.
      await createCaseFromStart(page, 'Gezin A.');
      const link = await makeInvite(page, 'Deskundige');
      const expert = await joinWithLink(browser, EXPERTS[0]!, link);
      contexts.push(expert.context);
      await expert.page.setViewportSize({ width: 1366, height: 768 });
      await closeAccessDialog(page);
      await startOverleg(page);
      await nieuwActiepunt(page, 'Proces-verbaal opvragen.', 'Pieter Politie', dag(-3));
      await nieuwActiepunt(page, 'Huisbezoek plannen.', 'Ingrid Voorzitter', dag(0));
      await nieuwActiepunt(page, 'Evaluatie voorbereiden.', 'Ingrid Voorzitter', dag(30));
      // The expert has the actiepunten on their device before going back to the start screen.
      await openPart(expert.page, 'Overleggen');
      await expert.page.getByRole('button', { name: /^Casusoverleg van .* openen$/ }).click();
      await expert.page.getByRole('button', { name: 'Volledig verslag' }).click();
      await expect(expert.page.getByText('Huisbezoek plannen.', { exact: true })).toBeVisible({ timeout: 15_000 });
      await naarStart(page);

      // Case B without the expert.
      await createCaseFromStart(page, 'Gezin B.');
      await startOverleg(page);
      await nieuwActiepunt(page, 'Oma bellen.', 'Ingrid Voorzitter', dag(-1));
      await naarStart(page);

      // The chair's table: both cases, everyone's actiepunten.
      await page.getByRole('button', { name: 'Mijn tafel' }).click();
      const tabel = page.getByRole('table', { name: /^Casussen op mijn tafel/ });
      await expect(tabel.getByTestId('tafel-regel')).toHaveCount(2);
      const regelA = tabel.getByTestId('tafel-regel').filter({ hasText: 'Gezin A.' });
      await expect(regelA).toContainText('Aanmelding');
      await expect(regelA).toContainText('1 te laat, 1 deze week');
      await expect(regelA).toContainText('Nog niet vastgesteld');
      await expect(tabel.getByTestId('tafel-regel').filter({ hasText: 'Gezin B.' })).toContainText('1 te laat');
      // Sorted by late actiepunten, then by name.
      await expect(tabel.getByTestId('tafel-regel').first()).toContainText('Gezin A.');
      const acties = page.getByRole('table', { name: /^Actiepunten te laat en deze week/ });
      await expect(acties.getByTestId('tafel-actiepunt')).toHaveText([
        /Proces-verbaal opvragen\..*Pieter Politie.*Politie Midden.*Gezin A\./,
        /Oma bellen\..*Ingrid Voorzitter \(u\).*ZVH Midden.*Gezin B\./,
        /Huisbezoek plannen\..*Ingrid Voorzitter \(u\).*ZVH Midden.*Gezin A\./,
      ]);
      // Only the politie's actiepunten: only case A.
      await page.getByLabel('Actiepunten van organisatie').selectOption({ label: 'Politie Midden' });
      await expect(tabel.getByTestId('tafel-regel')).toHaveCount(1);
      await expect(acties.getByTestId('tafel-actiepunt')).toHaveCount(1);
      await page.getByLabel('Actiepunten van organisatie').selectOption({ label: 'Alle organisaties' });
      await page.getByLabel('Zoek op casus').fill('b.');
      await expect(tabel.getByTestId('tafel-regel')).toHaveCount(1);
      await page.getByLabel('Zoek op casus').fill('');
      await expectNoSeriousA11yIssues(page);
      await page.screenshot({ path: test.info().outputPath('mijn-tafel-voorzitter.png'), fullPage: true });

      // A line opens the case where it points: the actiepunten at Overleggen.
      await regelA.getByRole('button', { name: 'Gezin A.: 1 te laat, 1 deze week (opent Overleggen)' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Gezin A.' })).toBeVisible({ timeout: 10_000 });
      await expect(page.getByRole('navigation', { name: 'Onderdelen van de casus' }).getByRole('button', { name: 'Overleggen' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await naarStart(page);

      // The expert: only case A, only their own actiepunt by default.
      await naarStart(expert.page);
      await expert.page.getByRole('button', { name: 'Mijn tafel' }).click();
      const expertTabel = expert.page.getByRole('table', { name: /^Casussen op mijn tafel/ });
      await expect(expertTabel.getByTestId('tafel-regel')).toHaveCount(1);
      // The region's figures are the chair's.
      await expect(expert.page.getByRole('button', { name: 'Cijfers voor de regio' })).toHaveCount(0);
      await expect(expertTabel.getByTestId('tafel-regel')).toContainText('1 te laat');
      await expect(expertTabel.getByTestId('tafel-regel')).not.toContainText('deze week');
      const expertActies = expert.page.getByRole('table', { name: /^Actiepunten te laat en deze week/ });
      await expect(expertActies.getByTestId('tafel-actiepunt')).toHaveText([/Proces-verbaal opvragen\..*Pieter Politie \(u\)/]);
      await expert.page.screenshot({ path: test.info().outputPath('mijn-tafel-deskundige.png'), fullPage: true });
      // Everyone's, when the expert asks.
      await expert.page.getByLabel('Welke actiepunten').selectOption({ label: 'Van iedereen' });
      await expect(expertActies.getByTestId('tafel-actiepunt')).toHaveCount(2);
      await expectNoSeriousA11yIssues(expert.page);
    } finally {
      const errors = contexts.flatMap(errorsIn);
      for (const c of contexts) await c.close();
      expect(errors, errors.join('\n')).toEqual([]);
    }
  });
});
