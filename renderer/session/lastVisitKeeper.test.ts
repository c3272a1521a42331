import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { laadBezoek, nieuwSinds } from '../../shared/annotations/index.js';
import { MemoryVault, eventually } from '../../tests/helpers/syncHarness.js';
import { keepLastVisit } from './lastVisitKeeper.js';

function page(): { document: EventTarget & { visibilityState: DocumentVisibilityState }; window: EventTarget } {
  return { document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }), window: new EventTarget() };
}

/** A peer's edit arriving in `doc`. */
function fromOthers(doc: Y.Doc, text: string): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  other.getText('sectie:krachten').insert(0, text);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
}

describe('keepLastVisit', () => {
  it('saves the visit shortly after changes, so an app killed without closing the case does not show them as new again', async () => {
    const vault = new MemoryVault();
    const doc = new Y.Doc();
    keepLastVisit({ doc, vault, room: 'r1', eerdereClients: [7], page: page(), intervalMs: 10 });
    expect(await laadBezoek(vault, 'r1')).toBeNull();

    fromOthers(doc, 'Oma helpt. ');
    await eventually(async () => (await laadBezoek(vault, 'r1')) !== null, 'visit saved after a change');
    // The app is killed here: no stop(). What the user saw is not new next time.
    const saved = await laadBezoek(vault, 'r1');
    expect(saved?.eigenClients).toEqual([7, doc.clientID]);
    expect(nieuwSinds(doc, saved!, 'dn-joost').onderdelen).toEqual([]);
  });

  it('saves when the page is hidden, and once more on stop', async () => {
    const vault = new MemoryVault();
    const doc = new Y.Doc();
    const p = page();
    const keeper = keepLastVisit({ doc, vault, room: 'r1', eerdereClients: [], page: p, intervalMs: 60_000 });
    fromOthers(doc, 'Eerste. ');
    p.document.visibilityState = 'hidden';
    p.document.dispatchEvent(new Event('visibilitychange'));
    await eventually(async () => (await laadBezoek(vault, 'r1')) !== null, 'visit saved on hide');

    fromOthers(doc, 'Tweede. ');
    const before = await laadBezoek(vault, 'r1');
    expect(nieuwSinds(doc, before!, 'dn-joost').onderdelen).toHaveLength(1);
    await keeper.stop();
    expect(nieuwSinds(doc, (await laadBezoek(vault, 'r1'))!, 'dn-joost').onderdelen).toEqual([]);
  });
});
