/**
 * The Tiptap extensions of every rich-text field in Tafel. The schema is deliberately small and
 * matches what shared/model/richText.ts stores and exports: doc, paragraph, text, heading,
 * bulletList, orderedList, listItem, hardBreak and the marks bold and italic, plus the marks of
 * proposals (voorstellen/marks.ts). Everything else the starter kit offers (links, code, quotes,
 * strike, underline, rules) is switched off, so pasted content cannot bring node types the rest
 * of Tafel (export, print, other editors) does not know.
 */
import type { Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { StarterKit } from '@tiptap/starter-kit';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { renderCaret, renderSelection } from './caret.js';
import { VoorstelInvoeging, VoorstelVerwijdering, VoorstelWijziging, type BeschrijfVoorstel } from './voorstellen/marks.js';

/** Heading levels a field may use: below the heading of the part and of the item it sits in. */
export type RichHeadingLevel = 3 | 4 | 5 | 6;

export interface RichTextSetup {
  readonly fragment: Y.XmlFragment;
  readonly awareness: Awareness;
  /** This user's awareness `user` field (name, colour ...), as the workspace announced it. */
  readonly user: Record<string, unknown>;
  readonly headingLevel: RichHeadingLevel;
  /** Colour and title of a proposal in the text (author and time); default: plain marks. */
  readonly beschrijfVoorstel?: BeschrijfVoorstel;
}

export function richTextExtensions({ fragment, awareness, user, headingLevel, beschrijfVoorstel = () => null }: RichTextSetup): Extensions {
  return [
    StarterKit.configure({
      // Collaboration brings its own history (yUndo): it undoes only this user's own typing.
      undoRedo: false,
      heading: { levels: [headingLevel] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
    }),
    Collaboration.configure({ fragment }),
    CollaborationCaret.configure({ provider: { awareness }, user, render: renderCaret, selectionRender: renderSelection }),
    VoorstelInvoeging.configure({ beschrijf: beschrijfVoorstel }),
    VoorstelVerwijdering.configure({ beschrijf: beschrijfVoorstel }),
    VoorstelWijziging,
  ];
}
