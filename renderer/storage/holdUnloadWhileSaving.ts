/**
 * Closing a tab or window right after typing: the last edits are still being sealed into the
 * local store (encryption and IndexedDB are asynchronous), and a page that is gone finishes
 * nothing — 'pagehide' (flushWhenHidden) comes too late for them. 'beforeunload' can still hold
 * the page: while edits are unsaved, it starts the flush and asks to stay. A browser then shows its
 * own "Wijzigingen worden mogelijk niet opgeslagen" question, by which time the flush is done; the
 * desktop shell shows nothing and closes again a moment later (main/windows/closeAfterSaving.ts).
 *
 *   const stop = holdUnloadWhileSaving(session, window);   // when the case opens
 *   stop();                                               // when it closes
 */

/** The part of a case session this needs. */
export interface Saving {
  readonly hasUnsavedEdits: boolean;
  flush(): Promise<void>;
}

export function holdUnloadWhileSaving(session: Saving, window: EventTarget): () => void {
  const onBeforeUnload = (event: Event): void => {
    if (!session.hasUnsavedEdits) return;
    // The session reports store failures in its status; this only keeps the promise handled.
    session.flush().catch(() => undefined);
    event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
