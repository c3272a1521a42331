/**
 * The commitment to a case key that an epoch entry of the membership log carries: a device takes
 * a case key only if it matches the signed commitment of its epoch, so a key the relay made and
 * wrapped itself is refused (docs/threat-model.md, "Keys and epochs").
 */
import { concatBytes, sha256, utf8 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { toBase64Url, type RoomId } from '../../protocol/ids.js';

/** b64url SHA-256 over a domain, the room, the epoch and the key (the key is 256 random bits: it cannot be guessed back). */
export async function epochCommitment(crypto: CryptoPort, room: RoomId, epoch: number, key: Uint8Array): Promise<string> {
  return toBase64Url(await sha256(crypto, concatBytes(utf8(`tafel/epoch-key/v1|${room}|${epoch}|`), key)));
}
