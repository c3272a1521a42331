/**
 * A device that kept cases from protocol 1 (unsigned envelopes, no membership log) updates Tafel:
 * what it wrote is not lost. A case kept only on the device opens, is sealed again in today's
 * format and can be shared; a shared case's stored content stays readable on the device, and the
 * session says the case cannot be synced any more instead of trusting an unsigned room.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importAeadKey, newSymmetricKey } from '../../shared/crypto/index.js';
import { encodeMessage } from '../../shared/protocol/messages.js';
import { encodeEnvelopeHeader, encodeSignedPart } from '../../shared/protocol/frames.js';
import { toBase64Url, type RoomId } from '../../shared/protocol/ids.js';
import { aeadSeal } from '../../shared/crypto/index.js';
import { MemoryCaseStore } from '../../shared/sync/local/memoryCaseStore.js';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
import { pad } from '../../shared/sync/sealing/padding.js';
import { KeyStore } from '../../shared/sync/keys/keyStore.js';
import { asRelayMessage, startLyingRelay } from '../helpers/lyingRelay.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { MemoryVault, eventually, makeSyncDevice, statusReached } from '../helpers/syncHarness.js';

const c = globalThis.crypto;
let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

/** An envelope as protocol 1 sealed it: version 1 header as associated data, no signature, the bare update inside. */
async function legacyEnvelope(key: Uint8Array, room: RoomId, sender: string, msgId: number, plaintext: Uint8Array): Promise<Uint8Array> {
  const header = encodeEnvelopeHeader({ kind: 'update', room, epoch: 1, sender: sender as never, msgId, baseSeq: 0, plaintextLength: plaintext.length });
  header[0] = 1;
  const sealed = await aeadSeal(c, await importAeadKey(c, key), pad(plaintext), header);
  return encodeSignedPart(header, sealed.nonce, sealed.ciphertext);
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

/** A device as protocol 1 left it: a case key in the vault, envelopes in the store. */
async function oldDevice(shared: string | null): Promise<{ vault: MemoryVault; store: MemoryCaseStore; room: RoomId }> {
  const vault = new MemoryVault();
  const store = new MemoryCaseStore();
  const room = toBase64Url(c.getRandomValues(new Uint8Array(16))) as RoomId;
  const key = newSymmetricKey(c);
  const keys = new KeyStore(vault, c);
  await keys.putCaseKeys(room, [{ epoch: 1, key }]);
  const me = (await keys.deviceKeys()).id;
  await store.putCase({ room, relay: shared, membership: 'member', role: 'admin', index: null });
  const doc = new Y.Doc();
  const first = await legacyEnvelope(key, room, me, 1, textUpdate(doc, 'Aanleiding: melding school. '));
  const second = await legacyEnvelope(key, room, me, 2, textUpdate(doc, 'Vader werkt in ploegendienst.'));
  if (shared === null) {
    await store.enqueue(room, { msgId: 1, envelope: first });
    await store.enqueue(room, { msgId: 2, envelope: second });
  } else {
    await store.appendFrames(room, [
      { seq: 1, envelope: first },
      { seq: 2, envelope: second },
    ]);
    await store.setLastSeq(room, 2);
  }
  return { vault, store, room };
}

describe('cases from protocol 1 on this device', () => {
  it('a case kept only here opens with everything in it, is sealed again, and can be shared', async () => {
    const old = await oldDevice(null);
    const device = makeSyncDevice('Voorzitter', { vault: old.vault, store: old.store });
    const session = await device.client.openCase(old.room);
    expect(session.doc.getText('t').toString()).toBe('Aanleiding: melding school. Vader werkt in ploegendienst.');
    expect(session.status.alarms).toBe(0);
    const state = await old.store.load(old.room);
    expect(state.queue.map((q) => q.envelope[0])).toEqual([2, 2]);
    expect((await old.store.loadLog(old.room)).length).toBe(1);
    await session.destroy();

    const shared = await device.client.publishCase(old.room, { relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY });
    await statusReached(shared, (s) => s.state === 'synced', 'published');
    const invite = await createInvite(shared, { role: 'member', requireApproval: false });
    const expert = await makeSyncDevice('Deskundige').client.joinByInvite(invite.webLink);
    await eventually(() => expert.doc.getText('t').toString() === 'Aanleiding: melding school. Vader werkt in ploegendienst.', 'the expert sees the old text');
    await Promise.all([shared.destroy(), expert.destroy()]);
  });

  it('a shared case keeps its content readable here, and says it cannot be synced with an unsigned room', async () => {
    const lying = await startLyingRelay(relay.wsUrl);
    try {
      // A room and a device the relay knows; this device's store is then as protocol 1 left it,
      // and the relay shows the room without a membership log (as a room of protocol 1 has none).
      const vault = new MemoryVault();
      const store = new MemoryCaseStore();
      const device = makeSyncDevice('Voorzitter', { vault, store });
      const created = await device.client.createCase({ relayUrl: lying.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
      const room = created.room;
      await created.destroy();
      const key = (await new KeyStore(vault, c).caseKeys(room)).get(1)!;
      const me = await device.client.deviceId();
      const record = (await store.getCase(room))!;
      await store.deleteCase(room);
      await store.putCase({ room, relay: record.relay, membership: 'member', role: 'admin', index: null });
      const doc = new Y.Doc();
      await store.appendFrames(room, [
        { seq: 1, envelope: await legacyEnvelope(key, room, me, 1, textUpdate(doc, 'Aanleiding: melding school. ')) },
        { seq: 2, envelope: await legacyEnvelope(key, room, me, 2, textUpdate(doc, 'Vader werkt in ploegendienst.')) },
      ]);
      await store.setLastSeq(room, 2);
      lying.toClients = (_conn, message) => {
        const msg = asRelayMessage(message);
        if (msg?.type === 'welcome') return encodeMessage({ ...msg, logLength: 0 });
        if (msg?.type === 'log') return null;
        return message;
      };
      const offline = await device.client.openCase(room, { connect: false });
      expect(offline.doc.getText('t').toString()).toBe('Aanleiding: melding school. Vader werkt in ploegendienst.');
      const state = await store.load(room);
      expect(state.frames).toEqual([]);
      expect(state.snapshot?.envelope[0]).toBe(2);
      await offline.destroy();
      const again = await device.client.openCase(room);
      expect(again.doc.getText('t').toString()).toContain('ploegendienst');
      await statusReached(again, (s) => s.state === 'error' && s.error === 'legacy-case', 'stops with legacy-case');
      expect(again.status.alarms).toBe(0);
      await again.destroy();
    } finally {
      await lying.close();
    }
  });
});
