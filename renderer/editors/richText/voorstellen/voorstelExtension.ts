/**
 * The Voorstellen mode of a rich-text field. In Bewerken mode nothing changes; in Voorstellen
 * mode every transaction the user makes passes through `alsVoorstel` before it reaches the text
 * (and through the text, the Yjs fragment and every peer): added text is marked as proposed,
 * deleted text is marked for removal instead of removed. What arrives from peers, and undo/redo
 * of the user's own typing (y-tiptap replays it from Yjs), is applied as it is: it already is
 * what it should be, and turning it into a proposal would make a peer's text this user's.
 *
 * The mode is read through `modus()` on every transaction, so switching does not rebuild the
 * editor (its undo history and the caret stay).
 */
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { suggestChanges, suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { alsVoorstel, type VoorstelAuteur, type Weigering } from './alsVoorstel.js';

/** How a user changes a field: directly, or as proposals. */
export type Wijzigwijze = 'bewerken' | 'voorstellen';

export interface VoorstellenOptions {
  /** The acting user; null: this field only shows proposals. */
  readonly auteur: VoorstelAuteur | null;
  readonly modus: () => Wijzigwijze;
  /** Called when an edit cannot be a proposal (nothing changed). */
  readonly onWeigering: (reden: Weigering) => void;
}

/** True for transactions that are not this user's typing: peers' changes, Yjs undo/redo, the library's own commands. */
function nietVanGebruiker(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  const skip = tr.getMeta(suggestChangesKey) as { skip?: boolean } | undefined;
  return sync?.isChangeOrigin === true || skip?.skip === true || tr.getMeta('history$') !== undefined;
}

/** True if a pasted slice holds more than one block: typed in line by line instead (see alsVoorstel.ts). */
function meerdereBlokken(slice: Slice): boolean {
  let blokken = 0;
  slice.content.descendants((node) => {
    if (node.isTextblock) blokken++;
    return blokken < 2;
  });
  return blokken > 1;
}

/** Types `slice` in as lines: each line a proposed insertion, each break a proposed new paragraph. */
function plakAlsRegels(editor: Editor, slice: Slice): void {
  const regels = slice.content.textBetween(0, slice.content.size, '\n', '\n').split('\n');
  if (!editor.state.selection.empty) editor.view.dispatch(editor.state.tr.deleteSelection());
  regels.forEach((regel, i) => {
    if (regel !== '') editor.view.dispatch(editor.state.tr.insertText(regel));
    if (i < regels.length - 1) editor.commands.first(({ commands }) => [() => commands.splitListItem('listItem'), () => commands.splitBlock()]);
  });
}

const plakKey = new PluginKey('tafelVoorstelPlakken');

export const Voorstellen = Extension.create<VoorstellenOptions>({
  name: 'tafelVoorstellen',

  addOptions: () => ({ auteur: null, modus: () => 'bewerken', onWeigering: () => undefined }),

  addProseMirrorPlugins() {
    const { editor, options } = this;
    return [
      // The library's plugin: the pilcrows that show a proposed (or removed) paragraph break,
      // and arrow keys that step over the invisible markers of one.
      suggestChanges(),
      new Plugin({
        key: plakKey,
        props: {
          handlePaste(_view, _event, slice) {
            if (options.auteur === null || options.modus() !== 'voorstellen' || !meerdereBlokken(slice)) return false;
            plakAlsRegels(editor, slice);
            return true;
          },
        },
      }),
    ];
  },

  dispatchTransaction({ transaction, next }) {
    const { auteur, modus, onWeigering } = this.options;
    if (auteur === null || modus() !== 'voorstellen' || !transaction.docChanged || nietVanGebruiker(transaction)) {
      next(transaction);
      return;
    }
    const uitkomst = alsVoorstel(transaction, this.editor.state, auteur);
    if (uitkomst.ok) next(uitkomst.tr);
    else onWeigering(uitkomst.reden);
  },
});
