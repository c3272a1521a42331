/** Dutch messages of the casusbeheer area (keys start with 'casusbeheer.'). Merged into messages.nl.ts. */
export const casusbeheerNl = {
} as const;
