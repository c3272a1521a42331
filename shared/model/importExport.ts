/**
 * A whole case to and from JSON. Export reads live entities only (references to removed ones are
 * left out), optionally without the restricted values one viewer may not see. Import validates
 * everything first (schema, duplicate ids, references) and then writes the whole case into an
 * empty document as one update: it either fully happens or not at all. Conflicts that merging can
 * produce (the primary profile also uitgesloten, see validate.ts) are valid input: a merged case
 * must export and import again, and `validateCase` shows the conflict afterwards.
 */
import * as Y from 'yjs';
import { caseJsonSchema, type CaseJson } from './caseJson.js';
import { CaseReader, listEntities, writeEntity } from './entityStore.js';
import { entityMetaSchema, type EntityMeta } from './fields.js';
import { OORDEEL_KEY_PREFIX, PROFIELEN } from './gezinsprofiel.js';
import { RESTRICTED_PERSOON_FIELDS } from './gezin.js';
import { casusSchema, CASUS_DEELNEMER_REFS } from './meta.js';
import { importOrigin } from './origins.js';
import { readGezinsprofiel } from './profielAccess.js';
import { formatPad, probleem, problemenVanZod, type ImportProbleem } from './importProblems.js';
import { COLLECTION_NAMES, COLLECTIONS, SPECS } from './registry.js';
import { readRichDoc, writeRichDoc } from './richText.js';
import { CASE_JSON_FORMAT, GEZINSPROFIEL_TOELICHTING_FRAGMENT, ROOT, SCHEMA_VERSION, sectionFragmentName } from './docLayout.js';
import { schemaVersion, markSchemaVersion } from './version.js';
import { magAnnotatieZien, magZien, type Viewer } from './visibility.js';
import { fieldsOf } from './spec.js';

/** Export options. */
export interface ExportOptions {
  /** Leave out what this viewer may not see (restricted values, noodcontacten, annotations). */
  readonly viewer?: Viewer;
}

function pick(map: Y.Map<unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = map.get(key);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The whole case as JSON. Keys and entities come in a fixed order, so equal cases export equal text. */
export function exportCase(doc: Y.Doc, options: ExportOptions = {}): CaseJson {
  const reader = new CaseReader(doc, SPECS);
  const collections: Record<string, Array<Record<string, unknown>>> = {};
  for (const name of COLLECTION_NAMES) collections[name] = listEntities(reader, name);
  const analyse = doc.getMap<unknown>(ROOT.analyse);
  const teksten: Record<string, unknown> = {};
  for (const sectie of collections['secties'] ?? []) teksten[String(sectie['id'])] = readRichDoc(doc.getXmlFragment(sectionFragmentName(String(sectie['id']))));
  const werk = analyse.get('werkhypotheseId');
  const json = {
    formaat: CASE_JSON_FORMAT,
    schemaVersie: schemaVersion(doc),
    casus: pick(doc.getMap(ROOT.casus), Object.keys(casusSchema.shape)),
    analyse: {
      ...pick(analyse, ['status', 'vastgesteldOp', 'vastgesteldInOverlegId']),
      ...(typeof werk === 'string' && reader.isLive('hypothesen', werk) ? { werkhypotheseId: werk } : {}),
      teksten,
    },
    gezinsprofiel: readGezinsprofiel(doc),
    ...collections,
  } as unknown as CaseJson;
  if (json.analyse.status === undefined) json.analyse.status = 'concept';
  const viewer = options.viewer;
  if (viewer) {
    json.gefilterdVoor = viewer.deelnemerId;
    json.personen = json.personen.map((p) => {
      const copy: Record<string, unknown> = { ...p };
      for (const field of RESTRICTED_PERSOON_FIELDS) {
        const value = p[field];
        if (value && !magZien(viewer, value)) delete copy[field];
      }
      return copy as (typeof json.personen)[number];
    });
    json.noodcontacten = json.noodcontacten.filter((n) => magZien(viewer, n));
    const hidden = new Set(json.annotaties.filter((a) => !magAnnotatieZien(viewer, a)).map((a) => a.id));
    json.annotaties = json.annotaties.filter((a) => !hidden.has(a.id));
    json.reacties = json.reacties.filter((r) => !hidden.has(r.annotatieId));
  }
  return json;
}

/** The outcome of an import. */
export type ImportResult = { readonly ok: true } | { readonly ok: false; readonly problemen: readonly ImportProbleem[] };

function isEmptyDoc(doc: Y.Doc): boolean {
  for (const type of doc.share.values()) if (type._map.size > 0 || type._start !== null) return false;
  return true;
}

function referenceProblems(json: CaseJson): ImportProbleem[] {
  const out: ImportProbleem[] = [];
  const ids = new Map<string, Set<string>>();
  for (const name of COLLECTION_NAMES) {
    const seen = new Set<string>();
    json[name].forEach((e, i) => {
      if (seen.has(e.id)) out.push(probleem(formatPad([name, i, 'id']), 'dubbel_id'));
      seen.add(e.id);
    });
    ids.set(name, seen);
  }
  const exists = (to: readonly string[], id: string): boolean => to.some((c) => ids.get(c)?.has(id));
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    (json[name] as Array<Record<string, unknown>>).forEach((entity, i) => {
      for (const ref of spec.refs) {
        const value = entity[ref.field];
        const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
        list.forEach((id, j) => {
          if (typeof id === 'string' && !exists(ref.to, id)) {
            out.push(probleem(formatPad(Array.isArray(value) ? [name, i, ref.field, j] : [name, i, ref.field]), 'verwijzing_bestaat_niet'));
          }
        });
      }
    });
  }
  if (!exists(['organisaties'], json.casus.aanbrengerOrgId)) out.push(probleem('casus.aanbrengerOrgId', 'verwijzing_bestaat_niet'));
  for (const ref of CASUS_DEELNEMER_REFS) {
    const id = json.casus[ref];
    if (id !== undefined && !exists(['deelnemers'], id)) out.push(probleem(`casus.${ref}`, 'verwijzing_bestaat_niet'));
  }
  const { werkhypotheseId, vastgesteldInOverlegId, teksten } = json.analyse;
  if (werkhypotheseId !== undefined && !exists(['hypothesen'], werkhypotheseId)) out.push(probleem('analyse.werkhypotheseId', 'verwijzing_bestaat_niet'));
  if (vastgesteldInOverlegId !== undefined && !exists(['overleggen'], vastgesteldInOverlegId))
    out.push(probleem('analyse.vastgesteldInOverlegId', 'verwijzing_bestaat_niet'));
  for (const sectieId of Object.keys(teksten)) {
    if (!exists(['secties'], sectieId)) out.push(probleem(formatPad(['analyse', 'teksten', sectieId]), 'verwijzing_bestaat_niet'));
  }
  return out;
}

/** Checks `input` as a case file without writing anything; returns the parsed case or the problems. */
export function parseCaseJson(input: unknown): { ok: true; value: CaseJson } | { ok: false; problemen: ImportProbleem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problemen: [probleem('', 'geen_json_object')] };
  const record = input as Record<string, unknown>;
  if (record['formaat'] !== CASE_JSON_FORMAT) return { ok: false, problemen: [probleem('formaat', 'verkeerd_formaat')] };
  if (typeof record['schemaVersie'] === 'number' && record['schemaVersie'] > SCHEMA_VERSION) {
    return { ok: false, problemen: [probleem('schemaVersie', 'versie_te_nieuw')] };
  }
  const parsed = caseJsonSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problemen: problemenVanZod(parsed.error.issues) };
  const problemen = referenceProblems(parsed.data);
  return problemen.length > 0 ? { ok: false, problemen } : { ok: true, value: parsed.data };
}

/**
 * Imports a case file into an empty document. Nothing is written unless the whole file is valid;
 * the case is built in a scratch document and applied as one update with the import origin.
 */
export function importCase(doc: Y.Doc, input: unknown, actorId: string): ImportResult {
  if (!isEmptyDoc(doc)) return { ok: false, problemen: [probleem('', 'doel_niet_leeg')] };
  const parsed = parseCaseJson(input);
  if (!parsed.ok) return parsed;
  const json = parsed.value;
  const scratch = new Y.Doc();
  const reader = new CaseReader(scratch, SPECS);
  scratch.transact(() => {
    const casus = scratch.getMap<unknown>(ROOT.casus);
    for (const [key, value] of Object.entries(json.casus)) if (value !== undefined) casus.set(key, value);
    const analyse = scratch.getMap<unknown>(ROOT.analyse);
    for (const [key, value] of Object.entries(json.analyse)) if (key !== 'teksten' && value !== undefined) analyse.set(key, value);
    for (const [sectieId, tekst] of Object.entries(json.analyse.teksten)) writeRichDoc(scratch.getXmlFragment(sectionFragmentName(sectieId)), tekst);
    const profiel = scratch.getMap<unknown>(ROOT.gezinsprofiel);
    const { oordelen, toelichting, ...rest } = json.gezinsprofiel;
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) profiel.set(key, value);
    for (const p of PROFIELEN) {
      const o = oordelen[p];
      if (o !== undefined && o !== 'geen') profiel.set(OORDEEL_KEY_PREFIX + p, o);
    }
    writeRichDoc(scratch.getXmlFragment(GEZINSPROFIEL_TOELICHTING_FRAGMENT), toelichting);
    for (const name of COLLECTION_NAMES) {
      const spec = COLLECTIONS[name];
      const fields = fieldsOf(spec.schema);
      for (const entity of json[name] as Array<Record<string, unknown>>) {
        const meta = entityMetaSchema.parse(Object.fromEntries(Object.keys(entityMetaSchema.shape).map((k) => [k, entity[k]]))) as EntityMeta;
        const data = Object.fromEntries([...fields.keys()].map((k) => [k, entity[k]]));
        writeEntity(reader.root(name), spec, meta, data);
      }
    }
    markSchemaVersion(scratch, SCHEMA_VERSION);
  });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch), importOrigin(actorId));
  scratch.destroy();
  return { ok: true };
}
