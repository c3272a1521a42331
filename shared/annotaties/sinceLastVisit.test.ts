import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultContext, demoCaseJson, importCase, openCase } from '../model/index.js';
import { handelAf, heropen } from './threads.js';
import { bezoekNu, nieuwSinds, type GewijzigdOnderdeel } from './sinceLastVisit.js';
import { aantalNieuweOpmerkingen, nieuwVoorKijker } from './visibleNews.js';

function replicas(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  importCase(a, demoCaseJson(), 'dn-ingrid');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const key = (o: GewijzigdOnderdeel): string => `${o.root}/${o.entiteitId ?? ''}`;

describe('nieuw sinds je laatste bezoek', () => {
  it("never lists this device's own edits and deletions, also of text written before the visit", () => {
    const [mine, theirs] = replicas();
    const ingrid = openCase(mine, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
    const fatima = openCase(theirs, defaultContext({ deelnemerId: 'dn-fatima', orgId: 'org-ggz' }));
    const visit = bezoekNu(mine, [], '2026-11-29T08:00:00.000Z');
    // The chair rewrites the start of her Aanleiding (typed before the visit) and adds a tijdlijn event ...
    let eigen = Y.createDeleteSet();
    mine.on('update', (_u: Uint8Array, _o: unknown, _d: Y.Doc, tr: Y.Transaction) => {
      if (tr.local) eigen = Y.mergeDeleteSets([eigen, tr.deleteSet]);
    });
    const aanleiding = ingrid.analyse.sectieTekst('aanleiding-en-hulpvraag');
    aanleiding.delete(0, 8);
    aanleiding.insert(0, 'Vierde melding. ');
    ingrid.gebeurtenissen.add({ datum: '2025-03-01', datumPrecisie: 'dag', type: 'incident', titel: 'Nieuw incident', bronType: 'dossier' });
    // ... while an expert changes Krachten.
    fatima.analyse.sectieTekst('krachten').insert(0, 'Oma helpt. ');
    sync(mine, theirs);
    const roots = (n: ReturnType<typeof nieuwSinds>): string[] => [...new Set(n.onderdelen.map((o) => o.root))].sort();
    expect(roots(nieuwSinds(mine, visit, 'dn-ingrid', eigen))).toEqual(['sectie:krachten']);
    // Without knowing its own deletions, a device would call the chair's own edit someone else's.
    expect(roots(nieuwSinds(mine, visit, 'dn-ingrid'))).toEqual(['sectie:aanleiding-en-hulpvraag', 'sectie:krachten']);
  });

  it('lists exactly what others changed: parts, new threads, new replies, and own threads answered', () => {
    const [mine, theirs] = replicas();
    const joost = openCase(mine, defaultContext({ deelnemerId: 'dn-joost', orgId: 'org-politie' }));
    const fatima = openCase(theirs, defaultContext({ deelnemerId: 'dn-fatima', orgId: 'org-ggz' }));
    // Everything before the visit (the import) is not new.
    const visit = bezoekNu(mine, [], '2026-11-29T08:00:00.000Z');
    expect(nieuwSinds(mine, visit, 'dn-joost')).toEqual({ onderdelen: [], nieuweDraden: [], nieuweReacties: [], beantwoordeDraden: [] });

    // Joost's own edit after the visit (same session) is not someone else's change.
    joost.analyse.sectieTekst('zorgen').insert(0, 'Eigen toevoeging. ');
    // Fatima, meanwhile: types in one section, deletes in another, changes a factor, starts a thread, answers Joost's thread.
    fatima.analyse.sectieTekst('krachten').insert(0, 'Oma is bereid te helpen. ');
    const veiligheid = fatima.analyse.sectieTekst('doelen');
    veiligheid.delete(0, 5);
    fatima.factoren.update('f-oma', { titel: 'Oma als vaste veilige plek' });
    const draad = fatima.annotaties.add({
      doelId: 'krachten',
      soort: 'vraag',
      tekst: 'Is oma ook in het weekend beschikbaar?',
      zichtbaarheid: 'alle_deelnemers',
    });
    const reactie = fatima.reacties.add({ annotatieId: 'an-2', tekst: 'Het PV is opgevraagd.' });
    sync(mine, theirs);

    const nieuw = nieuwSinds(mine, visit, 'dn-joost');
    expect(nieuw.onderdelen.map(key).sort()).toEqual(
      [`c:annotaties/${draad}`, 'c:factoren/f-oma', `c:reacties/${reactie}`, 'sectie:doelen/doelen', 'sectie:krachten/krachten'].sort(),
    );
    expect(nieuw.nieuweDraden).toEqual([draad]);
    expect(nieuw.nieuweReacties).toEqual([reactie]);
    expect(nieuw.beantwoordeDraden).toEqual(['an-2']);
    // For Fatima, from the same visit point with her own client: Joost's edit, none of her own
    // insertions. (Her own text deletion would show too: Yjs records no author for a deletion, so
    // the app computes this once when the case opens, when all own deletions precede the visit.)
    expect(
      nieuwSinds(theirs, { ...visit, eigenClients: [theirs.clientID] }, 'dn-fatima')
        .onderdelen.map(key)
        .sort(),
    ).toEqual(['sectie:doelen/doelen', 'sectie:zorgen/zorgen']);
  });

  it('a new visit starts from now; a later session on this device (new client id) still counts as own', () => {
    const [mine, theirs] = replicas();
    const first = bezoekNu(mine, [], '2026-11-29T08:00:00.000Z');
    openCase(theirs, defaultContext({ deelnemerId: 'dn-fatima', orgId: 'org-ggz' }))
      .analyse.sectieTekst('krachten')
      .insert(0, 'x');
    sync(mine, theirs);
    expect(nieuwSinds(mine, first, 'dn-joost').onderdelen.map(key)).toEqual(['sectie:krachten/krachten']);

    const second = bezoekNu(mine, first.eigenClients, '2026-11-29T09:00:00.000Z');
    expect(nieuwSinds(mine, second, 'dn-joost').onderdelen).toEqual([]);
    // The app restarts: the same device, a new Y.Doc client id, loaded from the same state.
    const again = new Y.Doc();
    Y.applyUpdate(again, Y.encodeStateAsUpdate(mine));
    const third = bezoekNu(again, second.eigenClients, '2026-11-29T10:00:00.000Z');
    openCase(again, defaultContext({ deelnemerId: 'dn-joost', orgId: 'org-politie' }))
      .analyse.sectieTekst('zorgen')
      .insert(0, 'y');
    expect(nieuwSinds(again, third, 'dn-joost').onderdelen).toEqual([]);
    expect(third.eigenClients).toEqual([mine.clientID, again.clientID]);
  });

  it('resolving and reopening a thread records who and when', () => {
    const [doc] = replicas();
    const ingrid = openCase(doc, { ...defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }), now: () => '2026-11-29T10:00:00.000Z' });
    handelAf(ingrid, 'an-1', 'afgewezen');
    expect(ingrid.annotaties.get('an-1')).toMatchObject({ status: 'afgewezen', afgehandeldDoor: 'dn-ingrid', afgehandeldOp: '2026-11-29T10:00:00.000Z' });
    heropen(ingrid, 'an-1');
    const reopened = ingrid.annotaties.get('an-1');
    expect(reopened?.status).toBe('open');
    expect(reopened?.afgehandeldDoor).toBeUndefined();
    expect(reopened?.afgehandeldOp).toBeUndefined();
  });

  it('counts for a viewer only the threads and replies that viewer may see', () => {
    const [mine, theirs] = replicas();
    const visit = bezoekNu(mine, [], '2026-11-29T08:00:00.000Z');
    const ingrid = openCase(theirs, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
    const open = ingrid.annotaties.add({ doelId: 'krachten', soort: 'vraag', tekst: 'Voor iedereen', zichtbaarheid: 'alle_deelnemers' });
    const eigen = ingrid.annotaties.add({ doelId: 'krachten', soort: 'vraag', tekst: 'Alleen Veilig Thuis', zichtbaarheid: 'eigen_organisatie' });
    const antwoord = ingrid.reacties.add({ annotatieId: eigen, tekst: 'Ook alleen Veilig Thuis' });
    const opOpen = ingrid.reacties.add({ annotatieId: open, tekst: 'Antwoord voor iedereen' });
    sync(mine, theirs);
    const model = openCase(mine, defaultContext({ deelnemerId: 'dn-joost', orgId: 'org-politie' }));

    const voorJoost = nieuwVoorKijker(model, nieuwSinds(mine, visit, 'dn-joost'), { deelnemerId: 'dn-joost', orgId: 'org-politie', rollen: ['expert'] });
    expect(voorJoost.nieuweDraden).toEqual([open]);
    expect(voorJoost.nieuweReacties).toEqual([opOpen]);
    expect(aantalNieuweOpmerkingen(voorJoost)).toBe(2);
    const voorCollega = nieuwVoorKijker(model, nieuwSinds(mine, visit, 'dn-fatima'), { deelnemerId: 'dn-fatima', orgId: 'org-vt', rollen: ['expert'] });
    expect(new Set(voorCollega.nieuweDraden)).toEqual(new Set([open, eigen]));
    expect(new Set(voorCollega.nieuweReacties)).toEqual(new Set([antwoord, opOpen]));
  });
});
