import { describe, expect, it } from 'vitest';
import { dagInWoorden, verstreken } from './options.js';

describe('meeting words', () => {
  it('shows elapsed meeting time as hours, minutes and seconds', () => {
    expect(verstreken(0)).toBe('0:00:00');
    expect(verstreken(65.7)).toBe('0:01:05');
    expect(verstreken(3 * 3600 + 7)).toBe('3:00:07');
  });

  it('writes a meeting day in words without shifting it by time zones', () => {
    expect(dagInWoorden('nl-NL', '2025-03-10')).toBe('10 maart 2025');
    expect(dagInWoorden('nl-NL', 'geen datum')).toBe('geen datum');
  });
});
