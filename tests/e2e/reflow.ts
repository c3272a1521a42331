/** Checks of how text is laid out when room is short (WCAG 1.4.10), shared by the e2e specs. */
import { expect, type Locator } from '@playwright/test';

/**
 * The words inside `box` drawn on more than one line although they would fit in the box's width:
 * a word split in the middle. Words are cut after a hyphen (a normal break point); a token wider
 * than the whole box (a long id) may wrap.
 */
export function wordsSplit(box: Locator): Promise<string[]> {
  return box.evaluate((root) => {
    const room = root.clientWidth;
    const split: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      for (const word of (node.textContent ?? '').matchAll(/[^\s\-‐]+[-‐]?/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const pieces = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(pieces.map((r) => Math.round(r.top)));
        const width = pieces.reduce((sum, r) => sum + r.width, 0);
        if (lines.size > 1 && width <= room) split.push(word[0]);
      }
    }
    return split;
  });
}

/** `lower` is laid out under `upper` (a block below it), not beside it in a narrow column. */
export async function expectStacked(upper: Locator, lower: Locator): Promise<void> {
  const [a, b] = await Promise.all([upper.boundingBox(), lower.boundingBox()]);
  expect(a, 'the upper element is shown').not.toBeNull();
  expect(b, 'the lower element is shown').not.toBeNull();
  expect(b!.y, 'under, not beside').toBeGreaterThanOrEqual(a!.y + a!.height - 1);
}
