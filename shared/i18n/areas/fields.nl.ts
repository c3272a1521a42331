/** Dutch messages of the structured-editor kit (keys start with 'fields.'). Merged into messages.nl.ts. */
export const fieldsNl = {
  'fields.error.invalid': 'Dit kon niet worden opgeslagen: controleer wat u invulde.',
  'fields.error.reference': 'Dit kon niet worden opgeslagen: het verwijst naar iets dat intussen is verwijderd.',
  'fields.error.nietDeAuteur':
    'Dit is een persoonlijke verklaring van iemand anders: alleen diegene kan haar wijzigen of intrekken. U kunt er wel een opmerking bij plaatsen.',
  'fields.choose': 'Kies…',
} as const;
