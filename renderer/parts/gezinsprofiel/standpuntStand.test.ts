/** One expert's stand per profile, and the Dutch profile names the UI shows. */
import { describe, expect, it } from 'vitest';
import { nl } from '../../../shared/i18n/messages.nl.js';
import { PROFIEL_NAMEN, PROFIELEN } from '../../../shared/model/index.js';
import { betwisteProfielen, metStand, primairTelling, standIn } from './standpuntStand.js';

describe('an expert position as a stand per profile', () => {
  it('keeps one primary and one stand per profile', () => {
    const start = { primair: 'intieme_terreur' as const, secundair: ['langdurige_zorg' as const], uitgesloten: [] };
    const next = metStand(start, 'langdurige_zorg', 'primair');
    expect(next).toEqual({ primair: 'langdurige_zorg', secundair: [], uitgesloten: [] });
    const again = metStand(next, 'langdurige_zorg', 'uitgesloten');
    expect(again).toEqual({ primair: undefined, secundair: [], uitgesloten: ['langdurige_zorg'] });
    expect(standIn(again, 'langdurige_zorg')).toBe('uitgesloten');
    expect(standIn(again, 'intieme_terreur')).toBe('geen');
  });

  it('names the disagreements: different primaries, and a profile one sees and another rules out', () => {
    const a = { primair: 'intieme_terreur' as const, secundair: [], uitgesloten: [] };
    const b = { primair: 'gezin_in_de_stress' as const, secundair: [], uitgesloten: ['intieme_terreur' as const] };
    const c = { primair: 'intieme_terreur' as const, secundair: [], uitgesloten: [] };
    expect(primairTelling([a, b, c])).toEqual([
      { profiel: 'intieme_terreur', aantal: 2 },
      { profiel: 'gezin_in_de_stress', aantal: 1 },
    ]);
    expect(betwisteProfielen([a, b, c])).toEqual(['intieme_terreur']);
    expect(betwisteProfielen([a, c])).toEqual([]);
  });

  it('shows the five profiles by their exact Dutch names (docs/domain.md §2.2)', () => {
    for (const p of PROFIELEN) expect(nl[`gezinsprofiel.profiel.${p}`]).toBe(PROFIEL_NAMEN[p]);
  });
});
