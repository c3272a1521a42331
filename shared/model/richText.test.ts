import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { plainTextOf, readRichDoc, richDocFromPlainText, richTextSchema, writeRichDoc, type RichDoc } from './richText.js';

describe('rich text in the layout Tiptap uses', () => {
  it('round-trips nodes, attributes and marks through a Y.XmlFragment', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Zorgen' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Vader ' },
            { type: 'text', text: 'slaat', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' moeder.' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punt', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }] }],
            },
          ],
        },
        { type: 'paragraph' },
      ],
    };
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('f');
    ydoc.transact(() => writeRichDoc(fragment, doc));
    expect(readRichDoc(fragment)).toEqual(doc);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    expect(readRichDoc(copy.getXmlFragment('f'))).toEqual(doc);
  });

  it('converts plain text both ways and rejects malformed documents', () => {
    expect(plainTextOf(richDocFromPlainText('een\ntwee'))).toBe('een\ntwee');
    expect(richTextSchema.safeParse({ type: 'doc', content: [{ type: 'text', text: '' }] }).success).toBe(false);
    expect(richTextSchema.safeParse({ type: 'doc', content: [{ type: '<script>' }] }).success).toBe(false);
  });
});
