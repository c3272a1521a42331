/** Per-connection state of the relay core. */
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import type { Role } from '../../shared/protocol/roles.js';
import type { SocketLike } from './socketLike.js';
import type { TokenBucket } from './tokenBucket.js';

/**
 * `awaiting-login`: challenge sent, nothing else allowed. `authenticating`: login received,
 * signature check running (later messages queue). `live`: caught up, receiving frames.
 */
export type ConnectionState = 'awaiting-login' | 'authenticating' | 'live' | 'closed';

export interface Connection {
  readonly id: number;
  readonly socket: SocketLike;
  readonly nonce: string;
  readonly bucket: TokenBucket;
  state: ConnectionState;
  room?: RoomId;
  deviceId?: DeviceId;
  role?: Role;
  /** Waiting for an admin's approval: no frames, no keys. */
  pending: boolean;
  /** Messages that arrived while the login was being checked, handled in order after it. */
  queued: Array<string | Uint8Array>;
  loginTimer?: ReturnType<typeof setTimeout>;
  /** Consecutive frames refused by the rate limit; the connection is closed when this grows. */
  rateDrops: number;
}
