/**
 * Opening a case from the start screen (the list or Mijn tafel), at a part: one at a time, with the
 * steps of a case still being received, and a failure to show.
 */
import { useState } from 'react';
import { openListedCase, type JoinStep } from '../session/joinCase.js';
import { useOpenCase } from '../store/index.js';
import type { PartId } from '../workspace/partIds.js';

export interface OpenFromList {
  /** The room being opened, or null. */
  readonly opening: string | null;
  readonly failed: boolean;
  readonly joinStep: { readonly room: string; readonly step: JoinStep } | null;
  openCase(room: string, part?: PartId): Promise<void>;
}

export function useOpenFromList(): OpenFromList {
  const open = useOpenCase((s) => s.open);
  const [opening, setOpening] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [joinStep, setJoinStep] = useState<{ readonly room: string; readonly step: JoinStep } | null>(null);

  async function openCase(room: string, part?: PartId): Promise<void> {
    if (opening !== null) return;
    setOpening(room);
    setFailed(false);
    setJoinStep(null);
    try {
      const opened = await openListedCase(room, (step) => setJoinStep({ room, step }));
      if (opened !== null) open(opened, part);
    } catch {
      setFailed(true);
    } finally {
      setOpening(null);
    }
  }
  return { opening, failed, joinStep, openCase };
}
