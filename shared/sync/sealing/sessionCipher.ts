/**
 * Sealing and opening one case's envelopes: the right epoch's key from the keyring, this room and
 * this device in the header, and this device's signature on every envelope. Opening refuses
 * another room's envelope before any crypto, and says `undefined` for anything that does not
 * authenticate. Whether the signature belongs to a member who may send it is the inbound gate's
 * question (session/inboundGate.ts); this file only seals and opens.
 */
import type { DeviceKeys } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { LEGACY_ENVELOPE_VERSION, decodeEnvelope, decodeLegacyEnvelope, type Envelope, type EnvelopeKind } from '../../protocol/frames.js';
import type { RoomId } from '../../protocol/ids.js';
import type { CaseKeyring } from '../keys/keyring.js';
import { openEnvelope, sealEnvelope } from './envelopeCrypto.js';

/** The envelope side of one case session. */
export class SessionCipher {
  constructor(
    private readonly crypto: CryptoPort,
    readonly keyring: CaseKeyring,
    private readonly room: RoomId,
    private readonly device: DeviceKeys,
  ) {}

  /** Seals and signs `plaintext` under the key of `epoch`; `undefined` if this device has no such key. */
  async seal(kind: EnvelopeKind, epoch: number, msgId: number, baseSeq: number, plaintext: Uint8Array): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const key = this.keyring.key(epoch);
    if (key === undefined) return undefined;
    return sealEnvelope(this.crypto, await key, this.device.signPrivate, { kind, room: this.room, epoch, sender: this.device.id, msgId, baseSeq }, plaintext);
  }

  /** Opens an envelope with the key of its epoch; `undefined` if tampered, another room's, or no key. */
  async open(envelope: Envelope): Promise<Uint8Array | undefined> {
    if (envelope.header.room !== this.room) return undefined;
    const key = this.keyring.key(envelope.header.epoch);
    if (key === undefined) return undefined;
    return openEnvelope(this.crypto, await key, envelope);
  }

  /**
   * Opens stored envelope bytes (this device's own store); `undefined` if they do not decode or
   * open. `legacy`: sealed by protocol 1 (no signature, no inner layout: the plaintext is the bare
   * Yjs update or snapshot), to be sealed again in the current format (local/legacyData.ts).
   */
  async openStored(bytes: Uint8Array): Promise<{ envelope: Envelope; plain: Uint8Array; legacy: boolean } | undefined> {
    const legacy = bytes[0] === LEGACY_ENVELOPE_VERSION;
    const decoded = legacy ? decodeLegacyEnvelope(bytes) : decodeEnvelope(bytes, 'local-store');
    if (!decoded.ok) return undefined;
    const plain = await this.open(decoded.value);
    return plain === undefined ? undefined : { envelope: decoded.value, plain, legacy };
  }
}
