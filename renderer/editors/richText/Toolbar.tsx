/**
 * The formatting toolbar of one rich-text field: bold, italic, bulleted and numbered list, a
 * heading. One tab stop (arrow keys move between buttons, the ARIA toolbar pattern), so a page
 * with many fields does not become a long tab trail. Each button says whether it is on
 * (aria-pressed) and names its keyboard shortcut, which works in the text itself as well.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT.js';
import type { RichHeadingLevel } from './extensions.js';

interface Action {
  readonly key: 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'heading';
  readonly label: `richtext.${Action['key']}`;
  readonly shortcut: string;
  readonly ariaShortcut: string;
}

const shortcut = (keys: string): Pick<Action, 'shortcut' | 'ariaShortcut'> => ({
  shortcut: `Ctrl+${keys}`,
  ariaShortcut: `Control+${keys} Meta+${keys}`,
});

function actions(level: RichHeadingLevel): readonly Action[] {
  return [
    { key: 'bold', label: 'richtext.bold', ...shortcut('B') },
    { key: 'italic', label: 'richtext.italic', ...shortcut('I') },
    { key: 'bulletList', label: 'richtext.bulletList', ...shortcut('Shift+8') },
    { key: 'orderedList', label: 'richtext.orderedList', ...shortcut('Shift+7') },
    // The heading extension binds Mod-Alt-<level>.
    { key: 'heading', label: 'richtext.heading', ...shortcut(`Alt+${level}`) },
  ];
}

function run(editor: Editor, key: Action['key'], level: RichHeadingLevel): void {
  const chain = editor.chain().focus();
  if (key === 'bold') chain.toggleBold().run();
  else if (key === 'italic') chain.toggleItalic().run();
  else if (key === 'bulletList') chain.toggleBulletList().run();
  else if (key === 'orderedList') chain.toggleOrderedList().run();
  else chain.toggleHeading({ level }).run();
}

export interface ToolbarProps {
  readonly editor: Editor;
  /** The field's accessible name; the toolbar is named after it. */
  readonly label: string;
  readonly headingLevel: RichHeadingLevel;
  readonly controls: string;
  /**
   * Voorstellen mode: only bold and italic. Headings and lists change nodes, which cannot be
   * proposed (voorstellen/alsVoorstel.ts); their buttons are disabled rather than hidden.
   */
  readonly alleenTekst?: boolean;
}

const BLOKOPMAAK: ReadonlySet<string> = new Set(['bulletList', 'orderedList', 'heading']);

export function Toolbar({ editor, label, headingLevel, controls, alleenTekst = false }: ToolbarProps) {
  const t = useT();
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      heading: e.isActive('heading'),
    }),
  });

  const list = actions(headingLevel);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = list.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? focusIndex === last
          ? 0
          : focusIndex + 1
        : event.key === 'ArrowLeft'
          ? focusIndex === 0
            ? last
            : focusIndex - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div role="toolbar" aria-label={t('richtext.toolbar', { label })} aria-controls={controls} className="tafel-richtext__toolbar" onKeyDown={onKeyDown}>
      {list.map((action, index) => (
        <button
          key={action.key}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          className={`tafel-richtext__button tafel-richtext__button--${action.key}`}
          tabIndex={index === focusIndex ? 0 : -1}
          aria-pressed={active[action.key]}
          aria-disabled={alleenTekst && BLOKOPMAAK.has(action.key) ? true : undefined}
          aria-keyshortcuts={action.ariaShortcut}
          title={`${t(action.label)} (${action.shortcut})`}
          // Keep the text selection: the button acts on it, then gives focus back to the text.
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setFocusIndex(index)}
          onClick={() => {
            if (!(alleenTekst && BLOKOPMAAK.has(action.key))) run(editor, action.key, headingLevel);
          }}
        >
          {t(action.label)}
        </button>
      ))}
    </div>
  );
}
