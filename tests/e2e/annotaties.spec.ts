/**
 * Annotation threads in the workspace: on the demo case (as its voorzitter) a thread on selected
 * text, its mark in the text, a reply, verwerkt and heropenen, a voorzitter-only thread, and an
 * axe scan of the panel. Through the real relay (two browser contexts): expert A offline
 * annotates two passages and replies while B edits the same passages; after reconnecting both
 * see the same threads on the right words.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { inSharedCase, unlockVault } from './sharedCase.js';
import { openDemoCase, openPart } from './workspaceHelpers.js';

const panel = (page: Page): Locator => page.getByRole('complementary', { name: 'Opmerkingen' });
const section = (page: Page, title: string): Locator => page.getByRole('textbox', { name: title, exact: true });

/** Selects `words` inside a rich-text field, as a user dragging over them would. */
async function selectText(field: Locator, words: string): Promise<void> {
  await field.click();
  await field.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at >= 0) {
        document.getSelection()?.setBaseAndExtent(node, at, node, at + needle.length);
        return;
      }
    }
    throw new Error('text not in the field');
  }, words);
}

async function placeThread(page: Page, options: { soort: string; zichtbaarheid?: string; tekst: string }): Promise<void> {
  const p = panel(page);
  await p.getByLabel('Soort opmerking').selectOption({ label: options.soort });
  await p.getByLabel('Wie mag het lezen').selectOption({ label: options.zichtbaarheid ?? 'Alle deelnemers' });
  await p.getByLabel('Uw opmerking').fill(options.tekst);
  await p.getByRole('button', { name: 'Opmerking plaatsen' }).click();
}

test.describe('annotaties (demo case)', () => {
  test('a thread on selected text: mark, reply, verwerkt, heropenen', async ({ page }) => {
    await openDemoCase(page);
    await openPart(page, 'Verklarende analyse');
    const p = panel(page);
    // The demo's own thread on this part is there.
    await expect(p.getByRole('heading', { name: 'Aanvulling van Fatima (fictief)' })).toBeVisible();

    const zorgen = section(page, 'Zorgen (wat gaat er mis)');
    const selected = 'Controle via berichten';
    await selectText(zorgen, selected);
    await expect(p.getByText(`Bij de geselecteerde tekst: “${selected}”`)).toBeVisible();
    await placeThread(page, { soort: 'Vraag', tekst: 'Sinds wanneer speelt dit?' });

    const thread = p.getByRole('article', { name: 'Vraag van Ingrid (fictief)' });
    await expect(thread.getByText('Sinds wanneer speelt dit?')).toBeVisible();
    await expect(thread.getByText(`Over: “${selected}”`)).toBeVisible();
    // The passage is marked in the text.
    await expect(zorgen.locator('.tafel-annotatie-markering')).toHaveText(selected);
    await thread.getByRole('button', { name: 'Toon in de tekst' }).click();
    await expect(zorgen.locator('.tafel-annotatie-markering--actief')).toHaveText(selected);

    await thread.getByLabel('Uw reactie').fill('Sinds de scheiding, volgens moeder.');
    await thread.getByRole('button', { name: 'Reageren' }).click();
    await expect(thread.getByText('Sinds de scheiding, volgens moeder.')).toBeVisible();

    await thread.getByRole('button', { name: 'Verwerkt: Vraag van Ingrid (fictief)' }).click();
    await expect(thread.getByText(/^Verwerkt door Ingrid \(fictief\) op /)).toBeVisible();
    await expect(zorgen.locator('.tafel-annotatie-markering')).toHaveCount(0);
    await thread.getByRole('button', { name: 'Heropenen: Vraag van Ingrid (fictief)' }).click();
    await expect(thread.getByText(/^Verwerkt door/)).toHaveCount(0);
    await expect(zorgen.locator('.tafel-annotatie-markering')).toHaveText(selected);

    await expectNoSeriousA11yIssues(page);
  });

  test('a voorzitter-only thread on an item, without a selection', async ({ page }) => {
    await openDemoCase(page);
    await openPart(page, 'Verklarende analyse');
    const p = panel(page);
    await p.getByLabel('Onderwerp').selectOption({ label: 'Herhaald fysiek geweld' });
    await placeThread(page, { soort: 'Bron', zichtbaarheid: 'Alleen de voorzitter', tekst: 'Proces-verbaal ligt bij de officier.' });
    const thread = p.getByRole('article', { name: 'Bron van Ingrid (fictief)' });
    await expect(thread.getByText('Proces-verbaal ligt bij de officier.')).toBeVisible();
    await expect(thread.getByText('Alleen de voorzitter', { exact: false })).toBeVisible();
  });

  test('at Overleggen the chair sees the open threads of every part', async ({ page }) => {
    await openDemoCase(page);
    await openPart(page, 'Overleggen');
    const overview = panel(page).getByRole('region', { name: 'Open opmerkingen per onderdeel' });
    await expect(overview.getByText('Verklarende analyse: 1 open')).toBeVisible();
    await expect(
      overview.getByText('Aanvulling van Fatima (fictief) bij Zorgen (wat gaat er mis): Alcoholgebruik hier ook noemen als verergerende factor.'),
    ).toBeVisible();
    // The demo's only overleg is vastgesteld: nothing can be added to it.
    await expect(overview.getByText(/^Start of plan eerst een overleg/)).toBeVisible();
    await expect(overview.getByRole('button', { name: /^Op de agenda/ })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
  });
});

/** The text of a field without other people's caret labels in it. */
function textWithoutCarets(field: Locator): Promise<string> {
  return field.evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return clone.textContent ?? '';
  });
}

/** The texts of the marked passages in a field, in document order, without other people's carets. */
function markedTexts(field: Locator): Promise<string[]> {
  return field.locator('.tafel-annotatie-markering').evaluateAll((marks) =>
    marks.map((m) => {
      const clone = m.cloneNode(true) as HTMLElement;
      for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
      return clone.textContent ?? '';
    }),
  );
}

test.describe('annotaties (shared case)', () => {
  test('an expert annotates offline while the chair edits the same passages; after reconnecting both see the same threads on the right words', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    await inSharedCase(browser, { experts: 1 }, async (shared) => {
      const chair = shared.chair;
      const expert = shared.experts[0]!;
      const expertContext = shared.contexts[1]!;
      const ZORGEN = 'Zorgen (wat gaat er mis)';
      await openPart(chair, 'Verklarende analyse');
      await openPart(expert, 'Verklarende analyse');
      await section(chair, ZORGEN).click();
      await chair.keyboard.type('Vader drinkt vaak in het weekend.');
      await chair.keyboard.press('Enter');
      await chair.keyboard.type('Moeder werkt nachtdiensten in de zorg.');
      await expect(section(expert, ZORGEN)).toContainText('Moeder werkt nachtdiensten in de zorg.');
      await expect(expert.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();

      // Expert A goes offline and annotates two passages, and replies to one.
      await expertContext.setOffline(true);
      await selectText(section(expert, ZORGEN), 'drinkt vaak');
      await placeThread(expert, { soort: 'Vraag', tekst: 'Hoe vaak precies?' });
      await selectText(section(expert, ZORGEN), 'nachtdiensten');
      await placeThread(expert, { soort: 'Aanvulling', tekst: 'Ook in het weekend.' });
      const question = (page: Page): Locator => panel(page).getByRole('article', { name: 'Vraag van Pieter Politie' });
      const addition = (page: Page): Locator => panel(page).getByRole('article', { name: 'Aanvulling van Pieter Politie' });
      await question(expert).getByLabel('Uw reactie').fill('Navragen bij de huisarts.');
      await question(expert).getByRole('button', { name: 'Reageren' }).click();
      await expect(question(expert).getByText('Navragen bij de huisarts.')).toBeVisible();

      // Meanwhile the chair edits the same passages: right before the first, inside the second's sentence.
      await selectText(section(chair, ZORGEN), 'Vader');
      await chair.keyboard.type('De vader');
      await selectText(section(chair, ZORGEN), 'Moeder werkt');
      await chair.keyboard.type('Moeder werkt sinds maart');
      await expect.poll(() => textWithoutCarets(section(chair, ZORGEN))).toContain('Moeder werkt sinds maart nachtdiensten');
      // Nothing of the expert's offline work has reached the chair.
      await expect(expert.getByRole('status').filter({ hasText: 'Offline — wijzigingen worden bewaard' })).toBeVisible({ timeout: 10_000 });
      await expect(panel(chair).getByRole('article', { name: 'Vraag van Pieter Politie' })).toHaveCount(0);

      await expertContext.setOffline(false);
      for (const page of [chair, expert]) {
        await expect
          .poll(() => textWithoutCarets(section(page, ZORGEN)))
          .toBe('De vader drinkt vaak in het weekend.Moeder werkt sinds maart nachtdiensten in de zorg.');
        await expect(question(page).getByText('Hoe vaak precies?')).toBeVisible();
        await expect(question(page).getByText('Navragen bij de huisarts.')).toBeVisible();
        await expect(addition(page).getByText('Ook in het weekend.')).toBeVisible();
        await expect.poll(() => markedTexts(section(page, ZORGEN))).toEqual(['drinkt vaak', 'nachtdiensten']);
      }
    });
  });

  test('a voorzitter-only thread of an expert reaches the chair; what the chair adds meanwhile is new for the expert', async ({ browser }) => {
    test.setTimeout(90_000);
    await inSharedCase(browser, { experts: 1 }, async (shared) => {
      const chair = shared.chair;
      const expert = shared.experts[0]!;
      await openPart(chair, 'Verklarende analyse');
      await openPart(expert, 'Verklarende analyse');
      await panel(expert).getByLabel('Onderwerp').selectOption({ label: 'Zorgen (wat gaat er mis)' });
      await placeThread(expert, { soort: 'Bron', zichtbaarheid: 'Alleen de voorzitter', tekst: 'PV op te vragen bij de officier.' });
      await expect(panel(expert).getByRole('article', { name: 'Bron van Pieter Politie' }).getByText('PV op te vragen bij de officier.')).toBeVisible();
      await expect(panel(chair).getByRole('article', { name: 'Bron van Pieter Politie' }).getByText('PV op te vragen bij de officier.')).toBeVisible();

      // The expert leaves; the chair answers and starts a thread; back in the case, both are new for the expert.
      await expect(expert.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      await expert.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      const fromChair = panel(chair).getByRole('article', { name: 'Bron van Pieter Politie' });
      await fromChair.getByLabel('Uw reactie').fill('Dank, ik vraag het op.');
      await fromChair.getByRole('button', { name: 'Reageren' }).click();
      await panel(chair).getByLabel('Onderwerp').selectOption({ label: 'Krachten / beschermende factoren' });
      await placeThread(chair, { soort: 'Vraag', tekst: 'Wie uit het netwerk kan helpen?' });
      await section(chair, 'Krachten / beschermende factoren').click();
      await chair.keyboard.press('ControlOrMeta+End');
      await chair.keyboard.type(' Oma helpt.');
      await expect(chair.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();

      await expert.getByRole('region', { name: 'Casussen op dit apparaat' }).getByRole('button', { name: shared.title }).click();
      // The navigation marks the part others changed (and only that one), and says why.
      const nav = expert.getByRole('navigation', { name: 'Onderdelen van de casus' });
      const analyse = nav.getByRole('button', { name: 'Verklarende analyse', exact: true });
      await expect(analyse).toHaveAttribute('data-new', 'true');
      await expect(analyse).toHaveAccessibleDescription('Anderen hebben hier iets gewijzigd of gereageerd sinds uw vorige bezoek.');
      await expect(nav.locator('[data-new]')).toHaveCount(1);
      await openPart(expert, 'Verklarende analyse');
      await expect(analyse).not.toHaveAttribute('data-new', 'true');
      await expect(panel(expert).getByTestId('annotaties-nieuw')).toHaveText('2 nieuw sinds uw vorige bezoek');
      await expect(panel(expert).getByTestId('annotaties-gewijzigd')).toHaveText(
        'Door anderen gewijzigd sinds uw vorige bezoek: Krachten / beschermende factoren',
      );
      const question = panel(expert).getByRole('article', { name: /^Vraag van Ingrid Voorzitter/ });
      await expect(question.getByText('Wie uit het netwerk kan helpen?')).toBeVisible();
      await expect(question.getByText('Nieuw', { exact: true })).toBeVisible();
      const own = panel(expert).getByRole('article', { name: /^Bron van Pieter Politie/ });
      await expect(own.getByText('Dank, ik vraag het op.')).toBeVisible();
      // The expert's own thread says it was answered; the chair's new thread is not the expert's.
      await expect(own.getByText('Beantwoord', { exact: true })).toBeVisible();
      await expect(question.getByText('Beantwoord', { exact: true })).toHaveCount(0);
      // The expert settles their own thread, not the chair's: that is for the one who asked, or the chair.
      await expect(own.getByRole('button', { name: /^Verwerkt: / })).toBeVisible();
      await expect(question.getByRole('button', { name: /^(Verwerkt|Afwijzen): / })).toHaveCount(0);
      await expect(
        panel(chair)
          .getByRole('article', { name: /^Bron van Pieter Politie/ })
          .getByRole('button', { name: /^Verwerkt: / }),
      ).toBeVisible();
    });
  });

  test('the start screen counts what others did in a closed case since the last visit, only what this user may read', async ({ browser }) => {
    test.setTimeout(90_000);
    await inSharedCase(browser, { experts: 1 }, async (shared) => {
      const chair = shared.chair;
      const expert = shared.experts[0]!;
      await openPart(chair, 'Verklarende analyse');
      await expect(expert.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      await expert.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      const entry = expert.getByRole('region', { name: 'Casussen op dit apparaat' }).getByRole('listitem').filter({ hasText: shared.title });
      // The expert closes the app and opens it again later (the start screen checks each case when it is shown).
      const openTheAppAgain = async () => {
        await expert.goto('/');
        await unlockVault(expert);
      };

      // While the expert is away: a question for everyone, a note for the chair only, text in a section.
      await panel(chair).getByLabel('Onderwerp').selectOption({ label: 'Krachten / beschermende factoren' });
      await placeThread(chair, { soort: 'Vraag', tekst: 'Wie uit het netwerk kan helpen?' });
      await panel(chair).getByLabel('Onderwerp').selectOption({ label: 'Zorgen (wat gaat er mis)' });
      await placeThread(chair, { soort: 'Bron', zichtbaarheid: 'Alleen de voorzitter', tekst: 'Notitie voor mezelf.' });
      await section(chair, 'Krachten / beschermende factoren').click();
      await chair.keyboard.press('ControlOrMeta+End');
      await chair.keyboard.type(' Oma helpt.');
      await expect(chair.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();

      await openTheAppAgain();
      const news = entry.getByTestId('case-news');
      await expect(news).toHaveText('Nieuw sinds uw vorige bezoek: 1 opmerking, 1 onderdeel gewijzigd');
      await expect(entry.getByRole('button', { name: shared.title })).toHaveAccessibleDescription(
        /^Nieuw sinds uw vorige bezoek: 1 opmerking, 1 onderdeel gewijzigd/,
      );
      await expectNoSeriousA11yIssues(expert);

      // The expert looks and leaves; the chair then only types in another section: that is all that is new.
      await entry.getByRole('button', { name: shared.title }).click();
      await openPart(expert, 'Verklarende analyse');
      await expect(panel(expert).getByText('Wie uit het netwerk kan helpen?')).toBeVisible();
      await expert.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await section(chair, 'Zorgen (wat gaat er mis)').click();
      await chair.keyboard.type('Vader drinkt. ');
      await expect(chair.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      await openTheAppAgain();
      await expect(news).toHaveText('Nieuw sinds uw vorige bezoek: 1 onderdeel gewijzigd');
    });
  });

  test("what the chair did just before the app died is not news to the chair; to an expert it is, by the overleg's name", async ({ browser }) => {
    test.setTimeout(90_000);
    await inSharedCase(browser, { experts: 1 }, async (shared) => {
      const expert = shared.experts[0]!;
      await expect(expert.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      await expert.getByRole('button', { name: 'Terug naar het overzicht' }).click();

      // The chair comes back to the case and starts an overleg straight away (well within the 5 s
      // after which an open case saves the visit).
      await shared.chair.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await shared.chair.getByRole('region', { name: 'Casussen op dit apparaat' }).getByRole('button', { name: shared.title }).click();
      await openPart(shared.chair, 'Overleggen');
      const start = shared.chair.getByRole('form', { name: 'Overleg starten' });
      await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
      await start.getByRole('button', { name: 'Overleg starten' }).click();
      await expect(shared.chair.getByRole('timer', { name: 'Duur van het overleg:' })).toBeVisible();
      await expect(shared.chair.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      // The chair's app dies at once (renderer crash: no unload, no last save of the visit).
      const context = shared.chair.context();
      const cdp = await context.newCDPSession(shared.chair);
      void cdp.send('Page.crash').catch(() => undefined);
      const chair = await context.newPage();
      await chair.goto('/');
      await unlockVault(chair);
      await chair.getByRole('region', { name: 'Casussen op dit apparaat' }).getByRole('button', { name: shared.title }).click();
      const navOf = (page: Page): Locator => page.getByRole('navigation', { name: 'Onderdelen van de casus' });
      await expect(navOf(chair).getByRole('button', { name: 'Overleggen', exact: true })).toBeVisible();
      await expect(navOf(chair).locator('[data-new]')).toHaveCount(0);
      await openPart(chair, 'Overleggen');
      await expect(panel(chair).getByTestId('annotaties-nieuw')).toHaveText('Geen nieuwe opmerkingen sinds uw vorige bezoek');
      await expect(panel(chair).getByTestId('annotaties-gewijzigd')).toHaveCount(0);

      // For the expert the overleg is new, named as the Overleggen part names it.
      await expert.getByRole('region', { name: 'Casussen op dit apparaat' }).getByRole('button', { name: shared.title }).click();
      await expect(navOf(expert).getByRole('button', { name: 'Overleggen', exact: true })).toHaveAttribute('data-new', 'true');
      await openPart(expert, 'Overleggen');
      await expect(panel(expert).getByTestId('annotaties-gewijzigd')).toHaveText(
        /^Door anderen gewijzigd sinds uw vorige bezoek: Casusoverleg van \d{1,2} [a-z]+ \d{4}$/,
      );
    });
  });
});
