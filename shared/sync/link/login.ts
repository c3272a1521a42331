/**
 * Logging in to the relay: the signed answer to its challenge (create-room, hello or redeem),
 * and what a refusal means for the user.
 */
import { signBytes, type DeviceKeys } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { CloseCodes } from '../../protocol/closeCodes.js';
import { toBase64Url, type RoomId } from '../../protocol/ids.js';
import { PROTOCOL_VERSION, loginSignedBytes, type ClientMessage, type DeviceLabel } from '../../protocol/messages.js';
import type { SyncErrorKind } from '../session/status.js';

/** How a session logs in the next time it connects. */
export type LoginPlan =
  | { readonly type: 'hello' }
  /** `genesis`: the membership log's entry 0, made on this device with the case. */
  | { readonly type: 'create-room'; readonly accessKey: string; readonly genesis: string }
  | { readonly type: 'redeem'; readonly token: string; readonly secret: Uint8Array };

/** The login message answering a challenge `nonce`, signed with the device's ECDSA key. */
export async function loginMessage(
  crypto: CryptoPort,
  device: DeviceKeys,
  label: DeviceLabel,
  room: RoomId,
  plan: LoginPlan,
  since: { readonly seq: number; readonly log: number },
  nonce: string,
): Promise<ClientMessage> {
  const signature = toBase64Url(await signBytes(crypto, device.signPrivate, loginSignedBytes(nonce, room, plan.type)));
  const intro = { id: device.id, signPublicKey: toBase64Url(device.signPublicSpki), boxPublicKey: toBase64Url(device.boxPublicSpki), label };
  const v = PROTOCOL_VERSION;
  switch (plan.type) {
    case 'hello':
      return { type: 'hello', v, room, deviceId: device.id, since: since.seq, logSince: since.log, signature };
    case 'create-room':
      return { type: 'create-room', v, room, accessKey: plan.accessKey, device: intro, genesis: plan.genesis, signature };
    case 'redeem':
      return { type: 'redeem', v, room, token: plan.token, device: intro, signature };
    default: {
      const never: never = plan;
      return never;
    }
  }
}

/** What a close (or its preceding error) code means for the user; undefined = reconnect. */
export function syncErrorFor(code: number, redeeming: boolean): SyncErrorKind | undefined {
  switch (code) {
    case CloseCodes.unauthenticated.code:
      return 'unauthenticated';
    case CloseCodes.forbidden.code:
      // This client never writes as an observer or while pending, so 4403 means: removed.
      return 'removed';
    case CloseCodes.notFound.code:
      return redeeming ? 'invite-used' : 'case-not-found';
    case CloseCodes.inviteExpired.code:
      return 'invite-expired';
    case CloseCodes.unsupportedVersion.code:
      return 'update-required';
    case CloseCodes.tooLarge.code:
      return 'too-large';
    case CloseCodes.gone.code:
      return 'erase-unproven';
    default:
      return undefined;
  }
}
