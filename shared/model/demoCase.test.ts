/**
 * The demo case teaches practice, so it must agree with itself: the counts its texts name match its
 * tijdlijn, the huisverbod's end is an event where the father is back home, an aangifte and an OM
 * step exist where the facts require them, and whoever owns an actiepunt of a meeting was in it.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { demoCaseJson, importCase, openCase, defaultContext } from './index.js';

function demo() {
  const doc = new Y.Doc();
  const result = importCase(doc, demoCaseJson(), 'dn-ingrid');
  if (!result.ok) throw new Error('demo case did not import');
  return openCase(doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
}

const GETAL: Readonly<Record<string, number>> = { een: 1, eerste: 1, twee: 2, tweede: 2, drie: 3, derde: 3, vier: 4, vierde: 4 };

describe('the demo case agrees with itself', () => {
  const model = demo();
  const tekst = (id: string): string => JSON.stringify(model.analyse.sectieFragment(id).toJSON());
  const tijdlijn = model.gebeurtenissen.list();

  it('the number of Veilig Thuis meldingen and police call-outs in the texts is the tijdlijn’s', () => {
    const aanleiding = tekst('aanleiding-en-hulpvraag');
    const melding = /(\p{L}+) melding bij Veilig Thuis/u.exec(aanleiding);
    expect(melding).not.toBeNull();
    expect(GETAL[melding![1]!.toLowerCase()]).toBe(tijdlijn.filter((g) => g.type === 'melding_VT').length);

    const feiten = tekst('feiten-en-gebeurtenissen');
    const politie = /(\p{L}+) keer politie ter plaatse/u.exec(feiten);
    expect(politie).not.toBeNull();
    const terPlaatse = tijdlijn.filter((g) => g.type === 'politiecontact' || (g.type === 'incident' && g.bronOrgId === 'org-politie'));
    expect(GETAL[politie![1]!]).toBe(terPlaatse.length);
  });

  it('the huisverbod has its end on the tijdlijn, and the father lives where that says', () => {
    const huisverbod = tijdlijn.filter((g) => g.type === 'huisverbod').sort((a, b) => a.datum.localeCompare(b.datum));
    expect(huisverbod.map((g) => g.titel)).toEqual(['Tijdelijk huisverbod opgelegd', 'Huisverbod afgelopen, niet verlengd; vader terug in de gezinswoning']);
    expect(model.personen.get('p-mark')?.woonsituatie).toBe('Woont in de gezinswoning');
    expect(model.personen.get('p-sanne')?.woonsituatie).toMatch(/opvang/);
  });

  it('physical violence with the children present has an aangifte and an OM step, which the plan’s daderhulp follows', () => {
    expect(tijdlijn.some((g) => g.type === 'aangifte')).toBe(true);
    expect(tijdlijn.some((g) => g.type === 'strafrechtelijk')).toBe(true);
  });

  it('whoever owns an actiepunt of a meeting was there, or sent their information', () => {
    for (const a of model.actiepunten.list()) {
      if (a.overlegId === undefined) continue;
      const aanwezig = model.aanwezigheid.list().filter((r) => r.overlegId === a.overlegId && r.wie === a.eigenaarDeelnemerId);
      expect(
        aanwezig.map((r) => r.aanwezig),
        `${a.id} ${a.eigenaarDeelnemerId}`,
      ).toEqual([expect.stringMatching(/^(aanwezig|afwezig_met_informatie)$/)]);
    }
  });

  it('Veilig Thuis (0800-2000) is among the noodcontacten', () => {
    expect(model.noodcontacten.list().map((n) => n.telefoon)).toContain('0800-2000');
  });
});
