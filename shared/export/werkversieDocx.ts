/**
 * The "werkversie met voorstellen" as Word: open proposals become real Word revisions (`w:ins`
 * and `w:del` with the proposal's author and date), so Word shows them as tracked changes that
 * can be read, accepted or rejected there too. Like docx.ts, the `docx` library is passed in.
 */
import type { WerkversieDocument, WerkversieRun } from './werkversie.js';

interface RunOptions {
  text: string;
  bold?: boolean;
  italics?: boolean;
  break?: number;
}

interface Revisie {
  id: number;
  author: string;
  date: string;
}

/** The part of the `docx` module this writer uses (the real module satisfies it). */
export interface WerkversieDocxModule<Run, Para, Head, File> {
  readonly Document: new (options: {
    creator: string;
    title: string;
    description: string;
    features?: { trackRevisions?: boolean };
    sections: Array<{ headers: { default: Head }; footers: { default: Head }; children: Para[] }>;
  }) => File;
  readonly Paragraph: new (options: { children: Run[]; heading?: 'Title' | 'Heading1' | 'Heading2' | 'Heading3'; bullet?: { level: number } }) => Para;
  readonly TextRun: new (options: RunOptions) => Run;
  readonly InsertedTextRun: new (options: RunOptions & Revisie) => Run;
  readonly DeletedTextRun: new (options: RunOptions & Revisie) => Run;
  readonly Header: new (options: { children: Para[] }) => Head;
  readonly Footer: new (options: { children: Para[] }) => Head;
  readonly Packer: { toArrayBuffer(file: File): Promise<ArrayBuffer> };
}

/** The werkversie as DOCX bytes, its proposals as tracked changes. */
export async function writeWerkversieDocx<Run, Para, Head, File>(
  doc: WerkversieDocument,
  lib: WerkversieDocxModule<Run, Para, Head, File>,
): Promise<Uint8Array> {
  let revisie = 0;
  const runs = (run: WerkversieRun): Run[] =>
    run.tekst.split('\n').map((regel, i) => {
      const options: RunOptions = {
        text: regel,
        ...(run.vet ? { bold: true } : {}),
        ...(run.cursief ? { italics: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      };
      if (run.soort === 'gewoon') return new lib.TextRun(options);
      // Word wants a date on a revision; a proposal without one (an id Tafel did not make) gets the export's.
      const wie: Revisie = { id: ++revisie, author: run.auteur ?? 'onbekend', date: run.op ?? new Date(0).toISOString() };
      return run.soort === 'ingevoegd' ? new lib.InsertedTextRun({ ...options, ...wie }) : new lib.DeletedTextRun({ ...options, ...wie });
    });
  const tekst = (text: string, bold = false): Run[] => [new lib.TextRun({ text, ...(bold ? { bold: true } : {}) })];
  const children: Para[] = [
    new lib.Paragraph({ children: tekst(doc.titel), heading: 'Title' }),
    new lib.Paragraph({ children: [...tekst('Casus: ', true), ...tekst(doc.casusnummer === undefined ? doc.casus : `${doc.casus} (${doc.casusnummer})`)] }),
    new lib.Paragraph({ children: [...tekst('Gemaakt: ', true), ...tekst(doc.gemaakt)] }),
    new lib.Paragraph({ children: [...tekst('Open voorstellen: ', true), ...tekst(String(doc.aantalVoorstellen))] }),
    new lib.Paragraph({ children: tekst(doc.uitleg) }),
  ];
  for (const deel of doc.delen) {
    children.push(new lib.Paragraph({ children: tekst(deel.titel), heading: 'Heading1' }));
    for (const t of deel.teksten) {
      children.push(new lib.Paragraph({ children: tekst(t.titel), heading: 'Heading2' }));
      for (const a of t.alineas) {
        children.push(
          new lib.Paragraph({
            children: a.runs.flatMap(runs),
            ...(a.kop ? { heading: 'Heading3' as const } : {}),
            ...(a.opsomming ? { bullet: { level: 0 } } : {}),
          }),
        );
      }
    }
  }
  const watermerk = (): Para => new lib.Paragraph({ children: tekst(doc.watermerk, true) });
  const file = new lib.Document({
    creator: 'Tafel',
    title: `${doc.titel} — ${doc.casus}`,
    description: doc.watermerk,
    // Further edits in Word are tracked too, so what comes back is still a proposal.
    features: { trackRevisions: true },
    sections: [
      { headers: { default: new lib.Header({ children: [watermerk()] }) }, footers: { default: new lib.Footer({ children: [watermerk()] }) }, children },
    ],
  });
  return new Uint8Array(await lib.Packer.toArrayBuffer(file));
}
