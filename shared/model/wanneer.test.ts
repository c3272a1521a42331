import { describe, expect, it } from 'vitest';
import { datumUit, isTeLaat, opVolgordeVanWanneer } from './wanneer.js';

describe('wanneer of an afspraak', () => {
  it('finds a date written the ways a meeting writes it', () => {
    expect(datumUit('2025-04-01')).toBe('2025-04-01');
    expect(datumUit('vóór 1-4-2025')).toBe('2025-04-01');
    expect(datumUit('uiterlijk 15 Maart 2025, na school')).toBe('2025-03-15');
    expect(datumUit('Elke zaterdag 10 uur')).toBeNull();
    expect(datumUit('31-2-2025')).toBeNull();
  });

  it('puts dated afspraken first, earliest first, and keeps the order of the rest', () => {
    const items = [{ wanneer: 'Na de intake' }, { wanneer: '2025-05-01' }, { wanneer: 'Elke dag' }, { wanneer: '1 april 2025' }];
    expect(opVolgordeVanWanneer(items).map((i) => i.wanneer)).toEqual(['1 april 2025', '2025-05-01', 'Na de intake', 'Elke dag']);
  });

  it('calls only open afspraken with a past date overdue', () => {
    expect(isTeLaat({ wanneer: '2025-04-01', status: 'actief' }, '2025-04-02')).toBe(true);
    expect(isTeLaat({ wanneer: '2025-04-01', status: 'nagekomen' }, '2025-04-02')).toBe(false);
    expect(isTeLaat({ wanneer: '2025-04-02', status: 'actief' }, '2025-04-02')).toBe(false);
    expect(isTeLaat({ wanneer: 'Elke zaterdag', status: 'actief' }, '2025-04-02')).toBe(false);
  });
});
