/** Dutch messages of the tijdlijn area (keys start with 'tijdlijn.'). Merged into messages.nl.ts. */
export const tijdlijnNl = {
} as const;
