import { afterEach, describe, expect, it, vi } from 'vitest';
import { unloadRetry } from './closeAfterSaving.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('a window whose page holds its unload while saving', () => {
  it('tries again shortly, and leaves after too many holds in a row', () => {
    vi.useFakeTimers();
    const retry = unloadRetry({ afterMs: 100, maxTries: 3 });
    expect(retry.held()).toEqual({ action: 'try-again', afterMs: 100 });
    vi.advanceTimersByTime(100);
    expect(retry.held()).toEqual({ action: 'try-again', afterMs: 100 });
    vi.advanceTimersByTime(100);
    expect(retry.held()).toEqual({ action: 'try-again', afterMs: 100 });
    vi.advanceTimersByTime(100);
    expect(retry.held()).toEqual({ action: 'leave-now' });
  });

  it('counts afresh for a close asked for much later', () => {
    vi.useFakeTimers();
    const retry = unloadRetry({ afterMs: 100, maxTries: 1 });
    expect(retry.held().action).toBe('try-again');
    vi.advanceTimersByTime(60_000);
    expect(retry.held().action).toBe('try-again');
  });
});
