/** English messages of the plan area; typed against the Dutch keys. */
import type { planNl } from './plan.nl.js';

export const planEn: { readonly [K in keyof typeof planNl]: string } = {
};
