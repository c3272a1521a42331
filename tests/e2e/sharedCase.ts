/**
 * A case shared through the real relay of the Playwright webServer, for co-editing tests:
 * a chair and experts (and optionally an observer), each in a browser context of its own (so
 * each has its own passphrase vault, device keys and IndexedDB), all in the same case.
 *
 *   await inSharedCase(browser, { experts: 1, observer: true }, async (shared) => {
 *     await shared.chair.getByLabel(...).fill(...);
 *     await expect(shared.experts[0]!.getByText(...)).toBeVisible();
 *   });
 *
 * (or `createSharedCase` and `shared.close()` in a `finally` of your own).
 *
 * It opens several contexts (each derives a vault key and logs in at the relay): give the test
 * more time, e.g. `test.describe.configure({ timeout: 60_000 })`. `close()` fails the test on
 * console errors in those contexts, as fixtures.ts does for `page`.
 *
 * Everything goes through the UI a user sees: vault, profile, "Nieuwe casus", "Deelnemers en
 * toegang" → invite, the invite link opened in the other context, "Deelnemen".
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** The access key the e2e relay is started with (playwright.config.ts). */
export const E2E_ACCESS_KEY = 'e2e-access-key-for-tests';
export const E2E_PASSPHRASE = 'een lange e2e-wachtwoordzin';

export interface Person {
  readonly naam: string;
  readonly organisatie: string;
  /** The visible label of "Soort organisatie", e.g. 'Politie'. */
  readonly soort: string;
  readonly functie?: string;
}

export const CHAIR: Person = { naam: 'Ingrid Voorzitter', organisatie: 'ZVH Midden', soort: 'Zorg- en Veiligheidshuis', functie: 'procesregisseur' };
export const EXPERTS: readonly Person[] = [
  { naam: 'Pieter Politie', organisatie: 'Politie Midden', soort: 'Politie' },
  { naam: 'Vera Veilig', organisatie: 'Veilig Thuis Midden', soort: 'Veilig Thuis' },
  { naam: 'Gerrit GGZ', organisatie: 'GGZ Midden', soort: 'GGZ' },
  { naam: 'Rianne Reclassering', organisatie: 'Reclassering Midden', soort: 'Reclassering' },
];
export const OBSERVER: Person = { naam: 'Wim Waarnemer', organisatie: 'Gemeente Midden', soort: 'Gemeente' };

/** The role labels of the invite form. */
export type InviteRole = 'Voorzitter' | 'Deskundige' | 'Waarnemer';

export interface SharedCase {
  readonly title: string;
  readonly chair: Page;
  readonly experts: Page[];
  readonly observer: Page | undefined;
  readonly contexts: BrowserContext[];
  /** Closes every context this helper opened, then fails on console errors seen in them (as fixtures.ts does for `page`). */
  close(): Promise<void>;
}

/** Console errors and uncaught page errors of the pages this helper opened, per context. */
const pageErrors = new WeakMap<BrowserContext, string[]>();

/**
 * The console and page errors seen in a context, except failed WebSocket connections (Chromium
 * logs each reconnect attempt while a context is offline or the relay refuses it).
 */
export function errorsIn(context: BrowserContext): string[] {
  return (pageErrors.get(context) ?? []).filter((e) => !/WebSocket connection to .* failed/.test(e));
}

function baseURL(): string {
  const url = test.info().project.use.baseURL;
  if (url === undefined) throw new Error('sharedCase: no baseURL in the Playwright config');
  return url;
}

/** A fresh browser context (its own vault and IndexedDB) with a page. */
export async function newDevice(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseURL() });
  // The invite form's copy buttons use the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  pageErrors.set(context, errors);
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(`pageerror: ${error.error().message}`));
  return { context, page: await context.newPage() };
}

/** Creates the passphrase vault on a page showing the start screen (first visit of a context). */
export async function createVault(page: Page): Promise<void> {
  const vault = page.getByRole('region', { name: 'Beveilig de sleutels op dit apparaat' });
  await vault.getByLabel('Kies een wachtwoordzin').fill(E2E_PASSPHRASE);
  await vault.getByLabel('Herhaal de wachtwoordzin').fill(E2E_PASSPHRASE);
  await vault.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
}

/** Unlocks the vault after a reload. */
export async function unlockVault(page: Page): Promise<void> {
  const unlock = page.getByRole('region', { name: 'Ontgrendel uw sleutels' });
  await unlock.getByLabel('Wachtwoordzin', { exact: true }).fill(E2E_PASSPHRASE);
  await unlock.getByRole('button', { name: 'Ontgrendelen' }).click();
}

/** Fills the profile asked once per device. */
export async function fillProfile(page: Page, person: Person): Promise<void> {
  const profile = page.getByRole('region', { name: 'Uw gegevens op dit apparaat' });
  await profile.getByLabel('Naam', { exact: true }).fill(person.naam);
  await profile.getByLabel('Organisatie', { exact: true }).fill(person.organisatie);
  await profile.getByLabel('Soort organisatie').selectOption({ label: person.soort });
  if (person.functie !== undefined) await profile.getByLabel(/^Functie/).fill(person.functie);
  await profile.getByRole('button', { name: 'Gegevens bewaren' }).click();
  await expect(page.getByRole('button', { name: 'Nieuwe casus' })).toBeVisible();
}

/** A new device on the start screen, vault created and profile filled in. */
export async function newUser(browser: Browser, person: Person, path = '/'): Promise<{ context: BrowserContext; page: Page }> {
  const device = await newDevice(browser);
  await device.page.goto(path);
  await createVault(device.page);
  await fillProfile(device.page, person);
  return device;
}

/** "Nieuwe casus" on the start screen: creates the case (through the relay unless `local`) and waits for the workspace. */
export async function createCaseFromStart(page: Page, title: string, options: { local?: boolean; regio?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Nieuwe casus' }).click();
  const panel = page.getByRole('region', { name: 'Nieuwe casus' });
  await panel.getByLabel('Titel van de casus').fill(title);
  await panel.getByLabel('Regio').fill(options.regio ?? 'Midden-Nederland');
  if (options.local === true) {
    await panel.getByLabel('Alleen op dit apparaat').check();
  } else {
    await panel.getByLabel('Toegangssleutel van de beheerder').fill(E2E_ACCESS_KEY);
  }
  await panel.getByRole('button', { name: 'Casus aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 10_000 });
}

/** Opens "Deelnemers en toegang" (chair only). */
export async function openAccessDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Deelnemers en toegang' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Deelnemers en toegang' }).click();
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The chair makes an invite in the open case; resolves with the browser link. Leaves the dialog open. */
export async function makeInvite(chair: Page, role: InviteRole, options: { approval?: boolean } = {}): Promise<string> {
  const dialog = await openAccessDialog(chair);
  await dialog.getByLabel('Rol').selectOption({ label: role });
  await dialog.getByLabel('Eerst toelaten met een veiligheidscode').setChecked(options.approval ?? false);
  const link = dialog.getByLabel('Link voor de browser');
  const previous = (await link.count()) > 0 ? await link.inputValue() : '';
  await dialog.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await expect(link).not.toHaveValue(previous);
  await expect(link).toHaveValue(/\/join\//);
  return link.inputValue();
}

/** Closes the chair's access dialog. */
export async function closeAccessDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Deelnemers en toegang' });
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * A new user opens the invite link in a fresh context (the /join/ page), creates a vault, fills
 * the profile and presses "Deelnemen". Without approval it waits until the case is open.
 */
export async function joinWithLink(
  browser: Browser,
  person: Person,
  link: string,
  options: { waitForOpen?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const device = await newUser(browser, person, new URL(link).pathname + new URL(link).hash);
  const join = device.page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
  await expect(join.getByLabel('Uitnodigingslink')).toHaveValue(link);
  await join.getByRole('button', { name: 'Deelnemen' }).click();
  if (options.waitForOpen !== false) await expect(device.page.getByRole('navigation', { name: 'Onderdelen van de casus' })).toBeVisible({ timeout: 10_000 });
  return device;
}

let counter = 0;

export interface SharedCaseOptions {
  readonly experts: number;
  readonly observer?: boolean;
  readonly title?: string;
}

/** A case shared by a chair with `experts` experts (and an observer), all through the real relay. */
export async function createSharedCase(browser: Browser, options: SharedCaseOptions): Promise<SharedCase> {
  const title = options.title ?? `Gezin ${String.fromCharCode(65 + (counter++ % 26))}.`;
  const contexts: BrowserContext[] = [];
  const chair = await newUser(browser, CHAIR);
  contexts.push(chair.context);
  await createCaseFromStart(chair.page, title);
  const experts: Page[] = [];
  for (let i = 0; i < options.experts; i++) {
    const link = await makeInvite(chair.page, 'Deskundige');
    const expert = await joinWithLink(browser, EXPERTS[i % EXPERTS.length]!, link);
    contexts.push(expert.context);
    experts.push(expert.page);
  }
  let observer: Page | undefined;
  if (options.observer === true) {
    const link = await makeInvite(chair.page, 'Waarnemer');
    const device = await joinWithLink(browser, OBSERVER, link);
    contexts.push(device.context);
    observer = device.page;
  }
  if (options.experts > 0 || options.observer === true) await closeAccessDialog(chair.page);
  return {
    title,
    chair: chair.page,
    experts,
    observer,
    contexts,
    close: async () => {
      const errors = contexts.flatMap(errorsIn);
      for (const c of contexts) await c.close();
      expect(errors, errors.join('\n')).toEqual([]);
    },
  };
}

/** Runs `steps` in a fresh shared case, then closes it: also when a step fails, so no context stays open. */
export async function inSharedCase(browser: Browser, options: SharedCaseOptions, steps: (shared: SharedCase) => Promise<void>): Promise<void> {
  const shared = await createSharedCase(browser, options);
  try {
    await steps(shared);
  } finally {
    await shared.close();
  }
}
