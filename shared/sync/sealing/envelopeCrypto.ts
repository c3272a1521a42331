/**
 * Sealing and opening envelopes: the protocol codec (`shared/protocol/frames.ts`) lays out the
 * bytes, `shared/crypto` encrypts; the header is the AEAD associated data, so a relay that
 * changes any header field (room, epoch, sender, kind, seq base) makes the envelope fail to open.
 */
import { aeadOpen, aeadSeal } from '../../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../platform/cryptoPort.js';
import { encodeEnvelope, encodeEnvelopeHeader, type Envelope, type EnvelopeHeader } from '../../protocol/frames.js';
import { pad } from './padding.js';

/** Header fields of an envelope to seal (the plaintext length is filled in). */
export type SealHeader = Omit<EnvelopeHeader, 'plaintextLength'>;

/** Pads, encrypts and encodes one envelope. */
export async function sealEnvelope(crypto: CryptoPort, key: CryptoKeyHandle, header: SealHeader, plaintext: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const headerBytes = encodeEnvelopeHeader({ ...header, plaintextLength: plaintext.length });
  const sealed = await aeadSeal(crypto, key, pad(plaintext), headerBytes);
  return encodeEnvelope(headerBytes, sealed.nonce, sealed.ciphertext) as Uint8Array<ArrayBuffer>;
}

/** Opens an envelope; `undefined` if it does not authenticate (tampered, or the wrong key). */
export async function openEnvelope(crypto: CryptoPort, key: CryptoKeyHandle, envelope: Envelope): Promise<Uint8Array | undefined> {
  const padded = await aeadOpen(crypto, key, envelope.nonce, envelope.ciphertext, envelope.headerBytes);
  if (padded === undefined) return undefined;
  return padded.subarray(0, envelope.header.plaintextLength);
}
