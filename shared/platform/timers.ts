/**
 * The timer port: how the sync client waits (batching, reconnect backoff). Tests may pass their
 * own; `systemTimers()` uses the runtime's setTimeout, which every host has.
 */

/** A cancellable timer. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A random number in [0, 1) (backoff jitter). */
  random(): number;
}

interface GlobalTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The runtime's timers (browser, Electron, Node). */
export function systemTimers(): TimerPort {
  // shared/ compiles with lib ES2023 only, which does not declare setTimeout; every runtime has it.
  const g = globalThis as unknown as GlobalTimers;
  return {
    setTimeout: (callback, ms) => g.setTimeout(callback, ms),
    clearTimeout: (handle) => g.clearTimeout(handle),
    random: () => Math.random(),
  };
}
