import { describe, expect, it } from 'vitest';
import { datumNl, momentNl, wanneerNl } from './dates.js';

describe('Dutch dates written out by hand', () => {
  it('writes days and months in Dutch, whatever the machine locale', () => {
    expect(datumNl('2027-03-01')).toBe('1 maart 2027');
    expect(datumNl('2025-12-31')).toBe('31 december 2025');
    expect(datumNl('2025-05')).toBe('mei 2025');
    expect(wanneerNl('2027-03-15')).toBe('15 maart 2027');
    expect(wanneerNl('Elke zaterdag 10 uur')).toBe('Elke zaterdag 10 uur');
  });

  it('shows moments in Dutch time, winter and summer, across the switch and midnight', () => {
    expect(momentNl('2025-03-10T14:00:00.000Z')).toBe('10 maart 2025 om 15:00');
    expect(momentNl('2025-07-01T10:30:00.000Z')).toBe('1 juli 2025 om 12:30');
    // Summer time starts on the last Sunday of March at 01:00 UTC (30 March 2025).
    expect(momentNl('2025-03-30T00:59:00.000Z')).toBe('30 maart 2025 om 01:59');
    expect(momentNl('2025-03-30T01:00:00.000Z')).toBe('30 maart 2025 om 03:00');
    // ... and ends on the last Sunday of October at 01:00 UTC (26 October 2025).
    expect(momentNl('2025-10-26T00:59:00.000Z')).toBe('26 oktober 2025 om 02:59');
    expect(momentNl('2025-10-26T01:00:00.000Z')).toBe('26 oktober 2025 om 02:00');
    expect(momentNl('2025-12-31T23:30:00.000Z')).toBe('1 januari 2026 om 00:30');
  });
});
