/**
 * The signing keys of a case's members, imported once per device for checking envelope
 * signatures (importing a P-256 key costs more than verifying with it). Keys come from the
 * verified membership log only, never from the relay's device list.
 */
import { importVerifyKey } from '../../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, type DeviceId } from '../../protocol/ids.js';
import type { MembershipLog } from './membershipLog.js';

/** Verify keys by device, as the log names them. */
export class MemberKeys {
  private readonly imported = new Map<string, Promise<CryptoKeyHandle | undefined>>();

  constructor(
    private readonly crypto: CryptoPort,
    private readonly log: () => MembershipLog,
  ) {}

  /** The verify key of `device` as the log records it; undefined for a device the log does not know. */
  verifyKey(device: DeviceId): Promise<CryptoKeyHandle | undefined> {
    const member = this.log().members.get(device);
    if (member === undefined) return Promise.resolve(undefined);
    const cacheKey = `${device}:${member.pub.sign}`;
    let key = this.imported.get(cacheKey);
    if (key === undefined) {
      key = importVerifyKey(this.crypto, fromBase64Url(member.pub.sign)!);
      this.imported.set(cacheKey, key);
    }
    return key;
  }
}
