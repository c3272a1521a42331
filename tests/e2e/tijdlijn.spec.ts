/** The tijdlijn on the demo case: events in date order at their own precision, adding one, filtering. */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

async function openTijdlijn(page: Page): Promise<void> {
  await openDemoCase(page);
  await openPart(page, 'Tijdlijn');
}

const koppen = (page: Page) => page.getByRole('list').getByRole('article').getByRole('heading', { level: 4 });

test.describe('tijdlijn', () => {
  // Several edits and axe scans per test: generous on a machine shared with other test runs.
  test.describe.configure({ timeout: 45_000 });

  test('an event known to the month is added and sorted among the others', async ({ page }) => {
    await openTijdlijn(page);
    await expect(koppen(page)).toHaveText([
      '2023: Relatietherapie gestopt',
      'maart 2024: Melding burengerucht',
      '12 augustus 2024: Melding door school',
      '14 februari 2025: Fysiek geweld, kinderen aanwezig',
      '14 februari 2025: Tijdelijk huisverbod opgelegd',
      '15 februari 2025: Moeder en kinderen in opvang',
      '16 februari 2025: Melding door politie na het incident',
      '17 februari 2025: Aangifte van mishandeling door moeder',
      '24 februari 2025: Huisverbod afgelopen, niet verlengd; vader terug in de gezinswoning',
      '5 maart 2025: OM vervolgt; reclassering adviseert over bijzondere voorwaarden',
    ]);
    await expect(page.getByRole('article', { name: 'maart 2024: Melding burengerucht' })).toContainText(
      'Politiecontact · bron: Politie, basisteam Voorbeeld (dossier) · gemeld · betrokken: Mark, Sanne',
    );

    const form = page.getByRole('form', { name: 'Nieuwe gebeurtenis' });
    await form.getByLabel('Hoe precies is de datum bekend').selectOption({ label: 'Alleen de maand' });
    await form.getByLabel('Wat gebeurde er (kort)').fill('Tweede melding door school');
    await form.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    await expect(form.getByRole('alert')).toHaveText('Vul een datum in die past bij hoe precies die bekend is.');
    await form.getByLabel('Maand').fill('2024-11');
    await form.getByLabel('Soort gebeurtenis').selectOption({ label: 'Melding bij Veilig Thuis' });
    await form.getByLabel('Soort bron').selectOption({ label: 'van een derde' });
    await form.getByRole('group', { name: 'Betrokken gezinsleden' }).getByRole('checkbox', { name: 'Noor' }).check();
    await form.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();

    await expect(koppen(page).nth(3)).toHaveText('november 2024: Tweede melding door school');
    await expect(koppen(page)).toHaveCount(11);
    // The new event's source is the organisation the chair writes for.
    await expect(page.getByRole('article', { name: 'november 2024: Tweede melding door school' })).toContainText(
      'Melding bij Veilig Thuis · bron: Veilig Thuis Voorbeeldregio (van een derde) · betrokken: Noor',
    );
    await expectNoSeriousA11yIssues(page);
  });

  test('an event is corrected to a finer date, moves, and can be removed; the filter narrows the list', async ({ page }) => {
    await openTijdlijn(page);
    const event = page.getByRole('article', { name: '2023: Relatietherapie gestopt' });
    await event.getByText('Relatietherapie gestopt (2023) wijzigen').click();
    await event.getByLabel('Hoe precies is de datum bekend').selectOption({ label: 'Alleen de maand' });
    const moved = page.getByRole('article', { name: /Relatietherapie gestopt$/ });
    await moved.getByLabel('Maand').fill('2023-09');
    await moved.getByLabel('Maand').press('Enter');
    await expect(koppen(page).first()).toHaveText('september 2023: Relatietherapie gestopt');

    await page.getByLabel('Betrokken gezinslid').selectOption({ label: 'Daan' });
    await expect(page.getByRole('group', { name: 'Filter' }).getByRole('status')).toHaveText('2 van 10 gebeurtenissen');
    await expect(koppen(page)).toHaveText(['14 februari 2025: Fysiek geweld, kinderen aanwezig', '15 februari 2025: Moeder en kinderen in opvang']);
    await page.getByLabel('Betrokken gezinslid').selectOption({ label: 'Iedereen' });
    await expect(koppen(page)).toHaveCount(10);
    await expectNoSeriousA11yIssues(page);

    await moved.getByText('Relatietherapie gestopt (september 2023) wijzigen').click();
    await moved.getByRole('button', { name: 'Relatietherapie gestopt (september 2023) verwijderen' }).click();
    await expect(koppen(page)).toHaveCount(9);
    await expect(koppen(page).first()).toHaveText('maart 2024: Melding burengerucht');
  });
});
