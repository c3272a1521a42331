/**
 * pdf-lib, its font engine and the DejaVu Sans fonts, for `writePdf` (shared/export/pdf.ts). Their
 * own chunk, fetched when the export panel opens rather than at the export: in the browser a chunk
 * first fetched on the train, where exports are made, would fail offline. The fonts are inlined
 * into that chunk (base64) instead of fetched as files, so no Content-Security-Policy has to allow
 * a fetch (the desktop's connect-src lists only the relays). DejaVu fonts: Bitstream Vera licence,
 * see docs/exports.md.
 */
import type { Color, PDFFont, Rotation } from 'pdf-lib';
import type { PdfBibliotheek } from '../../shared/export/index.js';

type Bibliotheek = PdfBibliotheek<Color, Rotation, PDFFont>;

let laden: Promise<Bibliotheek> | undefined;

/** Bytes of a `data:…;base64,` URL, decoded here (no fetch). */
function bytesUit(dataUrl: string): Uint8Array {
  const binair = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binair.length);
  for (let i = 0; i < binair.length; i++) bytes[i] = binair.charCodeAt(i);
  return bytes;
}

/** The library, loaded once; a failed load (offline) is tried again on the next call. */
export function loadPdfLibrary(): Promise<Bibliotheek> {
  laden ??= (async (): Promise<Bibliotheek> => {
    const [lib, fontkit, regular, vet] = await Promise.all([
      import('pdf-lib'),
      import('@pdf-lib/fontkit'),
      import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline'),
      import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline'),
    ]);
    return {
      PDFDocument: lib.PDFDocument,
      rgb: lib.rgb,
      degrees: lib.degrees,
      fontkit: fontkit.default,
      fonts: { regular: bytesUit(regular.default), vet: bytesUit(vet.default) },
    };
  })().catch((error: unknown) => {
    laden = undefined;
    throw error;
  });
  return laden;
}
