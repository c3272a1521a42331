/** pdf-lib, its font engine and the DejaVu fonts as the export tests hand them to `writePdf` (the renderer loads the same three). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type Color, type PDFFont, type Rotation } from 'pdf-lib';
import type { PdfBibliotheek } from '../../shared/export/index.js';

const require = createRequire(import.meta.url);
const font = (naam: string): Uint8Array => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${naam}`)));

export const pdfLibrary: PdfBibliotheek<Color, Rotation, PDFFont> = {
  PDFDocument,
  rgb,
  degrees,
  fontkit,
  fonts: { regular: font('DejaVuSans.ttf'), vet: font('DejaVuSans-Bold.ttf') },
};
