/** Dutch messages of the overleggen area (keys start with 'overleggen.'). Merged into messages.nl.ts. */
export const overleggenNl = {
} as const;
