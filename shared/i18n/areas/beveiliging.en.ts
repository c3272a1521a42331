/** English messages of security alarms and unprotected connections, typed against the Dutch catalogue. */
import type { beveiligingNl } from './beveiliging.nl.js';

export const beveiligingEn: Record<keyof typeof beveiligingNl, string> = {
  'beveiliging.alarm.heading': 'Security alert',
  'beveiliging.alarm.count': '{count} security alerts',
  'beveiliging.alarm.nothingUsed': 'Tafel refused this: nothing of it was used. Your own work and that of the others is safe.',
  'beveiliging.alarm.whatToDo': 'What to do: tell the chair (case coordinator) and call the server operator. Go on working; Tafel keeps checking everything.',
  'beveiliging.alarm.from': 'Coming from: {name}',
  'beveiliging.alarm.fromUnknown': 'Coming from: a device that is not a participant of this case',
  'beveiliging.alarm.at': 'Reported on {moment}',
  'beveiliging.alarm.dismiss': 'Seen',
  'beveiliging.alarm.more': 'All alerts of this case',
  'beveiliging.alarm.startScreen': 'Security alert in this case: something was refused. Open the case for details.',
  'beveiliging.alarm.kind.forged-frame': 'A change arrived that is not signed by a participant of this case, or that posed as someone else.',
  'beveiliging.alarm.kind.tampered': 'Data arrived that was changed or damaged on the way.',
  'beveiliging.alarm.kind.not-a-writer': 'A change arrived from someone who may only read this case (or is not admitted yet).',
  'beveiliging.alarm.kind.removed-device': 'A change arrived from a device removed from this case, written after its removal.',
  'beveiliging.alarm.kind.key-refused': 'The server offered a key that the chair did not record.',
  'beveiliging.alarm.kind.epoch-downgrade': 'The server tried to go back to an old key of this case.',
  'beveiliging.alarm.kind.log-refused': 'A change to the list of participants arrived that does not check out (not or wrongly signed).',
  'beveiliging.alarm.kind.fork': 'The server shows different participants a different version (of the list of participants or of someone’s changes).',
  'beveiliging.alarm.kind.withheld': 'Changes that others already have did not arrive here: the server seems to hold them back.',
  'beveiliging.alarm.kind.wrong-genesis': 'The server gave the history of another case than the one you were invited to.',
  'beveiliging.alarm.kind.erase-unproven':
    "The server said this case was erased, without the chair's signed decision. Nothing was deleted: the case stays on this device.",
  'beveiliging.transport.unprotected':
    'Unprotected connection: this server does not use an encrypted connection (https/wss). That is only allowed in a closed network the operator set up for it.',
  'beveiliging.transport.refused':
    'This server is not protected (no https/wss). Tafel does not connect, because others on the network could read along. Ask the operator for a protected connection.',
};
