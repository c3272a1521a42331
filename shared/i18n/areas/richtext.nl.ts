/** Dutch messages of the richtext area (keys start with 'richtext.'). Merged into messages.nl.ts. */
export const richtextNl = {
} as const;
