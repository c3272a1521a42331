/** Dutch messages of the risico area (keys start with 'risico.'). Merged into messages.nl.ts. */
export const risicoNl = {
} as const;
