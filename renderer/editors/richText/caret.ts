/**
 * How another participant's caret looks: a line in their colour with their name above it. Names
 * and colours come from peers' awareness (other devices), so they are treated as untrusted: the
 * name becomes a text node, the colour must be '#rrggbb'.
 */

const COLOR = /^#[0-9a-f]{6}$/i;
const FALLBACK = '#555555';

/** Black or white, whichever reads better on `color` (WCAG relative luminance). */
export function textColorOn(color: string): '#000000' | '#ffffff' {
  const channel = (hex: string): number => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(color.slice(1, 3)) + 0.7152 * channel(color.slice(3, 5)) + 0.0722 * channel(color.slice(5, 7));
  // Contrast against white is 1.05/(l+0.05), against black (l+0.05)/0.05; pick the larger.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** The caret widget for one peer (CollaborationCaret `render`). */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user['color'] === 'string' && COLOR.test(user['color']) ? user['color'] : FALLBACK;
  const name = typeof user['name'] === 'string' ? user['name'].slice(0, 100) : '';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  // The name is decoration, not text of the document: keep it out of what a screen reader reads as content.
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.style.color = textColorOn(color);
  label.textContent = name;
  caret.append(label);
  return caret;
}

/**
 * A peer's selection (CollaborationCaret `selectionRender`): a light tint of their colour. The
 * library's default (the colour at 44% opacity) leaves dark text on a mid-dark background, below
 * WCAG AA contrast for some colours; 15% keeps the text readable on every caret colour.
 */
export function renderSelection(user: Record<string, unknown>): Record<string, string> {
  const color = typeof user['color'] === 'string' && COLOR.test(user['color']) ? user['color'] : FALLBACK;
  return { style: `background-color: ${color}26`, class: 'ProseMirror-yjs-selection' };
}
