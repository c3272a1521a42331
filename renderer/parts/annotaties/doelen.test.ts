import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTranslator } from '../../../shared/i18n/i18n.js';
import { defaultContext, demoCaseJson, importCase, openCase, richDocFromPlainText } from '../../../shared/model/index.js';
import { doelenVan, doelNamer, gewijzigdeDoelen } from './doelen.js';

function demo() {
  const doc = new Y.Doc();
  importCase(doc, demoCaseJson(), 'dn-ingrid');
  return openCase(doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
}

describe('names of thread targets', () => {
  const naam = doelNamer(createTranslator('nl'), 'nl-NL');

  it('name an overleg by its type and day in words and a besluit by its text, never by an ISO date', () => {
    const model = demo();
    const namen = doelenVan(model, 'overleggen', naam).map((d) => d.naam);
    expect(namen).toContain('Casusoverleg van 10 maart 2025');
    expect(namen).toContain('Besluit “Geen mediation; overdracht alleen professioneel begeleid.”');
    expect(namen.some((n) => /\d{4}-\d{2}-\d{2}/.test(n))).toBe(false);
  });

  it('name an afspraak by the start of its "wat", cut to one line', () => {
    const model = demo();
    const lang = model.afspraken.add({ planId: 'plan-1', fase: 'herstel', wanneer: 'Deze week', wat: richDocFromPlainText('Moeder '.repeat(20)) });
    const leeg = model.afspraken.add({ planId: 'plan-1', fase: 'herstel', wanneer: 'Deze week' });
    const namen = new Map(doelenVan(model, 'plan', naam).map((d) => [d.id, d.naam]));
    expect(namen.get('af-1')).toBe('Afspraak “Overdracht in het omgangshuis, met een omgangsbegeleider.”');
    expect(namen.get(lang)).toMatch(/^Afspraak “Moeder Moeder .*…”$/);
    expect(namen.get(lang)!.length).toBeLessThan(80);
    expect(namen.get(leeg)).toBe('Afspraak zonder omschrijving');
  });

  it('list what others changed in a part by those names, and skip what is gone', () => {
    const model = demo();
    const changed = [
      { root: 'c:overleggen', entiteitId: 'ov-1' },
      { root: 'c:overleggen', entiteitId: 'ov-weg' },
      { root: 'sectie:zorgen', entiteitId: 'zorgen' },
    ];
    expect(gewijzigdeDoelen(model, 'overleggen', changed, naam)).toEqual(['Casusoverleg van 10 maart 2025']);
    expect(gewijzigdeDoelen(model, 'analyse', changed, naam)).toEqual(['Zorgen (wat gaat er mis)']);
  });
});
