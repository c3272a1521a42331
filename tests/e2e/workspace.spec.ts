import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';
import { openDemoCase, PART_LABELS } from './workspaceHelpers.js';

test.describe('case workspace', () => {
  test('the example case opens with its title, the parts of a case, and who is here', async ({ page }) => {
    await openDemoCase(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin K. (fictief)' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Alleen op dit apparaat' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Onderdelen van de casus' });
    for (const label of PART_LABELS) await expect(nav.getByRole('button', { name: label, exact: true })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('presence-person')).toHaveCount(1);
    await expect(page.getByTestId('presence-person')).toContainText('(u)');
  });

  test('keyboard: a part opens from the navigation and focus lands on its heading', async ({ page }) => {
    await openDemoCase(page);
    const nav = page.getByRole('navigation', { name: 'Onderdelen van de casus' });
    await nav.getByRole('button', { name: 'Tijdlijn' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'Tijdlijn' });
    await expect(heading).toBeFocused();
    await expect(nav.getByRole('button', { name: 'Tijdlijn' })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(/Tijdlijn · Gezin K\. \(fictief\)/);
  });

  test('back to the overview closes the case and shows the start screen again', async ({ page }) => {
    await openDemoCase(page);
    await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tafel' })).toBeVisible();
    await expect(page).toHaveTitle('Tafel');
  });

  test('every part of the example case has no serious accessibility problems', async ({ page }) => {
    // axe over every part of a full case: seconds per part on a busy 2-core machine.
    test.setTimeout(150_000);
    await openDemoCase(page);
    const nav = page.getByRole('navigation', { name: 'Onderdelen van de casus' });
    for (const label of PART_LABELS) {
      await nav.getByRole('button', { name: label, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: label, exact: true })).toBeVisible();
      await expectNoSeriousA11yIssues(page);
    }
  });
});
