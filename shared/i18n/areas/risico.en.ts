/** English messages of the risico area; typed against the Dutch keys. */
import type { risicoNl } from './risico.nl.js';

export const risicoEn: { readonly [K in keyof typeof risicoNl]: string } = {
};
