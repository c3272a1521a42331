/**
 * Keys at rest, on top of the host's vault (Electron: safeStorage; browser: wrapped with a
 * passphrase-derived key). The vault holds this device's two key pairs, the case keys of every
 * case and epoch, the key that seals the local case index, and invite secrets until they are no
 * longer needed. Nothing here is ever sent anywhere; shared/crypto does the cryptography.
 */
import { fromUtf8, generateDeviceKeyMaterial, importDeviceKeys, newSymmetricKey, utf8, type DeviceKeyMaterial, type DeviceKeys } from '../../crypto/index.js';
import type { HostError, HostResult, HostVault } from '../../host/hostApi.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url, type RoomId } from '../../protocol/ids.js';
import type { Role } from '../../protocol/roles.js';

/** A vault call failed (locked, unavailable): nothing was changed. */
export class VaultError extends Error {
  constructor(readonly hostError: HostError) {
    super(`vault: ${hostError.code}`);
  }
}

/** What an invitee keeps between opening the link and being admitted. */
export interface PendingInvite {
  readonly token: string;
  readonly secret: Uint8Array;
  /** From the opened package: the inviter's public keys (for the safety code). */
  readonly inviter?: { readonly sign: string; readonly box: string };
}

/** What the chair keeps of an invite it made, to compute the safety code with the newcomer. */
export interface IssuedInvite {
  readonly tokenHash: string;
  readonly secret: Uint8Array;
  readonly role: Role;
  readonly requireApproval: boolean;
  readonly createdAt: number;
}

const NAMES = {
  device: 'tafel:device:v1',
  indexKey: 'tafel:index-key:v1',
  caseKeys: (room: RoomId) => `tafel:case-keys:${room}`,
  pendingInvite: (room: RoomId) => `tafel:invite:${room}`,
  issuedInvites: (room: RoomId) => `tafel:issued:${room}`,
};

function unwrap<T>(result: HostResult<T>): T {
  if (!result.ok) throw new VaultError(result.error);
  return result.value;
}

function b64(bytes: Uint8Array): string {
  return toBase64Url(bytes);
}

function bytesOf(text: unknown): Uint8Array<ArrayBuffer> {
  const bytes = typeof text === 'string' ? fromBase64Url(text) : undefined;
  if (bytes === undefined) throw new TypeError('vault entry is damaged');
  return bytes as Uint8Array<ArrayBuffer>;
}

/** Device keys, case keys and invite secrets in the host vault. */
export class KeyStore {
  private device: Promise<DeviceKeys> | undefined;

  constructor(
    private readonly vault: HostVault,
    private readonly crypto: CryptoPort,
  ) {}

  private async getJson(name: string): Promise<Record<string, unknown> | undefined> {
    const bytes = unwrap(await this.vault.get(name));
    if (bytes === null) return undefined;
    const value: unknown = JSON.parse(fromUtf8(bytes));
    if (typeof value !== 'object' || value === null) throw new TypeError('vault entry is damaged');
    return value as Record<string, unknown>;
  }

  private async putJson(name: string, value: unknown): Promise<void> {
    unwrap(await this.vault.put(name, utf8(JSON.stringify(value))));
  }

  /** This device's keys; made and stored on first use. */
  deviceKeys(): Promise<DeviceKeys> {
    this.device ??= this.loadOrCreateDevice().catch((error: unknown) => {
      this.device = undefined;
      throw error;
    });
    return this.device;
  }

  private async loadOrCreateDevice(): Promise<DeviceKeys> {
    const stored = await this.getJson(NAMES.device);
    if (stored !== undefined) {
      return importDeviceKeys(this.crypto, {
        signPrivatePkcs8: bytesOf(stored['signPrivatePkcs8']),
        signPublicSpki: bytesOf(stored['signPublicSpki']),
        boxPrivatePkcs8: bytesOf(stored['boxPrivatePkcs8']),
        boxPublicSpki: bytesOf(stored['boxPublicSpki']),
      });
    }
    const material: DeviceKeyMaterial = await generateDeviceKeyMaterial(this.crypto);
    await this.putJson(NAMES.device, {
      signPrivatePkcs8: b64(material.signPrivatePkcs8),
      signPublicSpki: b64(material.signPublicSpki),
      boxPrivatePkcs8: b64(material.boxPrivatePkcs8),
      boxPublicSpki: b64(material.boxPublicSpki),
    });
    return importDeviceKeys(this.crypto, material);
  }

  /** The case keys of a room by epoch (empty if none). */
  async caseKeys(room: RoomId): Promise<Map<number, Uint8Array>> {
    const stored = (await this.getJson(NAMES.caseKeys(room))) ?? {};
    const out = new Map<number, Uint8Array>();
    for (const [epoch, key] of Object.entries(stored)) out.set(Number(epoch), bytesOf(key));
    return out;
  }

  /** Adds case keys (by epoch) to a room's entry. */
  async putCaseKeys(room: RoomId, keys: ReadonlyArray<{ epoch: number; key: Uint8Array }>): Promise<void> {
    const stored = (await this.getJson(NAMES.caseKeys(room))) ?? {};
    for (const { epoch, key } of keys) stored[String(epoch)] = b64(key);
    await this.putJson(NAMES.caseKeys(room), stored);
  }

  /** The key that seals this device's case index; made on first use. */
  async indexKey(): Promise<Uint8Array> {
    const stored = unwrap(await this.vault.get(NAMES.indexKey));
    if (stored !== null) return stored;
    const key = newSymmetricKey(this.crypto);
    unwrap(await this.vault.put(NAMES.indexKey, key));
    return key;
  }

  async putPendingInvite(room: RoomId, invite: PendingInvite): Promise<void> {
    await this.putJson(NAMES.pendingInvite(room), { ...invite, secret: b64(invite.secret) });
  }

  async pendingInvite(room: RoomId): Promise<PendingInvite | undefined> {
    const stored = await this.getJson(NAMES.pendingInvite(room));
    if (stored === undefined || typeof stored['token'] !== 'string') return undefined;
    const inviter = stored['inviter'] as Record<string, unknown> | undefined;
    const keys = typeof inviter?.['sign'] === 'string' && typeof inviter['box'] === 'string' ? { inviter: { sign: inviter['sign'], box: inviter['box'] } } : {};
    return { token: stored['token'], secret: bytesOf(stored['secret']), ...keys };
  }

  async deletePendingInvite(room: RoomId): Promise<void> {
    unwrap(await this.vault.delete(NAMES.pendingInvite(room)));
  }

  async addIssuedInvite(room: RoomId, invite: IssuedInvite): Promise<void> {
    const stored = (await this.getJson(NAMES.issuedInvites(room))) ?? {};
    stored[invite.tokenHash] = { ...invite, secret: b64(invite.secret) };
    await this.putJson(NAMES.issuedInvites(room), stored);
  }

  async issuedInvites(room: RoomId): Promise<IssuedInvite[]> {
    const stored = (await this.getJson(NAMES.issuedInvites(room))) ?? {};
    return Object.values(stored).map((v) => {
      const r = v as Record<string, unknown>;
      return {
        tokenHash: String(r['tokenHash']),
        secret: bytesOf(r['secret']),
        role: r['role'] as Role,
        requireApproval: r['requireApproval'] === true,
        createdAt: Number(r['createdAt']),
      };
    });
  }

  /**
   * Deletes every key and secret this device holds for `room` (case keys of every epoch, a pending
   * or issued invite) and the vault entries named in `others` (the renderer's own per-case entries):
   * after this, nothing on the device opens anything of the case.
   */
  async forgetRoom(room: RoomId, others: readonly string[] = []): Promise<void> {
    for (const name of [NAMES.caseKeys(room), NAMES.pendingInvite(room), NAMES.issuedInvites(room), ...others]) unwrap(await this.vault.delete(name));
  }

  async removeIssuedInvite(room: RoomId, tokenHash: string): Promise<void> {
    const stored = (await this.getJson(NAMES.issuedInvites(room))) ?? {};
    delete stored[tokenHash];
    await this.putJson(NAMES.issuedInvites(room), stored);
  }
}
