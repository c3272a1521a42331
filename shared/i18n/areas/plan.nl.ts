/** Dutch messages of the plan area (keys start with 'plan.'). Merged into messages.nl.ts. */
export const planNl = {
} as const;
