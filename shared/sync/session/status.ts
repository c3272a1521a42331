/**
 * What a case session tells the UI, in states it can put into words (the UI's message
 * catalogue owns the Dutch and English sentences).
 */
import type { DeviceInfo } from '../../protocol/messages.js';
import type { Role } from '../../protocol/roles.js';
import type { SecurityAlarm } from '../integrity/alarms.js';

/** Connection state of a case session. */
export type SyncState =
  /** Opened without connecting: edits stay on this device (and are queued for later). */
  | 'local-only'
  /** Reaching the relay; nothing waits to be sent. */
  | 'connecting'
  /** Not connected, and edits made here wait in the local queue (they are safe on this device). */
  | 'offline-with-pending-changes'
  /** Connected; catching up or sending. */
  | 'syncing'
  /** Connected, caught up, and the relay has stored every local edit. */
  | 'synced'
  /** Invited with approval: the chair has not admitted this device yet (compare the safety code). */
  | 'awaiting-approval'
  /** Stopped for a reason the user must hear (see `SyncErrorKind`); no reconnects. */
  | 'error';

/**
 * Why a session stopped (with state 'error'), or, with any other state, a problem the session
 * goes on despite: 'too-large', 'local-store-failed' and 'internal'.
 */
export type SyncErrorKind =
  /**
   * The chair removed this device from the case. Once the signed log confirms it, the case's keys
   * and copy are deleted from this device (`gone`).
   */
  | 'removed'
  /** The chair erased the case (verified against the signed log): its keys and copy are deleted from this device. */
  | 'erased'
  /**
   * The relay says the case was erased but could not show the chair's signed erasure: nothing was
   * deleted (an alarm is raised); call the chair.
   */
  | 'erase-unproven'
  /** The invite link was already used (or revoked): it opens nothing. */
  | 'invite-used'
  | 'invite-expired'
  /** The invite package did not open with the link's secret (damaged or forged link). */
  | 'invite-invalid'
  /** The relay does not know this device or refused its signature. */
  | 'unauthenticated'
  /** The relay does not know this case. */
  | 'case-not-found'
  /**
   * An edit too large to send even in pieces (e.g. one embedded file over 256 KiB): it stays on
   * this device (not lost, not sent) and later edits go on; as a stop: the relay refused a frame
   * as too large.
   */
  | 'too-large'
  /** Saving to this device's store failed: recent edits are kept in memory and retried. */
  | 'local-store-failed'
  /** Something else failed inside sync (a bug or the platform); sync goes on. */
  | 'internal'
  /** The relay speaks a newer protocol: update Tafel. */
  | 'update-required'
  /**
   * The relay handed over a history that cannot be the case's (another genesis, a shorter log than
   * the invite named, a forked membership log): nothing of it is trusted; call the chair.
   */
  | 'untrusted-relay'
  /** A plain `ws://` relay outside this machine, not allowed for a closed network: the connection would be readable. */
  | 'insecure-transport'
  /** A case made before signed membership (protocol 1) that this device cannot move over (only its chair can). */
  | 'legacy-case';

/** A snapshot of the session's state. */
export interface SyncStatus {
  readonly state: SyncState;
  /** With state 'error': why it stopped; otherwise a problem to show (the session goes on). */
  readonly error?: SyncErrorKind;
  /** Local edits not yet stored by the relay. */
  readonly pendingChanges: number;
  /** This device's role in the case, once the relay said it. */
  readonly role?: Role;
  /** Security alarms raised since the session opened (refused frames, keys, log entries …): each was reported, none applied. */
  readonly alarms: number;
}

/** Events of a case session. */
export interface CaseSessionEvents {
  status: (status: SyncStatus) => void;
  /** Something was refused (see integrity/alarms.ts); it is also kept in the local store. */
  alarm: (alarm: SecurityAlarm) => void;
  /** The room's devices changed (joined, left, approved, removed, went on/offline). */
  devices: (devices: readonly DeviceInfo[]) => void;
  /** Caught up with the relay (each time after a (re)connect). */
  synced: () => void;
  /**
   * The case is gone from this device: its removal or erasure was verified in the signed log, and
   * its keys and local copy were deleted. The session is stopped.
   */
  gone: (reason: 'removed' | 'erased') => void;
}
