/**
 * Cases kept only on this device ("Nieuwe casus … alleen op dit apparaat"): made, listed,
 * reopened and sealed like shared ones, and published to a relay later without losing a word.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { eventually, makeSyncDevice, sameDeviceAgain, statusReached } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

describe('a case only on this device', () => {
  it('is local-only, listed with its title, status and phase, reopened with its content, and sealed at rest', async () => {
    const device = makeSyncDevice('Voorzitter');
    const session = await device.client.createLocalCase({ title: 'Gezin Merel', status: 'voorbereiding', fase: 'analyse' });
    expect(session.status.state).toBe('local-only');
    session.connect();
    expect(session.status.state).toBe('local-only');
    session.doc.getText('t').insert(0, 'Zorgen over de veiligheid van Merel');
    await session.destroy();

    const cases = await device.client.listCases();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      room: session.room,
      relayUrl: null,
      sharing: 'local-only',
      title: 'Gezin Merel',
      status: 'voorbereiding',
      fase: 'analyse',
    });
    expect(cases[0]!.lastChange).toBeGreaterThan(0);

    const again = await sameDeviceAgain(device).client.openCase(session.room);
    expect(again.doc.getText('t').toString()).toBe('Zorgen over de veiligheid van Merel');
    expect(again.status).toMatchObject({ state: 'local-only', pendingChanges: 1 });
    await again.destroy();

    const stored = await device.store.load(session.room);
    const records = await device.store.listCases();
    for (const bytes of [...stored.queue.map((q) => q.envelope), ...records.map((r) => r.index!)]) {
      expect(Buffer.from(bytes).includes(Buffer.from('Merel'))).toBe(false);
    }
  });

  it('publishing puts it on a relay with everything written so far; an invited expert sees it', async () => {
    const device = makeSyncDevice('Voorzitter');
    const local = await device.client.createLocalCase({ title: 'Gezin Merel' });
    for (let i = 0; i < 30; i++) {
      local.doc.getMap('m').set(`afspraak ${i}`, `school belt op dag ${i}`);
      await local.flush();
    }
    local.doc.getText('t').insert(0, 'Geschreven voordat de casus gedeeld werd');
    await local.destroy();

    const shared = await device.client.publishCase(local.room, { relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY });
    await statusReached(shared, (s) => s.state === 'synced' && s.pendingChanges === 0, 'published and synced');
    expect((await device.client.listCases())[0]).toMatchObject({ relayUrl: relay.wsUrl, sharing: 'shared', title: 'Gezin Merel' });

    const invite = await createInvite(shared, { role: 'member', requireApproval: false });
    const expert = await makeSyncDevice('Expert').client.joinByInvite(invite.webLink);
    await eventually(
      () => expert.doc.getText('t').toString() === 'Geschreven voordat de casus gedeeld werd' && expert.doc.getMap('m').size === 30,
      'expert sees the local work',
    );
    await Promise.all([shared.destroy(), expert.destroy()]);
  });

  it('a refused publish leaves the case local and whole', async () => {
    const device = makeSyncDevice('Voorzitter');
    const local = await device.client.createLocalCase({ title: 'Gezin Merel' });
    local.doc.getText('t').insert(0, 'blijft hier');
    await local.destroy();
    await expect(device.client.publishCase(local.room, { relayUrl: relay.wsUrl, accessKey: 'wrong-access-key-000000000' })).rejects.toThrow();
    expect((await device.client.listCases())[0]).toMatchObject({ relayUrl: null, sharing: 'local-only' });
    const again = await device.client.openCase(local.room);
    expect(again.doc.getText('t').toString()).toBe('blijft hier');
    await again.destroy();
  });
});
