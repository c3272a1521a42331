/** English messages of restricted values, typed against the Dutch catalogue. */
import type { afschermingNl } from './afscherming.nl.js';

export const afschermingEn: Record<keyof typeof afschermingNl, string> = {
  'afscherming.buiten': 'Shielded — only visible to {wie} ({aantal} people).',
  'afscherming.buiten.een': 'Shielded — only visible to {wie} ({aantal} person).',
  'afscherming.vraagToegang': 'Ask for access',
  'afscherming.gevraagd': 'You asked for access. Someone who may see this decides.',
  'afscherming.dicht': 'Shielded on this device: the key has not arrived yet. The value appears once a device of someone who may see it has been online.',
  'afscherming.verzoek': '{naam} asks for access.',
  'afscherming.geefToegang': 'Give {naam} access',
  'afscherming.weiger': 'Refuse the request of {naam}',
  'afscherming.kopie.adres':
    'This looks like the shielded address of {naam}. Put it in the shielded field, not in this text: everyone in the case reads this text.',
  'afscherming.kopie.veiligContact':
    'This looks like the shielded safe contact of {naam}. Put it in the shielded field, not in this text: everyone in the case reads this text.',
  'afscherming.kopie.noodcontact':
    'This looks like a shielded emergency contact. Put it in the shielded field, not in this text: everyone in the case reads this text.',
};
