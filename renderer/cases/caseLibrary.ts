/**
 * The cases on this device, as the start screen lists them. The real library (sealed index
 * entries in renderer/storage, opened with a key from the vault) replaces `emptyCaseLibrary`.
 */
import type { CaseIndexEntry } from '../../shared/sync/caseIndex.js';
import type { RoomId } from '../../shared/protocol/ids.js';

/** One case in the list: its room and its (already decrypted) index entry. */
export interface CaseSummary extends CaseIndexEntry {
  readonly room: RoomId;
}

export interface CaseLibrary {
  /** The cases on this device, most recently changed first. */
  list(): Promise<CaseSummary[]>;
}

/** A library with no cases: the start screen's empty state until the case store is wired in. */
export const emptyCaseLibrary: CaseLibrary = {
  list: async () => [],
};
