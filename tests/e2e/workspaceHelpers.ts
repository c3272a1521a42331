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
