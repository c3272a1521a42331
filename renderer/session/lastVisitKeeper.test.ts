import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { saveBezoek, loadBezoek, nieuwSinds, type Bezoek } from '../../shared/annotaties/index.js';
import { MemoryVault, eventually } from '../../tests/helpers/syncHarness.js';
import { keepLastVisit } from './lastVisitKeeper.js';

function page(): { document: EventTarget & { visibilityState: DocumentVisibilityState }; window: EventTarget } {
  return { document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }), window: new EventTarget() };
}

/** A visit of an earlier session: `doc` as it stands, written by the clients `eigenClients`. */
function eerderBezoek(doc: Y.Doc, eigenClients: number[]): Bezoek {
  return { snapshot: Y.encodeSnapshotV2(Y.snapshot(doc)), eigenClients, op: '2026-11-01T10:00:00.000Z' };
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
    const vorig = eerderBezoek(new Y.Doc(), [7]);
    keepLastVisit({ doc, vault, room: 'r1', vorig, page: page(), intervalMs: 10 });

    fromOthers(doc, 'Oma helpt. ');
    await eventually(async () => ((await loadBezoek(vault, 'r1'))?.op ?? vorig.op) !== vorig.op, 'visit saved after a change');
    // The app is killed here: no stop(). What the user saw is not new next time.
    const saved = await loadBezoek(vault, 'r1');
    expect(saved?.eigenClients).toEqual([7, doc.clientID]);
    expect(nieuwSinds(doc, saved!, 'dn-joost').onderdelen).toEqual([]);
  });

  it('saves when the page is hidden, and once more on stop', async () => {
    const vault = new MemoryVault();
    const doc = new Y.Doc();
    const p = page();
    const keeper = keepLastVisit({ doc, vault, room: 'r1', vorig: eerderBezoek(doc, []), page: p, intervalMs: 60_000 });
    fromOthers(doc, 'Eerste. ');
    p.document.visibilityState = 'hidden';
    p.document.dispatchEvent(new Event('visibilitychange'));
    await eventually(async () => ((await loadBezoek(vault, 'r1'))?.op ?? '2026-11-01T10:00:00.000Z') !== '2026-11-01T10:00:00.000Z', 'visit saved on hide');

    fromOthers(doc, 'Tweede. ');
    const before = await loadBezoek(vault, 'r1');
    expect(nieuwSinds(doc, before!, 'dn-joost').onderdelen).toHaveLength(1);
    await keeper.stop();
    expect(nieuwSinds(doc, (await loadBezoek(vault, 'r1'))!, 'dn-joost').onderdelen).toEqual([]);
  });

  it("counts the session's own writes as its own even when the app dies before the next save", async () => {
    const vault = new MemoryVault();
    const doc = new Y.Doc();
    const vorig = eerderBezoek(doc, [7]);
    await saveBezoek(vault, 'r1', vorig);

    keepLastVisit({ doc, vault, room: 'r1', vorig, page: page(), intervalMs: 60_000 });
    await eventually(async () => (await loadBezoek(vault, 'r1'))?.eigenClients.includes(doc.clientID) === true, 'session client registered');
    doc.getMap('c:overleggen').set('ov-1', new Y.Map([['status', 'bezig']]));
    // Killed here: no save after the write. The visit is still the one before, and the write is ours.
    const saved = await loadBezoek(vault, 'r1');
    expect(saved?.op).toBe(vorig.op);
    expect(nieuwSinds(doc, saved!, 'dn-joost').onderdelen).toEqual([]);

    fromOthers(doc, 'Oma helpt. ');
    expect(nieuwSinds(doc, saved!, 'dn-joost').onderdelen).toEqual([{ root: 'sectie:krachten', entiteitId: 'krachten' }]);
  });

  it('on a first visit remembers the case as it is when opened', async () => {
    const vault = new MemoryVault();
    const doc = new Y.Doc();
    fromOthers(doc, 'Al bekend. ');
    keepLastVisit({ doc, vault, room: 'r1', vorig: null, page: page(), intervalMs: 60_000 });
    await eventually(async () => (await loadBezoek(vault, 'r1')) !== null, 'first visit saved');
    expect(nieuwSinds(doc, (await loadBezoek(vault, 'r1'))!, 'dn-joost').onderdelen).toEqual([]);
  });

  it("saves soon after the user's own deletion, which Yjs cannot attribute", async () => {
    const vault = new MemoryVault();
    const doc = new Y.Doc();
    fromOthers(doc, 'Vader drinkt vaak. ');
    const vorig = eerderBezoek(doc, []);
    keepLastVisit({ doc, vault, room: 'r1', vorig, page: page(), intervalMs: 60_000, eigenVerwijderingMs: 10 });
    doc.getText('sectie:krachten').delete(0, 6);
    // Had the app died before this save, the deletion would count as someone else's change.
    expect(nieuwSinds(doc, vorig, 'dn-joost').onderdelen).toHaveLength(1);
    await eventually(async () => ((await loadBezoek(vault, 'r1'))?.op ?? vorig.op) !== vorig.op, 'visit saved after an own deletion');
    expect(nieuwSinds(doc, (await loadBezoek(vault, 'r1'))!, 'dn-joost').onderdelen).toEqual([]);
  });
});
