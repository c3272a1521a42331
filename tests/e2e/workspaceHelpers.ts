/** Shared steps for workspace tests. */
import { expect, type Page } from '@playwright/test';

/** The navigation labels of a case's parts, in order. */
export const PART_LABELS = [
  'Overzicht',
  'Gezin & netwerk',
  'Tijdlijn',
  'Verklarende analyse',
  'Gezinsprofiel',
  'Risicotaxatie',
  'Veiligheidsplan',
  'Overleggen',
] as const;

/** Opens the fictional example case from the start screen. */
export async function openDemoCase(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).click();
  await expect(page.getByRole('navigation', { name: 'Onderdelen van de casus' })).toBeVisible();
}

/** Opens one part of the open case through the navigation. */
export async function openPart(page: Page, label: (typeof PART_LABELS)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: label, exact: true })).toBeVisible();
}

/**
 * Starts a casusoverleg and agrees it at once: "Vaststellen", agreeing anyway with a reason when the
 * checklist lists open items, and waits for the fingerprint. For tests that need an agreed version.
 */
export async function overlegVaststellen(page: Page): Promise<void> {
  await openPart(page, 'Overleggen');
  const start = page.getByRole('form', { name: 'Overleg starten' });
  await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
  await start.getByRole('button', { name: 'Overleg starten' }).click();
  await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  const dialoog = page.getByRole('dialog', { name: 'Dit overleg vaststellen?' });
  await expect(dialoog).toBeVisible();
  const reden = dialoog.getByLabel('Waarom stelt u toch vast?');
  if ((await reden.count()) > 0) await reden.fill('Het plan moet vandaag vastliggen.');
  await dialoog.getByRole('button', { name: /^(Vaststellen bevestigen|Toch vaststellen)$/ }).click();
  await expect(page.getByText(/^Vastgesteld\. Vingerafdruk: /)).toBeVisible({ timeout: 10_000 });
}
