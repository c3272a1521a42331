/**
 * Voorstellen through the real relay, one browser context per person: two experts propose in the
 * same paragraph at the same time, one of them offline; every peer sees both proposals with name
 * and colour; the chair rejects one and accepts the other, and every peer ends with the same
 * text; the chair's Undo brings the accepted proposal back everywhere. Then with an observer:
 * the observer sees proposals but cannot propose or decide; the overleg lists the open ones,
 * Vaststellen warns and agrees the accepted text only (the fingerprint is that of the text
 * without the proposal), and the "met voorstellen" Word file has the proposal as a revision by
 * its author.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { EXPERTS, inSharedCase } from './sharedCase.js';
import { openPart } from './workspaceHelpers.js';

const ZORGEN = 'Zorgen (wat gaat er mis)';
const KRACHTEN = 'Krachten / beschermende factoren';
const BASIS = 'De vader drinkt veel. De moeder is bang.';
const [PIETER, VERA] = [EXPERTS[0]!, EXPERTS[1]!];

const zorgen = (page: Page): Locator => page.getByRole('textbox', { name: ZORGEN, exact: true });
const veld = (page: Page): Locator => page.locator('[data-voorstel-plek="sectie:zorgen"]');
const lijst = (page: Page): Locator => veld(page).getByRole('region', { name: /^Voorstellen in deze tekst/ });

/** The text as the reader sees it (proposals included), without carets and invisible markers. */
function tekst(page: Page): Promise<string> {
  return zorgen(page).evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return (clone.textContent ?? '').replace(/\u200B/g, '');
  });
}

/** The proposals in the text: [kind, text] per marked run (carets' name labels left out). */
function voorstellenInTekst(page: Page): Promise<Array<[string, string]>> {
  return zorgen(page).evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return [...clone.querySelectorAll('ins[data-voorstel], del[data-voorstel]')].map(
      (n) => [n.tagName.toLowerCase(), (n.textContent ?? '').replace(/\u200B/g, '')] as [string, string],
    );
  });
}

async function kiesVoorstellen(page: Page): Promise<void> {
  const groep = page.getByRole('group', { name: `Bewerken of voorstellen in ${ZORGEN}` });
  await groep.getByRole('button', { name: 'Voorstellen', exact: true }).click();
  await expect(groep.getByRole('button', { name: 'Voorstellen', exact: true })).toHaveAttribute('aria-pressed', 'true');
}

/** Selects `woord` in the Zorgen text by double-clicking it. */
async function selecteer(page: Page, woord: string): Promise<void> {
  await zorgen(page)
    .getByText(woord, { exact: false })
    .first()
    .evaluate((el, w) => {
      const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes(w))!;
      const start = node.textContent!.indexOf(w);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + w.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    }, woord);
}

async function typAanHetEinde(page: Page, text: string): Promise<void> {
  await zorgen(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay: 15 });
}

test.describe('Voorstellen', () => {
  test('two experts propose at once, one offline; the chair rejects one, accepts the other, undoes the accept; all converge', async ({ browser }) => {
    test.setTimeout(120_000);
    await inSharedCase(browser, { experts: 2 }, async (shared) => {
      const { chair } = shared;
      const [pieter, vera] = shared.experts as [Page, Page];
      const allen = [chair, pieter, vera];
      for (const page of allen) await openPart(page, 'Verklarende analyse');
      await typAanHetEinde(chair, BASIS);
      for (const page of allen) await expect.poll(() => tekst(page)).toBe(BASIS);
      // The chair edits; an expert outside a meeting, with nothing agreed yet, starts in Bewerken too.
      await expect(chair.getByRole('group', { name: `Bewerken of voorstellen in ${ZORGEN}` }).getByRole('button', { name: 'Bewerken' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await kiesVoorstellen(pieter);
      await kiesVoorstellen(vera);

      // Vera is offline (on the train) and proposes to strike "veel"; Pieter, online, adds a sentence.
      await vera.context().setOffline(true);
      await expect(vera.getByRole('status').filter({ hasText: /Offline|Verbinden/ })).toBeVisible({ timeout: 10_000 });
      await zorgen(vera).click();
      await selecteer(vera, 'veel');
      await vera.keyboard.press('Backspace');
      await typAanHetEinde(pieter, ' Hij dreigt.');
      await expect.poll(() => voorstellenInTekst(vera)).toEqual([['del', 'veel']]);
      await expect.poll(() => voorstellenInTekst(chair)).toEqual([['ins', ' Hij dreigt.']]);

      await vera.context().setOffline(false);
      for (const page of allen) {
        await expect
          .poll(() => voorstellenInTekst(page), { timeout: 15_000 })
          .toEqual([
            ['del', 'veel'],
            ['ins', ' Hij dreigt.'],
          ]);
        await expect.poll(() => tekst(page)).toBe(`${BASIS} Hij dreigt.`);
        // In words, with name and organisation, for whoever does not see the colours.
        await expect(lijst(page).getByText(`Voegt toe: “Hij dreigt.”`)).toBeVisible();
        await expect(lijst(page).getByText(`Haalt weg: “veel”`)).toBeVisible();
        await expect(lijst(page).getByText(new RegExp(`^${PIETER.naam} \\(${PIETER.organisatie}\\), `))).toBeVisible();
        await expect(lijst(page).getByText(new RegExp(`^${VERA.naam} \\(${VERA.organisatie}\\), `))).toBeVisible();
      }
      // Each in the author's own colour, with name and time as its title.
      await expect(zorgen(chair).locator('ins[data-voorstel]')).toHaveAttribute('title', new RegExp(`^Voorstel van ${PIETER.naam}, `));
      // (Colours come from the deelnemer id, eight of them: two people can share one, so compare per author.)
      const kleurVan = (el: Locator): Promise<string> => el.evaluate((n) => (n as HTMLElement).style.getPropertyValue('--tafel-voorstel-kleur').trim());
      for (const [tag, naam] of [
        ['ins', PIETER.naam],
        ['del', VERA.naam],
      ] as const) {
        const inTekst = await kleurVan(zorgen(chair).locator(`${tag}[data-voorstel]`));
        expect(inTekst).toMatch(/^#[0-9a-f]{6}$/);
        expect(await kleurVan(lijst(chair).locator('.tafel-voorstellen__groep').filter({ hasText: naam }))).toBe(inTekst);
      }
      // Pieter gives a reason; everyone reads it with the proposal.
      const reden = lijst(pieter).getByLabel('Toelichting bij uw voorstel');
      await reden.fill('Zo staat het in het proces-verbaal.');
      await reden.press('Enter');
      for (const page of [chair, vera]) await expect(lijst(page).getByText('Toelichting: Zo staat het in het proces-verbaal.')).toBeVisible();
      // Experts decide nothing, except withdrawing their own.
      await expect(lijst(pieter).getByRole('button', { name: /aanvaarden$/ })).toHaveCount(0);
      await expect(lijst(pieter).getByRole('button', { name: 'Uw voorstel intrekken: “Hij dreigt.”' })).toBeVisible();
      await expect(lijst(pieter).getByRole('button', { name: /^Uw voorstel intrekken/ })).toHaveCount(1);
      await expectNoSeriousA11yIssues(chair);

      // The chair rejects Vera's and accepts Pieter's: everyone ends with the same text.
      await lijst(chair)
        .getByRole('button', { name: `Voorstel van ${VERA.naam} afwijzen` })
        .click();
      await lijst(chair)
        .getByRole('button', { name: `Voorstel van ${PIETER.naam} aanvaarden` })
        .click();
      for (const page of allen) {
        await expect.poll(() => voorstellenInTekst(page)).toEqual([]);
        await expect.poll(() => tekst(page)).toBe(`${BASIS} Hij dreigt.`);
        await expect(lijst(page)).toHaveCount(0);
      }

      // Undo of the accept: one step, the proposal is back everywhere (Vera's stays rejected).
      await chair.getByRole('group', { name: 'Ongedaan maken' }).getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
      for (const page of allen) {
        await expect.poll(() => voorstellenInTekst(page)).toEqual([['ins', ' Hij dreigt.']]);
        await expect(lijst(page).getByText(`Voegt toe: “Hij dreigt.”`)).toBeVisible();
      }
      // Pieter withdraws it himself.
      await lijst(pieter).getByRole('button', { name: 'Uw voorstel intrekken: “Hij dreigt.”' }).click();
      for (const page of allen) await expect.poll(() => tekst(page)).toBe(BASIS);
    });
  });

  test('an observer sees proposals but cannot make or decide them; Vaststellen agrees the accepted text only; Word shows the proposal as a revision', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    await inSharedCase(browser, { experts: 1, observer: true }, async (shared) => {
      const { chair } = shared;
      const pieter = shared.experts[0]!;
      const observer = shared.observer!;
      for (const page of [chair, pieter, observer]) await openPart(page, 'Verklarende analyse');
      await typAanHetEinde(chair, BASIS);
      const krachten = chair.getByRole('textbox', { name: KRACHTEN, exact: true });
      await krachten.click();
      await chair.keyboard.type('Oma helpt.');
      await expect.poll(() => tekst(pieter)).toBe(BASIS);
      await expect(pieter.getByRole('textbox', { name: KRACHTEN, exact: true })).toContainText('Oma helpt.');
      await kiesVoorstellen(pieter);
      await typAanHetEinde(pieter, ' Hij dreigt.');
      await expect.poll(() => voorstellenInTekst(observer)).toEqual([['ins', ' Hij dreigt.']]);

      // The observer: the proposal in words, no switch, no buttons.
      await expect(lijst(observer).getByText('Voegt toe: “Hij dreigt.”')).toBeVisible();
      await expect(observer.getByRole('group', { name: `Bewerken of voorstellen in ${ZORGEN}` })).toHaveCount(0);
      await expect(lijst(observer).getByRole('button')).toHaveCount(0);
      await expect(zorgen(observer)).toHaveAttribute('contenteditable', 'false');
      // A thread on the proposal: its text becomes the thread's anchor; the chair reads it there.
      await lijst(pieter)
        .getByRole('button', { name: `Opmerking maken bij het voorstel van ${PIETER.naam}` })
        .click();
      await expect(pieter.getByText('Bij de geselecteerde tekst: “ Hij dreigt.”')).toBeVisible();
      await expect(pieter.getByLabel('Uw opmerking')).toBeFocused();
      await pieter.getByLabel('Uw opmerking').fill('Bron: proces-verbaal van 14 februari.');
      await pieter.getByRole('button', { name: 'Opmerking plaatsen' }).click();
      await expect(chair.getByText('Bron: proces-verbaal van 14 februari.')).toBeVisible();
      await expect(chair.getByText('Over: “ Hij dreigt.”')).toBeVisible();
      // Beside the part: which texts hold open proposals.
      await expect(chair.getByTestId('open-voorstellen-deel')).toContainText(`${ZORGEN} (1)`);

      // Nothing agreed yet: the expert's other texts start in Bewerken.
      await expect(
        pieter.getByRole('group', { name: `Bewerken of voorstellen in ${KRACHTEN}` }).getByRole('button', { name: 'Voorstellen', exact: true }),
      ).toHaveAttribute('aria-pressed', 'false');

      // The overleg lists it under its agenda.
      await openPart(chair, 'Overleggen');
      const start = chair.getByRole('form', { name: 'Overleg starten' });
      await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
      await start.getByRole('button', { name: 'Overleg starten' }).click();
      await chair.getByRole('button', { name: 'Volledig verslag' }).click();
      const open = chair.getByRole('region', { name: 'Open voorstellen' });
      await expect(open.getByRole('listitem')).toHaveText(`${ZORGEN}: 1 van ${PIETER.naam}`);

      // The werkversie in Word: the proposal is a tracked insertion by Pieter.
      const [download] = await Promise.all([
        chair.waitForEvent('download'),
        open.getByRole('button', { name: 'Werkversie met voorstellen downloaden (Word)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^tafel-werkversie-\d{4}-\d{2}-\d{2}\.docx$/);
      const xml = strFromU8(unzipSync(new Uint8Array(await readFile(await download.path())))['word/document.xml']!);
      expect(xml).toMatch(
        new RegExp(
          `<w:ins w:id="\\d+" w:author="${PIETER.naam} \\(${PIETER.organisatie}\\)" w:date="\\d{4}-\\d{2}-\\d{2}T[^"]+"><w:r><w:t xml:space="preserve"> Hij dreigt\\.</w:t>`,
        ),
      );
      expect(xml).toContain('De vader drinkt veel. De moeder is bang.');

      // Vaststellen warns and agrees without it.
      const vaststellen = async (): Promise<string> => {
        await chair.getByRole('button', { name: 'Vaststellen', exact: true }).click();
        const dialog = chair.getByRole('dialog', { name: 'Dit overleg vaststellen?' });
        await expect(dialog).toBeVisible();
        return dialog
          .evaluate((d) => d.textContent ?? '')
          .then(async (inhoud) => {
            // Anything open (here at least the proposal) asks for the chair's reason first.
            const reden = dialog.getByLabel('Waarom stelt u toch vast?');
            if (await reden.isVisible()) await reden.fill('Het voorstel wordt na het overleg besproken.');
            await dialog.getByRole('button', { name: /^(Vaststellen bevestigen|Toch vaststellen)$/ }).click();
            const melding = chair.getByText(/^Vastgesteld\. Vingerafdruk: /);
            await expect(melding).toBeVisible({ timeout: 10_000 });
            const vingerafdruk = ((await melding.textContent()) ?? '').replace(/^Vastgesteld\. Vingerafdruk: /, '').trim();
            return `${inhoud}\n${vingerafdruk}`;
          });
      };
      const eerste = await vaststellen();
      expect(eerste).toContain(`Een open voorstel in ${ZORGEN} (niet in de versie)`);
      const eersteVingerafdruk = eerste.split('\n').pop()!;

      // The chair rejects the proposal: the text is what was agreed, so agreeing again gives the same fingerprint.
      await openPart(chair, 'Verklarende analyse');
      await lijst(chair)
        .getByRole('button', { name: `Voorstel van ${PIETER.naam} afwijzen` })
        .click();
      await expect.poll(() => tekst(chair)).toBe(BASIS);
      await openPart(chair, 'Overleggen');
      await chair.getByRole('button', { name: /^Casusoverleg van .* openen$/ }).click();
      await expect(chair.getByRole('region', { name: 'Open voorstellen' }).getByText('Er staan geen voorstellen open.')).toBeVisible();
      const tweede = await vaststellen();
      expect(tweede).not.toContain('open, in:');
      expect(tweede.split('\n').pop()).toBe(eersteVingerafdruk);

      // With a version agreed and no meeting going on, an expert's text that is part of it starts
      // in Voorstellen (he never chose there); a text with nothing agreed, and the chair's, in Bewerken.
      const voorstellenKnop = (page: Page, titel: string): Locator =>
        page.getByRole('group', { name: `Bewerken of voorstellen in ${titel}` }).getByRole('button', { name: 'Voorstellen', exact: true });
      await expect(voorstellenKnop(pieter, KRACHTEN)).toHaveAttribute('aria-pressed', 'true');
      await expect(voorstellenKnop(pieter, 'Risicofactoren')).toHaveAttribute('aria-pressed', 'false');
      await openPart(chair, 'Verklarende analyse');
      await expect(voorstellenKnop(chair, KRACHTEN)).toHaveAttribute('aria-pressed', 'false');
    });
  });
});
