/**
 * Security alarms: something the relay (or someone through it) sent that this device refused —
 * a forged or tampered frame, a key without a signed epoch, a membership entry that does not
 * verify, a fork, updates withheld. Each is kept in the device's local store and shown in words
 * (what happened, that nothing was applied, what to do); none is ever silent. Alarms hold kinds,
 * ids and times only, never content (docs/threat-model.md, "What people see").
 */
import type { DeviceId, RoomId } from '../../protocol/ids.js';

/** What was refused. */
export type AlarmKind =
  /** A frame not signed by a member of the case (or signed by someone else than its sender). */
  | 'forged-frame'
  /** A frame that did not decrypt with the case key (changed on the way). */
  | 'tampered'
  /** A change from a device that may not write (an observer, or a device not yet admitted). */
  | 'not-a-writer'
  /** A change from a removed device, written after its removal. */
  | 'removed-device'
  /** A case key that does not match the signed epoch of the membership log. */
  | 'key-refused'
  /** The relay named an older case-key epoch than the membership log has (a downgrade). */
  | 'epoch-downgrade'
  /** A membership log entry that does not verify or is not allowed. */
  | 'log-refused'
  /** Two different histories: of the membership log, or of one device's changes. */
  | 'fork'
  /** Changes that others have and this device did not receive (held back by the relay). */
  | 'withheld'
  /** The case's first membership entry is not the one the invite named. */
  | 'wrong-genesis'
  /** The relay said the case was erased without the chair's valid signed erasure: nothing was deleted. */
  | 'erase-unproven';

/** One refusal, as kept and shown. */
export interface SecurityAlarm {
  readonly kind: AlarmKind;
  /** When this device refused it (ms since the Unix epoch). */
  readonly at: number;
  readonly room: RoomId;
  /** The device the refused thing claimed to come from, if any. */
  readonly device?: DeviceId;
  /** The relay's seq of a refused frame, if any. */
  readonly seq?: number;
}

/** Every alarm kind (for the catalogue's completeness test and the UI). */
export const ALARM_KINDS: readonly AlarmKind[] = [
  'forged-frame',
  'tampered',
  'not-a-writer',
  'removed-device',
  'key-refused',
  'epoch-downgrade',
  'log-refused',
  'fork',
  'withheld',
  'wrong-genesis',
  'erase-unproven',
];
