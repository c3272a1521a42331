/**
 * The safety code the chair and a newcomer compare (by phone, or side by side) before the
 * newcomer sees content: six digits both devices compute from the invite secret and both
 * devices' signing public keys. A relay that swapped a public key (to receive the case key
 * itself) makes the two codes differ; the relay never has the secret.
 */
import { concatBytes, hkdf, sha256, utf8 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';

/** "123 456": six digits in two groups. */
export async function safetyCode(crypto: CryptoPort, secret: Uint8Array, inviterSignSpki: Uint8Array, inviteeSignSpki: Uint8Array): Promise<string> {
  // Hash each key first so the input is unambiguous whatever the key encodings' lengths.
  const transcript = concatBytes(utf8('tafel/safety-code/v1'), await sha256(crypto, inviterSignSpki), await sha256(crypto, inviteeSignSpki));
  const out = await hkdf(crypto, secret, new Uint8Array(0), transcript, 8);
  let n = 0;
  for (let i = 0; i < 6; i++) n = n * 256 + out[i]!;
  const digits = String(n % 1_000_000).padStart(6, '0');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}
