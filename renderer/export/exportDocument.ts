/**
 * The browser/desktop side of exports: which document of an agreed version, for whom, in which
 * format. Every format is written here, in the renderer, by the pure core's writers
 * (shared/export), so the desktop and the browser hand the host the same bytes to save.
 */
import {
  eindUittrekselLayout,
  exportBestandsnaam,
  overdrachtLayout,
  organisatieUittreksel,
  planDocument,
  planLayout,
  uittrekselLayout,
  verslagDocument,
  verslagLayout,
  writeDocx,
  writeMarkdown,
  writePdf,
  type Afronding,
  type AgreedVersion,
  type ExportDocument,
  type ExportSoort,
} from '../../shared/export/index.js';
import type { ExportRequest } from '../../shared/host/hostApi.js';
import type { Viewer } from '../../shared/model/index.js';
import type * as Docx from 'docx';
import { loadPdfLibrary } from './pdfLibrary.js';

/** The formats offered to users. */
export type UiFormaat = 'markdown' | 'docx' | 'pdf';

export interface ExportKeuze {
  readonly soort: ExportSoort;
  readonly formaat: UiFormaat;
  /** The receiving organisation: named in the watermark; for an extract, also whose items it holds. */
  readonly ontvangerOrgId: string;
  /** Its name, for an extract's file name (several extracts of one version side by side). */
  readonly ontvangerNaam?: string;
  /** The course of the case, for the closing documents (einduittreksel, overdracht). */
  readonly afronding?: Afronding;
}

/** Documents made once per organisation: their file names carry the organisation's name. */
const PER_ORGANISATIE: ReadonlySet<ExportSoort> = new Set(['uittreksel', 'einduittreksel', 'overdracht']);

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The laid-out document, or undefined for a verslag of a version agreed outside a meeting (or a
 * closing document asked for without the case's course). Throws ExportError.
 */
export function exportDocument(
  versie: AgreedVersion,
  keuze: Pick<ExportKeuze, 'soort' | 'ontvangerOrgId' | 'afronding'>,
  viewer: Viewer,
): ExportDocument | undefined {
  const voor = { ontvangerOrgId: keuze.ontvangerOrgId, viewer };
  switch (keuze.soort) {
    case 'plan':
      return planLayout(planDocument(versie, voor));
    case 'verslag': {
      const verslag = verslagDocument(versie, voor);
      return verslag === undefined ? undefined : verslagLayout(verslag);
    }
    case 'uittreksel':
      return uittrekselLayout(organisatieUittreksel(versie, keuze.ontvangerOrgId, viewer));
    case 'einduittreksel':
      return keuze.afronding === undefined ? undefined : eindUittrekselLayout(versie, keuze.ontvangerOrgId, keuze.afronding, viewer);
    case 'overdracht':
      return keuze.afronding === undefined ? undefined : overdrachtLayout(versie, keuze.ontvangerOrgId, keuze.afronding, viewer);
  }
}

let wordLibrary: Promise<typeof Docx> | undefined;

/**
 * The `docx` library (its own chunk). The export panel asks for it when it opens: in the browser a
 * chunk first fetched at export time would fail offline, on the train where exports are made.
 */
export function loadWordLibrary(): Promise<typeof Docx> {
  wordLibrary ??= import('docx').catch((error: unknown) => {
    wordLibrary = undefined; // offline now: try again next time
    throw error;
  });
  return wordLibrary;
}

/** The writers' libraries (Word, PDF with its fonts): call when the export panel opens, so exports work offline later. */
export function loadExportLibraries(): Promise<unknown> {
  return Promise.all([loadWordLibrary(), loadPdfLibrary()]);
}

/** Writes the document in the chosen format, as a file for the host to save. */
export async function writeExport(versie: AgreedVersion, document: ExportDocument, keuze: ExportKeuze): Promise<ExportRequest> {
  const suggestedName = exportBestandsnaam(versie, keuze.soort, keuze.formaat, PER_ORGANISATIE.has(keuze.soort) ? keuze.ontvangerNaam : undefined);
  switch (keuze.formaat) {
    case 'markdown':
      return { suggestedName, mimeType: 'text/markdown;charset=utf-8', data: writeMarkdown(document) };
    case 'docx':
      return { suggestedName, mimeType: DOCX_MIME, data: await writeDocx(document, await loadWordLibrary()) };
    case 'pdf':
      return { suggestedName, mimeType: 'application/pdf', data: await writePdf(document, await loadPdfLibrary()) };
  }
}
