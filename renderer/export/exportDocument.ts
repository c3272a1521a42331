/**
 * The browser/desktop side of exports: which document of an agreed version, for whom, in which
 * format, handed to the host (save dialog or download; PDF via print). The documents themselves
 * are the pure core's (shared/export); this module only chooses and delivers.
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
  writeHtml,
  writeMarkdown,
  type Afronding,
  type AgreedVersion,
  type ExportDocument,
  type ExportSoort,
} from '../../shared/export/index.js';
import type { ExportRequest, PrintToPdfRequest } from '../../shared/host/hostApi.js';
import type { Viewer } from '../../shared/model/index.js';
import type * as Docx from 'docx';

/** The formats offered to users (the print HTML is the PDF's source, not offered on its own). */
export type UiFormaat = 'markdown' | 'docx' | 'pdf';

export interface ExportKeuze {
  readonly soort: ExportSoort;
  readonly formaat: UiFormaat;
  /** The receiving organisation: named in the watermark; for an extract, also whose items it holds. */
  readonly ontvangerOrgId: string;
  /** The course of the case, for the closing documents (einduittreksel, overdracht). */
  readonly afronding?: Afronding;
}

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

/** What to hand the host: a file to save or a page to print to PDF. */
export type HostOpdracht = { readonly soort: 'bestand'; readonly request: ExportRequest } | { readonly soort: 'pdf'; readonly request: PrintToPdfRequest };

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

/** Writes the document in the chosen format. DOCX needs the `docx` library (`loadWordLibrary`). */
export async function writeExport(versie: AgreedVersion, document: ExportDocument, keuze: ExportKeuze): Promise<HostOpdracht> {
  switch (keuze.formaat) {
    case 'markdown':
      return {
        soort: 'bestand',
        request: { suggestedName: exportBestandsnaam(versie, keuze.soort, 'markdown'), mimeType: 'text/markdown;charset=utf-8', data: writeMarkdown(document) },
      };
    case 'docx': {
      const docx = await loadWordLibrary();
      return {
        soort: 'bestand',
        request: { suggestedName: exportBestandsnaam(versie, keuze.soort, 'docx'), mimeType: DOCX_MIME, data: await writeDocx(document, docx) },
      };
    }
    case 'pdf':
      return { soort: 'pdf', request: { suggestedName: exportBestandsnaam(versie, keuze.soort, 'pdf'), html: writeHtml(document) } };
  }
}
