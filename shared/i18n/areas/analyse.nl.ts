/** Dutch messages of the analyse area (keys start with 'analyse.'). Merged into messages.nl.ts. */
export const analyseNl = {
} as const;
