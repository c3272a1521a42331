/**
 * What an export leaves behind: a content-free access-log record (NEN 7513: which event, when,
 * who, on whose behalf, what was copied) and a file name that names no one. The UI records the
 * log line where the case's access log lives (see docs/exports.md); nothing here writes it.
 */
import { z } from 'zod';
import type { AgreedVersion } from './agreedVersion.js';
import { nlMoment } from './dates.js';

/** Export formats. */
export const EXPORT_FORMATEN = ['markdown', 'docx', 'pdf', 'html'] as const;
export type ExportFormaat = (typeof EXPORT_FORMATEN)[number];
/** Which document was exported (einduittreksel and overdracht: the closing documents, afronding.ts). */
export const EXPORT_SOORTEN = ['plan', 'verslag', 'uittreksel', 'einduittreksel', 'overdracht'] as const;
export type ExportSoort = (typeof EXPORT_SOORTEN)[number];
/** What an access-log record can name: an agreed version's document, or the working version with open proposals. */
export const LOG_SOORTEN = [...EXPORT_SOORTEN, 'werkversie'] as const;
export type LogSoort = (typeof LOG_SOORTEN)[number];

/** One access-log record of an export. Ids and codes only: never names or case text. */
export interface ExportLogRegel {
  readonly gebeurtenis: 'export';
  /** When the export was made (ISO 8601, the UI's clock). */
  readonly op: string;
  /** Who exported (deelnemer id) and for which organisation they act. */
  readonly door: string;
  readonly namensOrgId: string;
  readonly soort: LogSoort;
  readonly formaat: ExportFormaat;
  readonly versieId: string;
  readonly vingerafdruk: string;
  /** The receiving organisation named in the watermark. */
  readonly ontvangerOrgId: string;
}

/** The access-log record of one export. */
export function exportLogRegel(input: Omit<ExportLogRegel, 'gebeurtenis' | 'versieId' | 'vingerafdruk'> & { readonly versie: AgreedVersion }): ExportLogRegel {
  const { versie, ...rest } = input;
  return { gebeurtenis: 'export', ...rest, versieId: versie.id, vingerafdruk: versie.vingerafdruk };
}

const EXTENSIE: Readonly<Record<ExportFormaat, string>> = { markdown: 'md', docx: 'docx', pdf: 'pdf', html: 'html' };

/** An organisation's name as part of a file name: "Politie, basisteam Zuid" → "politie-basisteam-zuid". */
function slug(naam: string): string {
  return naam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * A file name without people's names or case text: "tafel-plan-2025-03-10-3f2a91c0.docx"; with
 * the receiving organisation for extracts that lie side by side in one folder:
 * "tafel-uittreksel-politie-basisteam-zuid-2025-03-10-3f2a91c0.pdf".
 */
export function exportBestandsnaam(versie: AgreedVersion, soort: ExportSoort, formaat: ExportFormaat, ontvanger?: string): string {
  const hex = versie.vingerafdruk.replace(/^sha256:/, '').slice(0, 8);
  const voor = ontvanger === undefined || slug(ontvanger) === '' ? '' : `-${slug(ontvanger)}`;
  return `tafel-${soort}${voor}-${nlMoment(versie.vastgesteldOp).dag}-${hex}.${EXTENSIE[formaat]}`;
}

/**
 * What the relay's access log keeps of an export (`log-export`): kind, format, version id and
 * receiving organisation id — ids and fixed words only, never names or case text.
 */
export function exportLogDetail(regel: ExportLogRegel): string {
  return `${regel.soort}:${regel.formaat}:${regel.versieId}:${regel.ontvangerOrgId}`;
}

const regelSchema = z.strictObject({
  gebeurtenis: z.literal('export'),
  op: z.iso.datetime(),
  door: z.string().max(200),
  namensOrgId: z.string().max(200),
  soort: z.enum(LOG_SOORTEN),
  formaat: z.enum(EXPORT_FORMATEN),
  versieId: z.string().max(200),
  vingerafdruk: z.string().max(200),
  ontvangerOrgId: z.string().max(200),
});

/**
 * The access-log record of a "werkversie met voorstellen" (not an agreed version: no version id or
 * fingerprint; `versieId` says 'werkversie').
 */
export function werkversieLogRegel(input: Omit<ExportLogRegel, 'gebeurtenis' | 'versieId' | 'vingerafdruk' | 'soort'>): ExportLogRegel {
  return { gebeurtenis: 'export', ...input, soort: 'werkversie', versieId: 'werkversie', vingerafdruk: '' };
}

/** A stored record read back (a device's own export log); undefined when it is not one. */
export function parseExportLogRegel(value: unknown): ExportLogRegel | undefined {
  const parsed = regelSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
