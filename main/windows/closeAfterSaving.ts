/**
 * A page with edits still being sealed holds its unload ('beforeunload',
 * renderer/storage/holdUnloadWhileSaving.ts). A browser asks the user then; Electron just cancels
 * the close or reload without a word. The window therefore tries again a moment later, when the
 * edits are saved — and after a few tries leaves anyway, so a store that keeps failing (a full
 * disk, reported in the app) cannot keep the window open for ever.
 *
 *   const retry = unloadRetry();
 *   contents.on('will-prevent-unload', (e) => { const d = retry.held(); ... });
 */

export type UnloadDecision = { readonly action: 'try-again'; readonly afterMs: number } | { readonly action: 'leave-now' };

export interface UnloadRetry {
  /** The page held its unload: try again after a moment, or leave now (ignore the hold). */
  held(): UnloadDecision;
}

export function unloadRetry(options: { readonly afterMs?: number; readonly maxTries?: number } = {}): UnloadRetry {
  const afterMs = options.afterMs ?? 150;
  const maxTries = options.maxTries ?? 20;
  let tries = 0;
  let last = Number.NEGATIVE_INFINITY;
  return {
    held() {
      const now = Date.now();
      // A hold long after the previous one is a new close or reload: count afresh.
      if (now - last > afterMs * 10) tries = 0;
      last = now;
      tries += 1;
      return tries > maxTries ? { action: 'leave-now' } : { action: 'try-again', afterMs };
    },
  };
}
