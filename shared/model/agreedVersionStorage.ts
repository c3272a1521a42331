/**
 * Storage of agreed versions (vastgestelde versies). The `versies` entity records who agreed,
 * when, who attended and the fingerprint; the agreed content itself (its canonical serialisation,
 * see shared/export/canonical.ts) and the Yjs snapshot of that moment sit in the root map
 * `vastgesteld`, keyed by the version id, written in the same transaction as the entity.
 *
 * Why the content and not only a Yjs snapshot: a Y.snapshot can only be turned back into a
 * document when the document was never garbage-collected (`doc.gc = false`). Case documents run
 * with gc on (the default; the sync layer also compacts with gc on), and turning it off would keep
 * every deleted word forever in every replica, against need-to-know and erasure (docs/domain.md §5).
 * The content is end-to-end encrypted like the rest of the case, restorable whatever gc does, and
 * small (about 14 kB for the demo case). The Yjs snapshot is kept beside it as a reference to the
 * exact document state (state vector and delete set); it is not needed to reopen the version.
 *
 * The content is outside the collections on purpose: `exportCase(doc, { viewer })` filters
 * restricted values per viewer, and a content string inside a `versies` entity would carry
 * restricted noodcontacten past that filter. A case JSON export therefore does not carry agreed
 * contents; reopening such a version reports that its content is missing.
 */
import type * as Y from 'yjs';
import type { CaseModel } from './caseModel.js';
import { ModelError } from './errors.js';
import { localOrigin } from './origins.js';
import type { VastgesteldeVersie } from './types.js';

/** Root map holding each agreed version's stored content, by version id. */
export const AGREED_CONTENT_ROOT = 'vastgesteld';

/** What is stored beside a `versies` entity. */
export interface StoredAgreedContent {
  /** Canonical serialisation of the agreed content (shared/export/canonical.ts). */
  readonly inhoud: string;
  /** `Y.encodeSnapshot(Y.snapshot(doc))` at the moment of agreement. */
  readonly yjsSnapshot: Uint8Array;
}

/** A version to record. */
export interface AgreedVersionRecord extends StoredAgreedContent {
  readonly vingerafdruk: string;
  readonly vastgesteldOp: string;
  readonly vastgesteldDoor: readonly string[];
  readonly aanwezigen: readonly string[];
  readonly omvat: ReadonlyArray<'analyse' | 'gezinsprofiel' | 'plan' | 'verslag'>;
  readonly overlegId?: string;
  readonly omschrijving?: string;
  /** What was still open when the chair agreed anyway, and why they did. */
  readonly openPunten?: readonly string[];
  readonly tochReden?: string;
}

/** The `snapshotRef` of a version whose content is stored in the case. */
export function agreedSnapshotRef(versieId: string): string {
  return `${AGREED_CONTENT_ROOT}:${versieId}`;
}

function contentRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(AGREED_CONTENT_ROOT);
}

/**
 * Records an agreed version: the `versies` entity and its stored content in one transaction, so a
 * peer never sees one without the other. Returns the new version id. Validation and reference
 * checks are the `versies` collection's (ModelError before anything is written).
 */
export function recordAgreedVersion(model: CaseModel, record: AgreedVersionRecord): string {
  const id = model.ctx.newId();
  model.reader.assertWritable();
  model.doc.transact(() => {
    model.versies.add(
      {
        snapshotRef: agreedSnapshotRef(id),
        vingerafdruk: record.vingerafdruk,
        omvat: [...record.omvat],
        vastgesteldOp: record.vastgesteldOp,
        vastgesteldDoor: [...record.vastgesteldDoor],
        aanwezigen: [...record.aanwezigen],
        overlegId: record.overlegId,
        omschrijving: record.omschrijving,
        openPunten: [...(record.openPunten ?? [])],
        tochReden: record.tochReden,
      },
      { id },
    );
    contentRoot(model.doc).set(id, { inhoud: record.inhoud, yjsSnapshot: record.yjsSnapshot });
  }, localOrigin(model.ctx.actor.deelnemerId));
  return id;
}

/** The stored content of a version, or undefined when this case does not hold it. */
export function storedAgreedContent(doc: Y.Doc, versieId: string): StoredAgreedContent | undefined {
  const value = contentRoot(doc).get(versieId);
  if (typeof value !== 'object' || value === null) return undefined;
  const { inhoud, yjsSnapshot } = value as Record<string, unknown>;
  if (typeof inhoud !== 'string' || !(yjsSnapshot instanceof Uint8Array)) return undefined;
  return { inhoud, yjsSnapshot };
}

/** Agreed versions of the case, oldest agreement first (ties by id: the same on every replica). */
export function listAgreedVersions(model: CaseModel): VastgesteldeVersie[] {
  return model.versies
    .list()
    .sort((a, b) => (a.vastgesteldOp < b.vastgesteldOp ? -1 : a.vastgesteldOp > b.vastgesteldOp ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Removes a version and deletes its stored content (so garbage collection frees it). */
export function removeAgreedVersion(model: CaseModel, versieId: string): void {
  if (!model.versies.has(versieId)) throw new ModelError('onbekend_item', 'versies');
  model.reader.assertWritable();
  model.doc.transact(() => {
    model.versies.remove(versieId);
    contentRoot(model.doc).delete(versieId);
  }, localOrigin(model.ctx.actor.deelnemerId));
}
