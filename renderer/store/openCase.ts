/**
 * The case open in the workspace (at most one per window) and its open part. Apart from the UI
 * store on purpose: this holds the live case document, which never belongs in UI state.
 */
import { create } from 'zustand';
import type { OpenedCase } from '../workspace/openedCase.js';
import type { PartId } from '../workspace/partIds.js';

export interface OpenCaseState {
  readonly opened: OpenedCase | null;
  readonly part: PartId;
  /** Shows `opened` in the workspace, closing the case that was open. */
  open(opened: OpenedCase, part?: PartId): void;
  setPart(part: PartId): void;
  /** Closes the open case (its session flushes and ends) and returns to the start screen. */
  close(): Promise<void>;
}

export const useOpenCase = create<OpenCaseState>()((set, get) => ({
  opened: null,
  part: 'overzicht',
  open(opened, part = 'overzicht') {
    const previous = get().opened;
    set({ opened, part });
    if (previous !== null && previous !== opened) void previous.close();
  },
  setPart: (part) => set({ part }),
  async close() {
    const previous = get().opened;
    set({ opened: null, part: 'overzicht' });
    if (previous !== null) await previous.close();
  },
}));
