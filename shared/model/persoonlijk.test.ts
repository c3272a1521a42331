/**
 * Personal statements are their author's: the model refuses anyone else, without any UI, also
 * when the attacker is a deelnemer of the case with full write access on a synced copy.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createCase, openCase, ModelError, type CaseModel, type ModelContext } from './index.js';

function context(deelnemerId: string, orgId: string, apparaatId?: string): ModelContext {
  let n = 0;
  return {
    actor: { deelnemerId, orgId, ...(apparaatId === undefined ? {} : { apparaatId }) },
    now: () => '2025-05-01T08:00:00.000Z',
    newId: () => `${deelnemerId}-${apparaatId ?? 'x'}-${++n}`,
  };
}

/** The chair's case with a police expert and a wijkteam expert, and each one's own copy. */
function tafel(): { voorzitter: CaseModel; politie: CaseModel; wijkteam: CaseModel; sync(): void } {
  const voorzitter = createCase(new Y.Doc(), context('dn-vz', 'org-vt', 'apparaat-vz'), {
    titel: 'Gezin T. (fictief)',
    regio: 'Voorbeeldregio',
    grondslag: { type: 'wettelijke_taak' },
    organisaties: [
      { id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' },
      { id: 'org-pol', naam: 'Politie', type: 'Politie' },
      { id: 'org-lt', naam: 'Wijkteam', type: 'LokaalTeam' },
    ],
    aanbrengerOrgId: 'org-vt',
    maker: { naam: 'Ingrid', rollen: ['voorzitter'] },
  });
  voorzitter.deelnemers.add({ naam: 'Rob', organisatieId: 'org-pol', rollen: ['expert'] }, { id: 'dn-pol' });
  voorzitter.deelnemers.add({ naam: 'Lotte', organisatieId: 'org-lt', rollen: ['expert'] }, { id: 'dn-lt' });
  const kopie = (deelnemerId: string, orgId: string, apparaatId: string): CaseModel => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(voorzitter.doc));
    return openCase(doc, context(deelnemerId, orgId, apparaatId));
  };
  const politie = kopie('dn-pol', 'org-pol', 'apparaat-pol');
  const wijkteam = kopie('dn-lt', 'org-lt', 'apparaat-lt');
  const all = [voorzitter, politie, wijkteam];
  return {
    voorzitter,
    politie,
    wijkteam,
    sync() {
      for (const a of all) for (const b of all) if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
    },
  };
}

const geweigerd = (fn: () => unknown): void => {
  expect(fn).toThrow(ModelError);
  try {
    fn();
  } catch (e) {
    expect((e as ModelError).code).toBe('niet_de_auteur');
  }
};

describe('personal statements', () => {
  it('an expert records their own gezinsprofiel position; another expert cannot change, withdraw or forge it', () => {
    const t = tafel();
    const id = t.politie.profielStandpunten.add({ deelnemerId: 'dn-pol', primair: 'intieme_terreur', toelichting: 'Dwang en controle.' });
    expect(t.politie.profielStandpunten.get(id)).toMatchObject({ deelnemerId: 'dn-pol', auteurApparaatId: 'apparaat-pol', aangemaaktDoor: 'dn-pol' });
    t.sync();
    const voor = JSON.stringify(t.wijkteam.profielStandpunten.get(id));
    geweigerd(() => t.wijkteam.profielStandpunten.update(id, { primair: 'complexe_conflictscheiding' }));
    geweigerd(() => t.wijkteam.profielStandpunten.remove(id));
    geweigerd(() => t.wijkteam.profielStandpunten.add({ deelnemerId: 'dn-pol', primair: 'gezin_in_de_stress' }));
    // Nor the chair, nor in the name of someone who left the table.
    geweigerd(() => t.voorzitter.profielStandpunten.update(id, { toelichting: 'Anders.' }));
    t.voorzitter.deelnemers.update('dn-lt', { vertrokkenOp: '2025-05-01T09:00:00.000Z' });
    geweigerd(() => t.voorzitter.profielStandpunten.add({ deelnemerId: 'dn-lt', primair: 'gezin_in_de_stress' }));
    expect(JSON.stringify(t.wijkteam.profielStandpunten.get(id))).toBe(voor);
    // The author changes and withdraws their own.
    t.politie.profielStandpunten.update(id, { secundair: ['gezin_in_de_stress'] });
    expect(t.politie.profielStandpunten.get(id)?.secundair).toEqual(['gezin_in_de_stress']);
    t.politie.profielStandpunten.remove(id);
    expect(t.politie.profielStandpunten.has(id)).toBe(false);
  });

  it('a caller cannot claim another device, and another device of the same person cannot change it', () => {
    const t = tafel();
    expect(() => t.politie.profielStandpunten.add({ deelnemerId: 'dn-pol', auteurApparaatId: 'apparaat-lt' })).toThrow(ModelError);
    const id = t.politie.profielStandpunten.add({ deelnemerId: 'dn-pol', primair: 'intieme_terreur' });
    expect(() => t.politie.profielStandpunten.update(id, { auteurApparaatId: 'apparaat-ander' })).toThrow(ModelError);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(t.politie.doc));
    const tweedeApparaat = openCase(doc, context('dn-pol', 'org-pol', 'apparaat-pol-2'));
    geweigerd(() => tweedeApparaat.profielStandpunten.update(id, { primair: 'gezin_in_de_stress' }));
  });

  it("a deelnemer's view in a meningsverschil is theirs; a gezinslid's view belongs to who recorded it", () => {
    const t = tafel();
    const kim = t.voorzitter.personen.add({ roepnaam: 'Kim', rolInGezin: 'ouder' });
    const mv = t.voorzitter.meningsverschillen.add({ onderwerp: 'Is er sprake van dwang?' });
    t.sync();
    geweigerd(() => t.wijkteam.standpunten.add({ meningsverschilId: mv, wie: 'dn-pol', standpunt: 'Nee.' }));
    const eigen = t.politie.standpunten.add({ meningsverschilId: mv, wie: 'dn-pol', standpunt: 'Ja, duidelijk.' });
    const vanKim = t.wijkteam.standpunten.add({ meningsverschilId: mv, wie: kim, standpunt: 'Kim ziet het anders.' });
    t.sync();
    geweigerd(() => t.wijkteam.standpunten.update(eigen, { standpunt: 'Misschien.' }));
    geweigerd(() => t.wijkteam.standpunten.remove(eigen));
    geweigerd(() => t.politie.standpunten.update(vanKim, { standpunt: 'Kim is het eens.' }));
    geweigerd(() => t.wijkteam.standpunten.update(vanKim, { wie: 'dn-pol' }));
    t.wijkteam.standpunten.update(vanKim, { standpunt: 'Kim ziet het echt anders.' });
    expect(t.wijkteam.standpunten.get(vanKim)?.standpunt).toBe('Kim ziet het echt anders.');
  });

  it('tegenspraak is recorded, changed and withdrawn only by its author; the besluit stays the table’s', () => {
    const t = tafel();
    const besluit = t.voorzitter.besluiten.add({ datum: '2025-05-01', tekst: 'Huisverbod wordt niet verlengd.', genomenDoor: ['dn-vz', 'dn-pol'] });
    geweigerd(() => t.voorzitter.besluiten.add({ datum: '2025-05-01', tekst: 'Ander besluit.', tegenspraakDoor: 'dn-pol', tegenspraak: 'Oneens.' }));
    t.sync();
    geweigerd(() => t.voorzitter.besluiten.update(besluit, { tegenspraakDoor: 'dn-pol', tegenspraak: 'Oneens.' }));
    t.politie.besluiten.update(besluit, { tegenspraak: 'De dreiging is niet weg.' });
    expect(t.politie.besluiten.get(besluit)).toMatchObject({ tegenspraakDoor: 'dn-pol', tegenspraakApparaatId: 'apparaat-pol' });
    t.sync();
    geweigerd(() => t.voorzitter.besluiten.update(besluit, { tegenspraak: 'Niets.' }));
    geweigerd(() => t.voorzitter.besluiten.update(besluit, { tegenspraak: undefined, tegenspraakDoor: undefined }));
    geweigerd(() => t.voorzitter.besluiten.remove(besluit));
    // The table's own fields stay the table's.
    t.voorzitter.besluiten.update(besluit, { gezinGeinformeerd: true });
    t.sync();
    t.politie.besluiten.update(besluit, { tegenspraak: undefined });
    expect(t.politie.besluiten.get(besluit)).toMatchObject({ gezinGeinformeerd: true });
    expect(t.politie.besluiten.get(besluit)?.tegenspraakDoor).toBeUndefined();
  });

  it('only the attendee confirms their own confidentiality; the chair records it for a gezinslid', () => {
    const t = tafel();
    const overleg = t.voorzitter.overleggen.add({ type: 'casusoverleg', datum: '2025-05-01' });
    const kim = t.voorzitter.personen.add({ roepnaam: 'Kim', rolInGezin: 'ouder' });
    geweigerd(() => t.voorzitter.aanwezigheid.add({ overlegId: overleg, wie: 'dn-pol', rol: 'expert', vertrouwelijkheidBevestigd: true }));
    const rij = t.voorzitter.aanwezigheid.add({ overlegId: overleg, wie: 'dn-pol', organisatieId: 'org-pol', rol: 'expert' });
    t.voorzitter.aanwezigheid.add({ overlegId: overleg, wie: kim, rol: 'gezinslid', vertrouwelijkheidBevestigd: true });
    t.sync();
    geweigerd(() => t.voorzitter.aanwezigheid.update(rij, { vertrouwelijkheidBevestigd: true }));
    geweigerd(() => t.wijkteam.aanwezigheid.update(rij, { vertrouwelijkheidBevestigd: true }));
    t.politie.aanwezigheid.update(rij, { vertrouwelijkheidBevestigd: true, vertrouwelijkheidBevestigdOp: '2025-05-01T09:00:00.000Z' });
    expect(t.politie.aanwezigheid.get(rij)).toMatchObject({ vertrouwelijkheidBevestigd: true, vertrouwelijkheidApparaatId: 'apparaat-pol' });
    t.sync();
    geweigerd(() => t.voorzitter.aanwezigheid.update(rij, { vertrouwelijkheidBevestigd: false }));
    // An observer's device cannot write: the chair records theirs (by the deelnemer's roles, not the row's).
    t.voorzitter.deelnemers.add({ naam: 'Wim', organisatieId: 'org-vt', rollen: ['observer'] }, { id: 'dn-obs' });
    t.voorzitter.aanwezigheid.add({ overlegId: overleg, wie: 'dn-obs', organisatieId: 'org-vt', rol: 'observer', vertrouwelijkheidBevestigd: true });
    geweigerd(() =>
      t.voorzitter.aanwezigheid.add({ overlegId: overleg, wie: 'dn-lt', organisatieId: 'org-lt', rol: 'observer', vertrouwelijkheidBevestigd: true }),
    );
    // The attendance itself is the chair's record.
    t.voorzitter.aanwezigheid.update(rij, { aanwezig: 'afwezig_met_informatie' });
    expect(t.voorzitter.aanwezigheid.get(rij)?.aanwezig).toBe('afwezig_met_informatie');
  });
});
