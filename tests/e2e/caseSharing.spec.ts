/**
 * Creating, sharing, joining and removing through the real relay (issue 7's user flows): every
 * context has its own vault, device keys and IndexedDB; the relay is the Playwright webServer.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import {
  CHAIR,
  EXPERTS,
  OBSERVER,
  closeAccessDialog,
  createCaseFromStart,
  createSharedCase,
  joinWithLink,
  makeInvite,
  newUser,
  openAccessDialog,
  unlockVault,
} from './sharedCase.js';
import { openPart } from './workspaceHelpers.js';

const zorgen = (page: Page): Locator => page.getByRole('textbox', { name: 'Zorgen (wat gaat er mis)', exact: true });

async function typeInZorgen(page: Page, text: string): Promise<void> {
  await zorgen(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

test.describe('a case shared through the relay', () => {
  // Several browser contexts each derive a vault key and log in at the relay: slower than one page.
  test.describe.configure({ timeout: 60_000 });

  test('an invited expert sees the title and the chair in presence; edits by one appear at the other', async ({ browser }) => {
    const shared = await createSharedCase(browser, { experts: 1 });
    const chair = shared.chair;
    const expert = shared.experts[0]!;
    try {
      await expect(expert.getByRole('heading', { level: 1, name: shared.title })).toBeVisible();
      const chairThere = expert.getByTestId('presence-person').filter({ hasText: CHAIR.naam });
      await expect(chairThere).toContainText(CHAIR.organisatie);
      await expect(chairThere).toContainText('voorzitter');
      await expect(chair.getByTestId('presence-person').filter({ hasText: EXPERTS[0]!.naam })).toContainText('deskundige');
      await expect(expert.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      // Only the chair has the access tools.
      await expect(expert.getByRole('button', { name: 'Deelnemers en toegang' })).toHaveCount(0);

      await openPart(chair, 'Verklarende analyse');
      await openPart(expert, 'Verklarende analyse');
      await typeInZorgen(chair, ' Vader drinkt weer sinds maart.');
      await expect(zorgen(expert)).toContainText('Vader drinkt weer sinds maart.');
      await typeInZorgen(expert, ' Politie kreeg twee meldingen.');
      await expect(zorgen(chair)).toContainText('Politie kreeg twee meldingen.');
      await expect(zorgen(chair)).toContainText('Vader drinkt weer sinds maart.');
    } finally {
      await shared.close();
    }
  });

  test('with approval, both screens show the same safety code and the expert gets in only after "toelaten"', async ({ browser }) => {
    const chair = await newUser(browser, CHAIR);
    try {
      await createCaseFromStart(chair.page, 'Gezin M.');
      const link = await makeInvite(chair.page, 'Deskundige', { approval: true });
      const expert = await joinWithLink(browser, EXPERTS[1]!, link, { waitForOpen: false });
      const join = expert.page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
      await expect(join.getByText(/U wacht op toelating door de voorzitter/)).toBeVisible();
      const code = (await join.getByTestId('safety-code').textContent()) ?? '';
      expect(code).toMatch(/^\d{3} \d{3}$/);
      await expectNoSeriousA11yIssues(expert.page);

      const dialog = await openAccessDialog(chair.page);
      const pending = dialog.getByRole('listitem').filter({ hasText: EXPERTS[1]!.naam });
      await expect(pending.getByTestId('chair-safety-code')).toHaveText(code);
      await expectNoSeriousA11yIssues(chair.page);
      await pending.getByRole('button', { name: `${EXPERTS[1]!.naam} toelaten` }).click();

      await expect(expert.page.getByRole('heading', { level: 1, name: 'Gezin M.' })).toBeVisible({ timeout: 10_000 });
      await expect(dialog.getByRole('heading', { name: 'Wachten op toelating' })).toBeVisible();
      await expect(dialog.getByText('Niemand wacht op toelating.')).toBeVisible();
      // The access log names who came in, from where, in which role.
      await dialog.getByRole('button', { name: 'Toegangslog vernieuwen' }).click();
      const log = dialog.getByRole('table', { name: /Wie de casus opende/ });
      await expect(log.getByRole('row').filter({ hasText: EXPERTS[1]!.naam }).filter({ hasText: 'Toegelaten' })).toHaveCount(1);
      await expect(log.getByRole('row').filter({ hasText: EXPERTS[1]!.organisatie }).first()).toContainText('Deskundige');
      await closeAccessDialog(chair.page);
      await expect(chair.page.getByTestId('presence-person').filter({ hasText: EXPERTS[1]!.naam })).toBeVisible();
      await expect(expert.page.getByTestId('presence-person').filter({ hasText: CHAIR.naam })).toBeVisible();
      await expert.context.close();
    } finally {
      await chair.context.close();
    }
  });

  test('a joiner who closes the app while waiting for the chair picks up from the case list, with the same safety code', async ({ browser }) => {
    const chair = await newUser(browser, CHAIR);
    try {
      await createCaseFromStart(chair.page, 'Gezin R.');
      const link = await makeInvite(chair.page, 'Deskundige', { approval: true });
      const expert = await joinWithLink(browser, EXPERTS[1]!, link, { waitForOpen: false });
      const join = expert.page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
      const code = (await join.getByTestId('safety-code').textContent()) ?? '';
      expect(code).toMatch(/^\d{3} \d{3}$/);

      // The app closes (reload at the start page); the case waits in the list.
      await expert.page.goto('/');
      await unlockVault(expert.page);
      const entry = expert.page
        .getByRole('region', { name: 'Casussen op dit apparaat' })
        .getByRole('listitem')
        .filter({ hasText: 'Casus (nog niet ontvangen)' });
      await entry.getByRole('button', { name: 'Casus (nog niet ontvangen)' }).click();
      await expect(entry.getByText(/U wacht op toelating door de voorzitter/)).toBeVisible();
      await expect(entry.getByTestId('safety-code')).toHaveText(code);
      await expectNoSeriousA11yIssues(expert.page);

      const dialog = await openAccessDialog(chair.page);
      const pending = dialog.getByRole('listitem').filter({ hasText: EXPERTS[1]!.naam });
      await expect(pending.getByTestId('chair-safety-code')).toHaveText(code);
      await pending.getByRole('button', { name: `${EXPERTS[1]!.naam} toelaten` }).click();
      await expect(expert.page.getByRole('heading', { level: 1, name: 'Gezin R.' })).toBeVisible({ timeout: 10_000 });
      await expert.context.close();
    } finally {
      await chair.context.close();
    }
  });

  test('an observer sees everything, the UI says it cannot edit, and editors are read-only', async ({ browser }) => {
    const shared = await createSharedCase(browser, { experts: 0 });
    try {
      await openPart(shared.chair, 'Verklarende analyse');
      await typeInZorgen(shared.chair, ' Moeder is bang.');
      await expect(shared.chair.getByRole('status').filter({ hasText: 'Gesynchroniseerd' })).toBeVisible();
      const link = await makeInvite(shared.chair, 'Waarnemer');
      const observer = await joinWithLink(browser, OBSERVER, link);
      shared.contexts.push(observer.context);
      await expect(observer.page.getByRole('heading', { level: 1, name: shared.title })).toBeVisible();
      await expect(observer.page.getByText('U kijkt mee als waarnemer: u ziet alles, maar u kunt niets wijzigen.')).toBeVisible();
      await openPart(observer.page, 'Verklarende analyse');
      await expect(zorgen(observer.page)).toContainText('Moeder is bang.');
      await expect(zorgen(observer.page)).toHaveAttribute('contenteditable', 'false');
      await expect(shared.chair.getByTestId('presence-person').filter({ hasText: OBSERVER.naam })).toContainText('waarnemer');
      await expect(observer.page.getByRole('button', { name: 'Deelnemers en toegang' })).toHaveCount(0);
    } finally {
      await shared.close();
    }
  });

  test('a used invite link opens nothing the second time', async ({ browser }) => {
    const chair = await newUser(browser, CHAIR);
    try {
      await createCaseFromStart(chair.page, 'Gezin V.');
      const link = await makeInvite(chair.page, 'Deskundige');
      const first = await joinWithLink(browser, EXPERTS[0]!, link);
      await expect(first.page.getByRole('heading', { level: 1, name: 'Gezin V.' })).toBeVisible();
      const second = await joinWithLink(browser, EXPERTS[2]!, link, { waitForOpen: false });
      await expect(second.page.getByRole('alert')).toHaveText('Deze uitnodiging is al gebruikt of ingetrokken. Vraag de voorzitter om een nieuwe uitnodiging.');
      await expect(second.page.getByRole('heading', { level: 1, name: 'Gezin V.' })).toHaveCount(0);
      // Nothing of the case stays behind on the refused device.
      await expect(second.page.getByText(/Er staan nog geen casussen op dit apparaat/)).toBeVisible();
      await first.context.close();
      await second.context.close();
    } finally {
      await chair.context.close();
    }
  });

  test('the chair removes an expert: the expert is told their access was withdrawn, and the case leaves their device', async ({ browser }) => {
    const shared = await createSharedCase(browser, { experts: 1 });
    try {
      const expert = shared.experts[0]!;
      const dialog = await openAccessDialog(shared.chair);
      const member = dialog.getByRole('listitem').filter({ hasText: EXPERTS[0]!.naam });
      await member.getByRole('button', { name: `${EXPERTS[0]!.naam} verwijderen` }).click();
      await member.getByRole('button', { name: `Ja, ${EXPERTS[0]!.naam} verwijderen` }).click();
      await expect(expert.getByRole('status').filter({ hasText: 'Uw toegang tot deze casus is ingetrokken.' })).toBeVisible({ timeout: 10_000 });
      await expect(dialog.getByText('Er is nog niemand anders in deze casus.')).toBeVisible();
      // Once the expert's device has checked the chair's signed removal, the case is deleted from it and it says so.
      await expect(expert.getByTestId('case-notice')).toContainText('is van dit apparaat verwijderd: uw toegang tot de casus is ingetrokken.', {
        timeout: 20_000,
      });
      await expect(expert.getByRole('button', { name: shared.title, exact: true })).toHaveCount(0);
      // The access log shows the expert's connection as one row with its end, then the removal.
      await dialog.getByRole('button', { name: 'Toegangslog vernieuwen' }).click();
      const rows = dialog
        .getByRole('table', { name: /Wie de casus opende/ })
        .getByRole('row')
        .filter({ hasText: EXPERTS[0]!.naam });
      await expect(rows.filter({ hasText: /Verbonden tot \d{1,2}:\d{2}:\d{2}/ })).toHaveCount(1);
      await expect(rows.filter({ hasText: 'Verbinding verbroken' })).toHaveCount(0);
    } finally {
      await shared.close();
    }
  });
});
