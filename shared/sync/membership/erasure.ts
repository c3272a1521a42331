/**
 * Erasing a case (docs/threat-model.md, "Erasure"; docs/bewaartermijnen.md): the chair's device
 * signs an `erase` entry for the membership log and hands it to the relay with `erase-room`, which
 * keeps it in a tombstone and deletes everything else of the room. The entry is the proof every
 * member's device checks (the chair's signature, the same chain as its own copy) before it deletes
 * the case's keys and its local copy, now or the next time it connects. Irreversible.
 */
import type { EraseReason } from './logEntry.js';
import type { CaseSession } from '../session/caseSession.js';

/** Why an erasure was refused on this device before it reached the relay. */
export class ErasureRefused extends Error {
  constructor(readonly why: 'not-admin' | 'offline') {
    super(`sync: erasure refused (${why})`);
  }
}

/**
 * Erases the case of `session` (the chair's device): on the relay and then on this device. `datum`
 * is today (YYYY-MM-DD). A case kept only on this device is deleted here at once. Resolves once the
 * case is gone from this device; rejects (and changes nothing) when this device is not the case's
 * admin or cannot reach the relay.
 */
export async function eraseCase(session: CaseSession, reden: EraseReason, datum: string): Promise<void> {
  if (session.isLocalCase) return session.leave('erased', reden);
  if (session.log.length > 0 && !session.log.isAdmin(session.device.id)) throw new ErasureRefused('not-admin');
  if (session.status.state !== 'synced' && session.status.state !== 'syncing') throw new ErasureRefused('offline');
  const room = session.room;
  await session.logSync.append(
    (log) => {
      if (log.erased !== undefined) return undefined; // another of the chair's devices erased it already
      if (!log.isAdmin(session.device.id)) throw new ErasureRefused('not-admin');
      return { type: 'erase', reden, datum };
    },
    undefined,
    (index, entry) => session.request({ type: 'erase-room', room, index, entry }),
  );
  // The entry is in the verified log now: the case leaves this device.
  if (session.log.erased === undefined) throw new Error('sync: erasure not applied');
  await session.leave('erased');
}
