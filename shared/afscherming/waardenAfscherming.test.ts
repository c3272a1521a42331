import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoCaseJson, importCase, openCase, defaultContext, afgeschermdMap, type CaseJson } from '../model/index.js';
import type { DeviceInfo } from '../protocol/messages.js';
import { apparaat, bevat, logInfo, settle, staatVan, type Apparaat, type Wie } from '../../tests/helpers/afschermingPeers.js';
import { openWaarde } from './verzegeldeWaarde.js';

const ADRES = 'Lindelaan 12, Voorbeeldstad';
const TELEFOON = '06-98765432';
const CODEWOORD = 'zonnebloem';
const NOODNUMMER = '06-55554444';

const INGRID: Wie = {
  deelnemerId: 'dn-ingrid',
  orgId: 'org-vt',
  rollen: ['voorzitter'],
  label: { name: 'Ingrid (fictief)', organisation: 'Veilig Thuis Voorbeeldregio' },
};
const MILA: Wie = { deelnemerId: 'dn-mila', orgId: 'org-opvang', rollen: ['expert'], label: { name: 'Mila (fictief)', organisation: 'Sterk Huis Voorbeeld' } };
const WIM: Wie = { deelnemerId: 'dn-wim', orgId: 'org-lokaalteam', rollen: ['expert'], label: { name: 'Wim (fictief)', organisation: 'Wijkteam Centrum' } };

/** The demo case without its restricted values, plus Wim of the wijkteam; `metWaarden` keeps the demo's (plaintext) ones. */
function seed(metWaarden = false): Y.Doc {
  const json = demoCaseJson() as CaseJson & Record<string, unknown>;
  const doc = new Y.Doc();
  const zonder = metWaarden
    ? json
    : {
        ...json,
        personen: json.personen.map(({ adres: _a, veiligContact: _v, ...p }) => p),
        noodcontacten: [],
      };
  const result = importCase(doc, zonder as CaseJson, 'dn-ingrid');
  if (!result.ok) throw new Error('demo import');
  openCase(doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' })).deelnemers.add(
    { naam: 'Wim (fictief)', organisatieId: 'org-lokaalteam', rollen: ['expert'], toegang: 'volledig' },
    { id: 'dn-wim' },
  );
  return doc;
}

async function drie(doc: Y.Doc): Promise<{ ingrid: Apparaat; mila: Apparaat; wim: Apparaat; log: { list: DeviceInfo[] } }> {
  const log = { list: [] as DeviceInfo[] };
  const devices = () => log.list;
  const ingrid = await apparaat(doc, INGRID, devices);
  const mila = await apparaat(doc, MILA, devices);
  const wim = await apparaat(doc, WIM, devices);
  log.list = [logInfo(ingrid, INGRID.label, 'admin'), logInfo(mila, MILA.label), logInfo(wim, WIM.label)];
  for (const a of [ingrid, mila, wim]) a.afscherming.plan();
  await settle(ingrid, mila, wim);
  return { ingrid, mila, wim, log };
}

const GEHEIM = [ADRES, TELEFOON, CODEWOORD, NOODNUMMER];

function schrijfWaarden(a: Apparaat): void {
  a.model.personen.update('p-sanne', {
    adres: { waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila'] },
    veiligContact: { telefoon: TELEFOON, codewoord: CODEWOORD, zichtbaarVoor: ['voorzitter', 'dn-mila'] },
  });
  a.model.noodcontacten.add(
    { planId: 'plan-1', naam: 'Buurvrouw', telefoon: NOODNUMMER, wanneer: 'Altijd', zichtbaarVoor: ['voorzitter', 'dn-mila'] },
    { id: 'nc-1' },
  );
}

describe('restricted values sealed for their audience', () => {
  it('the audience reads them; a wijkteam device outside it never holds them, in no form of its state', async () => {
    const { ingrid, mila, wim } = await drie(seed());
    schrijfWaarden(ingrid);
    // Before it is sealed the chair's own screen shows it; the document holds none of it.
    expect(ingrid.model.personen.get('p-sanne')?.adres?.waarde).toBe(ADRES);
    for (const bytes of staatVan(ingrid.doc)) for (const s of GEHEIM) expect(bevat(bytes, s)).toBe(false);
    await settle(ingrid, mila, wim);

    expect(mila.model.personen.get('p-sanne')?.adres).toEqual({ waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila'] });
    expect(mila.model.personen.get('p-sanne')?.veiligContact?.codewoord).toBe(CODEWOORD);
    expect(mila.model.noodcontacten.get('nc-1')).toMatchObject({ naam: 'Buurvrouw', telefoon: NOODNUMMER, wanneer: 'Altijd' });

    // Wim sees that there is something, for whom, and nothing of it.
    expect(wim.model.personen.get('p-sanne')?.adres).toEqual({ waarde: '', geheim: false, zichtbaarVoor: ['voorzitter', 'dn-mila'] });
    expect(wim.model.noodcontacten.get('nc-1')).toMatchObject({ naam: '', telefoon: '' });
    expect(wim.afscherming.isDicht('personen/p-sanne/adres')).toBe(true);
    for (const bytes of staatVan(wim.doc)) for (const s of GEHEIM) expect(bevat(bytes, s)).toBe(false);
    // Its own keys open none of the sealed texts.
    for (const [plaats, verzegeld] of afgeschermdMap(wim.doc)) expect(await openWaarde(globalThis.crypto, wim.keyring, plaats, verzegeld)).toBeUndefined();
  });

  it('a value cleared right after it was typed is not sealed back in', async () => {
    const { ingrid, mila, wim } = await drie(seed());
    ingrid.model.personen.update('p-sanne', { adres: { waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila'] } });
    ingrid.model.personen.update('p-sanne', { adres: undefined });
    ingrid.model.noodcontacten.add(
      { planId: 'plan-1', naam: 'Buurvrouw', telefoon: NOODNUMMER, wanneer: 'Altijd', zichtbaarVoor: ['voorzitter'] },
      { id: 'nc-1' },
    );
    ingrid.model.noodcontacten.remove('nc-1');
    await settle(ingrid, mila, wim);
    expect(afgeschermdMap(ingrid.doc).size).toBe(0);
    expect(mila.model.personen.get('p-sanne')?.adres).toBeUndefined();
  });

  it('a sealed text moved to another place does not open', async () => {
    const { ingrid, mila, wim } = await drie(seed());
    schrijfWaarden(ingrid);
    await settle(ingrid, mila, wim);
    const adres = afgeschermdMap(mila.doc).get('personen/p-sanne/adres')!;
    expect((await openWaarde(globalThis.crypto, mila.keyring, 'personen/p-sanne/adres', adres))?.inhoud).toMatchObject({ waarde: ADRES });
    expect(await openWaarde(globalThis.crypto, mila.keyring, 'personen/p-mark/adres', adres)).toBeUndefined();
  });

  it('removed from the audience while two others change the value: all converge, and no key the removed one holds opens the newest', async () => {
    const { ingrid, mila, wim } = await drie(seed());
    // Wim is in the audience at first.
    ingrid.model.personen.update('p-sanne', { adres: { waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila', 'dn-wim'] } });
    await settle(ingrid, mila, wim);
    expect(wim.model.personen.get('p-sanne')?.adres?.waarde).toBe(ADRES);

    // Concurrently: Ingrid takes Wim out; Mila changes the address; Ingrid's device does not see Mila's change yet.
    const huidig = ingrid.model.personen.get('p-sanne')!.adres!;
    ingrid.model.personen.update('p-sanne', { adres: { ...huidig, zichtbaarVoor: ['voorzitter', 'dn-mila'] } });
    const vanMila = mila.model.personen.get('p-sanne')!.adres!;
    mila.model.personen.update('p-sanne', { adres: { ...vanMila, waarde: 'Nieuw adres 3, Elders' } });
    await Promise.all([ingrid.afscherming.klaar(), mila.afscherming.klaar()]);
    await settle(ingrid, mila, wim);

    for (const a of [ingrid, mila, wim]) expect(a.model.personen.get('p-sanne')?.adres?.zichtbaarVoor).toEqual(['voorzitter', 'dn-mila']);
    expect(ingrid.model.personen.get('p-sanne')?.adres?.waarde).toBe('Nieuw adres 3, Elders');
    expect(mila.model.personen.get('p-sanne')?.adres?.waarde).toBe('Nieuw adres 3, Elders');
    const nieuwste = afgeschermdMap(wim.doc).get('personen/p-sanne/adres')!;
    expect(afgeschermdMap(ingrid.doc).get('personen/p-sanne/adres')).toBe(nieuwste);
    expect(await openWaarde(globalThis.crypto, wim.keyring, 'personen/p-sanne/adres', nieuwste)).toBeUndefined();
    expect(wim.model.personen.get('p-sanne')?.adres?.waarde).not.toBe('Nieuw adres 3, Elders');
  });

  it('a device removed from the case: the audience rotates and the value is sealed again under a key it never had', async () => {
    const { ingrid, mila, wim, log } = await drie(seed());
    ingrid.model.personen.update('p-sanne', { adres: { waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila', 'dn-wim'] } });
    await settle(ingrid, mila, wim);
    const voor = afgeschermdMap(wim.doc).get('personen/p-sanne/adres')!;
    expect((await openWaarde(globalThis.crypto, wim.keyring, 'personen/p-sanne/adres', voor))?.inhoud).toMatchObject({ waarde: ADRES });

    log.list = log.list.filter((d) => d.id !== wim.device.id);
    ingrid.afscherming.plan();
    mila.afscherming.plan();
    await settle(ingrid, mila);
    Y.applyUpdate(wim.doc, Y.encodeStateAsUpdate(ingrid.doc, Y.encodeStateVector(wim.doc)));
    const na = afgeschermdMap(wim.doc).get('personen/p-sanne/adres')!;
    expect(na).not.toBe(voor);
    expect(await openWaarde(globalThis.crypto, wim.keyring, 'personen/p-sanne/adres', na)).toBeUndefined();
    expect((await openWaarde(globalThis.crypto, mila.keyring, 'personen/p-sanne/adres', na))?.inhoud).toMatchObject({ waarde: ADRES });
  });

  it('an old case: the first audience device to open it seals its plaintext values, and a fresh snapshot no longer holds them', async () => {
    const oud = seed(true);
    const log = { list: [] as DeviceInfo[] };
    // Only Wim's device comes online first: outside the audience of Sanne's address, it leaves it as it is
    // (the 112 and Veilig Thuis noodcontacten are for experts too: those Wim's device seals).
    const wim = await apparaat(oud, WIM, () => log.list);
    log.list = [logInfo(wim, WIM.label)];
    wim.afscherming.plan();
    await wim.afscherming.klaar();
    expect([...afgeschermdMap(wim.doc).keys()].sort()).toEqual(['noodcontacten/nc-112', 'noodcontacten/nc-vt']);
    expect(bevat(Y.encodeStateAsUpdate(wim.doc), 'Geheim opvangadres (fictief)')).toBe(true);

    // Mila's device opens it later.
    const mila = await apparaat(oud, MILA, () => log.list);
    log.list = [...log.list, logInfo(mila, MILA.label)];
    Y.applyUpdate(mila.doc, Y.encodeStateAsUpdate(wim.doc));
    mila.afscherming.plan();
    await settle(mila, wim);
    expect(mila.model.personen.get('p-sanne')?.adres?.waarde).toBe('Geheim opvangadres (fictief)');
    expect(mila.model.personen.get('p-sanne')?.veiligContact?.codewoord).toBe('tulp');
    const oudeWaarden = ['Geheim opvangadres (fictief)', '06-00000000 (fictief)', '06-11111111 (fictief)'];
    for (const a of [mila, wim]) {
      const vers = new Y.Doc();
      Y.applyUpdate(vers, Y.encodeStateAsUpdate(a.doc));
      for (const bytes of [...staatVan(a.doc), ...staatVan(vers)]) for (const s of oudeWaarden) expect(bevat(bytes, s)).toBe(false);
    }
    // The 112 noodcontact (for experts too) stays readable to Mila, sealed.
    expect(mila.model.noodcontacten.list().map((n) => n.telefoon)).toContain('112');
  });
});
