/**
 * Marks the passages open annotation threads are anchored to, and tells the thread panel what
 * the user selected (as an anchor) in this field. Decorations only: nothing is written into the
 * text. The anchors are resolved through the editor's own ySync mapping on every change, so the
 * marks follow the text as peers edit it.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Anker } from '../../../../shared/annotaties/index.js';
import { ankerVoorSelectie, bereikVoorAnker, bindingOf } from './anchors.js';
import type { Doel } from './doel.js';

/** A thread's anchor to mark. */
export interface AnkerMarkering {
  readonly id: string;
  readonly anker: Anker;
  readonly actief: boolean;
}

/** Where the marks come from and where the selection goes (the workspace's annotation store). */
export interface MarkeringBron {
  markeringen(doel: Doel): readonly AnkerMarkering[];
  subscribe(listener: () => void): () => void;
  /** The user's selection in this field as an anchor; null when they clicked without selecting. */
  selectie(doel: Doel, anker: Anker | null): void;
}

const key = new PluginKey<number>('tafelAnnotatieMarkeringen');

/** The range of an anchor, or null; an anchor the mapping cannot place (mid-update) is skipped, never fatal to the editor. */
function resolved(binding: NonNullable<ReturnType<typeof bindingOf>>, anker: Anker): { from: number; to: number } | null {
  try {
    return bereikVoorAnker(binding, anker);
  } catch {
    return null;
  }
}

function decorations(state: EditorState, marks: readonly AnkerMarkering[]): DecorationSet {
  const binding = bindingOf(state);
  if (binding === null || marks.length === 0) return DecorationSet.empty;
  const decos: Decoration[] = [];
  for (const mark of marks) {
    const range = resolved(binding, mark.anker);
    if (range === null || range.to > state.doc.content.size) continue;
    decos.push(
      Decoration.inline(range.from, range.to, {
        class: `tafel-annotatie-markering${mark.actief ? ' tafel-annotatie-markering--actief' : ''}`,
        'data-annotatie': mark.id,
      }),
    );
  }
  return DecorationSet.create(state.doc, decos);
}

/** The extension for one field (`doel`), fed by `bron`. */
export function annotatieMarkeringen(bron: MarkeringBron, doel: Doel): Extension {
  return Extension.create({
    name: 'tafelAnnotatieMarkeringen',
    addProseMirrorPlugins() {
      let cache: { doc: EditorState['doc']; version: number; set: DecorationSet } | undefined;
      return [
        new Plugin<number>({
          key,
          state: {
            init: () => 0,
            apply: (tr, version) => (tr.getMeta(key) === undefined ? version : version + 1),
          },
          props: {
            decorations(state) {
              const version = key.getState(state) ?? 0;
              if (cache?.doc !== state.doc || cache.version !== version) cache = { doc: state.doc, version, set: decorations(state, bron.markeringen(doel)) };
              return cache.set;
            },
          },
          view(view) {
            const unsubscribe = bron.subscribe(() => {
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, true));
            });
            return {
              update(updated, previous) {
                if (!updated.hasFocus() || updated.state.selection.eq(previous.selection)) return;
                bron.selectie(doel, ankerVoorSelectie(updated.state));
              },
              destroy: unsubscribe,
            };
          },
        }),
      ];
    },
  });
}
