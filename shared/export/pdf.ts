/**
 * PDF writer on `pdf-lib`, the one PDF both hosts make: the renderer writes the bytes (desktop and
 * browser alike) and the host only saves them, so a PDF from the desktop and one from the browser
 * are the same file. Like `docx`, the library, its font engine and the font bytes are passed in:
 * shared/ imports only runtime-neutral packages, and the renderer loads them when the export panel
 * opens (docs/exports.md, "PDF").
 *
 * Layout: A4, the document title, the header fields, then each section; headings, paragraphs,
 * lists and label/value lines as the other writers show them. Every page carries the watermark
 * sentence at the top, a large light "Alleen voor …" across it and "Pagina n van m" at the foot.
 * The diagonal line is drawn as the letters' outlines, not as text: it shows on paper and on
 * screen, while copying or reading the text (pdftotext, a screen reader) gets the document only.
 * Text is wrapped by measuring it in the embedded font (DejaVu Sans: Latin, Greek and Cyrillic
 * names come out as typed). Deterministic: same document, same bytes (no clock, fixed font names).
 */
import { kopVelden, type Blok, type ExportDocument } from './layout.js';

/** The part of a pdf-lib font the writer uses. */
export interface PdfFont {
  widthOfTextAtSize(text: string, size: number): number;
}
/** The part of a pdf-lib page the writer uses. */
export interface PdfPage<Kleur, Draai, Font extends PdfFont> {
  drawText(text: string, options: { x: number; y: number; size: number; font: Font; color?: Kleur; opacity?: number; rotate?: Draai }): void;
  drawSvgPath(path: string, options: { x: number; y: number; color: Kleur; opacity: number; rotate: Draai }): void;
}
/** The part of `@pdf-lib/fontkit` the writer uses (besides handing it to pdf-lib): glyph outlines. */
export interface Lettermotor {
  create(bytes: Uint8Array): {
    readonly unitsPerEm: number;
    layout(text: string): {
      readonly glyphs: ReadonlyArray<{ readonly path: { toSVG(): string } }>;
      readonly positions: ReadonlyArray<{ readonly xAdvance: number }>;
    };
  };
}

/**
 * A glyph outline (fontkit's SVG: absolute M/L/Q/C/Z, font units, y upwards) scaled by `k`, moved
 * `dx` to the right and flipped to SVG's y downwards, as pdf-lib's drawSvgPath expects.
 */
function plaatsOmtrek(svg: string, k: number, dx: number): string {
  let x = true;
  return svg.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (getal) => {
    const v = Number(getal);
    const uit = x ? v * k + dx : -v * k;
    x = !x;
    return uit.toFixed(2);
  });
}
/** The part of a pdf-lib document the writer uses. */
export interface PdfDoc<Kleur, Draai, Font extends PdfFont> {
  registerFontkit(fontkit: never): void;
  embedFont(bytes: Uint8Array, options: { subset: boolean; customName: string }): Promise<Font>;
  addPage(size: [number, number]): PdfPage<Kleur, Draai, Font>;
  setTitle(title: string): void;
  setSubject(subject: string): void;
  setCreator(creator: string): void;
  setProducer(producer: string): void;
  setLanguage(language: string): void;
  save(options: { useObjectStreams: boolean }): Promise<Uint8Array>;
}
/** The pdf-lib module (`import * as PdfLib from 'pdf-lib'`), the font engine and the fonts. */
export interface PdfBibliotheek<Kleur, Draai, Font extends PdfFont> {
  readonly PDFDocument: { create(options: { updateMetadata: boolean }): Promise<PdfDoc<Kleur, Draai, Font>> };
  rgb(red: number, green: number, blue: number): Kleur;
  degrees(angle: number): Draai;
  /** `@pdf-lib/fontkit`'s default export. */
  readonly fontkit: Lettermotor;
  /** TrueType bytes: DejaVuSans.ttf and DejaVuSans-Bold.ttf. */
  readonly fonts: { readonly regular: Uint8Array; readonly vet: Uint8Array };
}

const A4: [number, number] = [595.28, 841.89];
const MARGE = { links: 56, rechts: 56, boven: 72, onder: 64 };
const BREEDTE = A4[0] - MARGE.links - MARGE.rechts;
const GROOTTE = { tekst: 10, titel: 18, kop: { 2: 14, 3: 12, 4: 11, 5: 10 } } as const;
const REGEL = 1.4;
const INSPRING = 14;

interface Stuk {
  readonly tekst: string;
  readonly vet: boolean;
}

/** Lays out one document; pages are made as text reaches the foot of the page. */
class Zetter<Kleur, Draai, Font extends PdfFont> {
  private readonly paginas: PdfPage<Kleur, Draai, Font>[] = [];
  private pagina!: PdfPage<Kleur, Draai, Font>;
  private y = 0;

  constructor(
    private readonly doc: PdfDoc<Kleur, Draai, Font>,
    private readonly lib: PdfBibliotheek<Kleur, Draai, Font>,
    private readonly fonts: { readonly regular: Font; readonly vet: Font },
    private readonly document: ExportDocument,
  ) {
    this.nieuwePagina();
  }

  private nieuwePagina(): void {
    this.pagina = this.doc.addPage([...A4]);
    this.paginas.push(this.pagina);
    this.y = A4[1] - MARGE.boven;
  }

  /** Room for `hoogte` on this page, else a new page. */
  private ruimte(hoogte: number): void {
    if (this.y - hoogte < MARGE.onder) this.nieuwePagina();
  }

  witruimte(punten: number): void {
    this.y -= punten;
  }

  /** Wraps `stukken` (runs of regular and bold text) into lines `breedte` wide. */
  private regels(stukken: readonly Stuk[], grootte: number, breedte: number): Stuk[][] {
    const regels: Stuk[][] = [];
    let regel: Stuk[] = [];
    let x = 0;
    const spatie = (vet: boolean): number => this.font(vet).widthOfTextAtSize(' ', grootte);
    const zet = (woord: string, vet: boolean): void => {
      const w = this.font(vet).widthOfTextAtSize(woord, grootte);
      if (regel.length > 0 && x + spatie(vet) + w > breedte) {
        regels.push(regel);
        regel = [];
        x = 0;
      }
      if (w > breedte) {
        // A word wider than the line (a fingerprint, a long link): broken where it must.
        let deel = '';
        for (const teken of woord) {
          if (this.font(vet).widthOfTextAtSize(deel + teken, grootte) > breedte && deel !== '') {
            regels.push([...regel, { tekst: deel, vet }]);
            regel = [];
            deel = '';
          }
          deel += teken;
        }
        regel.push({ tekst: deel, vet });
        x = this.font(vet).widthOfTextAtSize(deel, grootte);
        return;
      }
      x += (regel.length > 0 ? spatie(vet) : 0) + w;
      regel.push({ tekst: woord, vet });
    };
    for (const stuk of stukken) for (const woord of stuk.tekst.split(/[ \t\u00a0]+/)) if (woord !== '') zet(woord, stuk.vet);
    if (regel.length > 0) regels.push(regel);
    return regels;
  }

  private font(vet: boolean): Font {
    return vet ? this.fonts.vet : this.fonts.regular;
  }

  /** One line: words of one weight are drawn together, so text tools read them with their spaces. */
  private tekenRegel(regel: readonly Stuk[], x: number, grootte: number): void {
    let groep: Stuk[] = [];
    const teken = (): void => {
      if (groep.length === 0) return;
      const tekst = groep.map((s) => s.tekst).join(' ');
      const vet = groep[0]?.vet ?? false;
      this.pagina.drawText(tekst, { x, y: this.y, size: grootte, font: this.font(vet), color: this.lib.rgb(0, 0, 0) });
      x += this.font(vet).widthOfTextAtSize(`${tekst} `, grootte);
      groep = [];
    };
    for (const stuk of regel) {
      if (groep.length > 0 && groep[0]?.vet !== stuk.vet) teken();
      groep.push(stuk);
    }
    teken();
  }

  /** Text (possibly several lines of its own) at an indent, with a marker before the first line. */
  tekst(stukken: readonly Stuk[], options: { grootte?: number; inspring?: number; marker?: string; bijeen?: number } = {}): void {
    const grootte = options.grootte ?? GROOTTE.tekst;
    const inspring = options.inspring ?? 0;
    const hoogte = grootte * REGEL;
    // A list marker is the first word of the first line, hanging in the margin so the text lines up
    // under it: drawn with that line, so text tools read "• text", not a column of bullets.
    const marker = options.marker;
    const voorMarker = marker === undefined ? 0 : this.font(false).widthOfTextAtSize(`${marker} `, grootte);
    const regels = this.regels(marker === undefined ? stukken : [{ tekst: marker, vet: false }, ...stukken], grootte, BREEDTE - inspring);
    // A heading stays with the first lines after it.
    this.ruimte(hoogte * Math.min(regels.length, 1) + (options.bijeen ?? 0));
    regels.forEach((regel, i) => {
      this.ruimte(hoogte);
      this.y -= grootte;
      this.tekenRegel(regel, MARGE.links + inspring - (i === 0 ? voorMarker : 0), grootte);
      this.y -= hoogte - grootte;
    });
  }

  /** Text with its own line breaks: each line wrapped on its own. */
  alinea(tekst: string, options: { vet?: boolean; grootte?: number; inspring?: number; marker?: string; bijeen?: number } = {}): void {
    tekst
      .split('\n')
      .forEach((regel, i) => this.tekst([{ tekst: regel, vet: options.vet ?? false }], { ...options, marker: i === 0 ? options.marker : undefined }));
  }

  veld(label: string, waarde: string): void {
    const [eerste = '', ...rest] = waarde.split('\n');
    this.tekst([
      { tekst: `${label}:`, vet: true },
      { tekst: eerste, vet: false },
    ]);
    for (const regel of rest) this.tekst([{ tekst: regel, vet: false }], { inspring: INSPRING });
  }

  kop(niveau: 2 | 3 | 4 | 5, tekst: string): void {
    const grootte = GROOTTE.kop[niveau];
    this.witruimte(niveau === 2 ? 10 : 6);
    this.alinea(tekst, { vet: true, grootte, bijeen: 3 * GROOTTE.tekst * REGEL });
    this.witruimte(2);
  }

  blok(b: Blok): void {
    switch (b.soort) {
      case 'kop':
        this.kop(b.niveau, b.tekst);
        return;
      case 'alinea':
        for (const regel of b.tekst.split('\n').filter((l) => l !== '')) {
          this.alinea(regel);
          this.witruimte(4);
        }
        return;
      case 'lijst':
        b.items.forEach((item, i) => this.alinea(item, { inspring: INSPRING, marker: b.genummerd === true ? `${i + 1}.` : '•' }));
        this.witruimte(4);
        return;
      case 'velden':
        for (const [label, waarde] of b.velden) this.veld(label, waarde);
        this.witruimte(4);
        return;
    }
  }

  /** "Alleen voor …" as one outline path (SVG, y downwards as pdf-lib draws it) and its width. */
  private omtrek(tekst: string, grootte: number): { pad: string; breedte: number } {
    const font = this.lib.fontkit.create(this.lib.fonts.vet);
    const { glyphs, positions } = font.layout(tekst);
    let x = 0;
    const k = grootte / font.unitsPerEm;
    const delen = glyphs.map((glyph, i) => {
      const pad = plaatsOmtrek(glyph.path.toSVG(), k, x);
      x += (positions[i]?.xAdvance ?? 0) * k;
      return pad;
    });
    return { pad: delen.join(' '), breedte: x };
  }

  /** The watermark, the receiver line and the page numbers on every page, once the count is known. */
  randen(): void {
    const { kop } = this.document;
    const grijs = this.lib.rgb(0.35, 0.35, 0.35);
    const klein = 7;
    const hoek = 30;
    const midden = this.omtrek(`Alleen voor ${kop.ontvanger}`, Math.min(30, (BREEDTE * 1.1) / Math.max(1, kop.ontvanger.length + 12) / 0.62));
    const rad = (hoek * Math.PI) / 180;
    this.paginas.forEach((pagina, i) => {
      pagina.drawSvgPath(midden.pad, {
        x: A4[0] / 2 - (Math.cos(rad) * midden.breedte) / 2,
        y: A4[1] / 2 - (Math.sin(rad) * midden.breedte) / 2,
        color: this.lib.rgb(0, 0, 0),
        opacity: 0.07,
        rotate: this.lib.degrees(hoek),
      });
      const boven = this.regels([{ tekst: kop.watermerk, vet: false }], klein, BREEDTE);
      boven.forEach((regel, r) =>
        pagina.drawText(regel.map((s) => s.tekst).join(' '), {
          x: MARGE.links,
          y: A4[1] - 36 - r * klein * REGEL,
          size: klein,
          font: this.fonts.regular,
          color: grijs,
        }),
      );
      const voet = `${kop.casus} · ${this.document.titel} · Pagina ${i + 1} van ${this.paginas.length}`;
      pagina.drawText(voet, { x: MARGE.links, y: 36, size: klein, font: this.fonts.regular, color: grijs });
    });
  }
}

/** The document as PDF bytes. */
export async function writePdf<Kleur, Draai, Font extends PdfFont>(document: ExportDocument, lib: PdfBibliotheek<Kleur, Draai, Font>): Promise<Uint8Array> {
  const doc = await lib.PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(lib.fontkit as never);
  // Fixed names: pdf-lib would otherwise add a random suffix, and the bytes would differ per run.
  const fonts = {
    regular: await doc.embedFont(lib.fonts.regular, { subset: true, customName: 'TafelDejaVuSans' }),
    vet: await doc.embedFont(lib.fonts.vet, { subset: true, customName: 'TafelDejaVuSans-Bold' }),
  };
  doc.setTitle(`${document.titel} — ${document.kop.casus}`);
  doc.setSubject(document.kop.watermerk);
  doc.setCreator('Tafel');
  doc.setProducer('Tafel');
  doc.setLanguage('nl-NL');
  const z = new Zetter(doc, lib, fonts, document);
  z.alinea(document.titel, { vet: true, grootte: GROOTTE.titel });
  z.witruimte(6);
  z.alinea(document.kop.watermerk, { vet: true });
  z.witruimte(6);
  for (const [label, waarde] of kopVelden(document.kop)) z.veld(label, waarde);
  for (const sectie of document.secties) {
    z.kop(2, sectie.titel);
    for (const b of sectie.blokken) if (b.soort !== 'velden' || b.velden.length > 0) z.blok(b);
  }
  z.witruimte(10);
  z.alinea(document.kop.watermerk, { vet: true });
  z.randen();
  return doc.save({ useObjectStreams: false });
}
