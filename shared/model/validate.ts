/**
 * `validateCase`: the invariants of a case document, checked on the document itself (after
 * merges, in tests, before an agreed version is recorded).
 *
 * Two kinds of problem:
 * - `fout`: the document breaks the model (a dangling id, a value of the wrong shape, an unknown
 *   profile). The model's own writes never cause one, also not concurrently.
 * - `conflict`: peers decided differently at the same time (the primary profile also marked
 *   uitgesloten, a rejected werkhypothese, a regisseur who was removed). The document is valid;
 *   people should settle it, and the UI shows it.
 */
import * as Y from 'yjs';
import { CaseReader } from './entityStore.js';
import { entityMetaSchema } from './fields.js';
import { OORDEEL_KEY_PREFIX, PROFIEL_OORDELEN, PROFIELEN } from './gezinsprofiel.js';
import { CASUS_DEELNEMER_REFS, casusSchema } from './meta.js';
import { formatPad } from './importProblems.js';
import { COLLECTION_NAMES, COLLECTIONS, SPECS } from './registry.js';
import { readRichDoc } from './richText.js';
import { ROOT, SCHEMA_VERSION } from './docLayout.js';
import { fieldsOf } from './spec.js';
import { isEmptyCase, schemaVersion } from './version.js';

/** One problem found by `validateCase`. `pad` names where; there is never case content in it. */
export interface CaseProblem {
  readonly soort: 'fout' | 'conflict';
  readonly code: string;
  readonly pad: string;
}

function rawEntity(ymap: Y.Map<unknown>, collection: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entityMetaSchema.shape)) out[key] = ymap.get(key);
  for (const [name, info] of fieldsOf(COLLECTIONS[collection as keyof typeof COLLECTIONS].schema)) {
    const v = ymap.get(name);
    if (info.kind === 'rich') out[name] = v instanceof Y.XmlFragment ? readRichDoc(v) : v;
    else if (info.kind === 'list') out[name] = v instanceof Y.Array ? [...new Set(v.toArray())] : v;
    else if (v !== undefined) out[name] = v;
  }
  return out;
}

/** Every invariant problem of the case in `doc` (empty list: all well). */
export function validateCase(doc: Y.Doc): CaseProblem[] {
  const out: CaseProblem[] = [];
  const fout = (code: string, pad: string): void => void out.push({ soort: 'fout', code, pad });
  const conflict = (code: string, pad: string): void => void out.push({ soort: 'conflict', code, pad });
  if (isEmptyCase(doc)) return [{ soort: 'fout', code: 'geen_casus', pad: 'casus' }];
  const version = schemaVersion(doc);
  if (version === 0 || version > SCHEMA_VERSION) fout('schemaversie', 'schema');

  const reader = new CaseReader(doc, SPECS);
  const casus = casusSchema.safeParse(Object.fromEntries(doc.getMap(ROOT.casus).entries()));
  if (!casus.success) for (const issue of casus.error.issues) fout('ongeldige_waarde', formatPad(['casus', ...issue.path]));

  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const schema = entityMetaSchema.extend(spec.schema.shape);
    for (const [id, ymap] of reader.root(name)) {
      const pad = formatPad([name]) + `[${formatPad([id])}]`;
      if (!(ymap instanceof Y.Map) || ymap.get('id') !== id) {
        fout('ongeldige_entiteit', pad);
        continue;
      }
      if (ymap.get('verwijderdOp') !== undefined) continue; // tombstones keep only metadata
      const entity = rawEntity(ymap, name);
      const parsed = schema.safeParse(entity);
      if (!parsed.success) for (const issue of parsed.error.issues) fout('ongeldige_waarde', `${pad}.${formatPad(issue.path)}`);
      for (const ref of spec.refs) {
        const value = entity[ref.field];
        const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
        for (const target of ids) {
          // A reference may point at a tombstone (a peer removed it concurrently): reads skip it.
          if (typeof target !== 'string' || !reader.existsIn(ref.to, target)) fout('verwijzing_bestaat_niet', `${pad}.${ref.field}`);
        }
      }
    }
  }

  const meta = doc.getMap<unknown>(ROOT.casus);
  const aanbrenger = meta.get('aanbrengerOrgId');
  if (typeof aanbrenger === 'string' && !reader.existsIn(['organisaties'], aanbrenger)) fout('verwijzing_bestaat_niet', 'casus.aanbrengerOrgId');
  for (const ref of CASUS_DEELNEMER_REFS) {
    const id = meta.get(ref);
    if (id === undefined) continue;
    if (typeof id !== 'string' || !reader.existsIn(['deelnemers'], id)) fout('verwijzing_bestaat_niet', `casus.${ref}`);
    else if (!reader.isLive('deelnemers', id)) conflict('regisseur_verwijderd', `casus.${ref}`);
  }

  const profiel = doc.getMap<unknown>(ROOT.gezinsprofiel);
  const primair = profiel.get('primair');
  if (primair !== undefined && !(PROFIELEN as readonly unknown[]).includes(primair)) fout('onbekend_profiel', 'gezinsprofiel.primair');
  for (const key of profiel.keys()) {
    if (!key.startsWith(OORDEEL_KEY_PREFIX)) continue;
    const p = key.slice(OORDEEL_KEY_PREFIX.length);
    if (!(PROFIELEN as readonly string[]).includes(p)) fout('onbekend_profiel', 'gezinsprofiel.oordelen');
    else if (!(PROFIEL_OORDELEN as readonly unknown[]).includes(profiel.get(key))) fout('ongeldige_waarde', `gezinsprofiel.oordelen.${p}`);
  }
  if (typeof primair === 'string' && profiel.get(OORDEEL_KEY_PREFIX + primair) === 'uitgesloten')
    conflict('profiel_primair_en_uitgesloten', `gezinsprofiel.${primair}`);
  for (const standpunt of reader.root('profielStandpunten').values()) {
    const p = standpunt.get('primair');
    const uit = standpunt.get('uitgesloten');
    if (typeof p === 'string' && uit instanceof Y.Array && uit.toArray().includes(p)) conflict('profiel_primair_en_uitgesloten', 'profielStandpunten');
  }

  const analyse = doc.getMap<unknown>(ROOT.analyse);
  const werk = analyse.get('werkhypotheseId');
  if (werk !== undefined) {
    if (typeof werk !== 'string' || !reader.existsIn(['hypothesen'], werk)) fout('verwijzing_bestaat_niet', 'analyse.werkhypotheseId');
    else if (reader.isLive('hypothesen', werk) && reader.root('hypothesen').get(werk)?.get('status') === 'verworpen')
      conflict('werkhypothese_verworpen', 'analyse.werkhypotheseId');
  }
  return out;
}
