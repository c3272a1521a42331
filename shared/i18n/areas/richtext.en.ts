/** English messages of the richtext area; typed against the Dutch keys. */
import type { richtextNl } from './richtext.nl.js';

export const richtextEn: { readonly [K in keyof typeof richtextNl]: string } = {
  'richtext.toolbar': 'Formatting of {label}',
  'richtext.bold': 'Bold',
  'richtext.italic': 'Italic',
  'richtext.bulletList': 'Bulleted list',
  'richtext.orderedList': 'Numbered list',
  'richtext.heading': 'Subheading',
  'richtext.readOnly': 'Read only: you are observing and cannot change this text.',
  'richtext.empty': 'No text yet.',
};
