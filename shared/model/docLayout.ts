/**
 * The layout of a case document: every root name of the Y.Doc lives here, and no other file spells
 * one out. One Y.Doc holds one casus. Root types are created by name, so two clients that touch the
 * same root concurrently always merge into one type (nested types do not: see migrations.ts).
 */

/** The schema version this code writes. Documents at a higher version are refused (see migrations.ts). */
export const SCHEMA_VERSION = 1;

/** The `formaat` tag of an exported case (JSON). */
export const CASE_JSON_FORMAT = 'tafel.casus';

/** Root names of singleton maps and of the schema-version marker. */
export const ROOT = {
  /** Schema version markers: one key per applied version ("1", "2" ...); the highest wins. */
  schema: 'schema',
  /** Casus meta: title, regio, status, fase, aanbrenger, grondslag, regisseurs. */
  casus: 'casus',
  /** Verklarende analyse as a whole: status, werkhypothese register. */
  analyse: 'analyse',
  /** Gezinsprofiel assessment: primary register, per-profile oordeel, machtsongelijkheid, accent. */
  gezinsprofiel: 'gezinsprofiel',
} as const;

/** Prefix of the root map that holds one collection (entities keyed by id). */
const COLLECTION_PREFIX = 'c:';
/** Prefix of the top-level XmlFragment that holds one analysis section's text. */
const SECTION_PREFIX = 'sectie:';
/** Root XmlFragment of the gezinsprofiel toelichting. */
export const GEZINSPROFIEL_TOELICHTING_FRAGMENT = 'gezinsprofiel:toelichting';

/** Root name of a collection map. */
export function collectionRootName(collection: string): string {
  return COLLECTION_PREFIX + collection;
}

/**
 * Root name of an analysis section's XmlFragment. Tiptap binds to it with
 * `Collaboration.configure({ document, field: sectionFragmentName(sectieId) })`.
 */
export function sectionFragmentName(sectieId: string): string {
  return SECTION_PREFIX + sectieId;
}

/** Fields every entity carries besides its own data. */
export const META_FIELDS = [
  'id',
  'aangemaaktOp',
  'aangemaaktDoor',
  'gewijzigdOp',
  'gewijzigdDoor',
  'bronOrgId',
  'gevoeligheid',
  'verwijderdOp',
  'verwijderdDoor',
] as const;
