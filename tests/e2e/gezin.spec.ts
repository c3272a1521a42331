/**
 * The Gezin & netwerk part on the demo case, seen as its voorzitter: adding a gezinslid, the
 * restricted adres (the demo names the voorzitter role on it) and veilig contact (it does not),
 * setting who may see a restricted value, the direction of violence in words, and the netwerk table.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

async function openGezin(page: Page): Promise<void> {
  await openDemoCase(page);
  await openPart(page, 'Gezin & netwerk');
}

test.describe('gezin & netwerk', () => {
  // Several edits and axe scans per test: generous on a machine shared with other test runs.
  test.describe.configure({ timeout: 45_000 });

  test('restricted fields show only to the roles named on them', async ({ page }) => {
    await openGezin(page);
    const sanne = page.getByRole('article', { name: 'Sanne (ouder)' });
    // The demo's adres names the voorzitter: the chair sees and may edit it.
    await expect(sanne.getByLabel('Adres van Sanne')).toHaveValue('Geheim opvangadres (fictief)');
    await expect(sanne.getByText('Zichtbaar voor: voorzitter, casusregisseur, Mila (fictief)')).toBeVisible();
    // The veilig contact names the casusregisseur and Mila, not the voorzitter: shielded, value nowhere on the page.
    await expect(sanne.getByRole('region', { name: 'Veilig contact' })).toContainText(
      'Afgeschermd — alleen zichtbaar voor casusregisseur, Mila (fictief) (2 personen).',
    );
    await expect(page.getByText(/tulp|06-00000000/)).toHaveCount(0);
    await expect(page.locator('input').filter({ hasText: 'tulp' })).toHaveCount(0);
    await expect(sanne.getByRole('button', { name: 'Veilig contact van Sanne wissen' })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
  });

  test('a gezinslid is added, gets a veilig contact, and whoever may see it decides who else may', async ({ page }) => {
    await openGezin(page);
    const form = page.getByRole('form', { name: 'Nieuw gezinslid' });
    await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await expect(form.getByRole('alert')).toHaveText('Vul de roepnaam in.');
    await form.getByLabel('Roepnaam').fill('Lieke');
    await form.getByLabel('Rol in het gezin').selectOption({ label: 'kind' });
    await form.getByLabel('Geboortejaar').fill('2022');
    await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();

    const lieke = page.getByRole('article', { name: 'Lieke (kind)' });
    await expect(lieke.getByText('geboren 2022')).toBeVisible();
    await expect(form.getByLabel('Roepnaam')).toHaveValue('');

    await lieke.getByRole('button', { name: 'Veilig contact van Lieke vastleggen' }).click();
    await expect(lieke.getByText('Zichtbaar voor: voorzitter')).toBeVisible();
    await lieke.getByLabel('Veilig telefoonnummer van Lieke').fill('06-11111111 (fictief)');
    await lieke.getByLabel('Veilig telefoonnummer van Lieke').press('Enter');

    await lieke.getByText('Wie mag het veilig contact van Lieke zien?').click();
    await lieke.getByRole('group', { name: 'Deelnemers' }).getByRole('checkbox', { name: 'Mila (fictief)' }).check();
    await expect(lieke.getByText('Zichtbaar voor: voorzitter, Mila (fictief)')).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    // Taking her own role off: the chair no longer sees the number.
    await lieke.getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: 'voorzitter' }).click();
    await expect(lieke.getByRole('region', { name: 'Veilig contact' })).toContainText('Afgeschermd — alleen zichtbaar voor Mila (fictief) (1 persoon).');
    await expect(page.getByText('06-11111111')).toHaveCount(0);
  });

  test('relaties say the direction of violence with the names; the netwerk is a table', async ({ page }) => {
    await openGezin(page);
    await expect(page.getByRole('article', { name: 'Mark en Sanne: ex-partners' })).toContainText('Geweld: van Mark naar Sanne · omgang: Begeleide omgang');
    const markNoor = page.getByRole('article', { name: 'Mark en Noor: ouder en kind' });
    await markNoor.getByText('Relatie tussen Mark en Noor wijzigen').click();
    await markNoor.getByLabel('Richting van het geweld').selectOption({ label: 'van Mark naar Noor' });
    await markNoor.getByLabel('Contactverbod').selectOption({ label: 'ja' });
    await expect(markNoor).toContainText('Geweld: van Mark naar Noor · contactverbod');

    const tabel = page.getByRole('table', { name: 'Netwerk van het gezin' });
    await expect(tabel.getByRole('row', { name: /^Oma Els \(fictief\)/ }).getByRole('cell')).toHaveText([
      'Moeder van Sanne',
      'opvang kinderen, overdracht',
      'ja',
      'ja',
    ]);
    const form = page.getByRole('form', { name: 'Iemand aan het netwerk toevoegen' });
    await form.getByLabel('Naam', { exact: true }).fill('Tante Joke (fictief)');
    await form.getByLabel('Relatie tot het gezin').fill('Zus van Mark');
    await form.getByLabel('Kan helpen met').fill('vervoer, oppas');
    await form.getByLabel('Veilig').selectOption({ label: 'nee' });
    await form.getByRole('button', { name: 'Aan het netwerk toevoegen' }).click();
    await expect(tabel.getByRole('row', { name: /^Tante Joke/ }).getByRole('cell')).toHaveText(['Zus van Mark', 'vervoer, oppas', 'nee', 'nee']);
    await expectNoSeriousA11yIssues(page);
  });

  test('hulpverlening says its period in words; the date fields keep the day as the input writes it', async ({ page }) => {
    await openGezin(page);
    const ggz = page.getByRole('article', { name: 'GGZ Voorbeeld: Eerdere relatietherapie' });
    await expect(ggz).toContainText('van 1 mei 2023 tot 1 september 2023 · resultaat: Voortijdig gestopt');
    const opvang = page.getByRole('article', { name: 'Sterk Huis Voorbeeld: Opvang en ambulante begeleiding moeder en kinderen' });
    await expect(opvang.getByText('sinds 15 februari 2025')).toBeVisible();

    await opvang.getByText('Hulp van Sterk Huis Voorbeeld wijzigen: Opvang en ambulante begeleiding moeder en kinderen').click();
    await expect(opvang.getByLabel('Sinds', { exact: true })).toHaveValue('2025-02-15');
    await opvang.getByLabel('Tot', { exact: true }).fill('2025-06-30');
    await opvang.getByLabel('Tot', { exact: true }).press('Enter');
    await expect(opvang.getByText('van 15 februari 2025 tot 30 juni 2025')).toBeVisible();
    const hulp = page.getByRole('region', { name: 'Betrokken hulpverleners' });
    await expect(hulp).toBeVisible();
    await expect(hulp.getByText(/\d{4}-\d{2}-\d{2}/)).toHaveCount(0);
  });
});
