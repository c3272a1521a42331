/**
 * Builds signed membership logs for tests, as honest devices (and attackers) would write them:
 * real device keys, real invite keys, real signatures, real commitments.
 */
import { generateDeviceKeyMaterial, importDeviceKeys, newSymmetricKey, randomBytes, type DeviceKeys } from '../../shared/crypto/index.js';
import type { CryptoKeyHandle } from '../../shared/platform/cryptoPort.js';
import { toBase64Url, type DeviceId, type RoomId } from '../../shared/protocol/ids.js';
import type { Role } from '../../shared/protocol/roles.js';
import { epochCommitment } from '../../shared/sync/keys/epochCommitment.js';
import { devicePublic, nextContent, parseEntry, signEntry, type EntryBody } from '../../shared/sync/membership/logEntry.js';

const c = globalThis.crypto;

/** A test device: keys, and the label it joins with. */
export interface LogDevice {
  readonly keys: DeviceKeys;
  readonly id: DeviceId;
  readonly name: string;
}

export async function logDevice(name: string): Promise<LogDevice> {
  const keys = await importDeviceKeys(c, await generateDeviceKeyMaterial(c));
  return { keys, id: keys.id, name };
}

/** An invite as the chair keeps it: token hash and the invite's signing key pair. */
export interface TestInvite {
  readonly tokenHash: string;
  readonly role: Role;
  readonly requireApproval: boolean;
  readonly privateKey: CryptoKeyHandle;
  readonly publicSpki: Uint8Array;
}

/** Writes entries one after another (index and prev follow); texts are the wire form. */
export class LogBuilder {
  readonly texts: string[] = [];
  private head = '';
  /** Case keys by epoch (what the chair made). */
  readonly keys = new Map<number, Uint8Array>();

  constructor(readonly room: RoomId) {}

  static async withGenesis(chair: LogDevice, room = toBase64Url(randomBytes(c, 16)) as RoomId): Promise<LogBuilder> {
    const b = new LogBuilder(room);
    const key = newSymmetricKey(c);
    b.keys.set(1, key);
    await b.add(chair, {
      type: 'genesis',
      device: await devicePublic(c, chair.keys),
      label: { name: chair.name, organisation: 'Veilig Thuis' },
      commitment: await epochCommitment(c, room, 1, key),
    });
    return b;
  }

  /** Signs `body` as `by` at the next index and appends it; returns the text. */
  async add(by: LogDevice, body: EntryBody, cosigner?: CryptoKeyHandle): Promise<string> {
    const text = await this.sign(by, body, cosigner);
    await this.push(text);
    return text;
  }

  /** Signs without appending (for forks and forgeries). */
  sign(by: LogDevice, body: EntryBody, cosigner?: CryptoKeyHandle, index = this.texts.length, prev = this.head): Promise<string> {
    return signEntry(c, by.keys, nextContent(this.room, index, prev, by.id, body, Date.now()), cosigner);
  }

  async push(text: string): Promise<void> {
    this.texts.push(text);
    this.head = (await parseEntry(c, text))!.hash;
  }

  get headHash(): string {
    return this.head;
  }

  async invite(chair: LogDevice, role: Role = 'member', requireApproval = false): Promise<TestInvite> {
    const pair = await c.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const publicSpki = new Uint8Array(await c.subtle.exportKey('spki', pair.publicKey));
    const tokenHash = toBase64Url(randomBytes(c, 32));
    await this.add(chair, { type: 'invite', tokenHash, role, requireApproval, inviteKey: toBase64Url(publicSpki), expiresAt: Date.now() + 86_400_000 });
    return { tokenHash, role, requireApproval, privateKey: pair.privateKey, publicSpki };
  }

  async join(device: LogDevice, invite: TestInvite): Promise<string> {
    return this.add(
      device,
      { type: 'join', invite: invite.tokenHash, device: await devicePublic(c, device.keys), label: { name: device.name, organisation: 'Politie' } },
      invite.privateKey,
    );
  }

  async epoch(chair: LogDevice, devices: DeviceId[]): Promise<number> {
    const epoch = Math.max(...this.keys.keys()) + 1;
    const key = newSymmetricKey(c);
    this.keys.set(epoch, key);
    await this.add(chair, { type: 'epoch', epoch, commitment: await epochCommitment(c, this.room, epoch, key), devices });
    return epoch;
  }
}
