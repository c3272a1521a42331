/**
 * Each deelnemer's colour: their caret and presence dot, and their proposals in the text. Derived
 * from the deelnemer id, so every device shows a person in the same colour without agreeing on it.
 */

/** Colours with at least 4.5:1 contrast on white. */
const COLOURS = ['#1f5aa6', '#a3336b', '#2e6b30', '#8a4b00', '#5b3fa8', '#006d77', '#b3261e', '#4a5560'] as const;

/** The colour of deelnemer `id`, '#rrggbb'. */
export function colourFor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}
