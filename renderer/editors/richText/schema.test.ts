/**
 * The rich-text field and the case model must agree on what a rich text is: every node and mark
 * the model stores must exist in the editor's schema, and what the editor's Yjs binding writes
 * must read back through the model (and the other way round) unchanged.
 */
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { demoCaseJson, exportCase, importCase, readRichDoc, writeRichDoc, type RichDoc } from '../../../shared/model/index.js';
import { richTextExtensions } from './extensions.js';

const doc = new Y.Doc();
const schema = getSchema(richTextExtensions({ fragment: doc.getXmlFragment('x'), awareness: new Awareness(doc), user: {}, headingLevel: 4 }));
const normal = (json: unknown): unknown => schema.nodeFromJSON(json).toJSON();

/** Everything the toolbar can make. */
const EVERYTHING: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Kop' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'gewoon ' },
        { type: 'text', text: 'vet', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' en ' },
        { type: 'text', text: 'beide', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'cursief', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' voorgesteld', marks: [{ type: 'insertion', attrs: { id: 'dn-a~m7pz1k00~aaaa' } }] },
        { type: 'text', text: ' weg', marks: [{ type: 'bold' }, { type: 'deletion', attrs: { id: 'dn-b~m7pz1k00~bbbb' } }] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punt' }] }] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'drie' }] }] }] },
  ],
};

describe('rich-text schema and the case model', () => {
  it('every rich text of the demo case is a valid document for the editor', () => {
    const caseDoc = new Y.Doc();
    expect(importCase(caseDoc, demoCaseJson(), 'dn-test').ok).toBe(true);
    const json = exportCase(caseDoc);
    const texts: RichDoc[] = [
      ...Object.values(json.analyse.teksten),
      ...json.factoren.map((f) => f.omschrijving),
      ...json.hypothesen.map((h) => h.stelling),
    ].filter((d) => d.content.length > 0);
    expect(texts.length).toBeGreaterThan(15);
    for (const text of texts) expect(() => schema.nodeFromJSON(text).check()).not.toThrow();
  });

  it('what the editor binding writes, the model reads as the same document', () => {
    const fragment = new Y.Doc().getXmlFragment('sectie:test');
    prosemirrorJSONToYXmlFragment(schema, EVERYTHING, fragment);
    expect(normal(readRichDoc(fragment))).toEqual(normal(EVERYTHING));
  });

  it('what the model writes, the editor binding reads as the same document', () => {
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('sectie:test');
    ydoc.transact(() => writeRichDoc(fragment, EVERYTHING));
    expect(normal(yXmlFragmentToProsemirrorJSON(fragment))).toEqual(normal(EVERYTHING));
  });

  it('offers no node or mark the rest of Tafel does not expect', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(['bulletList', 'doc', 'hardBreak', 'heading', 'listItem', 'orderedList', 'paragraph', 'text']);
    // Proposals are marks too (Voorstellen mode); exports read them through shared/model/voorstelTekst.ts.
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'deletion', 'insertion', 'italic', 'modification']);
  });
});
