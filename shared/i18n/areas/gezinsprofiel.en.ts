/** English messages of the gezinsprofiel area; typed against the Dutch keys. */
import type { gezinsprofielNl } from './gezinsprofiel.nl.js';

export const gezinsprofielEn: { readonly [K in keyof typeof gezinsprofielNl]: string } = {
};
