/**
 * The renderer's UI and session state (zustand), as four stores; renderer/store/ is the only folder
 * that imports zustand (eslint), and every component imports the stores from here:
 * - `useAppStore` (built here from one slice per concern, store/slices/): language, vault state,
 *   a pending invite, the start screen's open panel;
 * - `useOpenCase` (store/openCase.ts): the case open in the workspace and its open part;
 * - `useDeviceSession` (store/deviceSessionState.ts): where this device's sync side stands, its
 *   profile, the one SyncClient and the case list;
 * - `useOpenSession` (store/deviceSessionState.ts): the sync session behind the open case.
 * They are separate because they change apart and hold live objects (a Y.Doc, a SyncClient) that
 * must not ride along with plain UI state. Case content never goes here; it lives in the case
 * documents (Yjs).
 */
import { create } from 'zustand';
import type { AppState } from './appState.js';
import { createSessionSlice } from './slices/sessionSlice.js';
import { createUiSlice } from './slices/uiSlice.js';

export type { AppState, PendingInvite, StartPanel, StartView, VaultState } from './appState.js';

/** The app's store, as a React hook (`useAppStore((s) => s.language)`) and with `getState()`. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createUiSlice(...a),
}));
export { useOpenCase, type OpenCaseState } from './openCase.js';
export { useDeviceSession, useOpenSession, type DevicePhase, type DeviceSessionState } from './deviceSessionState.js';
