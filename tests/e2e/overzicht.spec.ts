/** The Overzicht part on the demo case: the casus meta, what the case holds, organisaties and deelnemers. */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

async function openOverzicht(page: Page): Promise<void> {
  await openDemoCase(page);
  await openPart(page, 'Overzicht');
}

test.describe('overzicht', () => {
  // Several edits and axe scans per test: generous on a machine shared with other test runs.
  test.describe.configure({ timeout: 45_000 });

  test('the casus meta is edited and the workspace title follows', async ({ page }) => {
    await openOverzicht(page);
    await expect(page.getByText('Deze casus is fictief')).toBeVisible();
    const titel = page.getByLabel('Titel (gepseudonimiseerd)');
    await expect(titel).toHaveValue('Gezin K. (fictief)');
    await titel.fill('Gezin B. (fictief)');
    await titel.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gezin B. (fictief)');
    await expect(page).toHaveTitle('Overzicht · Gezin B. (fictief) · Tafel');

    await page.getByLabel('Werkfase (gefaseerd samenwerken aan veiligheid)').selectOption({ label: 'Stabiele veiligheid en risicogestuurde zorg' });
    await page.getByLabel('Grondslag van de aanbrenger').selectOption({ label: 'Toestemming' });
    await page.getByLabel('Casusregisseur', { exact: true }).selectOption({ label: 'Fatima (fictief)' });
    // Away and back: what was written is what the case holds.
    await openPart(page, 'Tijdlijn');
    await openPart(page, 'Overzicht');
    await expect(page.getByLabel('Werkfase (gefaseerd samenwerken aan veiligheid)')).toHaveValue('stabiele_veiligheid_risicogestuurde_zorg');
    await expect(page.getByLabel('Grondslag van de aanbrenger')).toHaveValue('toestemming');
    await expect(page.getByLabel('Casusregisseur', { exact: true }).locator('option:checked')).toHaveText('Fatima (fictief)');
    await expectNoSeriousA11yIssues(page);
  });

  test('organisaties and deelnemers are added and changed; the counts follow the case', async ({ page }) => {
    await openOverzicht(page);
    const inhoud = page.getByRole('region', { name: 'Wat staat er in deze casus' });
    await expect(inhoud.getByRole('definition').nth(0)).toHaveText('4');
    await expect(inhoud.getByRole('term').nth(0)).toHaveText('Gezinsleden');

    const orgForm = page.getByRole('form', { name: 'Nieuwe organisatie' });
    await orgForm.getByLabel('Naam van de organisatie').fill('Raad Voorbeeld');
    await orgForm.getByLabel('Soort organisatie').selectOption({ label: 'Raad voor de Kinderbescherming' });
    await orgForm.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await expect(page.getByText('Raad Voorbeeld (Raad voor de Kinderbescherming)')).toBeVisible();

    const form = page.getByRole('form', { name: 'Nieuwe deelnemer' });
    await form.getByLabel('Naam').fill('Kees (fictief)');
    await form.getByLabel('Organisatie').selectOption({ label: 'Raad Voorbeeld' });
    await form.getByLabel('Functie').fill('Raadsonderzoeker');
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect(page.getByText('Kees (fictief) · Raadsonderzoeker bij Raad Voorbeeld · Rollen: deskundige')).toBeVisible();

    const kees = page.locator('details', { hasText: 'Gegevens van Kees (fictief) wijzigen' });
    await kees.getByText('Gegevens van Kees (fictief) wijzigen').click();
    await kees.getByRole('group', { name: 'Rollen in deze casus' }).getByRole('checkbox', { name: 'gedragswetenschapper' }).check();
    await expect(page.getByText('Kees (fictief) · Raadsonderzoeker bij Raad Voorbeeld · Rollen: deskundige, gedragswetenschapper')).toBeVisible();
    await expectNoSeriousA11yIssues(page);

    await openPart(page, 'Gezin & netwerk');
    await page.getByRole('form', { name: 'Nieuw gezinslid' }).getByLabel('Roepnaam').fill('Lieke');
    await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await expect(page.getByRole('article', { name: 'Lieke (kind)' })).toBeVisible();
    await openPart(page, 'Overzicht');
    await expect(inhoud.getByRole('definition').nth(0)).toHaveText('5');
  });
});
