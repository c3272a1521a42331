import { describe, expect, it } from 'vitest';
import { vindKopie, type BekendeWaarde } from './kopie.js';

const adres: BekendeWaarde = { soort: 'adres', naam: 'Sanne', woorden: ['lindelaan12voorbeeldstad', 'lindelaan12'], cijfers: [] };
const contact: BekendeWaarde = { soort: 'veiligContact', naam: 'Sanne', woorden: ['zonnebloem'], cijfers: ['0698765432'] };

describe('a restricted value copied into open text', () => {
  it('is found in close variants: case, accents, spacing, punctuation; the street and number alone; the digits of a phone number', () => {
    expect(vindKopie('Moeder woont nu op LINDELAAN 12 te Voorbeeldstad.', [adres])?.soort).toBe('adres');
    expect(vindKopie('zie lindelaan12', [adres])?.naam).toBe('Sanne');
    expect(vindKopie('Bellen op 06 - 9876 5432 na negen uur', [contact])?.soort).toBe('veiligContact');
    expect(vindKopie('Het codewoord is Zonnebloem.', [contact])?.soort).toBe('veiligContact');
  });

  it('is not found in text that merely shares a word or a few digits', () => {
    expect(vindKopie('De Lindelaan is een drukke straat; huisnummer onbekend.', [adres])).toBeUndefined();
    expect(vindKopie('Gesprek op 12 maart, kamer 0698.', [adres, contact])).toBeUndefined();
    expect(vindKopie('', [adres])).toBeUndefined();
  });
});
