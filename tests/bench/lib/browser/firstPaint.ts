/**
 * First paint of the production renderer: a fresh browser context (empty cache) opens the start
 * screen; the browser's own paint timings are read, plus the moment the start screen's heading is
 * visible (the app has rendered, not just the page background).
 */
import type { Browser } from '@playwright/test';
import { percentile } from '../stats.js';

export interface FirstPaintResult {
  readonly runs: number;
  readonly firstPaint: { p50: number; max: number };
  readonly firstContentfulPaint: { p50: number; max: number };
  readonly startScreenVisible: { p50: number; max: number };
}

const summary = (values: number[]): { p50: number; max: number } => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), max: sorted[sorted.length - 1] ?? Number.NaN };
};

export async function measureFirstPaint(browser: Browser, baseURL: string, runs: number): Promise<FirstPaintResult> {
  const fp: number[] = [];
  const fcp: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Tafel' }).waitFor();
    // Paint entries are queued a little after the paint itself: wait for both (buffered observer).
    // A string, not a function: tsx would wrap a function in helpers the page does not have.
    const t = (await page.evaluate(`new Promise((resolve) => {
      const done = () => {
        const get = (name) => performance.getEntriesByName(name)[0]?.startTime;
        const fp = get('first-paint');
        const fcp = get('first-contentful-paint');
        if (fp !== undefined && fcp !== undefined) resolve({ fp, fcp, now });
        return fp !== undefined && fcp !== undefined;
      };
      const now = performance.now();
      if (!done()) new PerformanceObserver(() => done()).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve({ fp: NaN, fcp: NaN, now }), 5000);
    })`)) as { fp: number; fcp: number; now: number };
    fp.push(t.fp);
    fcp.push(t.fcp);
    ready.push(t.now);
    await context.close();
  }
  return { runs, firstPaint: summary(fp), firstContentfulPaint: summary(fcp), startScreenVisible: summary(ready) };
}
