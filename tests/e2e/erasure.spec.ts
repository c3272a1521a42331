/**
 * Closing and erasing a shared case through the real relay, in Chromium, one browser context per
 * person: the chair agrees a version and closes the case; the expert confirms their organisation's
 * receipt on their own device; the start screen lists the case as closed with its erase date; the
 * chair erases it with the case's name typed; the expert's device, offline meanwhile, is told when it
 * comes back, deletes the case and says so — and nothing of the case is left in its IndexedDB.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CHAIR, EXPERTS, createSharedCase } from './sharedCase.js';
import { openPart, overlegVaststellen } from './workspaceHelpers.js';

/** Every key and value of every object store of every IndexedDB database of the page, as text. */
async function indexedDbText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const text = (v: unknown): string =>
      JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array || x instanceof ArrayBuffer ? Array.from(new Uint8Array(x as ArrayBuffer)) : x));
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store, 'readonly');
        const all = (req: IDBRequest) => new Promise<unknown>((resolve) => (req.onsuccess = () => resolve(req.result)));
        out.push(text(await all(tx.objectStore(store).getAllKeys())), text(await all(tx.objectStore(store).getAll())));
      }
      db.close();
    }
    return out.join('\n');
  });
}

/** The room id of the only case on the page's device (the cases store's key). */
async function roomOf(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tafel-cases');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const req = db.transaction('cases', 'readonly').objectStore('cases').getAllKeys();
    const keys = await new Promise<IDBValidKey[]>((resolve) => (req.onsuccess = () => resolve(req.result)));
    db.close();
    return String(keys[0]);
  });
}

test.describe('closing and erasing a shared case', () => {
  test.describe.configure({ timeout: 180_000 });

  test("the chair closes the case, the expert confirms receipt, the chair erases it; the expert's device deletes it when it comes back", async ({
    browser,
  }) => {
    const shared = await createSharedCase(browser, { experts: 1 });
    try {
      const { chair, title } = shared;
      const expert = shared.experts[0]!;
      await overlegVaststellen(chair);

      // The chair closes the case, without nazorg: the expert's organisation has not confirmed yet.
      await openPart(chair, 'Overzicht');
      const form = chair.getByRole('form', { name: 'Casus afsluiten' });
      await form.getByLabel(/^Na 3 maanden/).uncheck();
      await form.getByLabel(/^Na 12 maanden/).uncheck();
      await form.getByLabel('Toelichting').fill('Doelen bereikt; de politie houdt toezicht via de wijkagent.');
      await expect(form.getByRole('group', { name: 'Nog open' })).toContainText(
        `${EXPERTS[0]!.organisatie} heeft de ontvangst van het einduittreksel nog niet bevestigd.`,
      );
      await form.getByLabel('Waarom gaat u toch verder?').fill('De politie bevestigt op haar eigen apparaat.');
      await form.getByRole('button', { name: 'Casus afsluiten' }).click();
      await expect(chair.getByTestId('levensloop-fase')).toContainText('Fase: Afgesloten');
      await expect(chair.getByTestId('wis-datum')).toContainText('De gedeelde kopie wordt gewist op');

      // The expert, on their own device: the case is closed; they confirm their organisation's receipt.
      await openPart(expert, 'Overzicht');
      await expect(expert.getByTestId('afsluiting')).toContainText('Doelen bereikt');
      const stukken = expert.getByRole('group', { name: 'Einduittreksels en overdracht' });
      await expect(stukken.getByRole('button', { name: `Ontvangst bevestigen voor ${CHAIR.organisatie}` })).toHaveCount(0);
      await stukken.getByRole('button', { name: `Ontvangst bevestigen voor ${EXPERTS[0]!.organisatie}` }).click();
      await expect(chair.getByRole('group', { name: 'Einduittreksels en overdracht' })).toContainText(`Ontvangen op`, { timeout: 10_000 });
      await expect(expert.getByRole('button', { name: 'Casus nu wissen…' })).toHaveCount(0);

      // The start screen: the case under "Afgesloten", with the day it will be erased.
      await chair.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      const gesloten = chair.getByRole('region', { name: /^Afgesloten/ });
      await expect(gesloten.getByRole('listitem').filter({ hasText: title })).toContainText('Wordt gewist op');
      await gesloten.getByRole('button', { name: title, exact: true }).click();
      await openPart(chair, 'Overzicht');

      // The expert goes offline; the chair erases, after typing the case's name.
      const room = await roomOf(expert);
      expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(await indexedDbText(expert)).toContain(room);
      await expert.context().setOffline(true);
      await chair.getByRole('button', { name: 'Casus nu wissen…' }).click();
      const dialog = chair.getByRole('dialog', { name: 'Casus definitief wissen' });
      const wis = dialog.getByRole('button', { name: 'Definitief wissen' });
      await expect(wis).toBeDisabled();
      await dialog.getByLabel(`Typ de naam van de casus om te bevestigen: ${title}`).fill('Een andere naam');
      await expect(wis).toBeDisabled();
      await dialog.getByLabel(`Typ de naam van de casus om te bevestigen: ${title}`).fill(title);
      await wis.click();
      await expect(chair.getByTestId('case-notice')).toContainText(`"${title}" is gewist`, { timeout: 15_000 });
      // The start screen's list is read again once the background catch-up of the other cases ends.
      await expect(chair.getByRole('button', { name: title, exact: true })).toHaveCount(0, { timeout: 15_000 });
      expect(await indexedDbText(chair)).not.toContain(room);

      // The expert comes back: told, checks the chair's signed erasure, deletes, says so.
      await expert.context().setOffline(false);
      await expect(expert.getByTestId('case-notice')).toContainText(`"${title}" is gewist`, { timeout: 30_000 });
      await expect(expert.getByRole('button', { name: title, exact: true })).toHaveCount(0, { timeout: 15_000 });
      const left = await indexedDbText(expert);
      expect(left).not.toContain(room);
      expect(left).not.toContain(title);
      expect(left).not.toContain('tafel:case-keys:');
      expect(left).not.toContain('tafel:deelnemer:');
    } finally {
      await shared.close();
    }
  });
});
