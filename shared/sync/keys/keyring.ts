/**
 * The case keys one session holds: one 256-bit key per epoch, as raw bytes (to wrap for other
 * devices and keep in the vault) and as imported non-extractable AES-GCM keys (to seal and open).
 */
import { importAeadKey } from '../../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../../platform/cryptoPort.js';

/** Case keys by epoch. */
export class CaseKeyring {
  private readonly raw = new Map<number, Uint8Array>();
  private readonly imported = new Map<number, Promise<CryptoKeyHandle>>();

  constructor(private readonly crypto: CryptoPort) {}

  /** Adds (or replaces) the key of `epoch`. */
  add(epoch: number, key: Uint8Array): void {
    this.raw.set(epoch, key);
    this.imported.delete(epoch);
  }

  has(epoch: number): boolean {
    return this.raw.has(epoch);
  }

  /** The highest epoch held, 0 if none. */
  get latestEpoch(): number {
    let max = 0;
    for (const e of this.raw.keys()) max = Math.max(max, e);
    return max;
  }

  /** Every epoch with its raw key, oldest first. */
  entries(): Array<{ epoch: number; key: Uint8Array }> {
    return [...this.raw].sort((a, b) => a[0] - b[0]).map(([epoch, key]) => ({ epoch, key }));
  }

  /** The imported key of `epoch`, or `undefined` if this session has none. */
  key(epoch: number): Promise<CryptoKeyHandle> | undefined {
    const raw = this.raw.get(epoch);
    if (raw === undefined) return undefined;
    let k = this.imported.get(epoch);
    if (k === undefined) {
      k = importAeadKey(this.crypto, raw);
      this.imported.set(epoch, k);
    }
    return k;
  }
}
