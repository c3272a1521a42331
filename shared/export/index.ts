/**
 * Agreed versions and exports: "Vaststellen", reopening, diffs, and the plan, verslag and
 * per-organisation extract as Markdown, print-ready HTML and DOCX. Pure functions over an agreed
 * version; the UI supplies `crypto.subtle`, the `docx` module and the save dialog. See
 * docs/exports.md.
 */
export {
  vaststellen,
  trekVersieIn,
  openAgreedVersion,
  agreedVersions,
  verifyAgreedVersion,
  type AgreedVersion,
  type AgreedVersionSummary,
  type IntrekkenInput,
  type VaststellenInput,
} from './agreedVersion.js';
export type { AgreedContent } from './agreedContent.js';
export { buildAgreedContent, canonicalJson } from './canonical.js';
export { fingerprintOf, fingerprintForPeople, type DigestPort } from './fingerprint.js';
export { ExportError, type ExportErrorCode } from './errors.js';
export { planDocument, afspraakNummers, organisatieMagZien, type PlanDocument, type AfspraakRegel, type ZorgBlok, type DoelBlok } from './planDocument.js';
export { verslagDocument, type VerslagDocument } from './verslag.js';
export { organisatieUittreksel, organisatiesAanTafel, type OrganisatieUittreksel } from './extract.js';
export { afrondingVan, eindUittrekselLayout, overdrachtLayout, type Afronding } from './afronding.js';
export { openPunten, OPEN_PUNT_SOORTEN, type OpenPunt, type OpenPuntBron, type OpenPuntSoort, type OpenPuntPart } from './openPunten.js';
export type { AnalyseDocument } from './analyseDocument.js';
export { watermerkVoor, type ExportFor, type ExportKop } from './header.js';
export { planLayout, verslagLayout, uittrekselLayout, type ExportDocument, type ExportSectie, type Blok } from './layout.js';
export { writeMarkdown } from './markdown.js';
export { writePdf, type PdfBibliotheek, type PdfDoc, type PdfFont, type PdfPage } from './pdf.js';
export { writeDocx, type DocxModule } from './docx.js';
export { werkversieMetVoorstellen, type WerkversieDocument, type WerkversieInput } from './werkversie.js';
export { writeWerkversieDocx, type WerkversieDocxModule } from './werkversieDocx.js';
export { diffAgreedVersions, type Wijziging, type Onderdeel } from './diff.js';
export {
  exportLogRegel,
  exportLogDetail,
  exportBestandsnaam,
  parseExportLogRegel,
  werkversieLogRegel,
  type ExportFormaat,
  type ExportSoort,
  type ExportLogRegel,
} from './exportLog.js';
