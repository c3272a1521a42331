/**
 * Data tables stay readable when room is short (WCAG 1.4.10 reflow): at 1366 px with the
 * Opmerkingen panel beside the part, at 1024 px and at 200% zoom, no cell splits a word over two
 * lines, the page itself never scrolls sideways, and a table wider than its box scrolls inside a
 * named region that keyboard users can focus and scroll with the arrow keys. The chair's access
 * log keeps room between its columns. All through the shared renderer/ui/TableScroll.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CHAIR, createCaseFromStart, createVault, fillProfile, openAccessDialog } from './sharedCase.js';
import { wordsSplit } from './reflow.js';
import { openDemoCase, openPart, type PART_LABELS } from './workspaceHelpers.js';

type PartLabel = (typeof PART_LABELS)[number];

/** The demo case's parts that show data tables; the first two have the Opmerkingen panel beside them. */
const PARTS_WITH_TABLES: readonly PartLabel[] = ['Veiligheidsplan', 'Overleggen', 'Gezin & netwerk', 'Gezinsprofiel', 'Risicotaxatie'];

/** 200% zoom of a 1366 × 768 window: the page gets half the CSS pixels, each drawn twice as large. */
const ZOOM_200 = { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 };

/** The words split inside the tables of `scope` (each measured against the table's box). */
async function wordsBrokenInCells(scope: Locator): Promise<string[]> {
  const split: string[] = [];
  for (const box of await scope.locator('table').locator('xpath=..').all()) split.push(...(await wordsSplit(box)));
  return split;
}

/** How far the page itself is wider than the window (0: no sideways scrolling of the page). */
const pageOverflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every table in `scope`: no word split, and when wider than its box, the box is a region named by
 * the table's caption that is in the tab order and scrolls with the arrow keys. Resolves with the
 * number of tables that scroll.
 */
async function expectReadableTables(page: Page, scope: Locator, where: string): Promise<number> {
  const tables = scope.locator('table');
  await expect(tables.first(), where).toBeVisible();
  expect(await wordsBrokenInCells(scope), `${where}: words split inside a cell`).toEqual([]);
  expect(await pageOverflow(page), `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  let scrolling = 0;
  for (const table of await tables.all()) {
    const box = table.locator('xpath=..');
    const wider = await box.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    if (!wider) continue;
    scrolling += 1;
    const caption = (await table.locator('caption').innerText()).trim();
    await expect(box, `${where}: a table wider than its box scrolls in a named region`).toHaveRole('region');
    await expect(box).toHaveAccessibleName(caption);
    await expect(box).toHaveAttribute('tabindex', '0');
    await box.focus();
    await expect(box).toBeFocused();
    await box.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft), `${where}: the arrow keys scroll the table`).toBeGreaterThan(0);
    // The caption stays in view (it wraps at the box's width, not the wider table's).
    const [captionRight, boxRight] = await Promise.all([
      table.locator('caption > *').evaluate((el) => el.getBoundingClientRect().right),
      box.evaluate((el) => el.getBoundingClientRect().right),
    ]);
    expect(captionRight, `${where}: the caption is cut off`).toBeLessThanOrEqual(boxRight + 1);
  }
  return scrolling;
}

/** The smallest room, in CSS px, between the text of two neighbouring cells in any row. */
function smallestGapBetweenColumns(table: Locator): Promise<number> {
  return table.evaluate((el) => {
    const textBox = (cell: Element): DOMRect => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return range.getBoundingClientRect();
    };
    let smallest = Number.POSITIVE_INFINITY;
    for (const row of el.querySelectorAll('tr')) {
      const cells = [...row.children].filter((c) => (c.textContent ?? '').trim() !== '');
      for (let i = 1; i < cells.length; i++) smallest = Math.min(smallest, textBox(cells[i]!).left - textBox(cells[i - 1]!).right);
    }
    return smallest;
  });
}

test.describe('tables in the demo case', () => {
  test('at 1366 px with the Opmerkingen panel open: whole words, and a wide table scrolls in a focusable region', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openDemoCase(page);
    let scrolling = 0;
    for (const label of PARTS_WITH_TABLES) {
      await openPart(page, label);
      const part = page.locator('.tafel-annotaties-laag__part');
      if (label === 'Veiligheidsplan' || label === 'Overleggen') {
        await expect(page.getByRole('complementary', { name: 'Opmerkingen' })).toBeVisible();
      }
      scrolling += await expectReadableTables(page, part, `${label} at 1366 px`);
    }
    // Beside the panel the afspraken overview does not fit: it must scroll, not squeeze its words.
    expect(scrolling).toBeGreaterThan(0);
    await openPart(page, 'Veiligheidsplan');
    await expect(page.getByRole('region', { name: /^Alle afspraken, op volgorde van wanneer/ })).toBeVisible();
  });

  test('at 1024 px: whole words, no sideways scrolling of the page', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openDemoCase(page);
    for (const label of PARTS_WITH_TABLES) {
      await openPart(page, label);
      await expectReadableTables(page, page.locator('.tafel-annotaties-laag__part'), `${label} at 1024 px`);
    }
  });

  test.describe('at 200% zoom', () => {
    test.use(ZOOM_200);
    test('whole words, no sideways scrolling of the page', async ({ page }) => {
      await openDemoCase(page);
      for (const label of PARTS_WITH_TABLES) {
        await openPart(page, label);
        await expectReadableTables(page, page.locator('.tafel-annotaties-laag__part'), `${label} at 200% zoom`);
      }
    });
  });
});

test.describe("the chair's access log", () => {
  test.describe.configure({ timeout: 40_000 });
  for (const [name, size] of [
    ['1366 px', { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 }],
    ['200% zoom', ZOOM_200],
  ] as const) {
    test.describe(`at ${name}`, () => {
      test.use(size);
      test('columns keep room between them and words stay whole', async ({ page }) => {
        await page.goto('/');
        await createVault(page);
        await fillProfile(page, { ...CHAIR, organisatie: 'Zorg- en Veiligheidshuis Midden-Nederland' });
        await createCaseFromStart(page, 'Tabellen lezen');
        const dialog = await openAccessDialog(page);
        await dialog.getByRole('button', { name: 'Toegangslog vernieuwen' }).click();
        const log = dialog.getByRole('table', { name: /Wie de casus opende/ });
        await expect(log.getByRole('row').nth(1)).toBeVisible();
        await expectReadableTables(page, dialog, `access log at ${name}`);
        // Half a rem of padding on each side: at least 8 CSS px between the texts of two columns.
        expect(await smallestGapBetweenColumns(log)).toBeGreaterThanOrEqual(8);
      });
    });
  }
});
