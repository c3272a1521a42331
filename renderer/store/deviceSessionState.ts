/**
 * The sync side of this device as UI state: where it stands (vault locked, profile missing,
 * ready), the profile, the one SyncClient, and the case list. Built and changed only by
 * renderer/session (deviceSession.ts); components read it.
 */
import { create } from 'zustand';
import type { HostApi } from '../../shared/host/hostApi.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { CaseSummary, NoticeSummary, SyncClient } from '../../shared/sync/session/syncClient.js';
import type { ORGANISATIE_TYPES } from '../../shared/model/gezin.js';

/**
 * The user's profile on this device (how they appear in cases). The shape lives here, with the
 * state that holds it; renderer/session/profile.ts checks it (its schema must produce this type)
 * and keeps it in the vault.
 */
export interface Profile {
  readonly naam: string;
  readonly organisatie: string;
  readonly organisatietype: (typeof ORGANISATIE_TYPES)[number];
  readonly functie: string;
}

/**
 * - `locked`: the vault is not open yet, nothing can be read;
 * - `loading`: reading the profile and the case list;
 * - `needs-profile`: this device has no profile yet (asked once);
 * - `ready`: `client` and `cases` are there;
 * - `failed`: the local store or the vault could not be read.
 */
export type DevicePhase = 'locked' | 'loading' | 'needs-profile' | 'ready' | 'failed';

export interface DeviceSessionState {
  readonly phase: DevicePhase;
  readonly host: HostApi | null;
  readonly profile: Profile | null;
  readonly client: SyncClient | null;
  /** The cases on this device, most recent first; null until read. */
  readonly cases: readonly CaseSummary[] | null;
  /** Notices of cases deleted from this device (removed, erased), newest first. */
  readonly notices: readonly NoticeSummary[];
}

export const useDeviceSession = create<DeviceSessionState>()(() => ({ phase: 'locked', host: null, profile: null, client: null, cases: null, notices: [] }));

/** The sync session behind the open case (the chair's tools need it); null for the demo or none. */
export const useOpenSession = create<{ readonly session: CaseSession | null }>()(() => ({ session: null }));
