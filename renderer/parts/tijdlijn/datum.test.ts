import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/i18n.js';
import { afgekapt, datumInWoorden, opDatum, pastBij } from './datum.js';

const t = createTranslator('nl');
const item = (id: string, datum: string, aangemaaktOp = '2025-01-01T00:00:00.000Z') => ({ id, datum, aangemaaktOp });

describe('tijdlijn dates', () => {
  it('says a date at its own precision', () => {
    expect(datumInWoorden(t, 'nl-NL', '2024-03', 'maand')).toBe('maart 2024');
    expect(datumInWoorden(t, 'nl-NL', '2024-08-12', 'dag')).toBe('12 augustus 2024');
    expect(datumInWoorden(t, 'nl-NL', '2023', 'jaar')).toBe('2023');
    expect(datumInWoorden(t, 'nl-NL', '2023', 'circa')).toBe('rond 2023');
    expect(datumInWoorden(createTranslator('en'), 'en-GB', '2024-03', 'maand')).toBe('March 2024');
  });

  it('sorts by date, a vaguer date before the precise ones within it, then by when it was added', () => {
    const items = [item('c', '2024-03-12'), item('b', '2024-03'), item('d', '2025'), item('a', '2024'), item('e', '2024-03', '2024-12-01T00:00:00.000Z')];
    expect(opDatum(items).map((i) => i.id)).toEqual(['a', 'e', 'b', 'c', 'd']);
  });

  it('cuts a date to a coarser precision and checks its shape', () => {
    expect(afgekapt('2024-03-12', 'maand')).toBe('2024-03');
    expect(afgekapt('2024-03-12', 'circa')).toBe('2024');
    expect(pastBij('2024-03', 'maand')).toBe(true);
    expect(pastBij('2024-03', 'dag')).toBe(false);
    expect(pastBij('2024', 'circa')).toBe(true);
  });
});
