/** Dutch messages of the structured-editor kit (keys start with 'fields.'). Merged into messages.nl.ts. */
export const fieldsNl = {
  'fields.error.invalid': 'Dit kon niet worden opgeslagen: controleer wat u invulde.',
  'fields.error.reference': 'Dit kon niet worden opgeslagen: het verwijst naar iets dat intussen is verwijderd.',
  'fields.choose': 'Kies…',
} as const;
