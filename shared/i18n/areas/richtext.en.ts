/** English messages of the richtext area; typed against the Dutch keys. */
import type { richtextNl } from './richtext.nl.js';

export const richtextEn: { readonly [K in keyof typeof richtextNl]: string } = {
};
