/**
 * Keystroke-to-screen latency between browser pages in one case: one page types into a section
 * of the verklarende analyse, every other page reports when the new text appears in the same
 * section's editor. Times are `performance.timeOrigin + performance.now()`, comparable across
 * pages of one machine. A keystroke is "sent" at its keydown (before the editor handles it), and
 * "visible" at the DOM mutation that makes the receiver's text that long.
 */
import type { Page } from '@playwright/test';
import { percentile } from '../stats.js';

/** How the sender changes the text: directly, or as proposals (Voorstellen mode, docs/editors.md). */
export type TypingMode = 'bewerken' | 'voorstellen';

export interface TypingResult {
  readonly pages: number;
  readonly mode: TypingMode;
  readonly keystrokes: number;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

const editorSelector = (label: string): string => `[role="textbox"][aria-label="${label.replace(/"/g, '\\"')}"]`;

/**
 * The probe, as page script text (tsx would wrap a function in helpers the page does not have):
 * keydown times on the sender, the first time each text length was seen on every page.
 */
const PROBE = `(selector) => {
  const editor = document.querySelector(selector);
  if (editor === null) throw new Error('section editor not found');
  const now = () => performance.timeOrigin + performance.now();
  const probe = { sent: [], seen: {} };
  window.__tafelTypingProbe = probe;
  // Other people's carets carry their name inside the editor: not part of the text.
  const textLength = () => {
    let carets = 0;
    for (const caret of editor.querySelectorAll('.collaboration-carets__caret')) carets += (caret.textContent ?? '').length;
    return (editor.textContent ?? '').length - carets;
  };
  let last = textLength();
  new MutationObserver(() => {
    const t = now();
    const length = textLength();
    // Batched keystrokes arrive together: every length in between became visible now.
    for (let l = last + 1; l <= length; l++) probe.seen[l] ??= t;
    last = Math.max(last, length);
  }).observe(editor, { childList: true, subtree: true, characterData: true });
  editor.addEventListener('keydown', () => probe.sent.push(now()), { capture: true });
  return last;
}`;

/** Waits until `expression` is true in `page`, checking every 50 ms. */
async function tot(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const einde = Date.now() + timeoutMs;
  while (!((await page.evaluate(expression)) as boolean)) {
    if (Date.now() > einde) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(50);
  }
}

async function install(page: Page, selector: string): Promise<number> {
  return (await page.evaluate(`(${PROBE})(${JSON.stringify(selector)})`)) as number;
}

/**
 * Types `keystrokes` letters into the section labelled `sectionLabel` on `pages[0]` at one key per
 * `delayMs`, and returns the latency at every other page. In mode 'voorstellen' the sender first
 * switches the field to Voorstellen, so every keystroke becomes (part of) a proposal.
 */
export async function measureTyping(
  pages: readonly Page[],
  sectionLabel: string,
  keystrokes: number,
  delayMs: number,
  mode: TypingMode = 'bewerken',
): Promise<TypingResult> {
  const [sender, ...receivers] = pages;
  if (sender === undefined || receivers.length === 0) throw new Error('need at least two pages');
  const wijze = sender
    .getByRole('group', { name: `Bewerken of voorstellen in ${sectionLabel}` })
    .getByRole('button', { name: mode === 'voorstellen' ? 'Voorstellen' : 'Bewerken', exact: true });
  await wijze.click();
  if ((await wijze.getAttribute('aria-pressed')) !== 'true') throw new Error(`could not switch to ${mode}`);
  const selector = editorSelector(sectionLabel);
  const senderBase = await install(sender, selector);
  const bases = await Promise.all(receivers.map((p) => install(p, selector)));
  if (bases.some((b) => b !== senderBase)) throw new Error('pages do not show the same text before typing');

  const editor = sender.locator(selector);
  await editor.click();
  await sender.keyboard.press('ControlOrMeta+End');
  // Placing the cursor took keydowns of its own; count only the typing.
  await sender.evaluate('window.__tafelTypingProbe.sent.length = 0');
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < keystrokes; i++) {
    await sender.keyboard.press(letters[i % letters.length]!);
    if (delayMs > 0) await sender.waitForTimeout(delayMs);
  }
  const target = senderBase + keystrokes;
  // Polled with evaluate: waitForFunction with a string predicate needs eval in the page, which the
  // renderer's CSP forbids (it went unnoticed while the first check already succeeded).
  await Promise.all(receivers.map((p) => tot(p, `(window.__tafelTypingProbe?.seen[${target}] ?? 0) > 0`, 60_000)));

  const sent = (await sender.evaluate('window.__tafelTypingProbe.sent')) as number[];
  if (sent.length !== keystrokes) throw new Error(`expected ${keystrokes} keydowns, saw ${sent.length}`);
  const latencies: number[] = [];
  for (const receiver of receivers) {
    const seen = (await receiver.evaluate('window.__tafelTypingProbe.seen')) as Record<number, number>;
    for (let k = 0; k < keystrokes; k++) {
      const at = seen[senderBase + k + 1];
      if (at !== undefined) latencies.push(at - sent[k]!);
    }
  }
  latencies.sort((a, b) => a - b);
  if (mode === 'voorstellen') {
    // Every typed letter must have become a proposal, or this measured plain typing.
    const voorgesteld = (await sender.locator(`${selector} ins[data-voorstel]`).allTextContents()).join('').length;
    if (voorgesteld < keystrokes) throw new Error(`expected ${keystrokes} proposed letters, saw ${voorgesteld}`);
  }
  return {
    pages: pages.length,
    mode,
    keystrokes,
    samples: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies[latencies.length - 1] ?? Number.NaN,
  };
}
