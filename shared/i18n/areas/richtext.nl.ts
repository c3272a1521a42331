/** Dutch messages of the richtext area (keys start with 'richtext.'). Merged into messages.nl.ts. */
export const richtextNl = {
  'richtext.toolbar': 'Opmaak van {label}',
  'richtext.bold': 'Vet',
  'richtext.italic': 'Cursief',
  'richtext.bulletList': 'Opsomming',
  'richtext.orderedList': 'Genummerde lijst',
  'richtext.heading': 'Tussenkop',
  'richtext.readOnly': 'Alleen lezen: u kijkt mee en kunt deze tekst niet wijzigen.',
  'richtext.empty': 'Nog geen tekst.',
} as const;
