/**
 * A geheim adres sealed for its audience, through the real relay, at 1366×768: the chair records
 * it for herself and the opvang worker; the opvang worker reads it; the wijkteam expert sees only
 * for whom it is shielded, can ask for access, and its device's IndexedDB holds the address in no
 * form (UTF-8 or UTF-16, in any record); the opvang worker is warned when she copies the address
 * into the analysis or the tijdlijn, the wijkteam expert (whose device cannot know it) is not.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { CHAIR, closeAccessDialog, createCaseFromStart, errorsIn, joinWithLink, makeInvite, newUser, type Person } from './sharedCase.js';
import { openPart } from './workspaceHelpers.js';

const MILA: Person = { naam: 'Mila Opvang', organisatie: 'Sterk Huis Midden', soort: 'Opvang' };
const WIM: Person = { naam: 'Wim Wijkteam', organisatie: 'Wijkteam Centrum', soort: 'Lokaal (wijk)team' };
const ADRES = 'Lindelaan 12, Voorbeeldstad';
const sanne = (page: Page) => page.getByRole('article', { name: 'Sanne (ouder)' });
const SCREENSHOTS = process.env['TAFEL_SCREENSHOTS'];

/** True if any record of any IndexedDB database of the page holds `text` in UTF-8 or UTF-16 (LE/BE). */
async function indexedDbHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (needle) => {
    const forms: Uint8Array[] = [new TextEncoder().encode(needle)];
    for (const little of [true, false]) {
      const b = new Uint8Array(needle.length * 2);
      const view = new DataView(b.buffer);
      for (let i = 0; i < needle.length; i++) view.setUint16(i * 2, needle.charCodeAt(i), little);
      forms.push(b);
    }
    const inBytes = (bytes: Uint8Array): boolean =>
      forms.some((f) => {
        outer: for (let i = 0; i + f.length <= bytes.length; i++) {
          for (let j = 0; j < f.length; j++) if (bytes[i + j] !== f[j]) continue outer;
          return true;
        }
        return false;
      });
    let records = 0;
    const walk = async (v: unknown, depth: number): Promise<boolean> => {
      if (depth > 20 || v === null || v === undefined) return false;
      if (typeof v === 'string') return v.includes(needle) || inBytes(new TextEncoder().encode(v));
      if (v instanceof ArrayBuffer) return inBytes(new Uint8Array(v));
      if (ArrayBuffer.isView(v)) return inBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      if (v instanceof Blob) return inBytes(new Uint8Array(await v.arrayBuffer()));
      if (typeof v !== 'object') return false;
      for (const x of v instanceof Map ? [...v.keys(), ...v.values()] : Object.values(v as object)) if (await walk(x, depth + 1)) return true;
      return false;
    };
    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
        records += all.length;
        for (const r of all) if (await walk(r, 0)) return true;
      }
      db.close();
    }
    if (records === 0) throw new Error('no IndexedDB records to scan');
    return false;
  }, text);
}

test.describe('restricted values sealed for their audience', () => {
  test('chair, opvang worker in the audience, wijkteam expert outside it', async ({ browser }) => {
    test.setTimeout(150_000);
    const chairDevice = await newUser(browser, CHAIR);
    const contexts = [chairDevice.context];
    try {
      const chair = chairDevice.page;
      await chair.setViewportSize({ width: 1366, height: 768 });
      await createCaseFromStart(chair, 'Gezin S.');
      const mila = await joinWithLink(browser, MILA, await makeInvite(chair, 'Deskundige'));
      contexts.push(mila.context);
      const wim = await joinWithLink(browser, WIM, await makeInvite(chair, 'Deskundige'));
      contexts.push(wim.context);
      await closeAccessDialog(chair);
      const pages = [chair, mila.page, wim.page];
      for (const page of pages) {
        await page.setViewportSize({ width: 1366, height: 768 });
        await openPart(page, 'Gezin & netwerk');
      }

      const form = chair.getByRole('form', { name: 'Nieuw gezinslid' });
      await form.getByLabel('Roepnaam').fill('Sanne');
      await form.getByLabel('Rol in het gezin').selectOption({ label: 'ouder' });
      await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
      // The chair records the address for herself (voorzitter) and names Mila.
      await sanne(chair).getByRole('button', { name: 'Adres van Sanne vastleggen' }).click();
      await sanne(chair).getByText('Wie mag het adres van Sanne zien?').click();
      await sanne(chair).getByRole('group', { name: 'Deelnemers' }).getByRole('checkbox', { name: MILA.naam }).check();
      await sanne(chair).getByLabel('Adres van Sanne').fill(ADRES);
      await sanne(chair).getByLabel('Adres van Sanne').press('Enter');
      await expect(sanne(chair).getByText(`Zichtbaar voor: voorzitter, ${MILA.naam}`)).toBeVisible();

      // Mila's device opens it.
      await expect(sanne(mila.page).getByLabel('Adres van Sanne')).toHaveValue(ADRES, { timeout: 20_000 });
      // Wim's page says for whom it is shielded, and never shows it.
      const adresBijWim = sanne(wim.page).getByRole('region', { name: 'Adres' });
      await expect(adresBijWim).toContainText(`Afgeschermd — alleen zichtbaar voor voorzitter, ${MILA.naam} (2 personen).`);
      await expect(sanne(wim.page).getByLabel('Adres van Sanne')).toHaveCount(0);
      expect(await wim.page.content()).not.toContain('Lindelaan');
      if (SCREENSHOTS !== undefined) {
        await chair.screenshot({ path: `${SCREENSHOTS}/afscherming-voorzitter.png` });
        await mila.page.screenshot({ path: `${SCREENSHOTS}/afscherming-opvang.png` });
        await wim.page.screenshot({ path: `${SCREENSHOTS}/afscherming-wijkteam.png` });
      }

      // Wim asks for access; the audience sees the request (and could grant it).
      await adresBijWim.getByRole('button', { name: 'Toegang vragen' }).click();
      await expect(adresBijWim.getByText('U hebt toegang gevraagd.', { exact: false })).toBeVisible();
      await expect(sanne(mila.page).getByText(`${WIM.naam} vraagt toegang.`)).toBeVisible();
      await expect(sanne(chair).getByRole('button', { name: `Verzoek van ${WIM.naam} weigeren` })).toBeVisible();
      await sanne(chair).getByRole('button', { name: `Verzoek van ${WIM.naam} weigeren` }).click();
      await expect(adresBijWim.getByRole('button', { name: 'Toegang vragen' })).toBeVisible();

      // The stored bytes of Wim's device: not in any form. (Mila's do hold it? No: her store is encrypted too.)
      expect(await indexedDbHolds(wim.page, ADRES)).toBe(false);
      expect(await indexedDbHolds(wim.page, 'Lindelaan')).toBe(false);

      // Mila copies the address into the analysis and the tijdlijn: her device warns, in words.
      await openPart(mila.page, 'Verklarende analyse');
      const zorgen = mila.page.getByRole('textbox', { name: 'Zorgen (wat gaat er mis)', exact: true });
      await zorgen.click();
      await zorgen.pressSequentially('Moeder verblijft op lindelaan 12.');
      const waarschuwing = 'Dit lijkt op het afgeschermde adres van Sanne. Zet het in het afgeschermde veld';
      await expect(mila.page.getByRole('alert').filter({ hasText: waarschuwing })).toBeVisible();
      if (SCREENSHOTS !== undefined) await mila.page.screenshot({ path: `${SCREENSHOTS}/afscherming-waarschuwing-analyse.png` });
      await zorgen.press('Control+z');
      await expect(mila.page.getByRole('alert').filter({ hasText: waarschuwing })).toHaveCount(0);

      await openPart(mila.page, 'Tijdlijn');
      const nieuw = mila.page.getByRole('form', { name: 'Nieuwe gebeurtenis' });
      await nieuw.getByLabel('Wat gebeurde er (kort)').fill('Huisbezoek Lindelaan 12', { timeout: 10_000 });
      await expect(nieuw.getByRole('alert')).toContainText(waarschuwing);
      if (SCREENSHOTS !== undefined) await mila.page.screenshot({ path: `${SCREENSHOTS}/afscherming-waarschuwing-tijdlijn.png` });

      // Wim's device cannot know the address, so it cannot warn.
      await openPart(wim.page, 'Tijdlijn');
      const bijWim = wim.page.getByRole('form', { name: 'Nieuwe gebeurtenis' });
      await bijWim.getByLabel('Wat gebeurde er (kort)').fill('Huisbezoek Lindelaan 12', { timeout: 10_000 });
      await expect(bijWim.getByRole('alert')).toHaveCount(0);
    } finally {
      const errors = contexts.flatMap(errorsIn);
      for (const c of contexts) await c.close();
      expect(errors, errors.join('\n')).toEqual([]);
    }
  });
});
