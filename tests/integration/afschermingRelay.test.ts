/**
 * Restricted values sealed for their audience, through the real relay on loopback with real sync
 * clients: the wijkteam device outside the audience never holds the value (its local store, its
 * decoded document, a copy reopened from its store); two audience members change the value while
 * a third is taken out of the audience, everyone converges, and the one taken out opens the
 * newest value with no key it holds; a device removed from the case is closed out by rotation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AnnotatieKeyring } from '../../shared/annotaties/index.js';
import { openWaarde, WaardenAfscherming, zichtLeden } from '../../shared/afscherming/index.js';
import {
  afgeschermdMap,
  defaultContext,
  demoCaseJson,
  importCase,
  localOrigin,
  openCase,
  type CaseJson,
  type CaseModel,
  type Viewer,
} from '../../shared/model/index.js';
import type { Role } from '../../shared/protocol/roles.js';
import { createInvite, removeDevice } from '../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { bevat, staatVan } from '../helpers/afschermingPeers.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { converged, eventually, makeSyncDevice, statusReached, type TestDeviceSetup } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

interface Lid {
  readonly setup: TestDeviceSetup;
  readonly session: CaseSession;
  readonly model: CaseModel;
  readonly keyring: AnnotatieKeyring;
  readonly afscherming: WaardenAfscherming;
  stop(): void;
}

const ORG = { vt: 'Veilig Thuis Voorbeeldregio', opvang: 'Sterk Huis Voorbeeld', wijkteam: 'Wijkteam Centrum' };
const VIEWERS: Record<string, Viewer> = {
  'Ingrid (fictief)': { deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter'] },
  'Ahmed (fictief)': { deelnemerId: 'dn-ahmed', orgId: 'org-vt', rollen: ['procesregisseur', 'notulist'] },
  'Mila (fictief)': { deelnemerId: 'dn-mila', orgId: 'org-opvang', rollen: ['expert'] },
  'Wim (fictief)': { deelnemerId: 'dn-wim', orgId: 'org-lokaalteam', rollen: ['expert'] },
};

function deelneem(setup: TestDeviceSetup, session: CaseSession): Lid {
  const viewer = VIEWERS[setup.name]!;
  const model = openCase(session.doc, defaultContext({ deelnemerId: viewer.deelnemerId, orgId: viewer.orgId, apparaatId: session.device.id }));
  const origin = localOrigin(viewer.deelnemerId);
  const devices = () => session.devices;
  const keyring = new AnnotatieKeyring({
    crypto: globalThis.crypto,
    doc: session.doc,
    device: session.device,
    devices,
    self: { orgId: viewer.orgId, voorzitter: viewer.rollen.includes('voorzitter') },
    origin,
    zicht: zichtLeden({ model, viewer, devices }),
  });
  const errors: unknown[] = [];
  const afscherming = new WaardenAfscherming({ crypto: globalThis.crypto, doc: session.doc, keyring, origin, onError: (e) => errors.push(e) });
  const stop = afscherming.start();
  const onDevices = (): void => afscherming.plan();
  session.on('devices', onDevices);
  return {
    setup,
    session,
    model,
    keyring,
    afscherming,
    stop: () => {
      session.off('devices', onDevices);
      stop();
      expect(errors).toEqual([]);
    },
  };
}

async function voorzitter(): Promise<Lid> {
  const setup = makeSyncDevice('Ingrid (fictief)', { organisation: ORG.vt });
  const session = await setup.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
  await session.whenSynced();
  const json = demoCaseJson() as CaseJson;
  const zonder = { ...json, personen: json.personen.map(({ adres: _a, veiligContact: _v, ...p }) => p), noodcontacten: [] } as CaseJson;
  expect(importCase(session.doc, zonder, 'dn-ingrid').ok).toBe(true);
  openCase(session.doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' })).deelnemers.add(
    { naam: 'Wim (fictief)', organisatieId: 'org-lokaalteam', rollen: ['expert'], toegang: 'volledig' },
    { id: 'dn-wim' },
  );
  return deelneem(setup, session);
}

async function doeMee(chair: Lid, name: string, organisation: string, role: Role = 'member'): Promise<Lid> {
  const invite = await createInvite(chair.session, { role, requireApproval: false });
  const setup = makeSyncDevice(name, { organisation });
  const session = await setup.client.joinByInvite(invite.webLink);
  await statusReached(session, (s) => s.state === 'synced', `${name} synced`);
  return deelneem(setup, session);
}

const adresVan = (l: Lid): string | undefined => l.model.personen.get('p-sanne')?.adres?.waarde;

/** Every byte the device's local store holds, as one array per stored piece (snapshot, frames, queue, log). */
function storeBytes(setup: TestDeviceSetup): Uint8Array[] {
  const out: Uint8Array[] = [];
  const walk = (v: unknown, seen: Set<unknown>): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) {
      if (typeof v === 'string') out.push(new TextEncoder().encode(v));
      return;
    }
    seen.add(v);
    if (v instanceof Uint8Array) out.push(v);
    else if (v instanceof Map)
      for (const [k, x] of v) {
        walk(k, seen);
        walk(x, seen);
      }
    else for (const x of Object.values(v)) walk(x, seen);
  };
  walk(setup.store, new Set());
  return out;
}

const ADRES = 'Lindelaan 12, Voorbeeldstad';

describe('restricted values through the relay', () => {
  it('the opvang worker reads the geheim adres; the wijkteam device never holds it: not in its store, its document, nor a copy reopened from its store', async () => {
    const ingrid = await voorzitter();
    const mila = await doeMee(ingrid, 'Mila (fictief)', ORG.opvang);
    const wim = await doeMee(ingrid, 'Wim (fictief)', ORG.wijkteam);
    const all = [ingrid, mila, wim];
    await converged(all.map((l) => l.session));

    ingrid.model.personen.update('p-sanne', {
      adres: { waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila'] },
      veiligContact: { telefoon: '06-98765432', codewoord: 'zonnebloem', zichtbaarVoor: ['voorzitter', 'dn-mila'] },
    });
    await eventually(() => adresVan(mila) === ADRES, 'Mila reads the address');
    await eventually(() => mila.model.personen.get('p-sanne')?.veiligContact?.codewoord === 'zonnebloem', 'Mila reads the code word');
    await converged(all.map((l) => l.session));
    await Promise.all(all.map((l) => l.afscherming.klaar()));
    await Promise.all(all.map((l) => l.session.flush()));

    expect(wim.model.personen.get('p-sanne')?.adres?.zichtbaarVoor).toEqual(['voorzitter', 'dn-mila']);
    expect(adresVan(wim)).toBe('');
    const geheim = [ADRES, '06-98765432', 'zonnebloem'];
    for (const bytes of [...staatVan(wim.session.doc), ...storeBytes(wim.setup)]) for (const s of geheim) expect(bevat(bytes, s)).toBe(false);

    // Reopened from its own store with its own keys: still nothing.
    wim.stop();
    await wim.session.destroy();
    const again = await wim.setup.client.openCase(wim.session.room);
    for (const bytes of staatVan(again.doc)) for (const s of geheim) expect(bevat(bytes, s)).toBe(false);
    await again.destroy();
    for (const l of [ingrid, mila]) l.stop();
    await Promise.all([ingrid, mila].map((l) => l.session.destroy()));
  });

  it('two audience members change the address while a third is taken out of the audience: all converge, the one taken out opens nothing new', async () => {
    const ingrid = await voorzitter();
    const mila = await doeMee(ingrid, 'Mila (fictief)', ORG.opvang);
    const ahmed = await doeMee(ingrid, 'Ahmed (fictief)', ORG.vt);
    const wim = await doeMee(ingrid, 'Wim (fictief)', ORG.wijkteam);
    const all = [ingrid, mila, ahmed, wim];
    await converged(all.map((l) => l.session));
    ingrid.model.personen.update('p-sanne', { adres: { waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila', 'dn-ahmed', 'dn-wim'] } });
    await eventually(() => all.every((l) => adresVan(l) === ADRES), 'everyone in the audience reads it');

    // At the same moment: Mila and Ahmed change the address, Ingrid takes Wim out of the audience.
    const huidig = ingrid.model.personen.get('p-sanne')!.adres!;
    mila.model.personen.update('p-sanne', { adres: { ...huidig, waarde: 'Kade 1, Havenstad' } });
    ahmed.model.personen.update('p-sanne', { adres: { ...huidig, waarde: 'Dijk 2, Polderdorp' } });
    ingrid.model.personen.update('p-sanne', { adres: { ...huidig, zichtbaarVoor: ['voorzitter', 'dn-mila', 'dn-ahmed'] } });

    const drie = [ingrid, mila, ahmed];
    await eventually(
      async () => {
        await Promise.all(all.map((l) => l.afscherming.klaar()));
        const adressen = new Set(drie.map(adresVan));
        const teksten = new Set(all.map((l) => afgeschermdMap(l.session.doc).get('personen/p-sanne/adres')));
        return adressen.size === 1 && teksten.size === 1 && !adressen.has(ADRES);
      },
      'the three converge on one of the two new addresses',
      30_000,
    );
    await converged(all.map((l) => l.session));
    for (const l of all) expect(l.model.personen.get('p-sanne')?.adres?.zichtbaarVoor).toEqual(['voorzitter', 'dn-mila', 'dn-ahmed']);
    const nieuwste = afgeschermdMap(wim.session.doc).get('personen/p-sanne/adres')!;
    expect(await openWaarde(globalThis.crypto, wim.keyring, 'personen/p-sanne/adres', nieuwste)).toBeUndefined();
    expect(['Kade 1, Havenstad', 'Dijk 2, Polderdorp']).not.toContain(adresVan(wim));
    for (const bytes of staatVan(wim.session.doc)) expect(bevat(bytes, adresVan(ingrid)!)).toBe(false);
    for (const l of all) l.stop();
    await Promise.all(all.map((l) => l.session.destroy()));
  }, 60_000);

  it('a device removed from the case: the audience rotates and the address is sealed again under a key it never held', async () => {
    const ingrid = await voorzitter();
    const mila = await doeMee(ingrid, 'Mila (fictief)', ORG.opvang);
    const wim = await doeMee(ingrid, 'Wim (fictief)', ORG.wijkteam);
    await converged([ingrid, mila, wim].map((l) => l.session));
    ingrid.model.personen.update('p-sanne', { adres: { waarde: ADRES, geheim: true, zichtbaarVoor: ['voorzitter', 'dn-mila', 'dn-wim'] } });
    await eventually(() => adresVan(wim) === ADRES, 'Wim reads it while in the audience');
    const kept = { device: wim.session.device, update: Y.encodeStateAsUpdate(wim.session.doc) };
    wim.stop();

    await removeDevice(ingrid.session, wim.session.device.id);
    const voor = afgeschermdMap(ingrid.session.doc).get('personen/p-sanne/adres');
    await eventually(
      async () => {
        await Promise.all([ingrid, mila].map((l) => l.afscherming.klaar()));
        const nu = afgeschermdMap(mila.session.doc).get('personen/p-sanne/adres');
        return nu !== voor && nu === afgeschermdMap(ingrid.session.doc).get('personen/p-sanne/adres') && adresVan(mila) === ADRES;
      },
      'sealed again, and Mila still reads it',
      30_000,
    );
    // The removed device's kept keys, on its old copy plus the newest document.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, kept.update);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ingrid.session.doc));
    const model = openCase(doc, defaultContext({ deelnemerId: 'dn-wim', orgId: 'org-lokaalteam' }));
    const keyring = new AnnotatieKeyring({
      crypto: globalThis.crypto,
      doc,
      device: kept.device,
      devices: () => [],
      self: { orgId: 'org-lokaalteam', voorzitter: false },
      origin: localOrigin('dn-wim'),
      zicht: zichtLeden({ model, viewer: VIEWERS['Wim (fictief)']!, devices: () => [] }),
    });
    const nieuwste = afgeschermdMap(doc).get('personen/p-sanne/adres')!;
    expect(await openWaarde(globalThis.crypto, keyring, 'personen/p-sanne/adres', nieuwste)).toBeUndefined();
    for (const l of [ingrid, mila]) l.stop();
    await Promise.all([ingrid, mila, wim].map((l) => l.session.destroy()));
  }, 60_000);
});
