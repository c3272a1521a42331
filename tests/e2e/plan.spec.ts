/**
 * The veiligheidsplan part on the demo case (seen as its voorzitter): a zorg, its doel and
 * afspraken with wie / wat / wanneer / wie controleert; status in words; the overview table in
 * date order with overdue afspraken said in words; and restricted noodcontacten. Then the plan
 * shared through the real relay: what an expert adds shows live at the chair, a noodcontact is
 * hidden from a role not named on it, and an observer reads along but cannot change anything.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { CHAIR, EXPERTS, createSharedCase } from './sharedCase.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

async function openPlan(page: Page): Promise<void> {
  await openDemoCase(page);
  await openPart(page, 'Veiligheidsplan');
}

async function addZorg(page: Page, wie: string, waarover: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Nieuwe zorg' });
  await form.getByLabel('Wie maakt zich zorgen').fill(wie);
  await form.getByLabel('Waarover').fill(waarover);
  await form.getByRole('button', { name: 'Zorg toevoegen' }).click();
  await expect(form.getByLabel('Waarover')).toHaveValue('');
}

async function addAfspraak(page: Page, doel: string, a: { wat: string; wie: string; wanneer: string; controle: string }): Promise<void> {
  const toggle = page.getByText(`Afspraak toevoegen bij ${doel}`, { exact: true });
  const form = page.getByRole('form', { name: `Nieuwe afspraak bij ${doel}` });
  if (!(await form.isVisible())) await toggle.click();
  await form.getByLabel('Wat').fill(a.wat);
  await form.getByLabel('Wie', { exact: true }).selectOption({ label: a.wie });
  await form.getByLabel('Wanneer').fill(a.wanneer);
  await form.getByLabel('Wie controleert').selectOption({ label: a.controle });
  await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await expect(form.getByLabel('Wat')).toHaveValue('');
}

test.describe('veiligheidsplan', () => {
  test('zorg → doel → afspraken; status in words; the overview sorts by wanneer and says what is overdue', async ({ page }) => {
    test.setTimeout(60_000); // many steps and an axe scan on a shared, busy machine
    await openPlan(page);
    await expect(page.getByRole('heading', { level: 4, name: /^Zorg 1: Veilig Thuis, politie en opvang/ })).toBeVisible();

    // A new zorg needs who worries and about what.
    const zorgForm = page.getByRole('form', { name: 'Nieuwe zorg' });
    await zorgForm.getByLabel('Wie maakt zich zorgen').fill('School');
    await zorgForm.getByRole('button', { name: 'Zorg toevoegen' }).click();
    await expect(zorgForm.getByRole('alert')).toHaveText('Vul in waarover de zorg gaat.');
    await zorgForm.getByLabel('Waarover').fill('Noor komt vaak te laat en huilt in de klas.');
    await zorgForm.getByLabel('Wat gebeurt er als er niets verandert').fill('Noor raakt achter en trekt zich terug.');
    await zorgForm.getByRole('button', { name: 'Zorg toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 4, name: 'Zorg 3: School' })).toBeVisible();

    // Its veiligheidsdoel, typed in the rich-text field.
    await page.getByRole('button', { name: 'Veiligheidsdoel toevoegen bij Zorg 3' }).click();
    await expect(page.getByRole('heading', { level: 5, name: 'Doel 3.1' })).toBeVisible();
    const doel = page.getByRole('textbox', { name: 'Veiligheidsdoel Doel 3.1' });
    await doel.click();
    await page.keyboard.type('Noor gaat elke dag rustig naar school.');
    await expect(doel).toHaveText('Noor gaat elke dag rustig naar school.');

    // Two afspraken for that doel, the later date first.
    await addAfspraak(page, 'Doel 3.1', {
      wat: 'Oma brengt Noor naar school.',
      wie: 'Oma Els (fictief) (netwerk)',
      wanneer: '1-4-2025',
      controle: 'Lotte (fictief), Wijkteam Centrum',
    });
    await addAfspraak(page, 'Doel 3.1', {
      wat: 'Moeder belt de juf.',
      wie: 'Sanne (gezin)',
      wanneer: '2025-03-01',
      controle: 'Mila (fictief), Sterk Huis Voorbeeld',
    });
    const eerste = page.getByRole('article', { name: 'Afspraak 3.1.1: 1-4-2025' });
    await expect(eerste.getByText('Wie: Oma Els (fictief) (netwerk). Wie controleert: Lotte (fictief), Wijkteam Centrum. Status: Loopt.')).toBeVisible();
    await expect(eerste.getByRole('textbox', { name: 'Wat bij Afspraak 3.1.1' })).toHaveText('Oma brengt Noor naar school.');
    await expect(eerste.getByText('Te laat: de datum is voorbij.')).toBeVisible();

    // The overview: dated afspraken first, earliest first (an ISO day in words); then the demo's afspraken without a date.
    const tabel = page.getByRole('table', { name: /^Alle afspraken, op volgorde van wanneer/ });
    await expect(tabel.getByRole('rowheader')).toHaveText(['1 maart 2025', '1-4-2025', 'Elke zaterdag 10 uur', 'Start vóór 1 april', 'Na de intake']);
    const rij = tabel.getByRole('row', { name: /^1-4-2025/ });
    await expect(rij.getByRole('cell')).toHaveText([
      'Oma brengt Noor naar school.',
      'Oma Els (fictief) (netwerk)',
      'Lotte (fictief), Wijkteam Centrum',
      'Doel 3.1',
      'Directe veiligheid',
      'Loopt Te laat: de datum is voorbij.',
    ]);

    // Kept: the status says so and it is no longer overdue.
    await eerste.getByLabel('Status').selectOption({ label: 'Nagekomen' });
    await expect(eerste.getByText('Status: Nagekomen.')).toBeVisible();
    await expect(rij.getByRole('cell').last()).toHaveText('Nagekomen');
    await expect(
      tabel
        .getByRole('row', { name: /^1 maart 2025/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('Loopt Te laat: de datum is voorbij.');
    await expectNoSeriousA11yIssues(page);

    // One fase at a time, for a meeting that talks about directe veiligheid first.
    await expect(page.getByText('De casus is nu in de fase: Directe veiligheid.')).toBeVisible();
    await page.getByLabel('Toon afspraken uit fase').selectOption({ label: 'Risicogestuurde zorg' });
    await expect(tabel.getByRole('rowheader')).toHaveText(['Start vóór 1 april']);
  });

  test('a noodcontact shows only to the roles named on it', async ({ page }) => {
    test.setTimeout(60_000); // many steps and an axe scan on a shared, busy machine
    await openPlan(page);
    const sectie = page.getByRole('region', { name: 'Noodcontacten' });
    // 112 names the voorzitter; the contact with oma names only the casusregisseur and Mila.
    await expect(sectie.getByText('Noodcontact 1, alleen zichtbaar voor: Voorzitter, Casusregisseur, Procesregisseur, Deskundige.')).toBeVisible();
    await expect(sectie.getByLabel('Telefoon bij Noodcontact 1')).toHaveValue('112');
    await expect(sectie.getByText('Noodcontact 2: afgeschermd voor uw rol.')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('06-11111111');
    await expect(page.locator('body')).not.toContainText('Als Sanne of de kinderen bang zijn');
    await expect(sectie.getByRole('button', { name: 'Noodcontact 2 verwijderen' })).toHaveCount(0);

    // A new one for the casusregisseur only: it stays in the plan, shielded from this voorzitter.
    const form = page.getByRole('form', { name: 'Nieuw noodcontact' });
    await form.getByLabel('Naam').fill('Buurvrouw Ans (fictief)');
    await form.getByLabel('Telefoon').fill('06-22222222');
    await form.getByRole('checkbox', { name: 'Casusregisseur' }).check();
    await form.getByRole('checkbox', { name: 'Voorzitter' }).uncheck();
    await form.getByRole('button', { name: 'Noodcontact toevoegen' }).click();
    await expect(sectie.getByText('Noodcontact 3: afgeschermd voor uw rol.')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('06-22222222');
    await expectNoSeriousA11yIssues(page);
  });
});

test.describe('veiligheidsplan, shared', () => {
  const chairLabel = `${CHAIR.naam}, ${CHAIR.organisatie}`;
  const expertLabel = `${EXPERTS[0]!.naam}, ${EXPERTS[0]!.organisatie}`;

  test('an afspraak the expert adds shows live at the chair; a noodcontact for the voorzitter stays hidden from the expert', async ({ browser }) => {
    test.setTimeout(90_000);
    const shared = await createSharedCase(browser, { experts: 1 });
    const chair = shared.chair;
    const expert = shared.experts[0]!;
    try {
      await openPart(chair, 'Veiligheidsplan');
      await openPart(expert, 'Veiligheidsplan');
      await expect(expert.getByText(/^Hier komt het veiligheidsplan/)).toBeVisible();
      await chair.getByRole('button', { name: 'Veiligheidsplan maken' }).click();
      await expect(expert.getByRole('heading', { level: 3, name: 'Veiligheidsplan' })).toBeVisible();

      await addZorg(expert, 'Politie', 'Vader bedreigt moeder via berichten.');
      await expert.getByRole('button', { name: 'Veiligheidsdoel toevoegen bij Zorg 1' }).click();
      const doel = expert.getByRole('textbox', { name: 'Veiligheidsdoel Doel 1.1' });
      await doel.click();
      await expert.keyboard.type('Moeder voelt zich veilig thuis.');
      await addAfspraak(expert, 'Doel 1.1', { wat: 'Wijkagent komt wekelijks langs.', wie: expertLabel, wanneer: '2030-01-15', controle: chairLabel });

      const atChair = chair.getByRole('article', { name: 'Afspraak 1.1.1: 15 januari 2030' });
      await expect(atChair.getByText(`Wie: ${expertLabel}. Wie controleert: ${chairLabel}. Status: Loopt.`)).toBeVisible();
      await expect(atChair.getByRole('textbox', { name: 'Wat bij Afspraak 1.1.1' })).toHaveText('Wijkagent komt wekelijks langs.');
      await expect(chair.getByRole('textbox', { name: 'Veiligheidsdoel Doel 1.1' })).toHaveText('Moeder voelt zich veilig thuis.');
      await expect(chair.getByRole('table', { name: /^Alle afspraken/ }).getByRole('rowheader')).toHaveText(['15 januari 2030']);

      // The chair records it as kept; the expert sees the status in words.
      await atChair.getByLabel('Status').selectOption({ label: 'Nagekomen' });
      await expect(expert.getByRole('article', { name: 'Afspraak 1.1.1: 15 januari 2030' }).getByText(/Status: Nagekomen\.$/)).toBeVisible();

      // A noodcontact only the voorzitter may see: the expert learns it exists, nothing more.
      const form = chair.getByRole('form', { name: 'Nieuw noodcontact' });
      await form.getByLabel('Naam').fill('Zus van moeder');
      await form.getByLabel('Telefoon').fill('06-33333333');
      await form.getByRole('button', { name: 'Noodcontact toevoegen' }).click();
      await expect(chair.getByText('Noodcontact 1, alleen zichtbaar voor: Voorzitter.')).toBeVisible();
      await expect(expert.getByText('Noodcontact 1: afgeschermd voor uw rol.')).toBeVisible();
      await expect(expert.locator('body')).not.toContainText('06-33333333');
      await expect(expert.locator('body')).not.toContainText('Zus van moeder');
    } finally {
      await shared.close();
    }
  });

  test('an observer reads the plan live but cannot change or add anything', async ({ browser }) => {
    test.setTimeout(90_000);
    const shared = await createSharedCase(browser, { experts: 0, observer: true });
    const chair = shared.chair;
    const observer = shared.observer!;
    try {
      await openPart(chair, 'Veiligheidsplan');
      await openPart(observer, 'Veiligheidsplan');
      await expect(observer.getByText(/^Hier komt het veiligheidsplan/)).toBeVisible();
      await expect(observer.getByRole('button', { name: 'Veiligheidsplan maken' })).toHaveCount(0);

      await chair.getByRole('button', { name: 'Veiligheidsplan maken' }).click();
      await addZorg(chair, 'Veilig Thuis', 'De kinderen zien het geweld.');
      await chair.getByRole('button', { name: 'Veiligheidsdoel toevoegen bij Zorg 1' }).click();
      await addAfspraak(chair, 'Doel 1.1', { wat: 'Moeder belt bij dreiging 112.', wie: chairLabel, wanneer: '2030-02-01', controle: chairLabel });

      const afspraak = observer.getByRole('article', { name: 'Afspraak 1.1.1: 1 februari 2030' });
      await expect(afspraak.getByRole('textbox', { name: 'Wat bij Afspraak 1.1.1' })).toHaveText('Moeder belt bij dreiging 112.');
      await expect(afspraak.getByRole('textbox', { name: 'Wat bij Afspraak 1.1.1' })).toHaveAttribute('aria-readonly', 'true');
      await expect(afspraak.getByLabel('Wanneer')).toHaveAttribute('readonly', '');
      await expect(afspraak.getByLabel('Status')).toBeDisabled();
      await expect(observer.getByLabel('Wie maakt zich zorgen')).toHaveAttribute('readonly', '');
      for (const name of [
        'Zorg toevoegen',
        'Afspraak toevoegen',
        'Noodcontact toevoegen',
        'Signaal toevoegen',
        'Veiligheidsdoel toevoegen bij Zorg 1',
        'Afspraak 1.1.1 verwijderen',
      ]) {
        await expect(observer.getByRole('button', { name })).toHaveCount(0);
      }
      await expect(observer.getByText('Afspraak toevoegen bij Doel 1.1')).toHaveCount(0);
      await expect(observer.getByRole('form')).toHaveCount(0);
    } finally {
      await shared.close();
    }
  });
});
