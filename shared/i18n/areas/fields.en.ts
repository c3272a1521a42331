/** English messages of the structured-editor kit; typed against the Dutch keys. */
import type { fieldsNl } from './fields.nl.js';

export const fieldsEn: { readonly [K in keyof typeof fieldsNl]: string } = {
  'fields.error.invalid': 'This could not be saved: check what you entered.',
  'fields.error.reference': 'This could not be saved: it refers to something that has since been removed.',
  'fields.error.nietDeAuteur': "This is someone else's personal statement: only they can change or withdraw it. You can add a comment to it.",
  'fields.choose': 'Choose…',
};
