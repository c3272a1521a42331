/**
 * Typing benchmark of the workspace: keystroke in one Chromium page → text visible in the other
 * pages of the same case through the real relay, with 2, 5 and 10 pages; and the first paint of
 * the production renderer. `npm run bench:typing` (builds first). Goals (issue 4): typing p95 <
 * 50 ms, first paint < 1 s. Each page count is measured typing directly (Bewerken) and typing
 * proposals (Voorstellen, issue 18), in the same case one after the other.
 */
import { launchChromium, startRelayWithRenderer } from './lib/browser/relayWithRenderer.js';
import { measureFirstPaint } from './lib/browser/firstPaint.js';
import { openAnalyse, openSharedPages } from './lib/browser/sharedPages.js';
import { measureTyping, type TypingMode, type TypingResult } from './lib/browser/typingLatency.js';
import { fmt } from './lib/stats.js';
import { E2E_ACCESS_KEY } from '../e2e/sharedCase.js';

const PORT = Number(process.env['TAFEL_BENCH_PORT'] ?? 4490);
const PAGE_COUNTS = (process.env['TAFEL_BENCH_PAGES'] ?? '2,5,10').split(',').map(Number);
const KEYSTROKES = Number(process.env['TAFEL_BENCH_KEYS'] ?? 120);
// A fast typist: about 12 characters a second.
const KEY_DELAY_MS = Number(process.env['TAFEL_BENCH_KEY_DELAY'] ?? 80);
const MODES = (process.env['TAFEL_BENCH_MODES'] ?? 'bewerken,voorstellen').split(',') as TypingMode[];
const SECTION = 'Zorgen (wat gaat er mis)';
const log = (line: string): void => console.log(line);

const typingLine = (r: TypingResult): string =>
  `  ${String(r.pages).padStart(2)} pages  ${r.mode.padEnd(11)} ${String(r.samples).padStart(5)} samples   p50 ${fmt(r.p50).padStart(6)} ms   p95 ${fmt(r.p95).padStart(6)} ms   max ${fmt(r.max).padStart(6)} ms`;

async function main(): Promise<void> {
  const relay = await startRelayWithRenderer(PORT, E2E_ACCESS_KEY, process.env['TAFEL_BENCH_STATIC'] ?? 'dist/renderer');
  const browser = await launchChromium();
  try {
    log('First paint of the production renderer (start screen, fresh context each run)');
    const paint = await measureFirstPaint(browser, relay.baseURL, 7);
    log(`  first-paint            p50 ${fmt(paint.firstPaint.p50)} ms   max ${fmt(paint.firstPaint.max)} ms`);
    log(`  first-contentful-paint p50 ${fmt(paint.firstContentfulPaint.p50)} ms   max ${fmt(paint.firstContentfulPaint.max)} ms`);
    log(
      `  start screen visible   p50 ${fmt(paint.startScreenVisible.p50)} ms   max ${fmt(paint.startScreenVisible.max)} ms (upper bound: includes the harness's polling)`,
    );
    log(`  goal < 1000 ms: ${paint.firstContentfulPaint.max < 1000 ? 'met' : 'NOT met'}`);

    log(`Typing: keystroke in one page → visible in every other page of the case (${KEYSTROKES} keys, one per ${KEY_DELAY_MS} ms)`);
    const results: TypingResult[] = [];
    for (const count of PAGE_COUNTS) {
      const shared = await openSharedPages(browser, relay.baseURL, count, `Bench ${count} (fictief)`);
      try {
        for (const page of shared.pages) await openAnalyse(page);
        for (const mode of MODES) {
          const result = await measureTyping(shared.pages, SECTION, KEYSTROKES, KEY_DELAY_MS, mode);
          results.push(result);
          log(typingLine(result));
        }
      } finally {
        await shared.close();
      }
    }
    for (const mode of MODES) {
      const worst = Math.max(...results.filter((r) => r.mode === mode).map((r) => r.p95));
      log(`  goal p95 < 50 ms, ${mode}: ${worst < 50 ? 'met' : 'NOT met'} (worst p95 ${fmt(worst)} ms)`);
    }
  } finally {
    await browser.close();
    await relay.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
