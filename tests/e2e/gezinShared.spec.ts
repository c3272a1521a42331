/**
 * Gezin & netwerk, Overzicht and Tijdlijn co-edited through the real relay: what an expert adds
 * the chair sees; a restricted value shows only to the roles named on it; an observer reads along
 * and can change nothing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { createSharedCase } from './sharedCase.js';
import { openPart } from './workspaceHelpers.js';

const sanne = (page: Page) => page.getByRole('article', { name: 'Sanne (ouder)' });

test.describe('gezin, overzicht and tijdlijn, shared', () => {
  test('an expert adds a gezinslid; restricted values follow their zichtbaarVoor; the observer only reads', async ({ browser }) => {
    test.setTimeout(90_000);
    const shared = await createSharedCase(browser, { experts: 1, observer: true });
    const { chair } = shared;
    const expert = shared.experts[0]!;
    const observer = shared.observer!;
    try {
      for (const page of [chair, expert, observer]) await openPart(page, 'Gezin & netwerk');

      const form = expert.getByRole('form', { name: 'Nieuw gezinslid' });
      await form.getByLabel('Roepnaam').fill('Sanne');
      await form.getByLabel('Rol in het gezin').selectOption({ label: 'ouder' });
      await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
      await expect(sanne(chair)).toBeVisible();

      // The chair records an adres (visible to the voorzitter role) and a veilig contact she opens to deskundigen too.
      await sanne(chair).getByRole('button', { name: 'Adres van Sanne vastleggen' }).click();
      await sanne(chair).getByLabel('Adres van Sanne').fill('Geheim opvangadres (fictief)');
      await sanne(chair).getByLabel('Adres van Sanne').press('Enter');
      await sanne(chair).getByRole('button', { name: 'Veilig contact van Sanne vastleggen' }).click();
      await sanne(chair).getByLabel('Codewoord van Sanne').fill('tulp');
      await sanne(chair).getByLabel('Codewoord van Sanne').press('Enter');
      await sanne(chair).getByText('Wie mag het veilig contact van Sanne zien?').click();
      await sanne(chair).getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: 'deskundige' }).check();
      await expect(sanne(chair).getByText('Zichtbaar voor: voorzitter, deskundige')).toBeVisible();

      // The expert's role is named on the veilig contact, not on the adres.
      await expect(sanne(expert).getByLabel('Codewoord van Sanne')).toHaveValue('tulp');
      await expect(sanne(expert).getByRole('region', { name: 'Adres' })).toContainText('Afgeschermd — alleen zichtbaar voor voorzitter (1 persoon).');
      await expect(sanne(expert).getByLabel('Adres van Sanne')).toHaveCount(0);
      expect(await expert.content()).not.toContain('opvangadres');

      // The observer is named on neither, and can change nothing.
      await expect(sanne(observer).getByRole('region', { name: 'Veilig contact' })).toContainText('Afgeschermd — alleen zichtbaar voor voorzitter, deskundige');
      await expect(sanne(observer).getByRole('region', { name: 'Adres' })).toContainText('Afgeschermd — alleen zichtbaar voor voorzitter (1 persoon).');
      expect(await observer.content()).not.toMatch(/opvangadres|tulp/);
      await expect(observer.getByText('U kijkt mee als waarnemer')).toBeVisible();
      await expect(observer.getByRole('form')).toHaveCount(0);
      await expect(observer.getByText('Gegevens van Sanne wijzigen')).toHaveCount(0);
      await expect(observer.getByRole('button', { name: /vastleggen|verwijderen|wissen|toevoegen/ })).toHaveCount(0);

      // Casus meta and the tijdlijn travel the same way. The casus gegevens, organisaties and roles
      // are the chair's; an expert changes only their own name and function.
      await openPart(chair, 'Overzicht');
      await openPart(expert, 'Overzicht');
      const titel = chair.getByLabel('Titel (gepseudonimiseerd)');
      await titel.fill(`${shared.title} (gewijzigd)`);
      await titel.press('Enter');
      await expect(expert.getByRole('heading', { level: 1 })).toHaveText(`${shared.title} (gewijzigd)`);
      await expect(
        expert.getByText('De casusgegevens, de organisaties en wie welke rol heeft aan tafel beheert de voorzitter.', { exact: false }),
      ).toBeVisible();
      await expect(expert.getByLabel('Titel (gepseudonimiseerd)')).toHaveAttribute('readonly', '');
      await expect(chair.getByRole('form', { name: 'Nieuwe deelnemer' })).toBeVisible();
      await expect(expert.getByRole('form', { name: 'Nieuwe deelnemer' })).toHaveCount(0);
      await expect(expert.getByRole('form', { name: 'Nieuwe organisatie' })).toHaveCount(0);
      await expect(expert.getByText('Gegevens van Ingrid Voorzitter wijzigen')).toHaveCount(0);
      await expert.getByText('Gegevens van Pieter Politie wijzigen').click();
      await expect(expert.getByRole('group', { name: 'Rollen in deze casus' })).toHaveCount(0);
      const functie = expert.getByLabel('Functie');
      await functie.fill('wijkagent');
      await functie.press('Enter');
      await expect(chair.getByText('wijkagent bij', { exact: false })).toBeVisible();
      // A new name of one's own is what the others see at the table too.
      const naam = expert.getByLabel('Naam', { exact: true });
      await naam.fill('Pieter P. Politie');
      await naam.press('Enter');
      await expect(chair.getByTestId('presence-person').filter({ hasText: 'Pieter P. Politie' })).toBeVisible();
      await openPart(observer, 'Overzicht');
      await expect(observer.getByLabel('Titel (gepseudonimiseerd)')).toHaveAttribute('readonly', '');
      await expect(observer.getByLabel('Fase')).toBeDisabled();

      await openPart(chair, 'Tijdlijn');
      await openPart(expert, 'Tijdlijn');
      const nieuw = chair.getByRole('form', { name: 'Nieuwe gebeurtenis' });
      await nieuw.getByLabel('Hoe precies is de datum bekend').selectOption({ label: 'Alleen de maand' });
      await nieuw.getByLabel('Maand').fill('2024-03');
      await nieuw.getByLabel('Wat gebeurde er (kort)').fill('Melding burengerucht');
      await nieuw.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
      await expect(expert.getByRole('article', { name: 'maart 2024: Melding burengerucht' })).toBeVisible();
    } finally {
      await shared.close();
    }
  });
});
