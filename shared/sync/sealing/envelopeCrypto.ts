/**
 * Sealing and opening envelopes: the protocol codec (`shared/protocol/frames.ts`) lays out the
 * bytes, `shared/crypto` encrypts and signs. The header is the AEAD associated data, so a relay
 * that changes any header field (room, epoch, sender, kind, seq base) makes the envelope fail to
 * open; and the sender device signs header, nonce and ciphertext, so no one without that device's
 * key — not the relay, not another member holding the case key — can write in its name.
 */
import { aeadOpen, aeadSeal, concatBytes, signBytes, utf8, verifyWith } from '../../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../platform/cryptoPort.js';
import { encodeEnvelope, encodeEnvelopeHeader, encodeSignedPart, type Envelope, type EnvelopeHeader } from '../../protocol/frames.js';
import { pad } from './padding.js';

/** Header fields of an envelope to seal (the plaintext length is filled in). */
export type SealHeader = Omit<EnvelopeHeader, 'plaintextLength'>;

/** Domain of envelope signatures: nothing else a device signs starts with these bytes. */
const SIGNING_DOMAIN = utf8('tafel/envelope/v2\n');

/** Pads, encrypts, signs and encodes one envelope. */
export async function sealEnvelope(
  crypto: CryptoPort,
  key: CryptoKeyHandle,
  signer: CryptoKeyHandle,
  header: SealHeader,
  plaintext: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const headerBytes = encodeEnvelopeHeader({ ...header, plaintextLength: plaintext.length });
  const sealed = await aeadSeal(crypto, key, pad(plaintext), headerBytes);
  const signedPart = encodeSignedPart(headerBytes, sealed.nonce, sealed.ciphertext);
  const signature = await signBytes(crypto, signer, concatBytes(SIGNING_DOMAIN, signedPart));
  return encodeEnvelope(signedPart, signature) as Uint8Array<ArrayBuffer>;
}

/** True if `envelope` carries a valid signature by the holder of `senderKey` (an imported verify key). */
export function verifyEnvelope(crypto: CryptoPort, senderKey: CryptoKeyHandle, envelope: Envelope): Promise<boolean> {
  return verifyWith(crypto, senderKey, envelope.signature, concatBytes(SIGNING_DOMAIN, envelope.signedBytes));
}

/** Opens an envelope; `undefined` if it does not authenticate (tampered, or the wrong key). */
export async function openEnvelope(crypto: CryptoPort, key: CryptoKeyHandle, envelope: Envelope): Promise<Uint8Array | undefined> {
  const padded = await aeadOpen(crypto, key, envelope.nonce, envelope.ciphertext, envelope.headerBytes);
  if (padded === undefined) return undefined;
  return padded.subarray(0, envelope.header.plaintextLength);
}
