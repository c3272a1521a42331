/** English messages of the analyse area; typed against the Dutch keys. */
import type { analyseNl } from './analyse.nl.js';

export const analyseEn: { readonly [K in keyof typeof analyseNl]: string } = {
};
