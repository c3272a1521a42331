/** English messages of the gezin area; typed against the Dutch keys. */
import type { gezinNl } from './gezin.nl.js';

export const gezinEn: { readonly [K in keyof typeof gezinNl]: string } = {
};
