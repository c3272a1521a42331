// The relay core without any network: fake sockets, an in-memory store, real signatures.
import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeEnvelopeHeader, encodeSignedPart, encodeSubmit } from '../../shared/protocol/frames.js';
import { toBase64Url, type DeviceId, type RoomId } from '../../shared/protocol/ids.js';
import { PROTOCOL_VERSION, encodeMessage, loginSignedBytes, parseRelayMessage, type RelayMessage } from '../../shared/protocol/messages.js';
import { limitsSchema } from '../config.js';
import { silentLogger } from '../log.js';
import { LocalCluster } from '../cluster/cluster.js';
import { SqliteRelayStore } from '../store/sqliteStore.js';
import { createRelay } from './createRelay.js';
import type { SocketLike } from './socketLike.js';

class FakeSocket implements SocketLike {
  readonly remoteAddress = '192.0.2.1';
  readonly bufferedAmount = 0;
  readonly texts: RelayMessage[] = [];
  readonly binaries: Uint8Array[] = [];
  closedWith: number | undefined;
  send(data: string | Uint8Array): void {
    if (typeof data === 'string') {
      const m = parseRelayMessage(data);
      if (!m.ok) throw new Error('bad relay message');
      this.texts.push(m.value);
    } else this.binaries.push(data);
  }
  close(code: number): void {
    this.closedWith = code;
  }
  pause(): void {}
  resume(): void {}
  loggedIn(): void {}
}

async function device() {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = new Uint8Array(await webcrypto.subtle.exportKey('spki', pair.publicKey));
  const id = toBase64Url(createHash('sha256').update(spki).digest().subarray(0, 16)) as DeviceId;
  return { id, pair, intro: { id, signPublicKey: toBase64Url(spki), boxPublicKey: 'Ym94', label: { name: 'A', organisation: 'B' } } };
}

const until = async (f: () => boolean) => {
  for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(f()).toBe(true);
};

describe('relay core', () => {
  it('commits and acks every SUBMIT that arrived before shutdown, then refuses new connections', async () => {
    const store = SqliteRelayStore.open(':memory:');
    const relay = createRelay({
      store,
      limits: limitsSchema.parse({}),
      logger: silentLogger,
      now: Date.now,
      accessKey: 'k'.repeat(16),
      accessKeyId: 'k',
      cluster: new LocalCluster(),
    });
    const sock = new FakeSocket();
    const handle = relay.connect(sock);
    const challenge = sock.texts[0];
    expect(challenge?.type).toBe('challenge');
    if (challenge?.type !== 'challenge') return;
    const d = await device();
    const room = toBase64Url(new Uint8Array(16).fill(5)) as RoomId;
    const sig = new Uint8Array(
      await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, d.pair.privateKey, loginSignedBytes(challenge.nonce, room, 'create-room')),
    );
    const genesis = JSON.stringify({ signed: JSON.stringify({ room, index: 0, by: d.id, body: { type: 'genesis' } }), sig: '' });
    handle.message(
      encodeMessage({ type: 'create-room', v: PROTOCOL_VERSION, room, accessKey: 'k'.repeat(16), device: d.intro, genesis, signature: toBase64Url(sig) }),
    );
    await until(() => sock.texts.some((m) => m.type === 'caught-up'));

    for (let msgId = 1; msgId <= 5; msgId++) {
      const header = encodeEnvelopeHeader({ kind: 'update', room, epoch: 1, sender: d.id, msgId, baseSeq: 0, plaintextLength: 0 });
      handle.message(encodeSubmit(encodeEnvelope(encodeSignedPart(header, new Uint8Array(12), new Uint8Array(16)), new Uint8Array(64))));
    }
    // Shutdown in the same turn: the queued batch must still be committed and acked.
    await relay.shutdown();
    expect(sock.texts.filter((m) => m.type === 'ack').map((m) => (m.type === 'ack' ? m.seq : 0))).toEqual([1, 2, 3, 4, 5]);
    expect(await store.frameCount(room)).toBe(5);
    const late = new FakeSocket();
    relay.connect(late);
    expect(late.closedWith).toBe(1012);
    await store.close();
  });
});
