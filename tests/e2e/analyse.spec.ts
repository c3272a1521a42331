/**
 * The verklarende analyse on the demo case: typing in a section, formatting by keyboard, adding a
 * factor and a hypothesis with onderbouwing for and against, and an axe scan of each view.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

async function openAnalyse(page: Page): Promise<void> {
  await openDemoCase(page);
  await openPart(page, 'Verklarende analyse');
}

const subNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Delen van de verklarende analyse' });
const section = (page: Page, title: string): Locator => page.getByRole('textbox', { name: title, exact: true });

test.describe('verklarende analyse', () => {
  test('typing in a section shows in that section and nowhere else', async ({ page }) => {
    await openAnalyse(page);
    const zorgen = section(page, 'Zorgen (wat gaat er mis)');
    await expect(zorgen).toBeVisible();
    await expect(zorgen).toHaveAttribute('contenteditable', 'true');
    await zorgen.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Moeder slaapt slecht sinds de scheiding.');
    await expect(zorgen).toContainText('Moeder slaapt slecht sinds de scheiding.');
    await expect(section(page, 'Krachten / beschermende factoren')).not.toContainText('Moeder slaapt slecht');

    // It is in the case, not just on screen: it is still there after leaving the part.
    await openPart(page, 'Tijdlijn');
    await openPart(page, 'Verklarende analyse');
    await expect(section(page, 'Zorgen (wat gaat er mis)')).toContainText('Moeder slaapt slecht sinds de scheiding.');

    // Ctrl+Z in the text undoes one's own typing there.
    await section(page, 'Zorgen (wat gaat er mis)').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Tijdelijk.');
    await expect(section(page, 'Zorgen (wat gaat er mis)')).toContainText('Tijdelijk.');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(section(page, 'Zorgen (wat gaat er mis)')).not.toContainText('Tijdelijk.');
  });

  test('bold works from the keyboard, and the toolbar says it is on', async ({ page }) => {
    await openAnalyse(page);
    const doelen = section(page, 'Doelen');
    await doelen.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type('Veiligheid eerst');
    await expect(doelen.locator('strong')).toHaveText('Veiligheid eerst');
    const toolbar = page.getByRole('toolbar', { name: 'Opmaak van Doelen' });
    await expect(toolbar.getByRole('button', { name: 'Vet' })).toHaveAttribute('aria-pressed', 'true');
    await expect(toolbar.getByRole('button', { name: 'Cursief' })).toHaveAttribute('aria-pressed', 'false');

    // The toolbar itself, by keyboard: Shift+Tab from the text reaches it; arrows move; Enter acts.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Rust');
    await doelen.press('Shift+Tab');
    await expect(toolbar.getByRole('button', { name: 'Vet' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: 'Cursief' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toolbar.getByRole('button', { name: 'Cursief' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type(' thuis');
    await expect(doelen.locator('em')).toContainText('thuis');

    // A subheading, by its shortcut: one level below the section's own heading.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+Alt+5');
    await page.keyboard.type('Voor de kinderen');
    await expect(doelen.getByRole('heading', { level: 5, name: 'Voor de kinderen' })).toBeVisible();
    await expect(toolbar.getByRole('button', { name: 'Tussenkop' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a factor can be added, named and linked to a fact on the tijdlijn', async ({ page }) => {
    await openAnalyse(page);
    await subNav(page)
      .getByRole('button', { name: /^Factoren/ })
      .click();
    await expect(page.getByRole('heading', { level: 3, name: 'Factoren' })).toBeVisible();
    await page.getByRole('button', { name: 'Factor toevoegen' }).click();
    const nieuw = page.locator('article').filter({ has: page.getByRole('heading', { level: 4, name: /^Nieuwe factor/ }) });
    await expect(nieuw).toBeVisible();
    await nieuw.getByLabel('Titel').fill('Schulden');
    await nieuw.getByLabel('Titel').press('Enter');
    const schulden = page.locator('article').filter({ has: page.getByRole('heading', { level: 4, name: /^Schulden/ }) });
    await expect(schulden).toBeVisible();
    await schulden.getByLabel('Soort').selectOption({ label: 'Risicofactor' });
    await schulden.getByLabel('Rol in het probleem').selectOption({ label: 'In stand houdend' });
    await schulden.getByRole('checkbox', { name: /Melding door school/ }).check();
    await expect(schulden.getByRole('heading', { level: 4 })).toContainText('Risicofactor');
    await expect(schulden.getByLabel('Rol in het probleem')).toHaveValue('in_stand_houdend');
    await expect(schulden.getByRole('checkbox', { name: /Melding door school/ })).toBeChecked();
    const omschrijving = schulden.getByRole('textbox', { name: 'Omschrijving van Schulden' });
    await omschrijving.click();
    await page.keyboard.type('Huurachterstand van drie maanden.');
    await expect(omschrijving).toHaveText('Huurachterstand van drie maanden.');
    await expect(subNav(page).getByRole('button', { name: 'Factoren (7)' })).toBeVisible();
  });

  test('a hypothesis gets onderbouwing for and against, and can become the werkhypothese', async ({ page }) => {
    await openAnalyse(page);
    await subNav(page)
      .getByRole('button', { name: /^Hypothesen/ })
      .click();
    await page.getByRole('button', { name: 'Hypothese toevoegen' }).click();
    const nieuw = page.locator('article').filter({ has: page.getByRole('heading', { level: 4, name: /^Nieuwe hypothese/ }) });
    await nieuw.getByLabel('Titel').fill('Overbelaste moeder');
    await nieuw.getByLabel('Titel').press('Enter');
    const h = page.locator('article').filter({ has: page.getByRole('heading', { level: 4, name: /^Overbelaste moeder/ }) });
    await expect(h.getByText('Nog niets dat voor deze verklaring pleit.')).toBeVisible();

    await h.getByRole('button', { name: 'Onderbouwing voor toevoegen bij Overbelaste moeder' }).click();
    const voor = h.getByRole('region', { name: 'Onderbouwing voor: Overbelaste moeder' });
    await voor.getByLabel('Toelichting').fill('Moeder zorgt alleen voor twee kinderen.');
    await voor.getByLabel('Toelichting').press('Enter');
    await voor.getByLabel('Factor').selectOption({ label: 'Moeder zoekt hulp' });

    await h.getByRole('button', { name: 'Onderbouwing tegen toevoegen bij Overbelaste moeder' }).click();
    const tegen = h.getByRole('region', { name: 'Onderbouwing tegen: Overbelaste moeder' });
    await tegen.getByLabel('Toelichting').fill('Geweld begon al toen vader nog thuis woonde.');
    await tegen.getByLabel('Toelichting').press('Enter');
    await tegen.getByLabel('Gebeurtenis op de tijdlijn').selectOption({ label: 'maart 2024 · Melding burengerucht' });

    await expect(voor.getByLabel('Toelichting')).toHaveValue('Moeder zorgt alleen voor twee kinderen.');
    await expect(voor.getByLabel('Factor')).toHaveValue('f-hulp');
    await expect(tegen.getByLabel('Gebeurtenis op de tijdlijn')).toHaveValue('ev-2024-03');

    await h.getByLabel('Status').selectOption({ label: 'Werkhypothese' });
    await expect(page.getByText('Werkhypothese: Overbelaste moeder')).toBeVisible();
    // There is only ever one werkhypothese: the previous one is now aannemelijk.
    const terreur = page.locator('article').filter({ has: page.getByRole('heading', { level: 4, name: /^Intieme terreur/ }) });
    await expect(terreur.getByLabel('Status')).toHaveValue('aannemelijk');
  });

  test('a meningsverschil records who holds which view, the gezin included', async ({ page }) => {
    await openAnalyse(page);
    await subNav(page)
      .getByRole('button', { name: /^Meningsverschillen/ })
      .click();
    const mv = page.locator('article').filter({ has: page.getByRole('heading', { level: 4, name: 'Is dit intieme terreur of een vechtscheiding?' }) });
    await expect(mv.getByRole('list').getByRole('listitem')).toHaveCount(3);
    const form = mv.locator('form');
    await form.getByRole('button', { name: 'Standpunt toevoegen' }).click();
    await expect(form.getByRole('alert')).toHaveText('Schrijf het standpunt op.');
    // A view is personal: the chair records her own or a gezinslid's, never another deelnemer's.
    await expect(form.getByLabel('Wie').locator('option:checked')).toHaveText('Ingrid (fictief) (professional)');
    await expect(form.getByLabel('Wie').getByRole('option', { name: /Mila/ })).toHaveCount(0);
    await expect(
      mv.getByText('Vastgelegd door Mila (fictief) (professional); alleen die kan dit wijzigen of intrekken. Reageer met een opmerking.'),
    ).toBeVisible();
    await expect(mv.getByRole('button', { name: /^Standpunt verwijderen: Mila/ })).toHaveCount(0);
    await form.getByLabel('Wie').selectOption({ label: 'Noor (gezin)' });
    await form.getByLabel('Standpunt').fill('Ik wil gewoon dat het rustig is.');
    await form.getByRole('button', { name: 'Standpunt toevoegen' }).click();
    await expect(mv.getByRole('list').getByRole('listitem')).toHaveCount(4);
    await expect(mv.getByRole('button', { name: 'Standpunt verwijderen: Noor (gezin)' })).toBeVisible();
  });

  test('every view of the analysis has no serious accessibility problems', async ({ page }) => {
    test.setTimeout(60_000);
    await openAnalyse(page);
    await expectNoSeriousA11yIssues(page);
    for (const name of [/^Factoren/, /^Hypothesen/, /^Meningsverschillen/]) {
      await subNav(page).getByRole('button', { name }).click();
      await expect(subNav(page).getByRole('button', { name })).toHaveAttribute('aria-current', 'true');
      await expectNoSeriousA11yIssues(page);
    }
  });
});
