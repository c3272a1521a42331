/**
 * The case document model: the only way code touches a case's Y.Doc. See docs/case-model.md.
 */
export { SCHEMA_VERSION, CASE_JSON_FORMAT, collectionRootName, sectionFragmentName } from './docLayout.js';
export { createCase, openCase, type CaseModel, type CaseCollections, type MetaAccess, type NieuweCasus } from './caseModel.js';
export { defaultContext, type Actor, type ModelContext } from './context.js';
export { ModelError, type ModelErrorCode } from './errors.js';
export { Collection, type AddOptions } from './entityStore.js';
export type { AnalyseAccess, AnalyseStatus, HypotheseStatus, Sectie, SectieTekstEditor } from './analyseAccess.js';
export type { GezinsprofielAccess, GezinsprofielPatch, ProfielStand } from './profielAccess.js';
export { migrateCase, MIGRATIONS, type Migration, type MigrateOptions, type MigrationResult } from './migrations.js';
export { schemaVersion, isEmptyCase } from './version.js';
export { observePart, partStore, type CasePart, type PartListener, type PartStore } from './subscribe.js';
export { exportCase, importCase, parseCaseJson, type ExportOptions, type ImportResult } from './importExport.js';
export type { ImportProbleem, ImportProbleemCode } from './importProblems.js';
export { caseJsonSchema, type CaseJson, type AnalyseJson } from './caseJson.js';
export { validateCase, type CaseProblem } from './validate.js';
export { magZien, magAnnotatieZien, type Viewer, type Restricted } from './visibility.js';
export { datumUit, opVolgordeVanWanneer, isTeLaat, isActiepuntTeLaat } from './wanneer.js';
export { beslistMee } from './beslissen.js';
export { isEigenUitspraak } from './persoonlijk.js';
export { STANDAARD_SECTIES, sectieLijstVoorRegio, isSectieId, type SectieDefinitie, type SectieLijst } from './sections.js';
export { REMOTE_ORIGIN, MIGRATION_ORIGIN, localOrigin, importOrigin, isCaseOrigin, originSource, type CaseOrigin, type OriginSource } from './origins.js';
export {
  emptyRichDoc,
  richDocFromPlainText,
  plainTextOf,
  readRichDoc,
  writeRichDoc,
  type RichDoc,
  type RichNode,
  type RichMark,
  type RichElementNode,
  type RichTextNode,
} from './richText.js';
export { ankerPositie, resolveAnkerPositie, type RelatievePositie } from './annotaties.js';
export { annotatieSleutelMap, ANNOTATIE_SLEUTELS_ROOT } from './annotatieSleutels.js';
export {
  AFGESCHERMD_ROOT,
  afgeschermdMap,
  afschermingVan,
  beperktePlaatsen,
  inhoudUit,
  isLeeg,
  leegSchil,
  leegVoor,
  leesPlaats,
  opgeslagenPlaatsen,
  plaatsSleutel,
  zetAfscherming,
  zichtbaarVoorVan,
  type Afscherming,
  type OpgeslagenPlaats,
  type Plaats,
} from './afgeschermd.js';
export { PROFIELEN, PROFIEL_NAMEN, PROFIEL_OORDELEN, type Profiel, type ProfielOordeel, type GezinsprofielBeoordeling } from './gezinsprofiel.js';
export { FASEN, CONTACTVORMEN, type Fase, type Contactvorm } from './plan.js';
export { WERKFASEN, werkfaseVan, CASUS_STATUSSEN, type Werkfase } from './meta.js';
export {
  LEVENSFASEN,
  AFSLUITFASEN,
  AFSLUITREDENEN,
  AFSLUITSTUKKEN,
  TRIAGE_CRITERIA,
  VERWIJZINGEN,
  JA_NEE_ONBEKEND,
  isTerugstap,
  type Levensfase,
  type Afsluitreden,
} from './levensloop.js';
export {
  levensloopStand,
  doorlooptijden,
  beginVan,
  STATUS_NAAR_FASE,
  type LevensloopStand,
  type Overgang,
  type Begin,
  type Mijlpaal,
} from './levensloopStand.js';
export type { LevensloopAccess, NaarFase, Afsluiten } from './levensloopAccess.js';
export {
  openBijAfschalen,
  openBijAfsluiten,
  openPuntZin,
  organisatiesMetDeelnemers,
  OPEN_BIJ_OVERGANG_SOORTEN,
  type OpenBijOvergang,
} from './openBijAfsluiten.js';
export { BEWAARTERMIJN_JAREN, GEDEELDE_BEWAARTERMIJN_MAANDEN, plusMaanden, dagenTussen } from './bewaren.js';
export { GEVOELIGHEDEN, ROLLEN, type Gevoeligheid, type Rol, type Entity, type EntityMeta } from './fields.js';
export { COLLECTION_NAMES, type CollectionName } from './registry.js';
export { demoCaseJson } from './demoCase.js';
export type * from './types.js';
export { structuredRoots } from './undoScope.js';
export { nieuwVoorstelId, herkomstVanVoorstel, isVoorstelVan, type VoorstelHerkomst } from './voorstelId.js';
export {
  VOORSTEL_MARK,
  VOORSTEL_MARKERING,
  leesVoorstellen,
  heeftVoorstellen,
  beslisInJson,
  zonderOpenVoorstellen,
  voorstelVanMarks,
  type Voorstel,
  type VoorstelSoort,
  type VoorstelUitkomst,
  type VoorstelBeslisser,
} from './voorstelTekst.js';
export { beslisInFragment, beslisVoorstellen, isVoorzitterVanCasus, type VoorstelKeuze } from './voorstelBesluit.js';
export {
  VOORSTEL_VELDEN,
  VOORSTEL_ONDERDEEL,
  plekVanFragment,
  fragmentVanPlek,
  openVoorstellen,
  aantalOpenVoorstellen,
  type VoorstelPlek,
  type VoorstelCollectie,
  type PlekMetVoorstellen,
} from './voorstelPlekken.js';
export { zetVoorstelReden, voorstelRedenen } from './voorstelRedenen.js';
export { MAX_REDEN } from './voorstellenCollectie.js';
