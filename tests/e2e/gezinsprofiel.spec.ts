/**
 * The gezinsprofiel on the demo case: an expert records their own position and sees it next to
 * the others, the team sets the primary profile, and the mediation warning appears when a
 * mediation afspraak is added to the veiligheidsplan while intieme terreur is plausible, and goes
 * away when it no longer is. The rule itself: renderer/parts/gezinsprofiel/mediationRule.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { EXPERTS, createSharedCase } from './sharedCase.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

async function openProfiel(page: Page): Promise<void> {
  await openDemoCase(page);
  await openPart(page, 'Gezinsprofiel');
}

const standpuntenTabel = (page: Page): Locator => page.getByRole('table', { name: 'Standpunten naast elkaar' });
const nieuwStandpunt = (page: Page): Locator => page.getByRole('form', { name: 'Eigen standpunt vastleggen' });

test.describe('gezinsprofiel', () => {
  test('the demo shows each expert position side by side, with the disagreement in words', async ({ page }) => {
    await openProfiel(page);
    const tabel = standpuntenTabel(page);
    await expect(tabel.getByRole('columnheader', { name: /Fatima \(fictief\), GGZ Voorbeeld/ })).toBeVisible();
    await expect(tabel.getByRole('columnheader', { name: /Mila \(fictief\), Sterk Huis Voorbeeld/ })).toBeVisible();
    const gezinInStress = tabel.getByRole('row', { name: /^Gezin in de stress/ });
    await expect(gezinInStress.getByRole('cell')).toHaveText(['Primair', 'Geen oordeel', 'Geen oordeel']);
    await expect(page.getByText('De deskundigen verschillen over het primaire profiel: Intieme terreur (2), Gezin in de stress (1).')).toBeVisible();
    // Nothing in the demo's veiligheidsplan proposes mediation, so there is nothing to warn about.
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('each records their own position, and it shows next to the others', async ({ page }) => {
    await openProfiel(page);
    const form = nieuwStandpunt(page);
    // A position is personal: the form is for the user's own (the demo opens as Ingrid, the voorzitter), no picker of others.
    await expect(form.getByLabel('Deskundige')).toHaveCount(0);
    await form.getByLabel('Primair profiel').selectOption({ label: 'Intieme terreur' });
    await form.getByLabel('Waarom (toelichting)').fill('Dwang en controle, ook na de scheiding.');
    await form.getByRole('button', { name: 'Standpunt vastleggen' }).click();

    const tabel = standpuntenTabel(page);
    await expect(tabel.getByRole('columnheader', { name: /Ingrid \(fictief\), Veilig Thuis Voorbeeldregio/ })).toBeVisible();
    await expect(tabel.getByRole('row', { name: /^Waarom/ })).toContainText('Dwang en controle, ook na de scheiding.');
    await expect(page.getByText('De deskundigen verschillen over het primaire profiel: Intieme terreur (3), Gezin in de stress (1).')).toBeVisible();
    // One position per person: the form is gone; the others' positions cannot be changed here.
    await expect(form).toHaveCount(0);
    await expect(page.getByText('Standpunt van Fatima (fictief) wijzigen')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Standpunt van Fatima (fictief) verwijderen' })).toHaveCount(0);

    // Refine it: rule out Complexe (conflict)scheiding.
    const wijzig = page.locator('details').filter({ has: page.locator('summary', { hasText: 'Standpunt van Ingrid (fictief) wijzigen' }) });
    await wijzig.locator('summary').click();
    await wijzig
      .getByRole('group', { name: 'Oordeel van Ingrid (fictief) per profiel' })
      .getByLabel('Complexe (conflict)scheiding')
      .selectOption({ label: 'Uitgesloten' });
    const kolom = await tabel.getByRole('columnheader').allTextContents();
    const ingrid = kolom.findIndex((k) => k.startsWith('Ingrid'));
    await expect(
      tabel
        .getByRole('row', { name: /^Complexe \(conflict\)scheiding/ })
        .getByRole('cell')
        .nth(ingrid - 1),
    ).toHaveText('Uitgesloten');
    await expectNoSeriousA11yIssues(page);
  });

  test('the team sets the primary profile; one primary at a time', async ({ page }) => {
    await openProfiel(page);
    const samenvatting = page.getByText(/^Primair: .*Uitgesloten: .*\.$/);
    await expect(samenvatting).toHaveText('Primair: Intieme terreur. Secundair: Kindgedrag en opvoedstress. Uitgesloten: Complexe (conflict)scheiding.');
    await page.getByLabel('Oordeel over Gezin in de stress').selectOption({ label: 'Primair' });
    await expect(samenvatting).toHaveText('Primair: Gezin in de stress. Secundair: Kindgedrag en opvoedstress. Uitgesloten: Complexe (conflict)scheiding.');
    await expect(page.getByLabel('Oordeel over Intieme terreur')).toHaveValue('geen');
    await page.getByLabel('Oordeel over Intieme terreur').selectOption({ label: 'Secundair' });
    await expect(samenvatting).toHaveText(
      'Primair: Gezin in de stress. Secundair: Intieme terreur, Kindgedrag en opvoedstress. Uitgesloten: Complexe (conflict)scheiding.',
    );
    // Next to each profile: how the experts' own positions rated it.
    await expect(page.getByText('Eigen standpunten: 2× primair, 1× secundair')).toBeVisible();

    const toelichting = page.getByRole('textbox', { name: 'Toelichting op het gezinsprofiel' });
    await toelichting.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Alcohol weegt mee.');
    await expect(toelichting).toContainText('Alcohol weegt mee.');
  });

  test('a mediation afspraak with intieme terreur plausible raises a warning, which goes once it is not', async ({ page }) => {
    await openDemoCase(page);
    await openPart(page, 'Veiligheidsplan');
    const toggle = page.getByText('Afspraak toevoegen bij Doel 1.1', { exact: true });
    const form = page.getByRole('form', { name: 'Nieuwe afspraak bij Doel 1.1' });
    if (!(await form.isVisible())) await toggle.click();
    await form.getByLabel('Wat').fill('Ouders starten met mediation over de omgang.');
    await form.getByLabel('Wie', { exact: true }).selectOption({ label: 'Sanne (gezin)' });
    await form.getByLabel('Wanneer').fill('In april');
    await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect(form.getByLabel('Wat')).toHaveValue('');

    await openPart(page, 'Gezinsprofiel');
    const waarschuwing = page.getByRole('alert').filter({ hasText: 'Let op: mediation past niet bij intieme terreur' });
    await expect(waarschuwing).toBeVisible();
    await expect(waarschuwing.getByRole('listitem')).toHaveText(['Ouders starten met mediation over de omgang. (wanneer: In april)']);
    await expectNoSeriousA11yIssues(page);

    // Another primary profile is not enough while intieme-terreur indicators are present.
    await page.getByLabel('Oordeel over Gezin in de stress').selectOption({ label: 'Primair' });
    await expect(page.getByLabel('Oordeel over Intieme terreur')).toHaveValue('geen');
    await expect(waarschuwing).toBeVisible();
    for (const indicator of ['Dwang en controle', 'Ernstig fysiek geweld']) {
      await page
        .getByRole('group', { name: `${indicator}: aanwezig` })
        .getByLabel('Aanwezig?')
        .selectOption({ label: 'Afwezig' });
    }
    await expect(waarschuwing).toHaveCount(0);

    // Back as a secondary profile: the warning is back.
    await page.getByLabel('Oordeel over Intieme terreur').selectOption({ label: 'Secundair' });
    await expect(waarschuwing).toBeVisible();
  });

  test('indicators: marking one absent shows in words', async ({ page }) => {
    await openProfiel(page);
    const groep = page.getByRole('group', { name: 'Dwang en controle: aanwezig' });
    await groep.getByLabel('Aanwezig?').selectOption({ label: 'Afwezig' });
    await expect(page.getByRole('group', { name: 'Dwang en controle: afwezig' })).toBeVisible();
    await page.getByRole('button', { name: 'Indicator toevoegen bij Langdurige zorg' }).click();
    await expect(page.getByRole('group', { name: 'Nieuwe indicator: onbekend' })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  });

  test('shared: the expert records their position, the chair sees it live, the observer cannot edit', async ({ browser }) => {
    test.setTimeout(90_000);
    const shared = await createSharedCase(browser, { experts: 1, observer: true });
    const { chair } = shared;
    const expert = shared.experts[0]!;
    const observer = shared.observer!;
    const pieter = `${EXPERTS[0]!.naam}, ${EXPERTS[0]!.organisatie}`;
    try {
      for (const page of [chair, expert, observer]) await openPart(page, 'Gezinsprofiel');

      // The expert's form is for their own position only.
      const form = nieuwStandpunt(expert);
      await expect(form.getByLabel('Deskundige')).toHaveCount(0);
      await form.getByLabel('Primair profiel').selectOption({ label: 'Intieme terreur' });
      await form.getByLabel('Waarom (toelichting)').fill('Hij volgt haar na de scheiding.');
      await form.getByRole('button', { name: 'Standpunt vastleggen' }).click();

      for (const page of [chair, observer]) {
        const tabel = standpuntenTabel(page);
        await expect(tabel.getByRole('columnheader', { name: new RegExp(`^${pieter}`) })).toBeVisible();
        await expect(tabel.getByRole('row', { name: /^Intieme terreur/ }).getByRole('cell')).toHaveText(['Primair']);
        await expect(tabel.getByRole('row', { name: /^Waarom/ })).toContainText('Hij volgt haar na de scheiding.');
      }

      // The chair sets the agreed primary profile; the expert sees it.
      await chair.getByLabel('Oordeel over Intieme terreur').selectOption({ label: 'Primair' });
      await expect(expert.getByLabel('Oordeel over Intieme terreur')).toHaveValue('primair');
      await expect(observer.getByLabel('Oordeel over Intieme terreur')).toHaveValue('primair');

      // The observer reads along and can change nothing.
      await expect(observer.getByLabel('Oordeel over Intieme terreur')).toBeDisabled();
      await expect(observer.getByLabel('Machtsongelijkheid tussen de partners')).toBeDisabled();
      await expect(nieuwStandpunt(observer)).toHaveCount(0);
      await expect(observer.getByText(/^Standpunt van .* wijzigen$/)).toHaveCount(0);
      await expect(observer.getByRole('button', { name: /^Indicator toevoegen/ })).toHaveCount(0);
      await expect(observer.getByRole('textbox', { name: 'Toelichting op het gezinsprofiel' })).toHaveAttribute('contenteditable', 'false');
      await expectNoSeriousA11yIssues(observer);
    } finally {
      await shared.close();
    }
  });
});
