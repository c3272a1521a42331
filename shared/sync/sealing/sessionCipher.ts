/**
 * Sealing and opening one case's envelopes with the session's keyring: the right epoch's key,
 * this room and this device in the header. Opening refuses another room's envelope before any
 * crypto, and says `undefined` for anything that does not authenticate.
 */
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { decodeEnvelope, type Envelope, type EnvelopeKind } from '../../protocol/frames.js';
import type { DeviceId, RoomId } from '../../protocol/ids.js';
import { openEnvelope, sealEnvelope } from './envelopeCrypto.js';
import type { CaseKeyring } from '../keys/keyring.js';

/** The envelope side of one case session. */
export class SessionCipher {
  constructor(
    private readonly crypto: CryptoPort,
    readonly keyring: CaseKeyring,
    private readonly room: RoomId,
    private readonly sender: DeviceId,
  ) {}

  /** Seals `plaintext` under the key of `epoch`; `undefined` if this device has no such key. */
  async seal(kind: EnvelopeKind, epoch: number, msgId: number, baseSeq: number, plaintext: Uint8Array): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const key = this.keyring.key(epoch);
    if (key === undefined) return undefined;
    return sealEnvelope(this.crypto, await key, { kind, room: this.room, epoch, sender: this.sender, msgId, baseSeq }, plaintext);
  }

  /** Opens an envelope with the key of its epoch; `undefined` if tampered, another room's, or no key. */
  async open(envelope: Envelope): Promise<Uint8Array | undefined> {
    if (envelope.header.room !== this.room) return undefined;
    const key = this.keyring.key(envelope.header.epoch);
    if (key === undefined) return undefined;
    return openEnvelope(this.crypto, await key, envelope);
  }

  /** Opens stored envelope bytes (local store); `undefined` if they do not decode or open. */
  async openStored(bytes: Uint8Array): Promise<Uint8Array | undefined> {
    const envelope = decodeEnvelope(bytes, 'local-store');
    return envelope.ok ? this.open(envelope.value) : undefined;
  }
}
