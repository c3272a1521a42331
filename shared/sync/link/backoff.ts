/**
 * Reconnect delays: full-jitter exponential backoff (base 250 ms, cap 10 s). Every client picks
 * a uniformly random delay in [0, min(cap, base·2^attempt)], so a relay restart does not bring
 * all clients back in lockstep (y-websocket's deterministic backoff does).
 */

/** Backoff parameters (docs/sync-protocol.md, "Client duties"). */
export const BACKOFF = { baseMs: 250, capMs: 10_000 } as const;

/** The delay before reconnect attempt `attempt` (0 = first), given a random number in [0, 1). */
export function fullJitterDelay(attempt: number, random: number, base: number = BACKOFF.baseMs, cap: number = BACKOFF.capMs): number {
  const ceiling = Math.min(cap, base * 2 ** Math.min(attempt, 30));
  return Math.floor(random * ceiling);
}
