/** Checks of how text is laid out when room is short (WCAG 1.4.10), shared by the e2e specs. */
import type { Locator } from '@playwright/test';

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
