import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitUpdate } from './updateSplit.js';

/** One local transaction's update on a document that already holds some text. */
function bigEdit(): { base: Uint8Array; update: Uint8Array; doc: Y.Doc } {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Gezin Kwartel');
  const base = Y.encodeStateAsUpdate(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.transact(() => {
    // Surrogate pairs, so a cut in the wrong place would corrupt an emoji.
    doc.getText('t').insert(5, 'ab😀'.repeat(50_000));
    doc.getText('t').delete(0, 2);
    doc.getMap('m').set('notitie', 'v'.repeat(1000));
    doc.getText('t').insert(3, 'X'.repeat(200_000));
  });
  return { base, update: updates[0]!, doc };
}

describe('splitUpdate', () => {
  it('cuts a large update into pieces under the limit that rebuild the same document in any order', () => {
    const { base, update, doc } = bigEdit();
    const pieces = splitUpdate(update, 64 * 1024)!;
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(64 * 1024);
    for (const order of [pieces, [...pieces].reverse()]) {
      const peer = new Y.Doc();
      Y.applyUpdate(peer, base);
      for (const p of order) Y.applyUpdate(peer, p);
      expect(peer.getText('t').toString()).toBe(doc.getText('t').toString());
      expect(peer.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
    }
  });

  it('splits an update that carries several clients (an import)', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'A'.repeat(40_000));
    b.getText('u').insert(0, 'B'.repeat(40_000));
    const update = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]);
    const pieces = splitUpdate(update, 16 * 1024)!;
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(16 * 1024);
    const peer = new Y.Doc();
    for (const p of pieces) Y.applyUpdate(peer, p);
    expect(peer.getText('t').toString()).toBe(a.getText('t').toString());
    expect(peer.getText('u').toString()).toBe(b.getText('u').toString());
  });

  it('leaves a small update alone and gives up on one item bigger than the limit', () => {
    const { update } = bigEdit();
    const whole = splitUpdate(update, update.length)!;
    expect(whole).toHaveLength(1);
    expect(whole[0]).toBe(update);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('m').set('bijlage', new Uint8Array(100_000));
    expect(splitUpdate(updates[0]!, 10_000)).toBeUndefined();
  });
});
