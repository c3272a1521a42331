/** UI state: which panel of the start screen is open, and which view of the cases. */
import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from '../appState.js';

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  openPanel: 'none',
  showPanel: (openPanel) => set({ openPanel }),
  closePanel: () => set({ openPanel: 'none' }),
  startView: 'casussen',
  showView: (startView) => set({ startView }),
});
