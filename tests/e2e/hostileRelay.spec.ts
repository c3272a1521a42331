/**
 * A lying relay in front of the e2e relay (tests/helpers/lyingRelay.ts, which also serves the app),
 * seen by the people at the table in Chromium: the chair's safety code does not match when the
 * relay swaps the newcomer's box key, and an injected frame raises an alarm in the workspace and on
 * the start screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeMessage } from '../../shared/protocol/messages.js';
import { encodeDeliver, encodeEnvelope, encodeEnvelopeHeader, encodeSignedPart } from '../../shared/protocol/frames.js';
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import { asRelayMessage, startLyingRelay, type LyingRelay } from '../helpers/lyingRelay.js';
import { CHAIR, EXPERTS, createCaseFromStart, makeInvite, newUser, openAccessDialog } from './sharedCase.js';

test.describe.configure({ timeout: 90_000 });

let lying: LyingRelay;
test.beforeEach(async ({ baseURL }) => {
  lying = await startLyingRelay(baseURL!.replace(/^http/, 'ws'));
});
test.afterEach(async () => {
  await lying.close();
});

/** Opens an invite link (pointing at the lying relay) on a new device and asks to join. */
async function joinThrough(browser: Parameters<typeof newUser>[0], link: string): Promise<{ page: Page; close(): Promise<void> }> {
  const device = await newUser(browser, EXPERTS[0]!, link);
  const join = device.page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
  await join.getByRole('button', { name: 'Deelnemen' }).click();
  return { page: device.page, close: () => device.context.close() };
}

/** Swaps the box key of every join entry and device record the chair receives (not the chair's own). */
function swapBoxKeysForTheChair(attackerBox: string): void {
  const swapEntry = (entry: string): string => {
    const wire = JSON.parse(entry) as { signed: string };
    const inner = JSON.parse(wire.signed) as { body: { type: string; device?: { box: string } } };
    if (inner.body.type !== 'join' || inner.body.device === undefined) return entry;
    inner.body.device.box = attackerBox;
    return JSON.stringify({ ...wire, signed: JSON.stringify(inner) });
  };
  lying.toClients = (conn, message) => {
    const msg = asRelayMessage(message);
    if (conn.login === 'redeem' || msg === undefined) return message;
    if (msg.type === 'log') return encodeMessage({ ...msg, entries: msg.entries.map(swapEntry) });
    if (msg.type === 'welcome' || msg.type === 'peers') {
      return encodeMessage({ ...msg, devices: msg.devices.map((d) => (d.id === conn.deviceId ? d : { ...d, boxPublicKey: attackerBox })) });
    }
    return message;
  };
}

test('the approval flow shows a different safety code when the relay swaps the newcomer’s box key, and nobody can admit it', async ({ browser }) => {
  const chair = await newUser(browser, CHAIR, `${lying.httpUrl}/`);
  try {
    await createCaseFromStart(chair.page, 'Gezin W.');
    const attacker = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    swapBoxKeysForTheChair(Buffer.from(await crypto.subtle.exportKey('spki', attacker.publicKey)).toString('base64url'));
    const link = await makeInvite(chair.page, 'Deskundige', { approval: true });
    expect(link.startsWith(lying.httpUrl)).toBe(true);
    const expert = await joinThrough(browser, link);
    try {
      const join = expert.page.getByRole('region', { name: 'Deelnemen via uitnodiging' });
      await expect(join.getByText(/U wacht op toelating door de voorzitter/)).toBeVisible();
      const code = (await join.getByTestId('safety-code').textContent()) ?? '';
      expect(code).toMatch(/^\d{3} \d{3}$/);

      const dialog = await openAccessDialog(chair.page);
      const pending = dialog.getByRole('listitem').filter({ hasText: EXPERTS[0]!.naam });
      await expect(pending.getByTestId('chair-safety-code')).toHaveText(/^\d{3} \d{3}$/);
      await expect(pending.getByTestId('chair-safety-code')).not.toHaveText(code);
      await expect(pending.getByText(/niet ondertekend in de deelnemerslijst/)).toBeVisible();
      await expect(pending.getByRole('button', { name: /toelaten/ })).toHaveCount(0);
      await chair.page.keyboard.press('Escape');
      await expect(chair.page.getByTestId('security-alarm')).toContainText('wijziging in de deelnemerslijst');
    } finally {
      await expert.close();
    }
  } finally {
    await chair.context.close();
  }
});

test('a frame the relay injects in the chair’s name raises an alarm in the workspace and on the start screen; nothing of it is shown', async ({ browser }) => {
  const chair = await newUser(browser, CHAIR, `${lying.httpUrl}/`);
  try {
    await createCaseFromStart(chair.page, 'Gezin V.');
    const link = await makeInvite(chair.page, 'Deskundige');
    await chair.page.keyboard.press('Escape');
    const expert = await joinThrough(browser, link);
    try {
      await expect(expert.page.getByRole('navigation', { name: 'Onderdelen van de casus' })).toBeVisible({ timeout: 15_000 });
      const chairConn = lying.connections.find((c) => c.login !== 'redeem' && c.deviceId !== undefined)!;
      const expertConns = lying.connections.filter((c) => c.login === 'redeem' || (c.deviceId !== chairConn.deviceId && c.deviceId !== undefined));
      // An envelope in the chair's name: right room and sender, a made-up body, the relay's own signature.
      const header = encodeEnvelopeHeader({
        kind: 'update',
        room: chairConn.room as RoomId,
        epoch: 1,
        sender: chairConn.deviceId as DeviceId,
        msgId: 77,
        baseSeq: 0,
        plaintextLength: 40,
      });
      const signed = encodeSignedPart(header, crypto.getRandomValues(new Uint8Array(12)), crypto.getRandomValues(new Uint8Array(256)));
      const forged = encodeEnvelope(signed, crypto.getRandomValues(new Uint8Array(64)));
      for (const c of expertConns) c.toClient(encodeDeliver(1_000_000, forged));

      const alarm = expert.page.getByTestId('security-alarm');
      await expect(alarm).toBeVisible({ timeout: 10_000 });
      await expect(alarm).toContainText('niet is ondertekend door een deelnemer');
      await expect(alarm).toContainText(`Afkomstig van: ${CHAIR.naam}`);
      await expect(alarm).toContainText('er is niets van overgenomen');
      await expect(alarm.getByRole('heading', { name: 'Beveiligingsmelding' })).toBeVisible();
      // Back on the start screen the case says so too, until it is seen.
      await expert.page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await expect(expert.page.getByTestId('case-alarm')).toContainText('Beveiligingsmelding in deze casus');
      await expert.page.getByRole('button', { name: 'Gezin V.' }).click();
      await expect(alarm).toBeVisible();
      await alarm.getByRole('button', { name: 'Gezien' }).click();
      await expect(alarm).toHaveCount(0);
      await expert.page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await expect(expert.page.getByTestId('case-alarm')).toHaveCount(0);
    } finally {
      await expert.close();
    }
  } finally {
    await chair.context.close();
  }
});
