/**
 * The gezinsprofiel on the demo case: an expert records their own position and sees it next to
 * the others, the team sets the primary profile; the chair reads what a profile means and adds a
 * suggested indicator; a conflicting afspraak and actiepunt are flagged where they are written,
 * an exception is recorded as a besluit, the vaststellen checklist names what is open and the
 * exports (PDF read back with pdftotext, DOCX unzipped, Markdown) carry it. The check itself:
 * shared/profielen/planToets.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { EXPERTS, createSharedCase } from './sharedCase.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

/** pdftotext (poppler-utils) reads the PDF's text; CI installs it (see overleggen.spec.ts). */
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

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
    // Nothing here is an alarm: the plan check speaks in its own region, not as an alert.
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('each records their own position, and it shows next to the others', async ({ page }) => {
    test.setTimeout(60_000); // axe over the whole part on a shared, busy machine
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

  test('the chair picks a profile, reads what it means for the approach and adds a suggested indicator', async ({ page }) => {
    test.setTimeout(60_000); // axe over the whole part on a shared, busy machine
    await page.setViewportSize({ width: 1366, height: 768 });
    await openProfiel(page);
    // The demo's own findings first: the joint conversation, and a secondary profile resting on onbekend.
    const toets = page.getByRole('region', { name: 'Past het plan bij het gezinsprofiel?' });
    await expect(toets.getByRole('status')).toHaveText(/Onderdelen die niet passen bij het gekozen gezinsprofiel: 2\./);
    await expect(
      toets.getByText('Actiepunt “Gesprek met vader en moeder samen.”: gezamenlijk contact van beide partners past niet bij Intieme terreur.'),
    ).toBeVisible();
    await expect(toets.getByText('Secundair profiel Kindgedrag en opvoedstress rust alleen op onbekende indicatoren (1).')).toBeVisible();

    // The primary profile's explanation is open where it is chosen.
    const terreur = page.locator('details[data-doel="intieme_terreur"]');
    await expect(terreur).toHaveAttribute('open', '');
    await expect(
      terreur.getByText('Geen mediation, geen gezamenlijke gesprekken of ouderschapsbegeleiding van beide partners', { exact: false }),
    ).toBeVisible();

    // Choosing Gezin in de stress as secondary opens its explanation.
    const stress = page.locator('details[data-doel="gezin_in_de_stress"]');
    await expect(stress).not.toHaveAttribute('open', '');
    await page.getByLabel('Oordeel over Gezin in de stress').selectOption({ label: 'Secundair' });
    await expect(stress).toHaveAttribute('open', '');
    await expect(stress.getByText('Verminder de stressoren: schulden, bestaanszekerheid (inkomen, werk, wonen), alcohol.')).toBeVisible();
    await page.screenshot({ path: 'test-results/gezinsprofiel-uitleg.png' });

    // One action adds a suggested indicator, as onbekend: evidence and a judgement still to come.
    await stress.getByRole('button', { name: 'Indicator “Schulden of onzekere bestaanszekerheid” toevoegen bij Gezin in de stress' }).click();
    await expect(stress.getByRole('status')).toContainText(
      '“Schulden of onzekere bestaanszekerheid” staat nu bij de indicatoren van Gezin in de stress, als onbekend.',
    );
    await expect(stress.getByRole('button', { name: /Schulden of onzekere bestaanszekerheid/ })).toHaveCount(0);
    const indicator = page.getByRole('group', { name: 'Schulden of onzekere bestaanszekerheid: onbekend' });
    await expect(indicator).toBeVisible();
    // With no indicator present (one onbekend, the demo's one afwezig), the new secondary profile is pointed out; marked present, it is not.
    await expect(toets.getByText('Secundair profiel Gezin in de stress: geen van de indicatoren is aanwezig (1 onbekend, 1 afwezig).')).toBeVisible();
    await indicator.getByLabel('Aanwezig?').selectOption({ label: 'Aanwezig' });
    await expect(page.getByRole('group', { name: 'Schulden of onzekere bestaanszekerheid: aanwezig' })).toBeVisible();
    await expect(toets.getByText(/Secundair profiel Gezin in de stress/)).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
  });

  test('a conflicting afspraak and actiepunt are flagged where they are written; the checklist names them and the export carries them', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openDemoCase(page);
    await openPart(page, 'Veiligheidsplan');
    // The profile's accent stands on the plan.
    await expect(page.getByRole('heading', { name: 'Gezinsprofiel: Intieme terreur' })).toBeVisible();

    const toggle = page.getByText('Afspraak toevoegen bij Doel 1.1', { exact: true });
    const form = page.getByRole('form', { name: 'Nieuwe afspraak bij Doel 1.1' });
    if (!(await form.isVisible())) await toggle.click();
    await form.getByLabel('Wat').fill('Vader en moeder voeren samen een gesprek over de omgang.');
    await form.getByLabel('Wie', { exact: true }).selectOption({ label: 'Sanne (gezin)' });
    await form.getByLabel('Wanneer').fill('In april');
    await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect(form.getByLabel('Wat')).toHaveValue('');

    // Under the afspraak itself, in words: what, why, what fits instead.
    const afspraak = page.locator('article.tafel-plan__afspraak').filter({ hasText: 'Vader en moeder voeren samen een gesprek over de omgang.' });
    const waarschuwing = afspraak.getByRole('note', {
      name: 'Afspraak “Vader en moeder voeren samen een gesprek over de omgang.”: gezamenlijk contact van beide partners past niet bij Intieme terreur.',
    });
    await expect(waarschuwing).toBeVisible();
    await expect(waarschuwing).toContainText('Gevonden in: “vader en moeder voeren samen een gesprek over de omgang”');
    await expect(waarschuwing).toContainText('Aparte gesprekken met elk van de partners, met aparte contactpersonen.');
    await waarschuwing.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/gezinsprofiel-afspraak.png' });
    await expectNoSeriousA11yIssues(page);

    // In the Overleg: the accent, and the joint conversation flagged where the actiepunten are.
    await openPart(page, 'Overleggen');
    const start = page.getByRole('form', { name: 'Overleg starten' });
    await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
    await start.getByRole('button', { name: 'Overleg starten' }).click();
    await page.getByRole('button', { name: 'Volledig verslag' }).click();
    await expect(page.getByRole('heading', { name: 'Gezinsprofiel: Intieme terreur' })).toBeVisible();
    const review = page.getByRole('region', { name: 'Actiepunten van vorige keer' });
    const gesprek = review.getByRole('note', { name: /^Actiepunt “Gesprek met vader en moeder samen\.”/ });
    await expect(gesprek).toBeVisible();

    // A new actiepunt that plans anger training is flagged as it is written.
    const nieuw = page.getByRole('form', { name: 'Nieuw actiepunt' });
    await nieuw.getByLabel('Wat moet er gebeuren').fill('Vader aanmelden voor agressieregulatie.');
    await nieuw.getByLabel('Wie doet het').selectOption('dn-pieter');
    await nieuw.getByLabel('Uiterlijk op').fill('2026-12-15');
    await nieuw.getByRole('button', { name: 'Actiepunt vastleggen' }).click();
    await expect(
      page.getByRole('note', { name: 'Actiepunt “Vader aanmelden voor agressieregulatie.”: training agressieregulatie past niet bij Intieme terreur.' }),
    ).toBeVisible();

    // The chair records a reasoned exception for the joint conversation: it becomes a besluit.
    await gesprek.getByText('Afwijking vastleggen', { exact: true }).click();
    await gesprek.getByRole('button', { name: 'Afwijking vastleggen als besluit' }).click();
    await expect(gesprek.getByRole('alert')).toHaveText('Schrijf eerst waarom het team afwijkt.');
    await gesprek.getByLabel('Waarom wijkt het team hier bewust af?').fill('Alleen de overdracht regelen, met twee hulpverleners erbij en op afstand.');
    await gesprek.getByRole('button', { name: 'Afwijking vastleggen als besluit' }).click();
    await expect(review.getByText('Afwijking vastgelegd als besluit: Alleen de overdracht regelen, met twee hulpverleners erbij en op afstand.')).toBeVisible();
    const besluiten = page.getByRole('region', { name: 'Besluiten' });
    await expect(
      besluiten.getByText('Afwijking van de aanpak bij Intieme terreur: Actiepunt "Gesprek met vader en moeder samen.".', { exact: true }),
    ).toBeVisible();

    // The vaststellen checklist names what is still open against the profile, first.
    await page.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
    await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    const dialoog = page.getByRole('dialog', { name: 'Dit overleg vaststellen?' });
    const open = dialoog.getByRole('listitem');
    await expect(open.first()).toHaveText(
      'Past niet bij het gezinsprofiel: Afspraak "Vader en moeder voeren samen een gesprek over de omgang.": gezamenlijk contact van beide partners (Intieme terreur)',
    );
    await expect(open.filter({ hasText: 'Past niet bij het gezinsprofiel: Actiepunt "Vader aanmelden voor agressieregulatie."' })).toBeVisible();
    // The exception settled the joint conversation.
    await expect(open.filter({ hasText: 'Gesprek met vader en moeder samen' }).filter({ hasText: 'gezinsprofiel' })).toHaveCount(0);
    await open.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/gezinsprofiel-vaststellen.png' });
    await expectNoSeriousA11yIssues(page);
    await dialoog.getByLabel('Waarom stelt u toch vast?').fill('De rechter beslist morgen; de afspraak wordt volgende week herzien.');
    await dialoog.getByRole('button', { name: 'Toch vaststellen' }).click();
    await expect(page.getByText(/^Vastgesteld\. Vingerafdruk: /)).toBeVisible({ timeout: 10_000 });

    // The exports: the plan (PDF, read back) says what did not fit and what the profile means; the verslag holds the exception.
    await page
      .getByRole('button', { name: /^Versie van .* bekijken$/ })
      .last()
      .click();
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (DOCX)' }).click()]);
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(await docx.path())))['word/document.xml']!);
    expect(xml).toContain('Wat Intieme terreur betekent voor de aanpak');
    expect(xml).toContain('gezamenlijk contact van beide partners past niet bij Intieme terreur');
    await page.getByLabel('Document').selectOption({ label: 'Verslag van het overleg' });
    const [verslag] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
    const md = await readFile(await verslag.path(), 'utf8');
    expect(md).toContain('- **Besluit:** Afwijking van de aanpak bij Intieme terreur: Actiepunt "Gesprek met vader en moeder samen.".');
    expect(md).toContain('- **Onderbouwing:** Alleen de overdracht regelen, met twee hulpverleners erbij en op afstand.');
    test.skip(PDFTOTEXT === undefined && process.env['CI'] === undefined, 'pdftotext (poppler-utils) is not installed');
    expect(PDFTOTEXT, 'CI must have pdftotext (poppler-utils)').toBeDefined();
    const text = execFileSync(PDFTOTEXT!, [await pdf.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Vastgesteld met open punten');
    expect(text).toContain(
      'Afspraak "Vader en moeder voeren samen een gesprek over de omgang.": gezamenlijk contact van beide partners past niet bij Intieme terreur. Aparte gesprekken met elk van de partners, met aparte contactpersonen.',
    );
    expect(text).toContain('Actiepunt "Vader aanmelden voor agressieregulatie.": training agressieregulatie past niet bij Intieme terreur.');
    expect(text).toContain('Wat Intieme terreur betekent voor de aanpak');
    expect(text).toContain('Overdrachten van de kinderen professioneel begeleid');
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
