/** Dutch messages of the gezinsprofiel area (keys start with 'gezinsprofiel.'). Merged into messages.nl.ts. */
export const gezinsprofielNl = {
} as const;
