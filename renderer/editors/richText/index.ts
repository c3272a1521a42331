/** The collaborative rich-text field every part reuses for prose (see docs/editors.md). */
export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor.js';
export type { RichHeadingLevel } from './extensions.js';
