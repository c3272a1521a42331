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
  /** An item to bring into view and focus once `part` shows it (`data-doel` attribute), e.g. from the checklist before Vaststellen. */
  readonly doel: string | null;
  /** Shows `opened` in the workspace, closing the case that was open. */
  open(opened: OpenedCase, part?: PartId): void;
  setPart(part: PartId): void;
  /** Opens `part` and brings the item `doel` into view there. */
  gaNaar(part: PartId, doel: string): void;
  /** The item was found (or given up on). */
  doelBereikt(): void;
  /** Closes the open case (its session flushes and ends) and returns to the start screen. */
  close(): Promise<void>;
}

export const useOpenCase = create<OpenCaseState>()((set, get) => ({
  opened: null,
  part: 'overzicht',
  doel: null,
  open(opened, part = 'overzicht') {
    const previous = get().opened;
    set({ opened, part, doel: null });
    if (previous !== null && previous !== opened) void previous.close();
  },
  setPart: (part) => set({ part, doel: null }),
  gaNaar: (part, doel) => set({ part, doel }),
  doelBereikt: () => set({ doel: null }),
  async close() {
    const previous = get().opened;
    set({ opened: null, part: 'overzicht' });
    if (previous !== null) await previous.close();
  },
}));
