/** Session state: the interface language, the vault's state and an invite link that opened this window. */
import type { StateCreator } from 'zustand';
import { DEFAULT_LANGUAGE } from '../../../shared/i18n/i18n.js';
import type { AppState, SessionSlice } from '../appState.js';

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  language: DEFAULT_LANGUAGE,
  vaultState: 'unknown',
  pendingInvite: null,
  setLanguage: (language) => set({ language }),
  setVaultState: (vaultState) => set({ vaultState }),
  setPendingInvite: (pendingInvite) => set({ pendingInvite }),
});
