import { describe, expect, it } from 'vitest';
import { normaliseText, richToText, tekstBlokken } from './text.js';

describe('rich text as agreed text', () => {
  it('keeps one line per block and marks headings and list items, without formatting', () => {
    expect(
      richToText({
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kop  ' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Vet', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' en gewoon' },
            ],
          },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een' }] }] },
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'twee' }] }] },
            ],
          },
          { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'eerst' }] }] }] },
          { type: 'paragraph' },
        ],
      }),
    ).toBe('# Kop\nVet en gewoon\n- een\n- twee\n1. eerst');
  });

  it('reads agreed text back as headings, paragraphs and lists', () => {
    expect(tekstBlokken('# Kop\nVet en gewoon\n\n- een\n  verder\n- twee\n1. eerst\nslot')).toEqual([
      { soort: 'kop', tekst: 'Kop' },
      { soort: 'alinea', tekst: 'Vet en gewoon' },
      { soort: 'lijst', genummerd: false, items: ['een\nverder', 'twee'] },
      { soort: 'lijst', genummerd: true, items: ['eerst'] },
      { soort: 'alinea', tekst: 'slot' },
    ]);
  });

  it('normalises line ends, trailing spaces and accents', () => {
    expect(normaliseText('\n a\u0301  \r\nb\t\n\n')).toBe(' á\nb');
  });
});
