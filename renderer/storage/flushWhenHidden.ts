/**
 * A case session batches edits for ~40 ms before sealing them into the local store. When a tab
 * or the app closes, nothing waits for that timer (nor for an async `destroy()`), so the last
 * words typed would be lost. Browsers do give a page its 'visibilitychange' (to hidden) and
 * 'pagehide' events while it can still run code: flush there, so the pending batch is sealed
 * and written to IndexedDB before the page goes.
 *
 *   const stop = flushWhenHidden(session, { document, window });   // when the case opens
 *   stop();                                                        // when it closes
 */

/** The part of a case session this needs. */
export interface Flushable {
  flush(): Promise<void>;
}

/** The page's document and window (typed loosely, so a test can pass EventTargets). */
export interface PageEvents {
  readonly document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
  readonly window: EventTarget;
}

/** Flushes `session` whenever the page is hidden or unloaded; returns the function that stops it. */
export function flushWhenHidden(session: Flushable, page: PageEvents, onError: (error: unknown) => void = () => {}): () => void {
  const flush = () => {
    // The session reports store failures in its status too; this only keeps the promise handled.
    session.flush().catch(onError);
  };
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') flush();
  };
  page.document.addEventListener('visibilitychange', onVisibility);
  page.window.addEventListener('pagehide', flush);
  return () => {
    page.document.removeEventListener('visibilitychange', onVisibility);
    page.window.removeEventListener('pagehide', flush);
  };
}
