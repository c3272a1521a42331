/** Per-connection state of the relay core. */
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import type { Role } from '../../shared/protocol/roles.js';
import type { SocketLike } from './socketLike.js';
import type { TokenBucket } from './tokenBucket.js';

/**
 * `awaiting-login`: challenge sent, nothing else allowed. `authenticating`: login received,
 * being checked and the device welcomed (later messages queue). `catching-up`: welcomed, stored
 * frames being sent; live DELIVERs start when it reached the room's head. `live`: receiving frames.
 */
export type ConnectionState = 'awaiting-login' | 'authenticating' | 'catching-up' | 'live' | 'closed';

export interface Connection {
  readonly id: number;
  readonly socket: SocketLike;
  readonly nonce: string;
  /** Frames per second. */
  readonly bucket: TokenBucket;
  /** Bytes per second: over it, the socket is paused until the budget refilled (backpressure, nothing dropped). */
  readonly bytes: TokenBucket;
  state: ConnectionState;
  room?: RoomId;
  deviceId?: DeviceId;
  role?: Role;
  /** Waiting for an admin's approval: no frames, no keys. */
  pending: boolean;
  /** Set while a message of this connection is being handled asynchronously: later ones wait in `queued`. */
  busy: boolean;
  /** Messages that arrived while an earlier one was being handled, in order. */
  queued: Array<string | Uint8Array>;
  /** Bytes in `queued` and in SUBMITs waiting for the group commit (counted against the relay's input budget). */
  heldBytes: number;
  loginTimer?: ReturnType<typeof setTimeout>;
  /** Consecutive frames refused by the rate limit; the connection is closed when this grows. */
  rateDrops: number;
  /** Counted in the cluster's room census (enter succeeded). */
  entered: boolean;
}

/** Welcomed: receives control messages of its room (DELIVERs and awareness only once live). */
export const welcomed = (c: Connection): boolean => c.state === 'live' || c.state === 'catching-up';
