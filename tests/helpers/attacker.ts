/**
 * What an attacker who runs (or sits in front of) the relay can do and hold, for the hostile-relay
 * tests: its own key pairs, keys it made up, keys a colluding removed member kept; forged frames
 * signed with whatever key it has; and the check that matters — can it open anything it saw?
 */
import * as Y from 'yjs';
import { generateDeviceKeyMaterial, importAeadKey, importDeviceKeys, unwrapKeyForDevice, type DeviceKeys } from '../../shared/crypto/index.js';
import { decodeEnvelope, encodeDeliver } from '../../shared/protocol/frames.js';
import { fromBase64Url, type DeviceId, type RoomId } from '../../shared/protocol/ids.js';
import { caseKeyContext } from '../../shared/sync/keys/keyContext.js';
import { DIGEST_BYTES } from '../../shared/sync/integrity/streams.js';
import { sealEnvelope } from '../../shared/sync/sealing/envelopeCrypto.js';
import { encodeUpdateInner } from '../../shared/sync/sealing/innerPayload.js';
import { asClientMessage, asFrame, type LyingRelay, type WireMessage } from './lyingRelay.js';

const c = globalThis.crypto;

/** A device the attacker made (or a member's keys it holds). */
export async function attackerDevice(): Promise<DeviceKeys> {
  return importDeviceKeys(c, await generateDeviceKeyMaterial(c));
}

/** A Yjs update that writes `text` at the start of the shared text 't' (as a peer would). */
export function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** An update envelope sealed under `key` (raw) as `sender`, signed with `signer`, at stream counter `counter`. */
export async function forgeUpdate(o: {
  room: RoomId;
  epoch: number;
  key: Uint8Array;
  sender: DeviceId;
  signer: DeviceKeys;
  update: Uint8Array;
  counter?: number;
  msgId?: number;
}): Promise<Uint8Array> {
  const position = { stream: c.getRandomValues(new Uint8Array(8)), counter: o.counter ?? 1, prev: new Uint8Array(DIGEST_BYTES) };
  return sealEnvelope(
    c,
    await importAeadKey(c, o.key),
    o.signer.signPrivate,
    { kind: 'update', room: o.room, epoch: o.epoch, sender: o.sender, msgId: o.msgId ?? 9_999, baseSeq: 0 },
    encodeUpdateInner(position, o.update),
  );
}

/** A DELIVER frame with a seq far above anything the room reaches in a test (the relay invents seqs). */
export function deliverFar(envelope: Uint8Array, offset = 0): Uint8Array {
  return encodeDeliver(1_000_000 + offset, envelope);
}

/** A point in what the attacker saw (see `writtenAfter`). */
export interface SeenMark {
  readonly toClients: number;
  readonly toRelay: number;
}

/** Where the attacker's records stand now. */
export function seenMark(lying: LyingRelay): SeenMark {
  return { toClients: lying.seenToClients.length, toRelay: lying.seenToRelay.length };
}

function envelopesIn(messages: ReadonlyArray<{ message: WireMessage }>): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const { message } of messages) {
    const frame = asFrame(message);
    if (frame !== undefined) out.push(frame.envelope.bytes);
  }
  return out;
}

/**
 * Envelopes the attacker saw for the first time after `from`: what was written afterwards (older
 * envelopes the relay hands out again in a catch-up do not count).
 */
export function writtenAfter(lying: LyingRelay, from: SeenMark): Uint8Array[] {
  const key = (e: Uint8Array) => Buffer.from(e).toString('base64');
  const before = new Set([...envelopesIn(lying.seenToClients.slice(0, from.toClients)), ...envelopesIn(lying.seenToRelay.slice(0, from.toRelay))].map(key));
  return [...envelopesIn(lying.seenToClients.slice(from.toClients)), ...envelopesIn(lying.seenToRelay.slice(from.toRelay))].filter((e) => !before.has(key(e)));
}

/** How many of `envelopes` open (AES-GCM authenticates) with any of `keys`: the attacker reads those. */
export async function openableBy(envelopes: readonly Uint8Array[], keys: readonly Uint8Array[]): Promise<number> {
  const imported = await Promise.all(keys.map((k) => importAeadKey(c, k)));
  let opened = 0;
  for (const bytes of envelopes) {
    const env = decodeEnvelope(bytes);
    if (!env.ok) continue;
    for (const key of imported) {
      try {
        await c.subtle.decrypt(
          { name: 'AES-GCM', iv: env.value.nonce as Uint8Array<ArrayBuffer>, additionalData: env.value.headerBytes as Uint8Array<ArrayBuffer> },
          key as CryptoKey,
          env.value.ciphertext as Uint8Array<ArrayBuffer>,
        );
        opened++;
        break;
      } catch {
        // not this key
      }
    }
  }
  return opened;
}

/** Wrapped keys in every put-keys the attacker saw, and whether any unwraps with its box key. */
export async function unwrappableKeys(
  lying: LyingRelay,
  room: RoomId,
  attacker: DeviceKeys,
): Promise<{ seen: number; unwrapped: number; recipients: string[] }> {
  let seen = 0;
  let unwrapped = 0;
  const recipients: string[] = [];
  for (const { message } of lying.seenToRelay) {
    const msg = asClientMessage(message);
    if (msg?.type !== 'put-keys') continue;
    for (const e of msg.entries) {
      seen++;
      recipients.push(e.deviceId);
      const key = await unwrapKeyForDevice(c, fromBase64Url(e.wrapped)!, attacker.boxPrivate, caseKeyContext(room, msg.epoch, e.deviceId));
      if (key !== undefined) unwrapped++;
    }
  }
  return { seen, unwrapped, recipients };
}
