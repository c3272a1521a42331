import { randomBytes } from 'node:crypto';
import { expect, expectNoSeriousA11yIssues, test } from './fixtures.js';

const b64url = (bytes: number) => randomBytes(bytes).toString('base64url');

test.describe('invite links', () => {
  test('opening /join/<room>/<token>#<secret> shows the invitation panel with the link recognised', async ({ page }) => {
    const room = b64url(16);
    const token = b64url(16);
    const secret = b64url(32);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));

    await page.goto(`/join/${room}/${token}#${secret}`);
    const join = page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
    const relay = new URL(page.url()).host;
    await expect(join.getByText(`U hebt een uitnodigingslink geopend. De link is herkend: hij hoort bij een casus op de server ${relay}.`)).toBeVisible();
    await expect(join.getByText(/blijft op dit apparaat en wordt nergens naartoe gestuurd/)).toBeVisible();
    await expect(join.getByText(/^Stel eerst hierboven uw wachtwoordzin in/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deelnemen via uitnodiging' })).toHaveAttribute('aria-expanded', 'true');
    await expectNoSeriousA11yIssues(page);

    // The secret in the fragment never leaves the browser.
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((line) => line.includes(secret))).toEqual([]);
  });

  test('a damaged invite link is named as such, calmly', async ({ page }) => {
    await page.goto(`/join/not-a-room/${b64url(16)}#kort`);
    const join = page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
    await expect(join.getByText('Deze uitnodigingslink is niet compleet of niet geldig. Vraag de afzender om een nieuwe link.')).toBeVisible();
  });
});
