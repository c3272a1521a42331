import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';

test.describe('start screen', () => {
  test('speaks Dutch: heading, what Tafel is, the two actions and the empty case list', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1, name: 'Tafel' })).toBeVisible();
    await expect(page.getByText(/werken deskundigen uit verschillende organisaties samen/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nieuwe casus' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deelnemen via uitnodiging' })).toBeVisible();
    const cases = page.getByRole('region', { name: 'Casussen op dit apparaat' });
    await expect(cases.getByText(/Er staan nog geen casussen op dit apparaat/)).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Taal' })).toBeVisible();
  });

  test('switches to English and back, and remembers the choice on this device', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'New case' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cases on this device' }).getByText(/There are no cases on this device yet/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Join with an invitation' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('button', { name: 'Nieuwe casus' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('before the vault is set up, the two actions open panels that say what to do first, and close again', async ({ page }) => {
    await page.goto('/');
    const newCase = page.getByRole('button', { name: 'Nieuwe casus' });
    await newCase.click();
    const panel = page.getByRole('region', { name: 'Nieuwe casus' });
    await expect(panel.getByText(/^Stel eerst hierboven uw wachtwoordzin in/)).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Nieuwe casus' })).toBeFocused();
    await panel.getByRole('button', { name: 'Sluiten' }).click();
    await expect(panel).toHaveCount(0);
    await expect(newCase).toBeFocused();

    await page.getByRole('button', { name: 'Deelnemen via uitnodiging' }).click();
    const join = page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
    await expect(join.getByText(/^Stel eerst hierboven uw wachtwoordzin in/)).toBeVisible();
  });

  test('the skip link is the first stop for the keyboard and leads to the main content', async ({ page }) => {
    await page.goto('/');
    // Wait for the app to have rendered: a Tab before that would land on the bare document.
    await expect(page.getByRole('button', { name: 'Nieuwe casus' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('has no serious accessibility problems, closed or with a panel open, in either language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: /Sleutels|Ontgrendel|Beveilig/ })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('button', { name: 'Nieuwe casus' }).click();
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('button', { name: 'Deelnemen via uitnodiging' }).click();
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoSeriousA11yIssues(page);
  });
});
