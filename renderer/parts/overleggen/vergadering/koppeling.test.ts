import { describe, expect, it } from 'vitest';
import { STANDAARD_SECTIES } from '../../../../shared/model/index.js';
import { koppelAgendapunt } from './koppeling.js';

const secties = STANDAARD_SECTIES.map((s) => ({ id: s.id, titel: s.titel }));

describe('what belongs to an agenda item', () => {
  it('finds the analysis section an item names, however it is written', () => {
    expect(koppelAgendapunt('Zorgen', secties).sectieId).toBe('zorgen');
    expect(koppelAgendapunt('Bespreken: krachten / beschermende factoren', secties).sectieId).toBe('krachten');
    expect(koppelAgendapunt('Werkhypothese / conclusie', secties).sectieId).toBe('werkhypothese');
    expect(koppelAgendapunt('Rondvraag', secties)).toEqual({ aanwezigheid: false, terugblik: false });
  });

  it('links the opening to attendance, the review to earlier actiepunten, and names a part to open', () => {
    expect(koppelAgendapunt('Opening en vertrouwelijkheid', secties)).toMatchObject({ aanwezigheid: true, terugblik: false });
    expect(koppelAgendapunt('Actiepunten', secties)).toMatchObject({ terugblik: true });
    expect(koppelAgendapunt('Gezinsprofiel', secties)).toMatchObject({ sectieId: 'gezinsprofiel', part: 'gezinsprofiel' });
    expect(koppelAgendapunt('Veiligheidsplan', secties)).toMatchObject({ part: 'plan' });
    expect(koppelAgendapunt('Verklarende analyse', secties)).toMatchObject({ part: 'analyse' });
  });
});
