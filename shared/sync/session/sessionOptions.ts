/** How a case session is opened: what it runs on, and which case, where, how. */
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { SocketPort } from '../../platform/socketPort.js';
import type { TimerPort } from '../../platform/timers.js';
import type { RoomId } from '../../protocol/ids.js';
import type { DeviceLabel } from '../../protocol/messages.js';
import type { KeyStore } from '../keys/keyStore.js';
import type { LocalCaseStore } from '../local/localCaseStore.js';
import type { LoginPlan } from '../link/login.js';
import type { EraseReason } from '../membership/logEntry.js';

/** Platform and storage a session runs on. */
export interface CaseSessionDeps {
  readonly crypto: CryptoPort;
  readonly sockets: SocketPort;
  readonly timers: TimerPort;
  readonly store: LocalCaseStore;
  readonly keys: KeyStore;
  /** How this person appears to the room and in the access log. */
  readonly label: DeviceLabel;
  /** The clock (ms since the Unix epoch); default Date.now. Tests move it to see a 30-day re-key. */
  readonly now?: () => number;
  /**
   * Whether a plain `ws://` relay outside this machine may be used (an operator's closed network,
   * named in the UI as an unprotected connection). Default: never.
   */
  readonly allowUnprotected?: (relayUrl: string) => boolean | Promise<boolean>;
  /** How long held-back updates may stay missing before the alarm (default 20 s; tests shorten it). */
  readonly withheldGraceMs?: number;
  /**
   * Deletes the case from this device (its keys, its local copy) once its removal or erasure is
   * verified in the signed log; the SyncClient's `forgetCase`. Without it the session only stops.
   */
  readonly forget?: (room: RoomId, reason: 'removed' | 'erased', erasedFor?: EraseReason) => Promise<void>;
  /** When to ask the relay again whether a refusal as 'removed' is confirmed by the signed log (ms after the refusal). */
  readonly removalChecksMs?: readonly number[];
}

/** Options of one case session. */
export interface CaseSessionOptions {
  readonly room: RoomId;
  /** The relay's WebSocket URL (ws:// or wss://); null for a case kept only on this device. */
  readonly relayUrl: string | null;
  readonly login: LoginPlan;
  /** false: open from the local store only ('local-only'); `connect()` later. Default true (ignored without a relay). */
  readonly connect?: boolean;
  /** Batch window for local updates (ms). Default 40. */
  readonly batchMs?: number;
  /** Write a local snapshot after this many stored frames. Default 500. */
  readonly localSnapshotEvery?: number;
}
