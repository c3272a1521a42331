/** Dutch messages of the gezin area (keys start with 'gezin.'). Merged into messages.nl.ts. */
export const gezinNl = {
} as const;
