/**
 * Issue 13 as people meet it. Through the real relay, a chair, a police expert and an observer
 * (three browser contexts): personal statements (eigen standpunt, tegenspraak, confidentiality)
 * are their author's — the other cannot change or withdraw them in the UI (the model's own refusal
 * is shared/model/persoonlijk.test.ts, without any UI) — the observer is never among those who
 * decided, and "Door anderen gewijzigd" never names the chair's own edits, also after a reload.
 * On the demo case at 1366×768: vergadermodus from the agenda with the meeting bar and sync state
 * in view while typing, the plan likewise (also at 200% zoom), the checklist before Vaststellen with
 * each kind of open item and a link to it, and the browser's PDF download and the zip "naar alle
 * organisaties" read back as the recipients read them.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { buildAgreedContent } from '../../shared/export/index.js';
import { demoModel } from '../golden/agreedFixture.js';
import { markdownTekst, PDFTOTEXT, pdfTekst, plat, problemen } from '../golden/leesTerug.js';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { createSharedCase, unlockVault } from './sharedCase.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

const panel = (page: Page): Locator => page.getByRole('complementary', { name: 'Opmerkingen' });
const syncStatus = (page: Page): Locator => page.locator('[data-sync-state]');

/** True when `locator` lies wholly inside the viewport. */
async function inBeeld(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  return box !== null && view !== null && box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width;
}

async function startOverleg(page: Page): Promise<void> {
  const start = page.getByRole('form', { name: 'Overleg starten' });
  await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
  await start.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByRole('button', { name: 'Vergadermodus', pressed: true })).toBeVisible();
}

test.describe('personal statements and "door anderen gewijzigd" (chair, police expert, observer)', () => {
  test.describe.configure({ timeout: 240_000 });

  test('an expert cannot change or withdraw another’s standpunt or tegenspraak; own edits are never someone else’s', async ({ browser }) => {
    const shared = await createSharedCase(browser, { experts: 1, observer: true });
    try {
      const { chair } = shared;
      const expert = shared.experts[0]!;
      const observer = shared.observer!;

      // Gezinsprofiel: each records their own position; there is no picker of whose it is.
      for (const page of [chair, expert, observer]) await openPart(page, 'Gezinsprofiel');
      for (const [page, profiel, waarom] of [
        [chair, 'Intieme terreur', 'Dwang en controle na de scheiding.'],
        [expert, 'Complexe (conflict)scheiding', 'Vooral strijd over de omgang.'],
      ] as const) {
        const form = page.getByRole('form', { name: 'Eigen standpunt vastleggen' });
        await expect(form.getByLabel('Deskundige')).toHaveCount(0);
        await form.getByLabel('Primair profiel').selectOption({ label: profiel });
        await form.getByLabel('Waarom (toelichting)').fill(waarom);
        await form.getByRole('button', { name: 'Standpunt vastleggen' }).click();
        await expect(form).toHaveCount(0);
      }
      const tabel = (page: Page) => page.getByRole('table', { name: 'Standpunten naast elkaar' });
      await expect(tabel(expert)).toContainText('Dwang en controle na de scheiding.');
      await expect(tabel(chair)).toContainText('Vooral strijd over de omgang.');
      // Each can change and withdraw their own, never the other's.
      await expect(expert.getByText('Standpunt van Pieter Politie wijzigen')).toBeVisible();
      await expect(expert.getByText('Standpunt van Ingrid Voorzitter wijzigen')).toHaveCount(0);
      await expect(expert.getByRole('button', { name: 'Standpunt van Ingrid Voorzitter verwijderen' })).toHaveCount(0);
      await expect(chair.getByText('Standpunt van Pieter Politie wijzigen')).toHaveCount(0);
      await expect(chair.getByRole('button', { name: 'Standpunt van Pieter Politie verwijderen' })).toHaveCount(0);
      await expect(observer.getByRole('form', { name: 'Eigen standpunt vastleggen' })).toHaveCount(0);
      await expect(tabel(observer)).toContainText('Dwang en controle na de scheiding.');

      // A besluit: taken by those present with a deciding role (never the observer); the expert's
      // tegenspraak is theirs alone; each confirms their own confidentiality.
      for (const page of [chair, expert, observer]) await openPart(page, 'Overleggen');
      await startOverleg(chair);
      await chair.getByRole('button', { name: 'Volledig verslag' }).click();
      await chair.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
      await expect(chair.getByLabel('Wim Waarnemer heeft de vertrouwelijkheid bevestigd')).toBeVisible();
      const besluitForm = chair.getByRole('form', { name: 'Nieuw besluit' });
      await expect(besluitForm.getByLabel('Tegenspraak door')).toHaveCount(0);
      await besluitForm.getByLabel('Besluit', { exact: true }).fill('Omgang alleen onder begeleiding van oma.');
      await besluitForm.getByRole('button', { name: 'Besluit vastleggen' }).click();
      const genomen = chair.getByRole('region', { name: 'Besluiten' }).getByRole('definition').filter({ hasText: 'Ingrid Voorzitter' });
      await expect(genomen).toContainText('Pieter Politie');
      await expect(genomen).not.toContainText('Wim Waarnemer');

      await expert.getByRole('button', { name: /^Casusoverleg van .* openen$/ }).click();
      await expert.getByRole('button', { name: 'Volledig verslag' }).click();
      const tegenspraak = expert
        .getByRole('region', { name: 'Besluiten' })
        .getByRole('listitem')
        .getByRole('textbox', { name: 'Mijn tegenspraak (als ik het er niet mee eens ben)' });
      await tegenspraak.fill('Eerst vader horen; zijn kant ontbreekt.');
      await tegenspraak.blur();
      const besluitBijVoorzitter = chair.getByRole('region', { name: 'Besluiten' });
      await expect(besluitBijVoorzitter.getByText('Pieter Politie: Eerst vader horen; zijn kant ontbreekt.')).toBeVisible();
      await expect(besluitBijVoorzitter.getByText(/De tegenspraak bij dit besluit is van Pieter Politie/)).toBeVisible();
      await expect(besluitBijVoorzitter.getByRole('listitem').getByRole('textbox', { name: /Mijn tegenspraak/ })).toHaveCount(0);
      await expect(chair.getByRole('button', { name: /^Besluit .* verwijderen$/ })).toHaveCount(0);
      await expect(chair.getByLabel('Pieter Politie heeft de vertrouwelijkheid bevestigd')).toBeDisabled();
      await expect(expert.getByLabel('Ingrid Voorzitter heeft de vertrouwelijkheid bevestigd')).toBeDisabled();
      await expert.getByLabel('Pieter Politie heeft de vertrouwelijkheid bevestigd').check();
      await expect(chair.getByLabel('Pieter Politie heeft de vertrouwelijkheid bevestigd')).toBeChecked();
      await expectNoSeriousA11yIssues(expert);

      // "Door anderen gewijzigd": the chair writes in Aanleiding and on the tijdlijn, leaves the case
      // and comes back; then edits her own text again (deleting a word of it) while the expert edits Krachten.
      await openPart(chair, 'Verklarende analyse');
      const aanleiding = chair.getByRole('textbox', { name: 'Aanleiding en hulpvraag', exact: true });
      await aanleiding.click();
      await chair.keyboard.type('Derde melding na een incident bij de overdracht.');
      await openPart(chair, 'Tijdlijn');
      const gebeurtenis = chair.getByRole('form', { name: 'Nieuwe gebeurtenis' });
      await gebeurtenis.getByLabel('Datum', { exact: true }).fill('2026-11-20');
      await gebeurtenis.getByLabel('Wat gebeurde er (kort)').fill('Incident bij de overdracht');
      await gebeurtenis.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
      await expect(syncStatus(chair)).toHaveAttribute('data-sync-state', 'synced');
      await chair.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await chair.getByRole('region', { name: 'Casussen op dit apparaat' }).getByRole('button', { name: shared.title }).click();
      await openPart(chair, 'Verklarende analyse');
      await aanleiding.click();
      await chair.keyboard.press('ControlOrMeta+End');
      for (let i = 0; i < 'overdracht.'.length; i++) await chair.keyboard.press('Backspace');
      await chair.keyboard.type('overdracht bij oma.');
      await openPart(expert, 'Verklarende analyse');
      await expert.getByRole('textbox', { name: 'Krachten / beschermende factoren', exact: true }).click();
      await expert.keyboard.type('Oma is een veilige plek.');
      await expect(panel(chair).getByTestId('annotaties-gewijzigd')).toHaveText(
        'Door anderen gewijzigd sinds uw vorige bezoek: Krachten / beschermende factoren',
        { timeout: 10_000 },
      );
      await openPart(chair, 'Tijdlijn');
      await expect(panel(chair).getByTestId('annotaties-gewijzigd')).toHaveCount(0);

      // After a reload too: the chair's own writing stays hers; what the expert writes meanwhile is new.
      await expect(syncStatus(chair)).toHaveAttribute('data-sync-state', 'synced');
      await chair.waitForTimeout(6000); // the visit is saved a few seconds after changes (lastVisitKeeper)
      await chair.reload();
      await expert.getByRole('textbox', { name: 'Zorgen (wat gaat er mis)', exact: true }).click();
      await expert.keyboard.type('Vader staat soms onaangekondigd bij school.');
      await expect(syncStatus(expert)).toHaveAttribute('data-sync-state', 'synced');
      await unlockVault(chair);
      await chair.getByRole('region', { name: 'Casussen op dit apparaat' }).getByRole('button', { name: shared.title }).click();
      await openPart(chair, 'Verklarende analyse');
      await expect(panel(chair).getByTestId('annotaties-gewijzigd')).toHaveText('Door anderen gewijzigd sinds uw vorige bezoek: Zorgen (wat gaat er mis)', {
        timeout: 10_000,
      });
      await openPart(chair, 'Tijdlijn');
      await expect(panel(chair).getByTestId('annotaties-gewijzigd')).toHaveCount(0);
    } finally {
      await shared.close();
    }
  });
});

test.describe('the meeting and the plan at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('vergadermodus: one agenda item with what belongs to it, the meeting bar and the sync state in view while typing', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await openDemoCase(page);
    await openPart(page, 'Overleggen');
    await startOverleg(page);
    // A just-started overleg is brought into view with focus on its heading.
    await expect(page.getByRole('heading', { level: 3, name: /^Casusoverleg van / })).toBeFocused();
    await expect(page.getByText('Er staat nog niets op de agenda.')).toBeVisible();
    const agenda = page.getByRole('navigation', { name: 'Agenda van het overleg' });
    for (const punt of ['Opening en vertrouwelijkheid', 'Zorgen', 'Veiligheidsplan']) {
      await agenda.getByLabel('Nieuw agendapunt').fill(punt);
      await agenda.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    }
    const stappen = page.getByRole('navigation', { name: 'Agenda van het overleg' });
    await expect(stappen.getByRole('list').getByRole('button')).toHaveCount(4);
    await stappen.getByRole('button', { name: 'Opening en vertrouwelijkheid' }).click();
    await expect(page.getByRole('heading', { level: 4, name: 'Opening en vertrouwelijkheid' })).toBeFocused();
    await page.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
    await page.getByLabel('Ingrid (fictief) heeft de vertrouwelijkheid bevestigd').check();
    await expect(page.getByRole('region', { name: /^Het overleg: / })).toContainText('Aanwezig (7): ');

    // Next item by keyboard: the Zorgen section of the analysis with its threads, and the besluit being formed.
    await page.keyboard.press('Alt+PageDown');
    await expect(page.getByRole('heading', { level: 4, name: 'Zorgen' })).toBeFocused();
    await expect(stappen.getByRole('button', { name: 'Zorgen' })).toHaveAttribute('aria-current', 'step');
    await expect(page.getByText('Agendapunt 2 van 3')).toBeVisible();
    const zorgen = page.getByRole('textbox', { name: 'Zorgen (wat gaat er mis)', exact: true });
    await expect(zorgen).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Opmerkingen hierbij \(\d+ open\)$/ })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Nieuw besluit' })).toBeVisible();

    // Typing at the end of the section with the page scrolled down: the workspace bar with the sync
    // state, the clock and who is present stay in view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await zorgen.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' De kinderen waren er weer bij.');
    for (const vast of [syncStatus(page), page.getByRole('timer'), page.getByRole('region', { name: /^Het overleg: / })])
      expect(await inBeeld(page, vast)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('vergadermodus-1366x768.png') });
    await page.keyboard.press('Alt+PageUp');
    await expect(page.getByRole('heading', { level: 4, name: 'Opening en vertrouwelijkheid' })).toBeFocused();
    // The full record stays available.
    await page.getByRole('button', { name: 'Volledig verslag' }).click();
    await expect(page.getByRole('region', { name: 'Aanwezigheid' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Vaststellen' })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  });

  for (const [naam, zoom] of [
    ['1366×768', 1],
    ['200% zoom', 2],
  ] as const) {
    test(`the plan at ${naam}: the sync state in view while typing at the bottom of a long section`, async ({ browser }, testInfo) => {
      const context = await browser.newContext({ viewport: { width: Math.round(1366 / zoom), height: Math.round(768 / zoom) }, deviceScaleFactor: zoom });
      const page = await context.newPage();
      try {
        await openDemoCase(page);
        await openPart(page, 'Veiligheidsplan');
        const gezinsversie = page.getByRole('textbox', { name: 'Het plan in de woorden van het gezin' });
        await gezinsversie.scrollIntoViewIfNeeded();
        await gezinsversie.click();
        await page.keyboard.press('ControlOrMeta+End');
        for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
        await page.keyboard.type('Noor mag altijd de juf bellen.');
        expect(await inBeeld(page, syncStatus(page))).toBe(true);
        expect(await inBeeld(page, gezinsversie.getByText('Noor mag altijd de juf bellen.'))).toBe(true);
        // The afspraken overview fits or scrolls inside its own labelled region, with days in words.
        const overzicht = page.getByRole('table', { name: /afspraken/i }).first();
        await expect(overzicht).toBeAttached();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await expect(page.locator('summary.utrecht-button', { hasText: /^Afspraak toevoegen bij / }).first()).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath(`plan-${zoom === 1 ? '1366x768' : 'zoom200'}.png`) });
      } finally {
        await context.close();
      }
    });
  }

  test('Gezin & netwerk: an empty address or safe contact is one quiet line', async ({ page }) => {
    await openDemoCase(page);
    await openPart(page, 'Gezin & netwerk');
    const leeg = page.locator('.tafel-beperkt-leeg');
    await expect(leeg.first()).toBeVisible();
    for (const regel of await leeg.all()) {
      const box = await regel.boundingBox();
      // One line: the words and the button beside them (a 44 px target), no box around it.
      expect(box?.height ?? 999).toBeLessThan(60);
      expect(await regel.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    }
  });
});

test.describe('Vaststellen checks first; the exports read back', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the checklist names each kind of open item with a link; agreed anyway with a reason; PDF and "naar alle organisaties" hold the whole case', async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    await openDemoCase(page);
    // Open items of every kind: analysis and plan in concept, an open question on Zorgen, a besluit
    // the family was not told of, an overdue actiepunt, attendees without confidentiality.
    await openPart(page, 'Verklarende analyse');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Concept' });
    await panel(page).getByLabel('Onderwerp').selectOption({ label: 'Zorgen (wat gaat er mis)' });
    await panel(page).getByLabel('Soort opmerking').selectOption({ label: 'Vraag' });
    await panel(page).getByLabel('Uw opmerking').fill('Klopt de datum van het incident?');
    await panel(page).getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await openPart(page, 'Veiligheidsplan');
    await page.getByLabel('Stand van het plan').first().selectOption({ label: 'Concept' });
    await openPart(page, 'Overleggen');
    await startOverleg(page);
    await page.getByRole('button', { name: 'Volledig verslag' }).click();
    await page.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
    const besluitForm = page.getByRole('form', { name: 'Nieuw besluit' });
    await besluitForm.getByLabel('Besluit', { exact: true }).fill('Contactverbod aanvragen via de rechter.');
    await besluitForm.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const actie = page.getByRole('form', { name: 'Nieuw actiepunt' });
    await actie.getByLabel('Wat moet er gebeuren').fill('Verzoekschrift opstellen.');
    await actie.getByLabel('Wie doet het').selectOption('dn-lotte');
    await actie.getByLabel('Uiterlijk op').fill('2026-01-05');
    await actie.getByRole('button', { name: 'Actiepunt vastleggen' }).click();

    await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    const dialoog = page.getByRole('dialog', { name: 'Dit overleg vaststellen?' });
    await expect(dialoog).toBeVisible();
    for (const soort of ['open_draad', 'concept', 'gezin_niet_geinformeerd', 'te_laat', 'vertrouwelijkheid'])
      await expect(dialoog.locator(`li[data-soort="${soort}"]`).first()).toBeVisible();
    await expect(dialoog.getByRole('button', { name: 'Open vraag bij Zorgen (wat gaat er mis)' })).toBeVisible();
    await expect(dialoog.getByRole('button', { name: 'De verklarende analyse is nog concept (niet besproken met het gezin)' })).toBeVisible();
    await expect(
      dialoog.getByRole('button', { name: 'Het gezin is niet geïnformeerd over het besluit: Contactverbod aanvragen via de rechter.' }),
    ).toBeVisible();
    await expect(dialoog.getByRole('button', { name: 'Actiepunt te laat: Verzoekschrift opstellen.' })).toBeVisible();
    await expect(dialoog.getByRole('button', { name: 'Lotte (fictief) heeft de vertrouwelijkheid nog niet bevestigd' })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    // A link closes the dialog and brings the open question into view, with focus.
    await dialoog.getByRole('button', { name: 'Open vraag bij Zorgen (wat gaat er mis)' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Verklarende analyse' })).toBeVisible();
    const vraag = panel(page).getByRole('article').filter({ hasText: 'Klopt de datum van het incident?' });
    await expect(vraag).toBeFocused();
    expect(await inBeeld(page, vraag)).toBe(true);

    // Back in the overleg: agreeing anyway needs a reason.
    await openPart(page, 'Overleggen');
    await page
      .getByRole('button', { name: /^Casusoverleg van .* openen$/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Volledig verslag' }).click();
    await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    await dialoog.getByRole('button', { name: 'Toch vaststellen' }).click();
    await expect(dialoog.getByRole('alert')).toHaveText('Er staan nog punten open. Schrijf op waarom u toch vaststelt.');
    await expect(dialoog.getByLabel('Waarom stelt u toch vast?')).toBeFocused();
    const reden = 'De rechter beslist morgen; het plan moet vandaag vastliggen.';
    await dialoog.getByLabel('Waarom stelt u toch vast?').fill(reden);
    await dialoog.getByRole('button', { name: 'Toch vaststellen' }).click();
    await expect(page.getByText(/^Vastgesteld\. Vingerafdruk: /)).toBeVisible({ timeout: 10_000 });
    await page
      .getByRole('button', { name: /^Versie van .* bekijken$/ })
      .last()
      .click();

    // The browser's PDF is a real download, read back as the recipient reads it.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^tafel-plan-.*\.pdf$/);
    await expect(page.locator('iframe')).toHaveCount(0);
    const inhoud = buildAgreedContent(demoModel(), 'ov-1');
    test.skip(PDFTOTEXT === undefined && process.env['CI'] === undefined, 'pdftotext (poppler-utils) is not installed');
    const { body, koppen } = pdfTekst(new Uint8Array(await readFile(await pdf.path())));
    expect(problemen(body, { inhoud, nietGenomenDoor: [], metBesluiten: true, teLaat: ['actiepunt'], wel: [reden, 'Verzoekschrift opstellen.'] })).toEqual([]);
    for (const kop of koppen) expect(kop).toContain('Vertrouwelijk. Alleen voor Veilig Thuis Voorbeeldregio.');

    // Naar alle organisaties: one zip, each organisation its own extract, watermarked for it, each logged.
    const alle = page.getByRole('region', { name: 'Naar alle organisaties aan tafel' });
    await alle.getByRole('checkbox', { name: 'Markdown' }).check();
    const [zip] = await Promise.all([page.waitForEvent('download'), alle.getByRole('button', { name: 'Uittreksels maken voor 6 organisaties' }).click()]);
    expect(zip.suggestedFilename()).toMatch(/^tafel-uittreksels-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.zip$/);
    const bestanden = unzipSync(new Uint8Array(await readFile(await zip.path())));
    const namen = Object.keys(bestanden).sort();
    expect(namen).toHaveLength(12);
    await expect(alle.getByText(/^12 bestanden gemaakt: /)).toBeVisible();
    await expect(page.getByText('Exports op dit apparaat (13)')).toBeVisible();
    for (const [org, slug] of [
      ['Politie, basisteam Voorbeeld', 'politie-basisteam-voorbeeld'],
      ['Reclassering Voorbeeld', 'reclassering-voorbeeld'],
      ['Wijkteam Centrum', 'wijkteam-centrum'],
    ] as const) {
      const md = strFromU8(bestanden[namen.find((n) => n.startsWith(`tafel-uittreksel-${slug}-`) && n.endsWith('.md'))!]!);
      expect(md).toContain(`Vertrouwelijk. Alleen voor ${org}.`);
      expect(problemen(markdownTekst(md), { inhoud, nietGenomenDoor: [], metBesluiten: false, teLaat: [] })).toEqual([]);
      const text = pdfTekst(bestanden[namen.find((n) => n.startsWith(`tafel-uittreksel-${slug}-`) && n.endsWith('.pdf'))!]!);
      expect(problemen(text.body, { inhoud, nietGenomenDoor: [], metBesluiten: false, teLaat: [] })).toEqual([]);
      for (const kop of text.koppen) expect(kop).toContain(`Alleen voor ${org}.`);
    }
    // The police extract holds the agreed case, not another organisation's afspraken.
    const politie = plat(strFromU8(bestanden[namen.find((n) => n.startsWith('tafel-uittreksel-politie-') && n.endsWith('.md'))!]!));
    expect(politie).not.toContain('Overdracht in het omgangshuis, met een omgangsbegeleider');
    await page.screenshot({ path: testInfo.outputPath('versie-en-export.png') });
  });
});
