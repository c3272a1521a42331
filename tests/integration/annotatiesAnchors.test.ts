/**
 * Anchors of annotation threads follow their text through concurrent edits: made from a
 * ProseMirror range through y-tiptap's mapping on one replica, resolved on another replica after
 * both edited the same passage and merged; a deleted passage resolves to nothing and the thread
 * keeps its quote. Two Y.Docs, the editor's real schema, no browser.
 */
import { getSchema } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../shared/model/index.js';
import { richTextExtensions } from '../../renderer/editors/richText/extensions.js';
import { ankerTekstWeg, ankerVoorBereik, bereikVoorAnker, type YBinding } from '../../renderer/editors/richText/annotaties/anchors.js';

const scratch = new Y.Doc();
const schema = getSchema(richTextExtensions({ fragment: scratch.getXmlFragment('x'), awareness: new Awareness(scratch), user: {}, headingLevel: 4 }));

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

/** What an editor bound to the section would hold: the ProseMirror doc and y-tiptap's mapping. */
function bound(doc: Y.Doc, sectie: string): { binding: YBinding; pm: PmNode } {
  const fragment = openCase(doc, defaultContext({ deelnemerId: 'dn-joost', orgId: 'org-politie' })).analyse.sectieFragment(sectie);
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, schema);
  return { binding: { fragment, mapping }, pm };
}

/** The ProseMirror range of the first occurrence of `needle`. */
function find(pm: PmNode, needle: string): { from: number; to: number } {
  let found: { from: number; to: number } | undefined;
  pm.descendants((node, pos) => {
    if (found !== undefined || !node.isText) return found === undefined;
    const i = node.text!.indexOf(needle);
    if (i >= 0) found = { from: pos + i, to: pos + i + needle.length };
    return false;
  });
  if (found === undefined) throw new Error('needle not in the text');
  return found;
}

/** The XmlText of the paragraph holding `needle`, and the needle's index in it. */
function textHolding(doc: Y.Doc, sectie: string, needle: string): { text: Y.XmlText; index: number } {
  const fragment = openCase(doc, defaultContext({ deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam' })).analyse.sectieFragment(sectie);
  for (const el of fragment.createTreeWalker((n) => n instanceof Y.XmlText)) {
    const text = el as Y.XmlText;
    const index = text.toString().indexOf(needle);
    if (index >= 0) return { text, index };
  }
  throw new Error('needle not in the fragment');
}

function textAt(doc: Y.Doc, sectie: string, range: { from: number; to: number } | null): string | null {
  if (range === null) return null;
  return bound(doc, sectie).pm.textBetween(range.from, range.to, ' ', ' ');
}

const SECTIE = 'zorgen';

describe('annotation anchors', () => {
  it('land on the same words after concurrent edits around and inside the passage', () => {
    const [a, b] = replicas();
    const first = bound(a, SECTIE);
    const plain = first.pm.textContent;
    const passage = plain.split(' ').slice(2, 6).join(' ');
    const anker = ankerVoorBereik(first.binding, first.pm, find(first.pm, passage).from, find(first.pm, passage).to);
    expect(anker.citaat).toBe(passage);

    // Concurrently: A types before the passage and right after it; B types right before it and inside it.
    const atA = textHolding(a, SECTIE, passage);
    atA.text.insert(atA.index + passage.length, ' [A erna]');
    atA.text.insert(0, '[A vooraan] ');
    const atB = textHolding(b, SECTIE, passage);
    const middle = passage.indexOf(' ') + 1;
    atB.text.insert(atB.index + middle, 'ook ');
    atB.text.insert(atB.index, '[B ervoor] ');
    sync(a, b);

    const expected = passage.slice(0, middle) + 'ook ' + passage.slice(middle);
    expect(ankerTekstWeg(a, anker)).toBe(false);
    for (const doc of [a, b]) {
      const here = bound(doc, SECTIE);
      expect(textAt(doc, SECTIE, bereikVoorAnker(here.binding, anker))).toBe(expected);
    }
  });

  it('a passage deleted by one expert while another adds a paragraph resolves to nothing; the quote stays', () => {
    const [a, b] = replicas();
    const first = bound(a, SECTIE);
    const passage = first.pm.textContent.split(' ').slice(1, 4).join(' ');
    const range = find(first.pm, passage);
    const anker = ankerVoorBereik(first.binding, first.pm, range.from, range.to);

    const atB = textHolding(b, SECTIE, passage);
    atB.text.delete(atB.index, passage.length);
    const fragmentA = openCase(a, defaultContext({ deelnemerId: 'dn-joost', orgId: 'org-politie' })).analyse.sectieFragment(SECTIE);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Nieuwe alinea vooraan.')]);
    fragmentA.insert(0, [p]);
    sync(a, b);

    for (const doc of [a, b]) {
      expect(bereikVoorAnker(bound(doc, SECTIE).binding, anker)).toBeNull();
      expect(ankerTekstWeg(doc, anker)).toBe(true);
    }
    expect(anker.citaat).toBe(passage);
  });

  it('a passage partly deleted keeps the words that remain', () => {
    const [a, b] = replicas();
    const first = bound(a, SECTIE);
    const words = first.pm.textContent.split(' ').slice(0, 5);
    const passage = words.join(' ');
    const anker = ankerVoorBereik(first.binding, first.pm, find(first.pm, passage).from, find(first.pm, passage).to);
    const atB = textHolding(b, SECTIE, passage);
    atB.text.delete(atB.index, words[0]!.length + 1);
    sync(a, b);
    expect(textAt(a, SECTIE, bereikVoorAnker(bound(a, SECTIE).binding, anker))).toBe(words.slice(1).join(' '));
  });
});
