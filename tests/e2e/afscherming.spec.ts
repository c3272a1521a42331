/**
 * A geheim adres sealed for its audience, through the real relay, at 1366×768: the chair records
 * it for herself and the opvang worker; the opvang worker reads it; the wijkteam expert sees only
 * for whom it is shielded, can ask for access, and its device's IndexedDB holds the address in no
 * form (UTF-8 or UTF-16, in any record); the opvang worker is warned when she copies the address
 * into the analysis or the tijdlijn, the wijkteam expert (whose device cannot know it) is not.
 */
import { readFile } from 'node:fs/promises';
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

/** The three at the table: the chair, Mila (opvang) and Wim (wijkteam), each in a context of their own, at 1366×768. */
async function aanTafel(browser: Parameters<typeof newUser>[0], titel: string) {
  const chairDevice = await newUser(browser, CHAIR);
  const contexts = [chairDevice.context];
  const chair = chairDevice.page;
  await createCaseFromStart(chair, titel);
  const mila = await joinWithLink(browser, MILA, await makeInvite(chair, 'Deskundige'));
  contexts.push(mila.context);
  const wim = await joinWithLink(browser, WIM, await makeInvite(chair, 'Deskundige'));
  contexts.push(wim.context);
  await closeAccessDialog(chair);
  for (const page of [chair, mila.page, wim.page]) await page.setViewportSize({ width: 1366, height: 768 });
  return { chair, mila: mila.page, wim: wim.page, contexts };
}

/** Agrees the case in a casusoverleg (all deelnemers present) and resolves the fingerprint's first group. */
async function vaststellen(chair: Page): Promise<string> {
  await openPart(chair, 'Overleggen');
  const start = chair.getByRole('form', { name: 'Overleg starten' });
  await start.getByLabel('Soort overleg').selectOption({ label: 'Casusoverleg' });
  await start.getByRole('button', { name: 'Overleg starten' }).click();
  await chair.getByRole('button', { name: 'Volledig verslag' }).click();
  await chair.getByRole('button', { name: 'Alle deelnemers van de casus toevoegen' }).click();
  await chair.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  const dialoog = chair.getByRole('dialog', { name: 'Dit overleg vaststellen?' });
  const reden = dialoog.getByLabel('Waarom stelt u toch vast?');
  if ((await reden.count()) > 0) await reden.fill('Het plan moet vandaag vastliggen.');
  await dialoog.getByRole('button', { name: /^(Vaststellen bevestigen|Toch vaststellen)$/ }).click();
  const melding = chair.getByText(/^Vastgesteld\. Vingerafdruk: /);
  await expect(melding).toBeVisible({ timeout: 15_000 });
  return ((await melding.textContent()) ?? '').replace(/^Vastgesteld\. Vingerafdruk: /, '').trim();
}

/** The extract for the user's own organisation, as Markdown: the downloaded file's text. */
async function eigenUittreksel(page: Page, vingerafdruk: string, wie: string): Promise<string> {
  await openPart(page, 'Overleggen');
  const rij = page.getByRole('region', { name: 'Vastgestelde versies' }).getByRole('row').filter({ hasText: vingerafdruk });
  await expect(rij).toBeVisible({ timeout: 15_000 });
  await rij.getByRole('button', { name: /^Versie van .* bekijken$/ }).click();
  await page.getByLabel('Document').selectOption({ label: 'Uittreksel voor één organisatie' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
  const pad = await download.path();
  if (SCREENSHOTS !== undefined)
    await readFile(pad).then((b) => import('node:fs/promises').then((fs) => fs.writeFile(`${SCREENSHOTS}/${wie}-${download.suggestedFilename()}`, b)));
  return readFile(pad, 'utf8');
}

test.describe('restricted values sealed for their audience', () => {
  test("a noodcontact for the chair and the opvang worker: in her extract, not in the wijkteam expert's", async ({ browser }) => {
    test.setTimeout(180_000);
    const { chair, mila, wim, contexts } = await aanTafel(browser, 'Gezin N.');
    try {
      await openPart(chair, 'Veiligheidsplan');
      await chair.getByRole('button', { name: 'Veiligheidsplan maken' }).click();
      // Mila records the sister's number, for the chair and herself (not for every deskundige).
      await openPart(mila, 'Veiligheidsplan');
      const form = mila.getByRole('form', { name: 'Nieuw noodcontact' });
      await form.getByLabel('Naam').fill('Zus van Sanne (fictief)');
      await form.getByLabel('Telefoon').fill('06-31415926');
      await form.getByRole('checkbox', { name: 'Deskundige', exact: true }).uncheck();
      await form.getByRole('checkbox', { name: 'Voorzitter', exact: true }).check();
      await form.getByRole('group', { name: 'Ook zichtbaar voor deze deelnemers' }).getByRole('checkbox', { name: MILA.naam }).check();
      await form.getByRole('button', { name: 'Noodcontact toevoegen' }).click();
      await openPart(chair, 'Veiligheidsplan');
      await expect(chair.getByRole('region', { name: 'Noodcontacten' }).getByLabel('Telefoon bij Noodcontact 1')).toHaveValue('06-31415926', {
        timeout: 20_000,
      });
      await openPart(wim, 'Veiligheidsplan');
      await expect(wim.getByRole('region', { name: 'Noodcontacten' })).toContainText('Afgeschermd — alleen zichtbaar voor');
      expect(await wim.content()).not.toContain('31415926');
      if (SCREENSHOTS !== undefined) await wim.screenshot({ path: `${SCREENSHOTS}/afscherming-noodcontact-wijkteam.png`, fullPage: true });

      const vingerafdruk = await vaststellen(chair);
      const vanMila = await eigenUittreksel(mila, vingerafdruk, 'opvang');
      const vanWim = await eigenUittreksel(wim, vingerafdruk, 'wijkteam');
      // Wim's full plan export (for his own organisation) cannot hold it either: his device cannot open it.
      await wim.getByLabel('Document').selectOption({ label: 'Veiligheidsplan' });
      const [planDownload] = await Promise.all([wim.waitForEvent('download'), wim.getByRole('button', { name: 'Markdown', exact: true }).click()]);
      const planVanWim = await readFile(await planDownload.path(), 'utf8');
      expect(planVanWim).toContain('Noodcontacten');
      expect(planVanWim).not.toContain('31415926');
      expect(vanMila).toContain('06-31415926');
      expect(vanMila).toContain('Zus van Sanne (fictief)');
      expect(vanWim).not.toContain('31415926');
      expect(vanWim).not.toContain('Zus van Sanne');
      expect(await indexedDbHolds(wim, '06-31415926')).toBe(false);
    } finally {
      const errors = contexts.flatMap(errorsIn);
      for (const c of contexts) await c.close();
      expect(errors, errors.join('\n')).toEqual([]);
    }
  });

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
      await sanne(chair)
        .getByRole('button', { name: `Verzoek van ${WIM.naam} weigeren` })
        .click();
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
