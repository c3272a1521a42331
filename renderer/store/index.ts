/**
 * The renderer's UI and session state (zustand): the one module that builds a store, from one
 * slice per concern. Content never goes here; it lives in the case documents (Yjs).
 */
import { create } from 'zustand';
import type { AppState } from './appState.js';
import { createSessionSlice } from './slices/sessionSlice.js';
import { createUiSlice } from './slices/uiSlice.js';

export type { AppState, PendingInvite, StartPanel, VaultState } from './appState.js';

/** The app's store, as a React hook (`useAppStore((s) => s.language)`) and with `getState()`. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createUiSlice(...a),
}));
export { useOpenCase, type OpenCaseState } from './openCase.js';
export { useDeviceSession, useOpenSession, type DevicePhase, type DeviceSessionState } from './deviceSessionState.js';
