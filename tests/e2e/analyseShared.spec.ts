/**
 * The verklarende analyse co-edited through the real relay: two people type in the same section
 * at the same time and end with the same text, each sees the other's named caret, structured
 * items travel too, and an observer reads along but cannot type.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CHAIR, EXPERTS, inSharedCase } from './sharedCase.js';
import { openPart } from './workspaceHelpers.js';

const ZORGEN = 'Zorgen (wat gaat er mis)';
const section = (page: Page, title: string): Locator => page.getByRole('textbox', { name: title, exact: true });

/** The text of an editor without the other people's caret labels in it. */
function textOf(editor: Locator): Promise<string> {
  return editor.evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return clone.textContent ?? '';
  });
}

async function typeAtEnd(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay: 20 });
}

/** Clicks just inside the right edge of a paragraph (the end of its line) and types there. */
async function typeAtEndOf(page: Page, paragraph: Locator, text: string): Promise<void> {
  const box = await paragraph.boundingBox();
  if (box === null) throw new Error('paragraph not visible');
  await paragraph.click({ position: { x: box.width - 2, y: box.height / 2 } });
  await page.keyboard.type(text, { delay: 20 });
}

test.describe('verklarende analyse, shared', () => {
  test('two people type in the same section at once, converge, and see each other’s named caret', async ({ browser }) => {
    test.setTimeout(60_000);
    await inSharedCase(browser, { experts: 1 }, async (shared) => {
      const chair = shared.chair;
      const expert = shared.experts[0]!;
      await openPart(chair, 'Verklarende analyse');
      await openPart(expert, 'Verklarende analyse');
      await typeAtEnd(chair, section(chair, ZORGEN), 'Begin.');
      await chair.keyboard.press('Enter');
      await chair.keyboard.type('Eind.');
      await expect(section(expert, ZORGEN)).toContainText('Eind.');

      // At the same time, each at the end of a different paragraph of the section (two people
      // typing at the very same spot may interleave their words; that is not what is tested here).
      await Promise.all([
        typeAtEndOf(chair, section(chair, ZORGEN).locator('p').nth(0), ' Voorzitter schrijft mee.'),
        typeAtEndOf(expert, section(expert, ZORGEN).locator('p').nth(1), ' Politie vult aan.'),
      ]);
      for (const page of [chair, expert]) {
        await expect(section(page, ZORGEN)).toContainText('Voorzitter schrijft mee.');
        await expect(section(page, ZORGEN)).toContainText('Politie vult aan.');
      }
      for (const page of [chair, expert]) {
        await expect.poll(() => textOf(section(page, ZORGEN).locator('p').nth(0))).toBe('Begin. Voorzitter schrijft mee.');
        await expect.poll(() => textOf(section(page, ZORGEN).locator('p').nth(1))).toBe('Eind. Politie vult aan.');
      }

      // Both still have their cursor in the section: each sees the other's caret with their name.
      await expect(section(chair, ZORGEN).locator('.collaboration-carets__label')).toHaveText(EXPERTS[0]!.naam);
      await expect(section(expert, ZORGEN).locator('.collaboration-carets__label')).toHaveText(CHAIR.naam);
    });
  });

  test('a factor one person adds and names appears at the other', async ({ browser }) => {
    test.setTimeout(60_000);
    await inSharedCase(browser, { experts: 1 }, async (shared) => {
      const chair = shared.chair;
      const expert = shared.experts[0]!;
      for (const page of [chair, expert]) {
        await openPart(page, 'Verklarende analyse');
        await page
          .getByRole('navigation', { name: 'Delen van de verklarende analyse' })
          .getByRole('button', { name: /^Factoren/ })
          .click();
      }
      await expert.getByRole('button', { name: 'Factor toevoegen' }).click();
      const titel = expert
        .getByRole('article')
        .filter({ has: expert.getByRole('heading', { level: 4, name: /^Nieuwe factor/ }) })
        .getByLabel('Titel');
      await titel.fill('Oma als veilige plek');
      await titel.press('Enter');
      const atChair = chair.getByRole('article').filter({ has: chair.getByRole('heading', { level: 4, name: /^Oma als veilige plek/ }) });
      await expect(atChair).toBeVisible();
      await atChair.getByLabel('Soort').selectOption({ label: 'Beschermende factor' });
      await expect(expert.getByRole('heading', { level: 4, name: /^Oma als veilige plek/ })).toContainText('Beschermende factor');
    });
  });

  test('an observer reads the analysis live but cannot type or add anything', async ({ browser }) => {
    test.setTimeout(60_000);
    await inSharedCase(browser, { experts: 0, observer: true }, async (shared) => {
      const chair = shared.chair;
      const observer = shared.observer!;
      await openPart(chair, 'Verklarende analyse');
      await openPart(observer, 'Verklarende analyse');
      await typeAtEnd(chair, section(chair, ZORGEN), 'Zichtbaar voor iedereen.');
      const atObserver = section(observer, ZORGEN);
      await expect(atObserver).toContainText('Zichtbaar voor iedereen.');
      await expect(atObserver).toHaveAttribute('contenteditable', 'false');
      await expect(atObserver).toHaveAttribute('aria-readonly', 'true');
      await expect(observer.getByRole('toolbar', { name: `Opmaak van ${ZORGEN}` })).toHaveCount(0);
      await expect(observer.getByText('Alleen lezen: u kijkt mee en kunt deze tekst niet wijzigen.').first()).toBeVisible();

      await atObserver.click();
      await observer.keyboard.type('Waarnemer typt.');
      await typeAtEnd(chair, section(chair, ZORGEN), ' Daarna.');
      await expect(atObserver).toContainText('Daarna.');
      await expect(atObserver).not.toContainText('Waarnemer typt.');
      await expect(section(chair, ZORGEN)).not.toContainText('Waarnemer typt.');

      await observer
        .getByRole('navigation', { name: 'Delen van de verklarende analyse' })
        .getByRole('button', { name: /^Factoren/ })
        .click();
      await expect(observer.getByRole('heading', { level: 3, name: 'Factoren' })).toBeVisible();
      await expect(observer.getByRole('button', { name: 'Factor toevoegen' })).toHaveCount(0);
    });
  });
});
