/** English messages of the casusbeheer area; typed against the Dutch keys. */
import type { casusbeheerNl } from './casusbeheer.nl.js';

export const casusbeheerEn: { readonly [K in keyof typeof casusbeheerNl]: string } = {
};
