/**
 * Accessors for the verklarende analyse as a whole: its status, the werkhypothese register, the
 * ordered section list and each section's text (a root XmlFragment Tiptap binds to by name).
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import { analyseSchema, type HYPOTHESE_STATUSSEN } from './analyse.js';
import type { ModelContext } from './context.js';
import { removeEntity, type CaseReader } from './entityStore.js';
import { ModelError } from './errors.js';
import type { Entity } from './fields.js';
import { localOrigin, type CaseOrigin } from './origins.js';
import { ROOT, sectionFragmentName } from './docLayout.js';
import { createSingletonWriter } from './singletonWriter.js';

/** The analysis as a whole. */
export type AnalyseStatus = z.output<typeof analyseSchema>;
/** A section as listed. */
export type Sectie = Entity<{ titel: string; volgorde: number; hulptekst?: string }>;
/** A hypothesis' status as people see it: the stored one, or "werkhypothese" for the chosen one. */
export type HypotheseStatus = (typeof HYPOTHESE_STATUSSEN)[number] | 'werkhypothese';

/** Plain-text editing of a section, for tests, imports and the benchmark (the UI edits through Tiptap). */
export interface SectieTekstEditor {
  /** Inserts `text` at UTF-16 `index` of the section's first paragraph. */
  insert(index: number, text: string): void;
  /** Deletes `length` UTF-16 units at `index` of the section's first paragraph. */
  delete(index: number, length: number): void;
  /** The first paragraph's text. */
  toString(): string;
}

/** Reading and changing the analysis as a whole. */
export interface AnalyseAccess {
  get(): AnalyseStatus;
  update(patch: Partial<Pick<AnalyseStatus, 'status' | 'vastgesteldOp' | 'vastgesteldInOverlegId'>>): void;
  /** Live sections in their configured order. */
  secties(): Sectie[];
  /** The section's root fragment; bind Tiptap with `Collaboration.configure({ fragment })`. */
  sectieFragment(sectieId: string): Y.XmlFragment;
  /** A plain-text editor on the section's first paragraph. */
  sectieTekst(sectieId: string): SectieTekstEditor;
  /** Removes a section and clears its text (root fragments cannot be deleted, their content can). */
  verwijderSectie(sectieId: string): void;
  /** The status of a hypothesis as people see it. */
  hypotheseStatus(hypotheseId: string): HypotheseStatus | undefined;
  /** Sets a hypothesis' status; "werkhypothese" moves the register (the previous one becomes aannemelijk). */
  setHypotheseStatus(hypotheseId: string, status: HypotheseStatus): void;
}

/** Builds the analysis accessors. */
export function createAnalyseAccess(reader: CaseReader, ctx: ModelContext): AnalyseAccess {
  const doc = reader.doc;
  const map = doc.getMap<unknown>(ROOT.analyse);
  const origin: CaseOrigin = localOrigin(ctx.actor.deelnemerId);
  const { write, update: updateFields } = createSingletonWriter(reader, ctx, map);
  const liveSection = (id: string): void => {
    if (!reader.isLive('secties', id)) throw new ModelError('onbekend_item', 'secties');
  };
  const hypotheses = reader.root('hypothesen');

  const access: AnalyseAccess = {
    get() {
      const raw = Object.fromEntries(map.entries());
      const werk = raw['werkhypotheseId'];
      return analyseSchema.parse({
        status: raw['status'],
        werkhypotheseId: typeof werk === 'string' && reader.isLive('hypothesen', werk) ? werk : undefined,
        vastgesteldOp: raw['vastgesteldOp'],
        vastgesteldInOverlegId: raw['vastgesteldInOverlegId'],
      });
    },
    update(patch) {
      updateFields(analyseSchema.pick({ status: true, vastgesteldOp: true, vastgesteldInOverlegId: true }).partial(), patch, 'analyse');
    },
    secties() {
      const memo = new Map<string, boolean>();
      const out: Sectie[] = [];
      for (const [id, ymap] of reader.root('secties')) {
        if (reader.isLive('secties', id, memo)) out.push(reader.read('secties', ymap, memo) as Sectie);
      }
      return out.sort((a, b) => a.volgorde - b.volgorde || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    sectieFragment(sectieId) {
      liveSection(sectieId);
      return doc.getXmlFragment(sectionFragmentName(sectieId));
    },
    sectieTekst(sectieId) {
      const fragment = access.sectieFragment(sectieId);
      const text = (): Y.XmlText => {
        const first = fragment.get(0);
        if (first instanceof Y.XmlElement && first.get(0) instanceof Y.XmlText) return first.get(0) as Y.XmlText;
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText()]);
        reader.assertWritable();
        doc.transact(() => fragment.insert(0, [paragraph]), origin);
        return paragraph.get(0) as Y.XmlText;
      };
      // Resolved once and reused: keystrokes must not pay for lookups.
      let target: Y.XmlText | undefined;
      const current = (): Y.XmlText => {
        if (!target || target.parent === null || target.parent.parent !== fragment || target._item?.deleted === true) target = text();
        return target;
      };
      return {
        insert(index, value) {
          doc.transact(() => current().insert(index, value), origin);
        },
        delete(index, length) {
          doc.transact(() => current().delete(index, length), origin);
        },
        toString: () => current().toString(),
      };
    },
    verwijderSectie(sectieId) {
      liveSection(sectieId);
      write(() => {
        removeEntity(reader, 'secties', sectieId, ctx);
        const fragment = doc.getXmlFragment(sectionFragmentName(sectieId));
        if (fragment.length > 0) fragment.delete(0, fragment.length);
      });
    },
    hypotheseStatus(hypotheseId) {
      if (!reader.isLive('hypothesen', hypotheseId)) return undefined;
      if (access.get().werkhypotheseId === hypotheseId) return 'werkhypothese';
      return hypotheses.get(hypotheseId)?.get('status') as HypotheseStatus;
    },
    setHypotheseStatus(hypotheseId, status) {
      if (!reader.isLive('hypothesen', hypotheseId)) throw new ModelError('onbekend_item', 'hypothesen');
      const h = hypotheses.get(hypotheseId)!;
      write(() => {
        const current = map.get('werkhypotheseId');
        if (status === 'werkhypothese') {
          if (typeof current === 'string' && current !== hypotheseId) hypotheses.get(current)?.set('status', 'aannemelijk');
          map.set('werkhypotheseId', hypotheseId);
          h.set('status', 'aannemelijk');
        } else {
          if (current === hypotheseId) map.delete('werkhypotheseId');
          h.set('status', status);
        }
        h.set('gewijzigdOp', ctx.now());
        h.set('gewijzigdDoor', ctx.actor.deelnemerId);
      });
    },
  };
  return access;
}
