/**
 * Cases that stay on the device: the start screen lists them after a reload (title, status,
 * fase, where they live) and opens them again; a case kept only on this device survives a
 * reload; an expert who goes offline keeps working and converges with the chair afterwards.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import {
  CHAIR,
  E2E_ACCESS_KEY,
  EXPERTS,
  createCaseFromStart,
  createSharedCase,
  errorsIn,
  joinWithLink,
  makeInvite,
  newUser,
  unlockVault,
} from './sharedCase.js';
import { openPart } from './workspaceHelpers.js';

const zorgen = (page: Page): Locator => page.getByRole('textbox', { name: 'Zorgen (wat gaat er mis)', exact: true });

async function typeInZorgen(page: Page, text: string): Promise<void> {
  await zorgen(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

const caseList = (page: Page): Locator => page.getByRole('region', { name: 'Casussen op dit apparaat' });

test.describe('cases on this device', () => {
  // Several browser contexts each derive a vault key and log in at the relay: slower than one page.
  test.describe.configure({ timeout: 60_000 });

  test('a shared case stays in the start screen list after a reload and opens again with its content', async ({ browser }) => {
    const chair = await newUser(browser, CHAIR);
    try {
      await createCaseFromStart(chair.page, 'Gezin R.');
      // The case opens at its top, not where the start screen's form was scrolled to.
      expect(await chair.page.evaluate(() => window.scrollY)).toBe(0);
      await openPart(chair.page, 'Verklarende analyse');
      await typeInZorgen(chair.page, ' Zorgen over school.');
      await expect(chair.page.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      // The phase changes too. The list entry is written a few seconds after a change, so a reload
      // that never closed the case still finds the case as it was left.
      await openPart(chair.page, 'Overzicht');
      const fase = chair.page.getByRole('form', { name: 'Naar een andere fase' });
      await fase.getByLabel('Naar fase').selectOption({ label: 'Analyse' });
      await fase.getByLabel('Reden of toelichting').fill('Opgenomen in MDA++.');
      await fase.getByRole('button', { name: 'Fase vastleggen' }).click();
      await expect(chair.page.getByTestId('levensloop-fase')).toContainText('Fase: Analyse');
      await chair.page.waitForTimeout(6000);

      await chair.page.reload();
      await unlockVault(chair.page);
      const item = caseList(chair.page).getByRole('listitem').filter({ hasText: 'Gezin R.' });
      await expect(chair.page.getByRole('region', { name: /^Actief/ })).toContainText('Gezin R.');
      await expect(item).toContainText('Analyse');
      await expect(item).toContainText('Directe veiligheid');
      await expect(item).toContainText('Gedeeld via de relay');
      await expectNoSeriousA11yIssues(chair.page);
      await item.getByRole('button', { name: 'Gezin R.', exact: true }).click();
      await expect(chair.page.getByRole('heading', { level: 1, name: 'Gezin R.' })).toBeVisible();
      await openPart(chair.page, 'Verklarende analyse');
      await expect(zorgen(chair.page)).toContainText('Zorgen over school.');
      await expect(chair.page.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      expect(errorsIn(chair.context)).toEqual([]);
    } finally {
      await chair.context.close();
    }
  });

  test('the profile is asked once; a wrong access key is refused in words and nothing is created', async ({ browser }) => {
    const user = await newUser(browser, CHAIR);
    try {
      await user.page.reload();
      await unlockVault(user.page);
      // Known on this device now: not asked again.
      await expect(user.page.getByRole('button', { name: 'Nieuwe casus' })).toBeVisible();
      await expect(user.page.getByRole('region', { name: 'Uw gegevens op dit apparaat' })).toHaveCount(0);

      await user.page.getByRole('button', { name: 'Nieuwe casus' }).click();
      const panel = user.page.getByRole('region', { name: 'Nieuwe casus' });
      await panel.getByRole('button', { name: 'Casus aanmaken' }).click();
      await expect(panel.getByRole('alert')).toHaveText(/Vul de titel, de regio/);
      await panel.getByLabel('Titel van de casus').fill('Gezin S.');
      await panel.getByLabel('Regio').fill('Midden');
      await panel.getByLabel('Toegangssleutel van de beheerder').fill('niet-de-goede-sleutel-1234');
      await panel.getByRole('button', { name: 'Casus aanmaken' }).click();
      await expect(panel.getByRole('alert')).toHaveText('De relay weigert de toegangssleutel. Controleer hem of vraag de beheerder.', { timeout: 10_000 });
      await expectNoSeriousA11yIssues(user.page);
      await expect(user.page.getByText(/Er staan nog geen casussen op dit apparaat/)).toBeVisible();
    } finally {
      await user.context.close();
    }
  });

  test('a case only on this device says so, and survives a reload', async ({ browser }) => {
    const user = await newUser(browser, CHAIR);
    try {
      await createCaseFromStart(user.page, 'Gezin L.', { local: true });
      await expect(user.page.getByRole('status').filter({ hasText: 'Alleen op dit apparaat' })).toBeVisible();
      await expect(user.page.getByRole('button', { name: 'Deelnemers en toegang' })).toHaveCount(0);
      await openPart(user.page, 'Verklarende analyse');
      await typeInZorgen(user.page, ' Alleen hier genoteerd.');
      await user.page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await expect(caseList(user.page).getByRole('listitem').filter({ hasText: 'Gezin L.' })).toContainText('Alleen op dit apparaat');

      await user.page.reload();
      await unlockVault(user.page);
      const item = caseList(user.page).getByRole('listitem').filter({ hasText: 'Gezin L.' });
      await expect(item).toContainText('Alleen op dit apparaat');
      await item.getByRole('button', { name: 'Gezin L.', exact: true }).click();
      await openPart(user.page, 'Verklarende analyse');
      await expect(zorgen(user.page)).toContainText('Alleen hier genoteerd.');
      expect(errorsIn(user.context)).toEqual([]);
    } finally {
      await user.context.close();
    }
  });

  test('closing the tab while the last words are being saved asks to stay; staying keeps them', async ({ browser }) => {
    const user = await newUser(browser, CHAIR);
    try {
      await createCaseFromStart(user.page, 'Gezin T.', { local: true });
      await openPart(user.page, 'Verklarende analyse');
      // A slow device: sealing takes a second and a half, so the words are surely still being
      // saved when the tab closes (on a fast one the window is a few milliseconds).
      await user.page.evaluate(() => {
        const encrypt = SubtleCrypto.prototype.encrypt;
        SubtleCrypto.prototype.encrypt = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['encrypt']>) {
          return new Promise<ArrayBuffer>((resolve, reject) => setTimeout(() => encrypt.apply(this, args).then(resolve, reject), 1500));
        };
      });
      await typeInZorgen(user.page, ' Zin vlak voor sluiten.');
      // Closed at once: the browser asks whether to leave (the page holds its unload while it
      // saves). The user stays; the words are saved meanwhile, and the next close does not ask.
      const asked = new Promise<string>((resolve) => {
        user.page.once('dialog', (dialog) => {
          resolve(dialog.type());
          setTimeout(() => void dialog.dismiss(), 300);
        });
      });
      await user.page.close({ runBeforeUnload: true });
      expect(await asked).toBe('beforeunload');
      await expect(zorgen(user.page)).toContainText('Zin vlak voor sluiten.');
      // Once saved (a moment later), closing does not ask any more.
      await expect(async () => {
        const askedAgain = new Promise<boolean>((resolve) => {
          user.page.once('dialog', (dialog) => {
            void dialog.dismiss();
            resolve(true);
          });
          user.page.once('close', () => resolve(false));
        });
        await user.page.close({ runBeforeUnload: true });
        expect(await askedAgain).toBe(false);
      }).toPass();

      const again = await user.context.newPage();
      await again.goto('/');
      await unlockVault(again);
      await caseList(again).getByRole('button', { name: 'Gezin T.', exact: true }).click();
      await openPart(again, 'Verklarende analyse');
      await expect(zorgen(again)).toContainText('Zin vlak voor sluiten.');
    } finally {
      await user.context.close();
    }
  });

  test('a case only on this device is shared later: an invited expert sees what was written before', async ({ browser }) => {
    const user = await newUser(browser, CHAIR);
    try {
      await createCaseFromStart(user.page, 'Gezin P.', { local: true });
      await openPart(user.page, 'Verklarende analyse');
      await typeInZorgen(user.page, ' Geschreven voor het delen.');
      await user.page.getByRole('button', { name: 'Terug naar het overzicht' }).click();

      const item = caseList(user.page).getByRole('listitem').filter({ hasText: 'Gezin P.' });
      await item.getByRole('button', { name: 'Gezin P. delen via een relay' }).click();
      const form = item.getByRole('form', { name: 'Gezin P. delen via een relay' });
      await form.getByLabel('Toegangssleutel van de beheerder').fill(E2E_ACCESS_KEY);
      await expectNoSeriousA11yIssues(user.page);
      await form.getByRole('button', { name: 'Delen' }).click();
      await expect(user.page.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible({ timeout: 10_000 });

      const link = await makeInvite(user.page, 'Deskundige');
      const expert = await joinWithLink(browser, EXPERTS[0]!, link);
      await openPart(expert.page, 'Verklarende analyse');
      await expect(zorgen(expert.page)).toContainText('Geschreven voor het delen.');
      expect([...errorsIn(user.context), ...errorsIn(expert.context)]).toEqual([]);
      await expert.context.close();
    } finally {
      await user.context.close();
    }
  });

  test('an expert who goes offline keeps working; back online, both see everything', async ({ browser }) => {
    const shared = await createSharedCase(browser, { experts: 1 });
    const chair = shared.chair;
    const expert = shared.experts[0]!;
    const expertContext = shared.contexts[1]!;
    try {
      await openPart(chair, 'Verklarende analyse');
      await openPart(expert, 'Verklarende analyse');
      await expect(expert.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();

      await expertContext.setOffline(true);
      await typeInZorgen(expert, ' Offline geschreven door de deskundige.');
      await expect(expert.getByRole('status').filter({ hasText: 'Offline — wijzigingen worden bewaard' })).toBeVisible({ timeout: 10_000 });
      await typeInZorgen(chair, ' Intussen geschreven door de voorzitter.');
      await expect(zorgen(chair)).not.toContainText('Offline geschreven door de deskundige.');

      await expertContext.setOffline(false);
      await expect(zorgen(chair)).toContainText('Offline geschreven door de deskundige.', { timeout: 15_000 });
      await expect(zorgen(expert)).toContainText('Intussen geschreven door de voorzitter.', { timeout: 15_000 });
      await expect(expert.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible({ timeout: 15_000 });
      // Same text in the same order on both screens (carets, which show names, aside).
      const order = async (page: Page) => {
        const text = (await zorgen(page).textContent()) ?? '';
        return text.indexOf('Offline geschreven') < text.indexOf('Intussen geschreven');
      };
      expect(await order(chair)).toBe(await order(expert));
    } finally {
      await shared.close();
    }
  });
});
