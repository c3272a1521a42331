/** English messages of the overleggen area; typed against the Dutch keys. */
import type { overleggenNl } from './overleggen.nl.js';

export const overleggenEn: { readonly [K in keyof typeof overleggenNl]: string } = {
};
