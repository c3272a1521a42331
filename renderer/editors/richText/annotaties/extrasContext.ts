/**
 * Extensions that other features add to every rich-text field of the workspace (annotation
 * highlights, for one), per fragment. The workspace layer provides it; RichTextEditor reads it,
 * so parts do not have to pass anything. Must return the same array for the same fragment.
 */
import type { Extensions } from '@tiptap/core';
import { createContext } from 'react';
import type * as Y from 'yjs';

export type RichTextExtras = (fragment: Y.XmlFragment) => Extensions;

export const RichTextExtrasContext = createContext<RichTextExtras | null>(null);
