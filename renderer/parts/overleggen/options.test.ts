import { describe, expect, it } from 'vitest';
import { momentNl } from '../../../shared/export/dates.js';
import { verstreken } from './options.js';
import { dagInWoorden, momentInWoorden } from '../../i18n/dagen.js';

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

  it('writes a moment in Dutch time on any device, as the exports do', () => {
    // Summer and winter time; the machine running this may be in any zone (CI runs in UTC).
    expect(momentInWoorden('nl-NL', '2026-07-01T10:00:00.000Z')).toBe('1 juli 2026 om 12:00');
    expect(momentInWoorden('nl-NL', '2026-12-01T10:00:00.000Z')).toBe('1 december 2026 om 11:00');
    expect(momentNl('2026-07-01T10:00:00.000Z')).toContain('12:00');
  });
});
