/** English messages of the tijdlijn area; typed against the Dutch keys. */
import type { tijdlijnNl } from './tijdlijn.nl.js';

export const tijdlijnEn: { readonly [K in keyof typeof tijdlijnNl]: string } = {
};
