/**
 * Presence between two real clients through a real relay: who is in the case (name,
 * organisation, role, colour) arrives sealed, and a device that leaves or drops off disappears.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FrameType } from '../../shared/protocol/frames.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { eventually, openSharedRoom } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

const chairUser = { name: 'Anna de Vries', organisation: 'Veilig Thuis Utrecht', role: 'voorzitter', color: '#1f6feb' };

describe('presence', () => {
  it("each sees the other's user (end-to-end encrypted); one who disconnects or leaves disappears", async () => {
    const { devices, sessions } = await openSharedRoom(relay.wsUrl, TEST_ACCESS_KEY, 3);
    const [chair, expert, third] = sessions as [(typeof sessions)[0], (typeof sessions)[0], (typeof sessions)[0]];
    chair.awareness.setLocalStateField('user', chairUser);
    expert.awareness.setLocalStateField('user', { name: 'Bram Jansen', organisation: 'Politie', role: 'expert', color: '#d73a49' });
    const userAt = (at: typeof chair, of: typeof chair) => at.awareness.getStates().get(of.doc.clientID)?.['user'] as Record<string, unknown> | undefined;
    await eventually(() => userAt(expert, chair)?.['name'] === chairUser.name && userAt(chair, expert)?.['name'] === 'Bram Jansen', 'both see each other');
    expect(userAt(expert, chair)).toEqual(chairUser);

    // The relay forwarded presence only as ciphertext.
    const ephemeral = devices[1]!.sockets.received.filter((f) => f[0] === FrameType.ephemeral);
    expect(ephemeral.length).toBeGreaterThan(0);
    for (const f of ephemeral) expect(Buffer.from(f).includes(Buffer.from('Anna de Vries'))).toBe(false);

    // Dropped off (no goodbye sent): gone as soon as the relay says the device is offline.
    chair.disconnect();
    await eventually(() => !expert.awareness.getStates().has(chair.doc.clientID), 'disconnected chair gone at the expert');

    // Left the case: gone too.
    await eventually(() => third.awareness.getStates().has(expert.doc.clientID), 'third sees the expert');
    await expert.destroy();
    await eventually(() => !third.awareness.getStates().has(expert.doc.clientID), 'expert gone at the third');
    await Promise.all([chair.destroy(), third.destroy()]);
  });
});
