import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';

const PASSPHRASE = 'groene tafel aan de gracht';

test.describe('passphrase vault (browser version)', () => {
  test('first use asks to choose a passphrase, explains it, and checks it before creating the vault', async ({ page }) => {
    await page.goto('/');
    const vault = page.getByRole('region', { name: 'Beveilig de sleutels op dit apparaat' });
    await expect(vault.getByText(/Een wachtwoordzin die alleen u kent beschermt ze/)).toBeVisible();
    await expectNoSeriousA11yIssues(page);

    await vault.getByLabel('Kies een wachtwoordzin').fill('kort');
    await vault.getByLabel('Herhaal de wachtwoordzin').fill('kort');
    await vault.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
    await expect(vault.getByRole('alert')).toHaveText('Deze wachtwoordzin is te kort: gebruik minstens 12 tekens.');

    await vault.getByLabel('Kies een wachtwoordzin').fill(PASSPHRASE);
    await vault.getByLabel('Herhaal de wachtwoordzin').fill(`${PASSPHRASE}!`);
    await vault.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
    await expect(vault.getByRole('alert')).toHaveText('De twee wachtwoordzinnen zijn niet gelijk.');
    await expectNoSeriousA11yIssues(page);

    await vault.getByLabel('Kies een wachtwoordzin').fill(PASSPHRASE);
    await vault.getByLabel('Herhaal de wachtwoordzin').fill(PASSPHRASE);
    await vault.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Uw sleutels zijn ontgrendeld.' })).toBeVisible();
    await expect(vault).toHaveCount(0);
  });

  test('after a reload it asks to unlock; a wrong passphrase gets a clear error, the right one unlocks', async ({ page }) => {
    await page.goto('/');
    const create = page.getByRole('region', { name: 'Beveilig de sleutels op dit apparaat' });
    await create.getByLabel('Kies een wachtwoordzin').fill(PASSPHRASE);
    await create.getByLabel('Herhaal de wachtwoordzin').fill(PASSPHRASE);
    await create.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
    await expect(page.getByText('Uw sleutels zijn ontgrendeld.')).toBeVisible();

    // The derived key lives in memory only: a reload locks the vault again.
    await page.reload();
    const unlock = page.getByRole('region', { name: 'Ontgrendel uw sleutels' });
    await expect(unlock.getByText(/staan versleuteld in deze browser/)).toBeVisible();
    const field = unlock.getByLabel('Wachtwoordzin', { exact: true });

    await unlock.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(unlock.getByRole('alert')).toHaveText('Vul uw wachtwoordzin in.');

    await field.fill('niet de goede wachtwoordzin');
    await unlock.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(unlock.getByRole('alert')).toHaveText('Deze wachtwoordzin klopt niet. Controleer hem en probeer het opnieuw.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('');
    await expectNoSeriousA11yIssues(page);

    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await expect(page.getByText('Uw sleutels zijn ontgrendeld.')).toBeVisible();
    await expect(unlock).toHaveCount(0);
  });

  test('the passphrase is not stored anywhere the page can read', async ({ page }) => {
    await page.goto('/');
    const create = page.getByRole('region', { name: 'Beveilig de sleutels op dit apparaat' });
    await create.getByLabel('Kies een wachtwoordzin').fill(PASSPHRASE);
    await create.getByLabel('Herhaal de wachtwoordzin').fill(PASSPHRASE);
    await create.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
    await expect(page.getByText('Uw sleutels zijn ontgrendeld.')).toBeVisible();

    const stored = await page.evaluate(async () => {
      const dump: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie];
      for (const info of await indexedDB.databases()) {
        if (info.name === undefined) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const storeName of db.objectStoreNames) {
          const all = await new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction(storeName).objectStore(storeName).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          for (const value of all) {
            dump.push(JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v)));
          }
        }
        db.close();
      }
      return dump.join('\n');
    });
    expect(stored).toContain('PBKDF2-SHA-256');
    expect(stored).not.toContain(PASSPHRASE);
  });
});
