/**
 * N browser pages in one case through the relay, each in its own context (own vault, keys and
 * IndexedDB), made through the UI exactly as the e2e helper tests/e2e/sharedCase.ts does: the
 * chair creates the case and invites, each expert opens the invite link and joins.
 */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHAIR, closeAccessDialog, createCaseFromStart, createVault, fillProfile, makeInvite, type Person } from '../../../e2e/sharedCase.js';

export interface SharedPages {
  readonly pages: Page[];
  close(): Promise<void>;
}

async function device(browser: Browser, baseURL: string, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  contexts.push(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return context.newPage();
}

const expert = (i: number): Person => ({ naam: `Deskundige ${i}`, organisatie: `Organisatie ${i}`, soort: 'Politie' });

/** A chair and `count - 1` experts in one new case, all with the workspace open. */
export async function openSharedPages(browser: Browser, baseURL: string, count: number, title: string): Promise<SharedPages> {
  const contexts: BrowserContext[] = [];
  const chair = await device(browser, baseURL, contexts);
  await chair.goto('/');
  await createVault(chair);
  await fillProfile(chair, CHAIR);
  await createCaseFromStart(chair, title);
  const pages = [chair];
  for (let i = 1; i < count; i++) {
    const link = await makeInvite(chair, 'Deskundige');
    const page = await device(browser, baseURL, contexts);
    const url = new URL(link);
    await page.goto(url.pathname + url.hash);
    await createVault(page);
    await fillProfile(page, expert(i));
    await page.getByRole('region', { name: 'Deelnemen via uitnodiging' }).getByRole('button', { name: 'Deelnemen' }).click();
    await expect(page.getByRole('navigation', { name: 'Onderdelen van de casus' })).toBeVisible({ timeout: 15_000 });
    pages.push(page);
  }
  if (count > 1) await closeAccessDialog(chair);
  return {
    pages,
    close: async () => {
      for (const c of contexts) await c.close();
    },
  };
}

/** Opens the verklarende analyse on a page. */
export async function openAnalyse(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).getByRole('button', { name: 'Verklarende analyse', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Verklarende analyse', exact: true })).toBeVisible();
}
