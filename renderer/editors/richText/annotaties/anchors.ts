/**
 * Anchors of annotation threads in a Tiptap field bound to a Y.XmlFragment: a selection becomes
 * two Yjs relative positions (plus the quoted text), which every peer resolves to the same text
 * however it was edited since. The start sticks to the first selected character and the end to
 * the last, so text typed just outside the selection stays outside. A range whose text is gone
 * resolves to null: the thread then shows its quote.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { Anker } from '../../../../shared/annotaties/index.js';
import type { RelatievePositie } from '../../../../shared/model/index.js';

/** y-tiptap's map from Yjs types to ProseMirror nodes (not exported under a name). */
export type ProsemirrorMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/** Longest quote kept with an anchor (the model's short-text limit). */
const CITAAT_MAX = 500;

/** What the sync binding of an editor knows: its fragment and ProseMirror ↔ Yjs mapping. */
export interface YBinding {
  readonly fragment: Y.XmlFragment;
  readonly mapping: ProsemirrorMapping;
}

/** The binding of a Tiptap editor with Collaboration, or null before it is set up. */
export function bindingOf(state: EditorState): YBinding | null {
  const sync = ySyncPluginKey.getState(state) as { type?: Y.XmlFragment; binding?: { mapping?: ProsemirrorMapping } } | undefined;
  if (sync?.type === undefined || sync.binding?.mapping === undefined) return null;
  return { fragment: sync.type, mapping: sync.binding.mapping };
}

function toJson(rpos: Y.RelativePosition): RelatievePositie {
  const json = Y.relativePositionToJSON(rpos) as { type?: Y.ID; tname?: string; item?: Y.ID; assoc?: number };
  const out: RelatievePositie = {};
  if (json.type) out.type = { client: json.type.client, clock: json.type.clock };
  if (json.tname !== undefined) out.tname = json.tname;
  if (json.item) out.item = { client: json.item.client, clock: json.item.clock };
  if (json.assoc !== undefined) out.assoc = json.assoc;
  return out;
}

/** y-tiptap's position for `pos`, re-made with `assoc` when it points into text (it always uses -1). */
function relative(pos: number, binding: YBinding, assoc: number): Y.RelativePosition {
  const rpos = absolutePositionToRelativePosition(pos, binding.fragment, binding.mapping) as Y.RelativePosition;
  const doc = binding.fragment.doc;
  const abs = doc === null ? null : Y.createAbsolutePositionFromRelativePosition(rpos, doc);
  if (abs === null || !(abs.type instanceof Y.XmlText) || assoc === rpos.assoc) return rpos;
  return Y.createRelativePositionFromTypeIndex(abs.type, abs.index, assoc);
}

/** An anchor for the ProseMirror range [from, to) of `pmDoc`, which `binding` mirrors. */
export function ankerVoorBereik(binding: YBinding, pmDoc: PmNode, from: number, to: number): Anker {
  const citaat = pmDoc.textBetween(from, to, ' ', ' ').slice(0, CITAAT_MAX);
  return { start: toJson(relative(from, binding, 0)), eind: toJson(relative(to, binding, -1)), ...(citaat === '' ? {} : { citaat }) };
}

/** An anchor for the editor's selection, or null when nothing is selected or the editor is not bound. */
export function ankerVoorSelectie(state: EditorState): Anker | null {
  const binding = bindingOf(state);
  const { from, to, empty } = state.selection;
  if (binding === null || empty) return null;
  return ankerVoorBereik(binding, state.doc, from, to);
}

function absolute(doc: Y.Doc, binding: YBinding, positie: RelatievePositie): number | null {
  const rpos = Y.createRelativePositionFromJSON(positie);
  const abs = Y.createAbsolutePositionFromRelativePosition(rpos, doc);
  if (abs === null) return null;
  // y-tiptap distrusts a position that names a character and lands at the very start of the
  // document (its guard against structural changes); the type-start form is the same place.
  const stable = abs.type instanceof Y.XmlText && abs.index === 0 ? Y.createRelativePositionFromTypeIndex(abs.type, 0, -1) : rpos;
  return relativePositionToAbsolutePosition(doc, binding.fragment, stable, binding.mapping);
}

/** Where an anchor's text is now, in ProseMirror positions; null when its text was deleted. */
export function bereikVoorAnker(binding: YBinding, anker: Anker): { from: number; to: number } | null {
  const doc = binding.fragment.doc;
  if (doc === null) return null;
  const from = absolute(doc, binding, anker.start);
  const to = absolute(doc, binding, anker.eind);
  if (from === null || to === null || to <= from) return null;
  return { from, to };
}

/** True if the anchored text is gone (deleted by someone), judged on the Y.Doc alone (no editor needed). */
export function ankerTekstWeg(doc: Y.Doc, anker: Anker): boolean {
  const start = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anker.start), doc);
  const eind = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anker.eind), doc);
  if (start === null || eind === null) return true;
  return start.type === eind.type && eind.index <= start.index;
}
