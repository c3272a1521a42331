/**
 * The case model: the one way code reads and writes a case document. `createCase` starts a case,
 * `openCase` wraps an existing (synced and migrated) document; the returned `CaseModel` exposes
 * one typed `Collection` per collection plus accessors for the meta, the analysis and the
 * gezinsprofiel.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { createAnalyseAccess, type AnalyseAccess } from './analyseAccess.js';
import type { ModelContext } from './context.js';
import { Collection, CaseReader, writeEntity } from './entityStore.js';
import { ModelError } from './errors.js';
import { idSchema, kortSchema, rolSchema, type EntityMeta } from './fields.js';
import { ORGANISATIE_TYPES } from './gezin.js';
import { CASUS_DEELNEMER_REFS, casusPatchSchema, casusSchema, grondslagSchema, type CasusMeta, type CasusPatch } from './meta.js';
import { localOrigin } from './origins.js';
import { createGezinsprofielAccess, type GezinsprofielAccess } from './profielAccess.js';
import { COLLECTIONS, SPECS, type CollectionName } from './registry.js';
import type { CollectionSpec } from './spec.js';
import { ROOT, SCHEMA_VERSION } from './docLayout.js';
import { isSectieId, STANDAARD_SECTIES, type SectieLijst } from './sections.js';
import { isEmptyCase, markSchemaVersion, schemaVersion } from './version.js';
import { createLevensloopAccess, type LevensloopAccess } from './levensloopAccess.js';
import { levensloopStand } from './levensloopStand.js';

/** One typed collection per collection name. */
export type CaseCollections = { readonly [N in CollectionName]: Collection<(typeof COLLECTIONS)[N]['schema']> };

/** Reading and changing the casus meta. */
export interface MetaAccess {
  get(): CasusMeta;
  update(patch: CasusPatch): void;
}

/** A case document with its typed accessors. */
export interface CaseModel extends CaseCollections {
  readonly doc: Y.Doc;
  readonly ctx: ModelContext;
  readonly reader: CaseReader;
  readonly meta: MetaAccess;
  readonly analyse: AnalyseAccess;
  readonly gezinsprofiel: GezinsprofielAccess;
  /** The case's course: phases, triage, onveiligheid, closing (levensloop.ts). */
  readonly levensloop: LevensloopAccess;
}

function createMetaAccess(reader: CaseReader, ctx: ModelContext): MetaAccess {
  const map = reader.doc.getMap<unknown>(ROOT.casus);
  return {
    get: () => Object.fromEntries(map.entries()) as CasusMeta,
    update(patch) {
      const parsed = casusPatchSchema.safeParse(patch);
      if (!parsed.success) throw new ModelError('ongeldige_invoer', `casus.${parsed.error.issues[0]?.path.join('.') ?? ''}`);
      const data = parsed.data as Record<string, unknown>;
      const keys = Object.keys(patch);
      if (keys.includes('aanbrengerOrgId') && !reader.isLive('organisaties', String(data['aanbrengerOrgId']))) {
        throw new ModelError('verwijzing_bestaat_niet', 'casus.aanbrengerOrgId');
      }
      for (const ref of CASUS_DEELNEMER_REFS) {
        const id = data[ref];
        if (keys.includes(ref) && id !== undefined && !reader.isLive('deelnemers', String(id))) {
          throw new ModelError('verwijzing_bestaat_niet', `casus.${ref}`);
        }
      }
      reader.assertWritable();
      reader.doc.transact(() => {
        for (const key of keys) {
          if (data[key] === undefined) map.delete(key);
          else map.set(key, data[key]);
        }
        map.set('gewijzigdOp', ctx.now());
        map.set('gewijzigdDoor', ctx.actor.deelnemerId);
      }, localOrigin(ctx.actor.deelnemerId));
    },
  };
}

function buildModel(doc: Y.Doc, ctx: ModelContext): CaseModel {
  const reader = new CaseReader(doc, SPECS);
  const collections = Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, spec]) => [name, new Collection(reader, ctx, spec as CollectionSpec)]),
  ) as unknown as CaseCollections;
  const model: CaseModel = {
    ...collections,
    doc,
    ctx,
    reader,
    meta: createMetaAccess(reader, ctx),
    analyse: createAnalyseAccess(reader, ctx),
    gezinsprofiel: createGezinsprofielAccess(reader, ctx),
    levensloop: createLevensloopAccess(reader, ctx, collections, () => levensloopStand(model)),
  };
  return model;
}

/**
 * Wraps a case document that is at the current schema version. Run `migrateCase` first (after the
 * first sync with peers): opening an older document throws `niet_gemigreerd`, a newer one
 * `versie_te_nieuw`, a document without a case `geen_casus`.
 */
export function openCase(doc: Y.Doc, ctx: ModelContext): CaseModel {
  const version = schemaVersion(doc);
  if (version > SCHEMA_VERSION) throw new ModelError('versie_te_nieuw');
  if (isEmptyCase(doc)) throw new ModelError('geen_casus');
  if (version < SCHEMA_VERSION) throw new ModelError('niet_gemigreerd');
  return buildModel(doc, ctx);
}

const nieuweCasusSchema = z.strictObject({
  titel: kortSchema.min(1),
  regio: kortSchema.min(1),
  casusnummer: kortSchema.optional(),
  aanmelddatum: z.iso.date().optional(),
  grondslag: grondslagSchema,
  fictief: z.boolean().default(false),
  organisaties: z.array(z.strictObject({ id: idSchema, naam: kortSchema.min(1), type: z.enum(ORGANISATIE_TYPES) })).min(1),
  aanbrengerOrgId: idSchema,
  /** The professional creating the case: becomes deelnemer `ctx.actor.deelnemerId`. */
  maker: z.strictObject({ naam: kortSchema.min(1), functie: kortSchema.optional(), rollen: z.array(rolSchema).default([]) }),
});
/** What it takes to start a case. */
export type NieuweCasus = z.input<typeof nieuweCasusSchema> & { secties?: SectieLijst };

/**
 * Starts a case in an empty document: meta, the organisations, the maker as first deelnemer and
 * the analysis sections (the region's list, default the 13 of docs/domain.md §1.2), at the current
 * schema version, in one transaction.
 */
export function createCase(doc: Y.Doc, ctx: ModelContext, input: NieuweCasus): CaseModel {
  if (!isEmptyCase(doc) || schemaVersion(doc) !== 0) throw new ModelError('ongeldige_invoer', 'casus');
  const { secties = STANDAARD_SECTIES, ...rest } = input;
  const parsed = nieuweCasusSchema.safeParse(rest);
  if (!parsed.success) throw new ModelError('ongeldige_invoer', `casus.${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  const data = parsed.data;
  const orgIds = new Set(data.organisaties.map((o) => o.id));
  if (!orgIds.has(data.aanbrengerOrgId)) throw new ModelError('verwijzing_bestaat_niet', 'casus.aanbrengerOrgId');
  if (!orgIds.has(ctx.actor.orgId)) throw new ModelError('verwijzing_bestaat_niet', 'casus.organisaties');
  if (secties.some((s) => !isSectieId(s.id)) || new Set(secties.map((s) => s.id)).size !== secties.length) {
    throw new ModelError('ongeldige_invoer', 'casus.secties');
  }
  const now = ctx.now();
  const by = ctx.actor.deelnemerId;
  const metaFor = (id: string, bronOrgId: string): EntityMeta => ({
    id,
    aangemaaktOp: now,
    aangemaaktDoor: by,
    gewijzigdOp: now,
    gewijzigdDoor: by,
    bronOrgId,
    gevoeligheid: 'normaal',
  });
  const reader = new CaseReader(doc, SPECS);
  doc.transact(() => {
    const casus: CasusMeta = casusSchema.parse({
      id: ctx.newId(),
      titel: data.titel,
      regio: data.regio,
      casusnummer: data.casusnummer,
      aanmelddatum: data.aanmelddatum,
      grondslag: data.grondslag,
      fictief: data.fictief,
      aanbrengerOrgId: data.aanbrengerOrgId,
      aangemaaktOp: now,
      aangemaaktDoor: by,
      gewijzigdOp: now,
      gewijzigdDoor: by,
    });
    const map = doc.getMap<unknown>(ROOT.casus);
    for (const [key, value] of Object.entries(casus)) if (value !== undefined) map.set(key, value);
    for (const org of data.organisaties) {
      writeEntity(reader.root('organisaties'), COLLECTIONS.organisaties, metaFor(org.id, ctx.actor.orgId), { naam: org.naam, type: org.type });
    }
    writeEntity(reader.root('deelnemers'), COLLECTIONS.deelnemers, metaFor(by, ctx.actor.orgId), {
      naam: data.maker.naam,
      organisatieId: ctx.actor.orgId,
      functie: data.maker.functie,
      rollen: data.maker.rollen,
      toegang: 'volledig',
    });
    secties.forEach((s, i) => {
      writeEntity(
        reader.root('secties'),
        COLLECTIONS.secties,
        { ...metaFor(s.id, ctx.actor.orgId), gevoeligheid: 'bijzonder' },
        {
          titel: s.titel,
          volgorde: i,
          hulptekst: s.hulptekst,
        },
      );
    });
    markSchemaVersion(doc, SCHEMA_VERSION);
  }, localOrigin(by));
  return buildModel(doc, ctx);
}
