/**
 * Word (DOCX) writer on the `docx` library. The library is passed in (`await import('docx')` in
 * the renderer, a static import in tests) instead of imported here: its type declarations pull in
 * Node's types, which shared/ must not see, and the renderer loads it only when someone exports.
 * The watermark sentence is the page header, so it is on every page; the header fields follow
 * the title as in the other formats.
 */
import { kopVelden, type Blok, type ExportDocument } from './layout.js';

/**
 * The part of the `docx` module this writer uses; the real module satisfies it. Generic over the
 * library's own classes (run, paragraph, header, footer, document), which stay opaque here.
 */
export interface DocxModule<Run, Para, Head, Foot, File> {
  readonly Document: new (options: {
    creator: string;
    title: string;
    description: string;
    sections: Array<{ headers: { default: Head }; footers: { default: Foot }; children: Para[] }>;
  }) => File;
  readonly Paragraph: new (options: {
    children: Run[];
    heading?: 'Title' | 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Heading5';
    bullet?: { level: number };
  }) => Para;
  readonly TextRun: new (options: { text: string; bold?: boolean; break?: number }) => Run;
  readonly Header: new (options: { children: Para[] }) => Head;
  readonly Footer: new (options: { children: Para[] }) => Foot;
  readonly Packer: { toArrayBuffer(file: File): Promise<ArrayBuffer> };
}

const HEADING = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4', 5: 'Heading5' } as const;

/** The document as DOCX bytes. */
export async function writeDocx<Run, Para, Head, Foot, File>(doc: ExportDocument, lib: DocxModule<Run, Para, Head, Foot, File>): Promise<Uint8Array> {
  const runs = (text: string, bold = false): Run[] => text.split('\n').map((line, i) => new lib.TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
  const para = (text: string, options: { heading?: 1 | 2 | 3 | 4 | 5; bullet?: boolean } = {}): Para =>
    new lib.Paragraph({
      children: runs(text),
      ...(options.heading ? { heading: HEADING[options.heading] } : {}),
      ...(options.bullet ? { bullet: { level: 0 } } : {}),
    });
  const veld = (label: string, value: string): Para => new lib.Paragraph({ children: [...runs(`${label}: `, true), ...runs(value)] });
  const blok = (b: Blok): Para[] => {
    switch (b.soort) {
      case 'kop':
        return [para(b.tekst, { heading: b.niveau })];
      case 'alinea':
        return b.tekst
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => para(l));
      case 'lijst':
        // Numbered lists keep their numbers as text: Word's own numbering needs a numbering part per document.
        return b.items.map((t, i) => (b.genummerd === true ? para(`${i + 1}. ${t}`) : para(t, { bullet: true })));
      case 'velden':
        return b.velden.map(([label, value]) => veld(label, value));
    }
  };
  const watermerk = (): Para => new lib.Paragraph({ children: runs(doc.kop.watermerk, true) });
  const children: Para[] = [
    new lib.Paragraph({ children: runs(doc.titel), heading: 'Title' }),
    ...kopVelden(doc.kop).map(([label, value]) => veld(label, value)),
    ...doc.secties.flatMap((s) => [para(s.titel, { heading: 2 }), ...s.blokken.flatMap(blok)]),
  ];
  const file = new lib.Document({
    creator: 'Tafel',
    title: `${doc.titel} — ${doc.kop.casus}`,
    description: doc.kop.watermerk,
    sections: [
      { headers: { default: new lib.Header({ children: [watermerk()] }) }, footers: { default: new lib.Footer({ children: [watermerk()] }) }, children },
    ],
  });
  return new Uint8Array(await lib.Packer.toArrayBuffer(file));
}
