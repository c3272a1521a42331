/**
 * Meeting mode on the demo case (seen as its voorzitter): start an overleg with attendance and a
 * confidentiality acknowledgement, review the open actiepunten of the previous meeting, record a
 * besluit and two actiepunten, "Vaststellen" through its confirmation (which names who did not
 * acknowledge confidentiality; going back freezes nothing), the agreed version in the list with its
 * fingerprint, its verslag read in the app with the review, and Markdown exports that download
 * with the afspraken, besluit, review and fingerprint.
 * Then through the real relay: the chair agrees, an expert and an observer see the same version;
 * the chair withdraws it and both see that in the version, the list and the overleg.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { expectStacked, wordsSplit } from './reflow.js';
import { closeAccessDialog, createSharedCase, openAccessDialog } from './sharedCase.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

/** The confirmation "Vaststellen" opens. */
const bevestiging = (page: Page) => page.getByRole('dialog', { name: 'Dit overleg vaststellen?' });

/**
 * "Vaststellen", confirmed in its dialog (agreeing anyway, with a reason, when items are still
 * open), and the fingerprint it reports, in the groups of eight people read aloud.
 */
async function vaststellen(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  await expect(bevestiging(page)).toBeVisible();
  const reden = bevestiging(page).getByLabel('Waarom stelt u toch vast?');
  if ((await reden.count()) > 0) await reden.fill('De rechter beslist morgen; het plan moet vandaag vastliggen.');
  await bevestiging(page)
    .getByRole('button', { name: /^(Vaststellen bevestigen|Toch vaststellen)$/ })
    .click();
  await expect(bevestiging(page)).toBeHidden();
  const melding = page.getByText(/^Vastgesteld\. Vingerafdruk: /);
  await expect(melding).toBeVisible({ timeout: 10_000 });
  const tekst = (await melding.textContent()) ?? '';
  const vingerafdruk = tekst.replace(/^Vastgesteld\. Vingerafdruk: /, '').trim();
  expect(vingerafdruk).toMatch(/^([0-9a-f]{8} ){7}[0-9a-f]{8}$/);
  return vingerafdruk;
}

/** Starts an overleg (it opens in vergadermodus) and turns to the full record these tests walk through. */
async function startOverleg(page: Page): Promise<void> {
  const start = page.getByRole('form', { name: 'Overleg starten' });
  await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
  await start.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByRole('timer', { name: 'Duur van het overleg:' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vergadermodus', pressed: true })).toBeVisible();
  await page.getByRole('button', { name: 'Volledig verslag' }).click();
}

async function nieuwActiepunt(page: Page, wat: string, eigenaar: string, deadline: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Nieuw actiepunt' });
  await form.getByLabel('Wat moet er gebeuren').fill(wat);
  await form.getByLabel('Wie doet het').selectOption(eigenaar);
  await form.getByLabel('Uiterlijk op').fill(deadline);
  await form.getByRole('button', { name: 'Actiepunt vastleggen' }).click();
  await expect(form.getByLabel('Wat moet er gebeuren')).toHaveValue('');
  await expect(page.getByText(wat, { exact: true })).toBeVisible();
}

test.describe('overleggen', () => {
  test('the chair runs a casusoverleg, agrees it, and exports the plan and verslag as Markdown', async ({ page }) => {
    test.setTimeout(90_000); // many steps and two axe scans on a shared, busy machine
    await openDemoCase(page);
    await openPart(page, 'Overleggen');
    await expect(page.getByRole('button', { name: 'Casusoverleg van 10 maart 2025 openen' })).toBeVisible();
    await startOverleg(page);
    await expect(page.getByRole('timer')).toHaveAttribute('aria-live', 'off');

    // Attendance: everyone in the case, Joost absent but his information arrived; the chair confirms
    // her own confidentiality, and cannot do it for Lotte (a personal statement).
    await page.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
    await page.getByLabel('Aanwezigheid van Joost (fictief)').selectOption({ label: 'Afwezig, informatie gestuurd' });
    const ontvangen = page.getByLabel('Informatie van Joost (fictief) ontvangen op');
    await ontvangen.fill('2026-11-27');
    await ontvangen.press('Enter');
    await page.getByLabel('Ingrid (fictief) heeft de vertrouwelijkheid bevestigd').check();
    await expect(page.getByLabel('Ingrid (fictief) heeft de vertrouwelijkheid bevestigd')).toBeChecked();
    await expect(page.getByLabel('Lotte (fictief) heeft de vertrouwelijkheid bevestigd')).toBeDisabled();

    // The agenda.
    const agendaForm = page.getByRole('region', { name: 'Agenda' });
    await agendaForm.getByLabel('Nieuw agendapunt').fill('Actiepunten van vorige keer');
    await agendaForm.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await expect(agendaForm.getByRole('listitem').filter({ hasText: 'Actiepunten van vorige keer' })).toBeVisible();

    // The open actiepunt of the previous casusoverleg is reviewed first.
    const review = page.getByRole('region', { name: 'Actiepunten van vorige keer' });
    await review.getByLabel('Stand van Intake training agressieregulatie plannen.').selectOption({ label: 'Niet mogelijk door gewijzigde omstandigheden' });
    const terug = review.getByLabel('Terugkoppeling op Intake training agressieregulatie plannen.');
    await terug.fill('Vader is verhuisd; nieuwe reclassering neemt het over.');
    await terug.press('Enter');
    await expect(review.getByLabel('Stand van Intake training agressieregulatie plannen.')).toHaveValue('niet_mogelijk_gewijzigde_omstandigheden');

    // A besluit with onderbouwing and the family's reaction; nobody records tegenspraak in another's name.
    const besluitForm = page.getByRole('form', { name: 'Nieuw besluit' });
    await expect(besluitForm.getByLabel('Tegenspraak door')).toHaveCount(0);
    await besluitForm.getByLabel('Besluit', { exact: true }).fill('Omgang alleen onder begeleiding tot de evaluatie.');
    await besluitForm.getByLabel('Onderbouwing').fill('Bij de laatste overdracht is opnieuw gedreigd.');
    await besluitForm.getByLabel('Het gezin is geïnformeerd').check();
    await besluitForm.getByLabel('Reactie van het gezin').fill('Moeder is opgelucht.');
    await besluitForm.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const besluiten = page.getByRole('region', { name: 'Besluiten' });
    await expect(besluiten.getByText('Omgang alleen onder begeleiding tot de evaluatie.', { exact: true })).toBeVisible();
    // Taken by those present in a deciding role: Joost was absent.
    const genomen = besluiten.getByRole('definition').filter({ hasText: 'Ingrid (fictief)' });
    await expect(genomen).toContainText('Lotte (fictief)');
    await expect(genomen).not.toContainText('Joost');

    // Two actiepunten with owner, organisation and deadline.
    await nieuwActiepunt(page, 'Begeleide omgang regelen met oma.', 'dn-lotte', '2026-12-15');
    await nieuwActiepunt(page, 'Vader informeren over het besluit.', 'dn-pieter', '2026-12-08');
    await expect(page.getByLabel('Stand van Begeleide omgang regelen met oma.')).toHaveValue('open');

    // The samenvatting of the verslag, typed in its rich-text field.
    const samenvatting = page.getByRole('textbox', { name: 'Samenvatting' });
    await samenvatting.click();
    await page.keyboard.type('Opnieuw dreiging bij de overdracht.');
    await expect(samenvatting).toHaveText('Opnieuw dreiging bij de overdracht.');

    await expectNoSeriousA11yIssues(page);

    // Vaststellen asks first: what is frozen, and what is still open, each with a link — here who at
    // the table did not confirm confidentiality (Lotte did not, Ingrid did, Joost was not there).
    // Going back freezes nothing.
    const versies = page.getByRole('region', { name: 'Vastgestelde versies' });
    const versiesVooraf = await versies.getByRole('row').count();
    const knop = page.getByRole('button', { name: 'Vaststellen', exact: true });
    await knop.click();
    const dialoog = bevestiging(page);
    await expect(dialoog).toBeVisible();
    await expect(dialoog.getByRole('button', { name: 'Terug, niet vaststellen' })).toBeFocused();
    await expect(dialoog.getByRole('definition').nth(0)).toHaveText('1'); // besluiten
    await expect(dialoog.getByRole('definition').nth(1)).toHaveText('2'); // actiepunten
    await expect(dialoog.getByText(/^Nog open \(\d+\)/)).toBeVisible();
    const open = dialoog.getByRole('listitem');
    await expect(open.filter({ hasText: 'Lotte (fictief) heeft de vertrouwelijkheid nog niet bevestigd' })).toBeVisible();
    await expect(open.filter({ hasText: 'Ingrid (fictief)' })).toHaveCount(0);
    await expect(open.filter({ hasText: 'Joost (fictief)' })).toHaveCount(0);
    await expect(dialoog.getByRole('button', { name: 'Toch vaststellen' })).toBeVisible();
    // Names and words in the dialog stay whole.
    expect(await wordsSplit(dialoog)).toEqual([]);
    // The warning reads top to bottom: the list under its sentence, not beside it.
    await expectStacked(dialoog.getByText(/^Nog open \(\d+\)/), dialoog.getByRole('list'));
    await expectNoSeriousA11yIssues(page);
    await dialoog.getByRole('button', { name: 'Terug, niet vaststellen' }).click();
    await expect(dialoog).toBeHidden();
    await expect(knop).toBeFocused();
    // Escape cancels as well, and focus comes back to the button.
    await knop.press('Enter');
    await expect(dialoog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialoog).toBeHidden();
    await expect(knop).toBeFocused();
    await expect(page.getByText(/^Vastgesteld\. Vingerafdruk: /)).toHaveCount(0);
    await expect(versies.getByRole('row')).toHaveCount(versiesVooraf);

    // Vaststellen anyway: the new version is listed with its fingerprint, attendees and chair.
    const vingerafdruk = await vaststellen(page);
    await expect(versies.getByRole('row')).toHaveCount(versiesVooraf + 1);
    const rij = versies.getByRole('row').filter({ hasText: vingerafdruk });
    await expect(rij).toBeVisible();
    await expect(rij).toContainText('Ingrid (fictief)');
    await expect(rij).toContainText('Lotte (fictief)');
    await expect(rij).not.toContainText('Joost (fictief)');
    await expect(versies.getByRole('row').filter({ hasText: 'Inhoud niet in deze casus' })).toBeVisible();

    // Reopen read-only and check it.
    await rij.getByRole('button', { name: /^Versie van .* bekijken$/ }).click();
    await expect(page.getByText('De inhoud klopt met de vingerafdruk.')).toBeVisible();
    // The agreed verslag reads in the app too, with the review of last time's actiepunt.
    await page.getByText(/^Verslag casusoverleg .* lezen$/).click();
    await expect(page.getByRole('heading', { name: 'Terugblik op actiepunten' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Vader is verhuisd; nieuwe reclassering neemt het over.' })).toBeVisible();

    // The plan as Markdown downloads, with the afspraken and the fingerprint.
    const hex = vingerafdruk.replaceAll(' ', '');
    let [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^tafel-plan-\\d{4}-\\d{2}-\\d{2}-${hex.slice(0, 8)}\\.md$`));
    let tekst = await readFile(await download.path(), 'utf8');
    expect(tekst).toContain('Oma begeleidt elke overdracht bij haar thuis.');
    expect(tekst).toContain(`sha256:${hex}`);
    expect(tekst).toContain('Vertrouwelijk. Alleen voor');
    await expect(page.getByText(/^Geëxporteerd als tafel-plan-/)).toBeVisible();

    // The verslag holds the besluit, both actiepunten and the attendance.
    await page.getByLabel('Document').selectOption({ label: 'Verslag van het overleg' });
    [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
    tekst = await readFile(await download.path(), 'utf8');
    expect(tekst).toContain('Omgang alleen onder begeleiding tot de evaluatie.');
    expect(tekst).toContain('Begeleide omgang regelen met oma.');
    expect(tekst).toContain('Vader informeren over het besluit.');
    expect(tekst).toContain('Joost (fictief)');
    expect(tekst).toContain('Opnieuw dreiging bij de overdracht.');
    expect(tekst).toContain('## Terugblik op actiepunten\n\n### Eerder actiepunt 1\n\n- **Wat:** Intake training agressieregulatie plannen.');
    expect(tekst).toContain(
      '- **Status:** niet mogelijk door gewijzigde omstandigheden\n- **Terugkoppeling:** Vader is verhuisd; nieuwe reclassering neemt het over.',
    );
    expect(tekst).toContain(`sha256:${hex}`);
    await expect(page.getByText('Exports op dit apparaat (2)')).toBeVisible();

    await expectNoSeriousA11yIssues(page);
  });

  test('agreed twice with one afspraak changed in between: the differences name exactly that afspraak', async ({ page }) => {
    test.setTimeout(60_000);
    await openDemoCase(page);
    await openPart(page, 'Overleggen');
    await startOverleg(page);
    await page.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
    const eerste = await vaststellen(page);

    await openPart(page, 'Veiligheidsplan');
    const wanneer = page.getByRole('article', { name: /^Afspraak 1\.1\.1: / }).getByLabel('Wanneer');
    await wanneer.fill('Elke zondag 10 uur');
    await wanneer.press('Enter');
    await expect(page.getByRole('article', { name: 'Afspraak 1.1.1: Elke zondag 10 uur' })).toBeVisible();

    await openPart(page, 'Overleggen');
    await page
      .getByRole('button', { name: /^Casusoverleg van .* openen$/ })
      .first()
      .click();
    const tweede = await vaststellen(page);
    expect(tweede).not.toBe(eerste);

    const verschillen = page.getByRole('list', { name: 'Veranderingen' }).getByRole('listitem');
    await expect(verschillen).toHaveCount(1);
    await expect(verschillen.first()).toContainText('Afspraak 1: wanneer gewijzigd van');
    await expect(verschillen.first()).toContainText('Elke zondag 10 uur');
  });
});

/**
 * pdftotext (poppler-utils) reads the PDF's text. `.ci/run` installs it, so in CI the check always
 * runs; on a developer machine without it, only the PDF text check is skipped (not faked).
 */
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

test.describe('overleggen exports', () => {
  test('Word and PDF of an agreed plan hold the afspraken, the attendees and the fingerprint', async ({ page }) => {
    test.setTimeout(60_000);
    await openDemoCase(page);
    await openPart(page, 'Overleggen');
    await startOverleg(page);
    await page.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
    const hex = (await vaststellen(page)).replaceAll(' ', '');
    await page
      .getByRole('button', { name: /^Versie van .* bekijken$/ })
      .last()
      .click();

    // Word: the download unzipped; its document text is checked like the Markdown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (DOCX)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tafel-plan-.*\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(await download.path())))['word/document.xml']!);
    expect(xml).toContain('Oma begeleidt elke overdracht bij haar thuis.');
    expect(xml).toContain('Ingrid (fictief)');
    expect(xml).toContain(`sha256:${hex}`);

    // PDF: a real file download (no print dialog, no frame left behind), read back with pdftotext.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^tafel-plan-.*\.pdf$/);
    await expect(page.locator('iframe')).toHaveCount(0);
    test.skip(PDFTOTEXT === undefined && process.env['CI'] === undefined, 'pdftotext (poppler-utils) is not installed');
    expect(PDFTOTEXT, 'CI must have pdftotext (poppler-utils): .ci/run installs it').toBeDefined();
    const text = execFileSync(PDFTOTEXT!, ['-layout', await pdf.path(), '-'], { encoding: 'utf8' });
    expect(text).toContain('Oma begeleidt elke overdracht bij haar thuis.');
    expect(text).toContain('Ingrid (fictief)');
    expect(text).toContain(hex.slice(0, 8));
  });
});

test.describe('overleggen through the relay', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the chair agrees; the expert and the observer see the version with the same fingerprint', async ({ browser }) => {
    const shared = await createSharedCase(browser, { experts: 1, observer: true });
    try {
      const { chair } = shared;
      const expert = shared.experts[0]!;
      const observer = shared.observer!;
      await openPart(chair, 'Overleggen');
      await openPart(expert, 'Overleggen');
      await openPart(observer, 'Overleggen');

      await startOverleg(chair);
      await chair.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
      const besluitForm = chair.getByRole('form', { name: 'Nieuw besluit' });
      await besluitForm.getByLabel('Besluit', { exact: true }).fill('Politie rijdt extra surveillance.');
      await besluitForm.getByRole('button', { name: 'Besluit vastleggen' }).click();

      // The expert sees the meeting and its besluit appear, and adds an actiepunt.
      await expert.getByRole('button', { name: /^Casusoverleg van .* openen$/ }).click();
      await expert.getByRole('button', { name: 'Volledig verslag' }).click();
      await expect(expert.getByRole('region', { name: 'Besluiten' }).getByText('Politie rijdt extra surveillance.', { exact: true })).toBeVisible();
      // One meeting clock for the table: the expert's counts from when the chair started, not from when the expert looked.
      await expect(chair.getByRole('timer')).not.toHaveText('0:00:00');
      const seconden = async (page: Page): Promise<number> =>
        (await page.getByRole('timer').innerText()).split(':').reduce((total, part) => total * 60 + Number(part), 0);
      const [bijVoorzitter, bijExpert] = [await seconden(chair), await seconden(expert)];
      expect(Math.abs(bijVoorzitter - bijExpert)).toBeLessThanOrEqual(1);
      const form = expert.getByRole('form', { name: 'Nieuw actiepunt' });
      await form.getByLabel('Wat moet er gebeuren').fill('Surveillance inplannen.');
      await form.getByLabel('Wie doet het').selectOption({ index: 1 });
      await form.getByLabel('Uiterlijk op').fill('2026-12-10');
      await form.getByRole('button', { name: 'Actiepunt vastleggen' }).click();
      await chair.getByRole('button', { name: /^Casusoverleg van .* openen$/ }).click();
      await expect(chair.getByRole('region', { name: 'Actiepunten', exact: true }).getByText('Surveillance inplannen.', { exact: true })).toBeVisible();

      // The record of who is there and where the meeting stands is the chair's; each expert
      // confirms their own confidentiality, not someone else's.
      await expect(expert.getByLabel('Stand van het overleg')).toBeDisabled();
      await expect(expert.getByLabel('Ingrid Voorzitter heeft de vertrouwelijkheid bevestigd')).toBeDisabled();
      await expect(expert.getByLabel('Aanwezigheid van Ingrid Voorzitter')).toBeDisabled();
      const eigen = expert.getByLabel('Pieter Politie heeft de vertrouwelijkheid bevestigd');
      await expect(eigen).toBeEnabled();
      await eigen.check();
      await expect(chair.getByLabel('Pieter Politie heeft de vertrouwelijkheid bevestigd')).toBeChecked();
      await expect(chair.getByLabel('Stand van het overleg')).toBeEnabled();
      // Only the chair may agree.
      await expect(expert.getByRole('button', { name: 'Vaststellen', exact: true })).toHaveCount(0);
      const vingerafdruk = await vaststellen(chair);

      for (const peer of [expert, observer]) {
        const rij = peer.getByRole('region', { name: 'Vastgestelde versies' }).getByRole('row').filter({ hasText: vingerafdruk });
        await expect(rij).toBeVisible({ timeout: 10_000 });
        await rij.getByRole('button', { name: /^Versie van .* bekijken$/ }).click();
        await expect(peer.getByText('De inhoud klopt met de vingerafdruk.')).toBeVisible();
      }
      // The expert exports the agreed plan: it is reported to the relay's access log, where the
      // chair reads it in words (the relay itself only keeps ids).
      await Promise.all([expert.waitForEvent('download'), expert.getByRole('button', { name: 'Markdown', exact: true }).click()]);
      await expect(expert.getByText('(gemeld in het toegangslog)', { exact: true })).toBeAttached();
      const dialog = await openAccessDialog(chair);
      await expect(dialog.getByRole('cell', { name: /^Export: Veiligheidsplan \(Markdown\) voor / })).toBeVisible();
      // Offline (Word works there too: its library was fetched when the panel opened), the next
      // export is kept on the expert's device; back online it is reported without another export.
      await expert.context().setOffline(true);
      await expect(expert.getByRole('status').filter({ hasText: 'Verbinden…' })).toBeVisible();
      await Promise.all([expert.waitForEvent('download'), expert.getByRole('button', { name: 'Word (DOCX)', exact: true }).click()]);
      await expect(expert.getByText('(nog niet gemeld bij de relay; dat gebeurt zodra de casus weer verbonden is)', { exact: true })).toBeAttached();
      await expert.context().setOffline(false);
      await expect(expert.getByText('(gemeld in het toegangslog)', { exact: true })).toHaveCount(2);
      await dialog.getByRole('button', { name: 'Toegangslog vernieuwen' }).click();
      await expect(dialog.getByRole('cell', { name: /^Export: Veiligheidsplan \(Word \(DOCX\)\) voor / })).toBeVisible();
      // The chair withdraws the version (a mistake in it): the expert sees why, and can no longer export it.
      await closeAccessDialog(chair);
      await expect(expert.getByRole('button', { name: 'Versie intrekken' })).toHaveCount(0);
      const opChair = chair.getByRole('region', { name: 'Vastgestelde versies' }).getByRole('row').filter({ hasText: vingerafdruk });
      await opChair.getByRole('button', { name: /^Versie van .* bekijken$/ }).click();
      const intrekken = chair.getByRole('form', { name: 'Deze versie intrekken' });
      await intrekken.getByRole('button', { name: 'Versie intrekken' }).click();
      await expect(intrekken.getByRole('alert')).toHaveText('Schrijf kort op waarom de versie wordt ingetrokken.');
      await expectNoSeriousA11yIssues(chair);
      await intrekken.getByLabel('Waarom wordt deze versie ingetrokken?').fill('Verkeerde datum bij de surveillance.');
      await intrekken.getByRole('button', { name: 'Versie intrekken' }).click();
      // Both see it where they look: a notice at the top of the open version with who, when and
      // why; a worded badge in the versions list; and a line under the overleg's status.
      for (const peer of [chair, expert]) {
        const notitie = peer.getByRole('status').filter({ has: peer.getByRole('heading', { name: 'Deze versie is ingetrokken' }) });
        await expect(notitie).toBeVisible();
        await expect(notitie).toContainText(/Ingetrokken op .* door Ingrid Voorzitter: Verkeerde datum bij de surveillance\./);
        expect(await wordsSplit(notitie)).toEqual([]);
        await expectStacked(notitie.getByRole('heading', { name: 'Deze versie is ingetrokken' }), notitie.getByText(/^Ingetrokken op /));
        await expect(peer.getByRole('button', { name: 'Markdown', exact: true })).toHaveCount(0);
        const rij = peer.getByRole('region', { name: 'Vastgestelde versies' }).getByRole('row').filter({ hasText: vingerafdruk });
        await expect(rij.getByText('Ingetrokken', { exact: true })).toBeVisible();
        await expect(rij).toContainText(/Ingetrokken op /);
        await expect(
          peer.getByText(
            /De vastgestelde versie van dit overleg \(van .*\) is ingetrokken door Ingrid Voorzitter op .*\. Reden: Verkeerde datum bij de surveillance\./,
          ),
        ).toBeVisible();
        const opnieuw = peer === chair ? 'Stel het opnieuw vast als de afspraken kloppen.' : 'tot de voorzitter het opnieuw vaststelt.';
        await expect(peer.getByText(`Dit overleg heeft nu geen geldige vastgestelde versie${peer === chair ? '. ' : ', '}${opnieuw}`)).toBeVisible();
        // The list of overleggen says so too, instead of "Vastgesteld".
        await expect(
          peer
            .getByRole('row')
            .filter({ has: peer.getByRole('button', { name: /^Casusoverleg van .* openen$/ }) })
            .first(),
        ).toContainText('Vastgestelde versie ingetrokken');
      }
      await expect(expert.getByText('De inhoud klopt met de vingerafdruk.')).toBeVisible();
      await expectNoSeriousA11yIssues(expert);
      // The observer reads along: no forms, no Vaststellen.
      await expect(observer.getByRole('form', { name: 'Overleg starten' })).toHaveCount(0);
      // An expert neither starts an overleg: the chair does, and the expert is told so.
      await expect(expert.getByRole('form', { name: 'Overleg starten' })).toHaveCount(0);
      await expect(expert.getByText('Een overleg wordt gestart door de voorzitter.')).toBeVisible();
      await expect(observer.getByRole('button', { name: 'Vaststellen', exact: true })).toHaveCount(0);
    } finally {
      await shared.close();
    }
  });
});
