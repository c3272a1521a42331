/**
 * Accessors for the gezinsprofiel assessment. The primary profile is one register, so there is
 * never more than one; choosing a profile as primary clears its own oordeel, and excluding or
 * demoting the primary clears the register. Peers who decide concurrently can still end up with
 * the primary also marked uitgesloten: `validateCase` reports that as a conflict for people to
 * settle, instead of the model silently picking a side.
 */
import type * as Y from 'yjs';
import type { ModelContext } from './context.js';
import type { CaseReader } from './entityStore.js';
import { ModelError } from './errors.js';
import {
  gezinsprofielSchema,
  OORDEEL_KEY_PREFIX,
  PROFIEL_OORDELEN,
  PROFIELEN,
  type GezinsprofielBeoordeling,
  type Profiel,
  type ProfielOordeel,
} from './gezinsprofiel.js';
import { readRichDoc } from './richText.js';
import { GEZINSPROFIEL_TOELICHTING_FRAGMENT, ROOT } from './docLayout.js';
import { createSingletonWriter } from './singletonWriter.js';

/** How a profile stands as people see it. */
export type ProfielStand = 'primair' | ProfielOordeel;

/** The assessment's scalar fields a caller may set directly. */
export type GezinsprofielPatch = Partial<Pick<GezinsprofielBeoordeling, 'machtsongelijkheid' | 'beschermingsAccent' | 'datum'>>;

/** Reading and changing the gezinsprofiel assessment. */
export interface GezinsprofielAccess {
  get(): GezinsprofielBeoordeling;
  /** Primary, secundair, uitgesloten or geen. */
  stand(profiel: Profiel): ProfielStand;
  setPrimair(profiel: Profiel | undefined): void;
  setOordeel(profiel: Profiel, oordeel: ProfielOordeel): void;
  update(patch: GezinsprofielPatch): void;
  /** Root fragment of the toelichting, for Tiptap. */
  toelichtingFragment(): Y.XmlFragment;
}

/** Reads the assessment from its root map and fragment (no validation: see validateCase). */
export function readGezinsprofiel(doc: Y.Doc): GezinsprofielBeoordeling {
  const map = doc.getMap<unknown>(ROOT.gezinsprofiel);
  const oordelen: Partial<Record<Profiel, ProfielOordeel>> = {};
  for (const p of PROFIELEN) {
    const o = map.get(OORDEEL_KEY_PREFIX + p);
    if (typeof o === 'string' && o !== 'geen' && (PROFIEL_OORDELEN as readonly string[]).includes(o)) oordelen[p] = o as ProfielOordeel;
  }
  const out: GezinsprofielBeoordeling = {
    oordelen,
    machtsongelijkheid: (map.get('machtsongelijkheid') as GezinsprofielBeoordeling['machtsongelijkheid'] | undefined) ?? 'onbekend',
    toelichting: readRichDoc(doc.getXmlFragment(GEZINSPROFIEL_TOELICHTING_FRAGMENT)),
  };
  for (const key of ['primair', 'beschermingsAccent', 'datum', 'gewijzigdOp', 'gewijzigdDoor'] as const) {
    const v = map.get(key);
    if (v !== undefined) (out as Record<string, unknown>)[key] = v;
  }
  return out;
}

/** Builds the gezinsprofiel accessors. */
export function createGezinsprofielAccess(reader: CaseReader, ctx: ModelContext): GezinsprofielAccess {
  const doc = reader.doc;
  const map = doc.getMap<unknown>(ROOT.gezinsprofiel);
  const { write, update: updateFields } = createSingletonWriter(reader, ctx, map);
  const checkProfiel = (p: unknown): void => {
    if (!(PROFIELEN as readonly unknown[]).includes(p)) throw new ModelError('ongeldige_invoer', 'gezinsprofiel.profiel');
  };
  return {
    get: () => readGezinsprofiel(doc),
    stand(profiel) {
      if (map.get('primair') === profiel) return 'primair';
      return readGezinsprofiel(doc).oordelen[profiel] ?? 'geen';
    },
    setPrimair(profiel) {
      if (profiel !== undefined) checkProfiel(profiel);
      write(() => {
        if (profiel === undefined) {
          map.delete('primair');
          return;
        }
        map.set('primair', profiel);
        map.delete(OORDEEL_KEY_PREFIX + profiel);
      });
    },
    setOordeel(profiel, oordeel) {
      checkProfiel(profiel);
      if (!(PROFIEL_OORDELEN as readonly string[]).includes(oordeel)) throw new ModelError('ongeldige_invoer', 'gezinsprofiel.oordeel');
      write(() => {
        if (map.get('primair') === profiel) map.delete('primair');
        if (oordeel === 'geen') map.delete(OORDEEL_KEY_PREFIX + profiel);
        else map.set(OORDEEL_KEY_PREFIX + profiel, oordeel);
      });
    },
    update(patch) {
      updateFields(gezinsprofielSchema.pick({ machtsongelijkheid: true, beschermingsAccent: true, datum: true }).partial(), patch, 'gezinsprofiel');
    },
    toelichtingFragment: () => doc.getXmlFragment(GEZINSPROFIEL_TOELICHTING_FRAGMENT),
  };
}
