/**
 * Case keys arriving at a session — wrapped for this device by a member (through the relay's
 * `keys` message) or in an invite package — are taken only together with a signed epoch entry of
 * the membership log whose commitment matches. A key for an epoch the log does not have yet waits
 * until the log arrives; a key that does not match is refused and reported, and nothing is ever
 * sealed under it (docs/threat-model.md, "Keys and epochs"). Keys this device made itself, or
 * took before and kept in its vault, are its own.
 */
import { unwrapKeyForDevice, wrapKeyForDevice, type DeviceKeys } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url, type DeviceId, type RoomId } from '../../protocol/ids.js';
import type { AlarmKind } from '../integrity/alarms.js';
import type { MembershipLog } from '../membership/membershipLog.js';
import { epochCommitment } from './epochCommitment.js';
import { caseKeyContext } from './keyContext.js';
import type { CaseKeyring } from './keyring.js';
import type { KeyStore } from './keyStore.js';

/** A case key of one epoch. */
export interface EpochKey {
  readonly epoch: number;
  readonly key: Uint8Array;
}

/** What the gate needs from its session. */
export interface KeyGateContext {
  readonly crypto: CryptoPort;
  readonly room: RoomId;
  readonly device: DeviceKeys;
  readonly keyring: CaseKeyring;
  readonly keys: KeyStore;
  log(): MembershipLog;
  /** Fetches the membership log from the relay (a key arrived for an epoch the log does not have). */
  refreshLog(): Promise<void>;
  alarm(kind: AlarmKind): void;
  /** A key was taken (the outbox may seal under it now). */
  accepted(epoch: number): void;
}

/** Keys waiting for their epoch entry, and the checks. */
export class KeyGate {
  private readonly waiting = new Map<number, Uint8Array>();

  constructor(private readonly ctx: KeyGateContext) {}

  /**
   * Offers a key; it is taken when it matches its epoch's signed commitment. A key from the
   * invite package (`wait`) waits for the log, which comes after it; a key the relay hands over
   * for an epoch the log does not have even after fetching it is refused.
   */
  async offer(epoch: number, key: Uint8Array, wait = false): Promise<'taken' | 'waiting' | 'refused'> {
    const { ctx } = this;
    if (ctx.keyring.has(epoch)) return 'taken';
    if (ctx.log().commitmentOf(epoch) === undefined && !wait) await ctx.refreshLog();
    const commitment = ctx.log().commitmentOf(epoch);
    if (commitment === undefined && !wait) {
      ctx.alarm('key-refused');
      return 'refused';
    }
    if (commitment === undefined) {
      this.waiting.set(epoch, key);
      return 'waiting';
    }
    if ((await epochCommitment(ctx.crypto, ctx.room, epoch, key)) !== commitment) {
      ctx.alarm('key-refused');
      return 'refused';
    }
    ctx.keyring.add(epoch, key);
    await ctx.keys.putCaseKeys(ctx.room, [{ epoch, key }]);
    ctx.accepted(epoch);
    return 'taken';
  }

  /** Unwraps a key the relay holds for this device and offers it; a key that does not unwrap is refused. */
  async offerWrapped(epoch: number, wrapped: string): Promise<void> {
    const bytes = fromBase64Url(wrapped);
    const key =
      bytes === undefined
        ? undefined
        : await unwrapKeyForDevice(this.ctx.crypto, bytes, this.ctx.device.boxPrivate, caseKeyContext(this.ctx.room, epoch, this.ctx.device.id));
    if (key === undefined) this.ctx.alarm('key-refused');
    else await this.offer(epoch, key);
  }

  /** Checks the waiting keys again (after new log entries). */
  async recheck(): Promise<void> {
    for (const [epoch, key] of [...this.waiting]) {
      if (this.ctx.log().commitmentOf(epoch) === undefined) continue;
      this.waiting.delete(epoch);
      await this.offer(epoch, key, true);
    }
  }

  /** Epochs with a key that still waits for its entry (a relay naming keys the log never gets is noticed by the caller). */
  get waitingEpochs(): number[] {
    return [...this.waiting.keys()];
  }
}

/** Wraps a case key for one device's box key (bound to room, epoch and device). */
export async function wrapCaseKey(
  crypto: CryptoPort,
  room: RoomId,
  deviceId: DeviceId,
  boxPublicSpki: Uint8Array,
  epoch: number,
  key: Uint8Array,
): Promise<string> {
  return toBase64Url(await wrapKeyForDevice(crypto, key, boxPublicSpki, caseKeyContext(room, epoch, deviceId)));
}
