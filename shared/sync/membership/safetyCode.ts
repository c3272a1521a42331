/**
 * The safety code the chair and a newcomer compare (by phone, or side by side) before the
 * newcomer sees content: six digits both devices compute from the invite secret, the invite, and
 * every public key of both devices (signing and key agreement) plus the newcomer's name and
 * organisation. A relay that swapped any of them (to receive the case key itself, or to show the
 * chair another person) makes the two codes differ; the relay never has the secret.
 */
import { concatBytes, hkdf, sha256, utf8 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { DeviceLabel } from '../../protocol/messages.js';

/** One side's public keys (SPKI bytes). */
export interface CodeParty {
  readonly sign: Uint8Array;
  readonly box: Uint8Array;
}

/** "123 456": six digits in two groups. */
export async function safetyCode(
  crypto: CryptoPort,
  secret: Uint8Array,
  tokenHash: string,
  inviter: CodeParty,
  invitee: CodeParty & { readonly label: DeviceLabel },
): Promise<string> {
  // Hash each part first so the input is unambiguous whatever the encodings' lengths.
  const parts = [utf8(tokenHash), inviter.sign, inviter.box, invitee.sign, invitee.box, utf8(JSON.stringify([invitee.label.name, invitee.label.organisation]))];
  const hashes = await Promise.all(parts.map((p) => sha256(crypto, p)));
  const out = await hkdf(crypto, secret, new Uint8Array(0), concatBytes(utf8('tafel/safety-code/v2'), ...hashes), 8);
  let n = 0;
  for (let i = 0; i < 6; i++) n = n * 256 + out[i]!;
  const digits = String(n % 1_000_000).padStart(6, '0');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}
