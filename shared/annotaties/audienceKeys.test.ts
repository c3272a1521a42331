import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateDeviceKeyMaterial, importDeviceKeys, type DeviceKeys } from '../crypto/index.js';
import { annotatieSleutelMap, defaultContext, demoCaseJson, exportCase, importCase, localOrigin, openCase, validateCase, type Viewer } from '../model/index.js';
import { toBase64Url } from '../protocol/ids.js';
import type { DeviceInfo } from '../protocol/messages.js';
import { AnnotatieKeyring } from './audienceKeys.js';
import { readDraden, reageer, startDraad, type AnnotatieContext } from './threads.js';

const crypto = globalThis.crypto;

interface Peer {
  readonly doc: Y.Doc;
  readonly device: DeviceKeys;
  readonly viewer: Viewer;
  keyring: AnnotatieKeyring;
  ctx: AnnotatieContext;
}

function info(p: Peer, role: DeviceInfo['role'] = 'member'): DeviceInfo {
  return {
    id: p.device.id,
    role,
    label: { name: p.viewer.deelnemerId, organisation: '' },
    signPublicKey: toBase64Url(p.device.signPublicSpki),
    boxPublicKey: toBase64Url(p.device.boxPublicSpki),
    status: 'active',
    online: true,
  };
}

/** Peers on copies of one demo case; `devices` is the relay's list each of them sees. */
async function peers(viewers: Viewer[], devices: () => DeviceInfo[]): Promise<Peer[]> {
  const seed = new Y.Doc();
  importCase(seed, demoCaseJson(), 'dn-ingrid');
  const out: Peer[] = [];
  for (const viewer of viewers) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
    const device = await importDeviceKeys(crypto, await generateDeviceKeyMaterial(crypto));
    const keyring = new AnnotatieKeyring({
      crypto,
      doc,
      device,
      devices,
      self: { orgId: viewer.orgId, voorzitter: viewer.rollen.includes('voorzitter') },
      origin: localOrigin(viewer.deelnemerId),
    });
    const model = openCase(doc, defaultContext({ deelnemerId: viewer.deelnemerId, orgId: viewer.orgId }));
    out.push({ doc, device, viewer, keyring, ctx: { model, crypto, keyring } });
  }
  return out;
}

function exchange(...ps: Peer[]): void {
  for (const a of ps) for (const b of ps) if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
}

async function textOf(p: Peer, id: string): Promise<string | null | undefined> {
  return (await readDraden(p.ctx, { ...p.viewer, rollen: ['voorzitter'], orgId: p.viewer.orgId })).find((d) => d.id === id)?.tekst;
}

const POL = (n: string): Viewer => ({ deelnemerId: n, orgId: 'org-politie', rollen: ['expert'] });

describe('audience keys', () => {
  it('a new epoch after someone left the audience: they read older threads, not newer ones', async () => {
    let list: DeviceInfo[] = [];
    const [a, b, c] = await peers([POL('dn-joost'), POL('dn-a'), POL('dn-b')], () => list);
    list = [info(a!), info(b!), info(c!)];
    for (const p of [a!, b!, c!]) p.keyring.register();
    exchange(a!, b!, c!);
    const t1 = await startDraad(a!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Eerste interne vraag', zichtbaarheid: 'eigen_organisatie' });
    exchange(a!, b!, c!);
    expect(await textOf(b!, t1)).toBe('Eerste interne vraag');
    expect(await textOf(c!, t1)).toBe('Eerste interne vraag');

    // c leaves (removed from the case, or moved to another organisation): a rotates for the members of now.
    list = [info(a!), info(b!)];
    await a!.keyring.rotate('org:org-politie');
    exchange(a!, b!, c!);
    const t2 = await startDraad(b!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Tweede interne vraag', zichtbaarheid: 'eigen_organisatie' });
    exchange(a!, b!, c!);
    expect(await textOf(a!, t2)).toBe('Tweede interne vraag');
    expect(await textOf(c!, t2)).toBeNull();
    expect(await textOf(c!, t1)).toBe('Eerste interne vraag');
    // c's own grant pass cannot hand itself the new epoch.
    await c!.keyring.grantPending();
    expect(await textOf(c!, t2)).toBeNull();
  });

  it('rotates after a removal only what a removed device held, only as a member, and not without the relay list', async () => {
    let list: DeviceInfo[] = [];
    const [a, b, chair] = await peers([POL('dn-joost'), POL('dn-a'), { deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter'] }], () => list);
    list = [info(a!), info(b!), info(chair!, 'admin')];
    for (const p of [a!, b!, chair!]) p.keyring.register();
    exchange(a!, b!, chair!);
    await chair!.keyring.ensureAudienceKey('voorzitter');
    await a!.keyring.ensureAudienceKey('org:org-politie');
    await a!.keyring.grantPending();
    exchange(a!, b!, chair!);
    // Nothing removed, and a list that is not (yet) the relay's: no rotation.
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
    const saved = list;
    list = [];
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
    // b is removed: its organisation's member rotates; the chair, no member of it, rotates nothing.
    list = saved.filter((d) => d.id !== b!.device.id);
    expect(await chair!.keyring.rotateForLeavers()).toEqual([]);
    expect(await a!.keyring.rotateForLeavers()).toEqual(['org:org-politie']);
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
  });

  it("two members who made the first key offline at the same time both read each other's threads after merging", async () => {
    let list: DeviceInfo[] = [];
    const [a, b] = await peers([POL('dn-joost'), POL('dn-a')], () => list);
    list = [info(a!), info(b!)];
    const ta = await startDraad(a!.ctx, { doelId: 'zorgen', soort: 'aanvulling', tekst: 'Van A', zichtbaarheid: 'eigen_organisatie' });
    const tb = await startDraad(b!.ctx, { doelId: 'zorgen', soort: 'aanvulling', tekst: 'Van B', zichtbaarheid: 'eigen_organisatie' });
    for (const p of [a!, b!]) p.keyring.register();
    exchange(a!, b!);
    expect(await textOf(a!, tb)).toBeNull();
    await a!.keyring.grantPending();
    await b!.keyring.grantPending();
    exchange(a!, b!);
    expect(await textOf(a!, tb)).toBe('Van B');
    expect(await textOf(b!, ta)).toBe('Van A');
    expect(a!.keyring.currentKeyId('org:org-politie')).toBe(b!.keyring.currentKeyId('org:org-politie'));
  });

  it('an expert seals for the chair without being able to read other voorzitter threads', async () => {
    let list: DeviceInfo[] = [];
    const [chair, x, y] = await peers(
      [
        { deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter'] },
        POL('dn-joost'),
        { deelnemerId: 'dn-fatima', orgId: 'org-ggz', rollen: ['expert'] },
      ],
      () => list,
    );
    list = [info(chair!, 'admin'), info(x!), info(y!)];
    await expect(startDraad(x!.ctx, { doelId: 'zorgen', soort: 'bron', tekst: 'te vroeg', zichtbaarheid: 'voorzitter' })).rejects.toThrow(
      'geen_publiekssleutel',
    );
    await chair!.keyring.ensureAudienceKey('voorzitter');
    exchange(chair!, x!, y!);
    const tx = await startDraad(x!.ctx, { doelId: 'zorgen', soort: 'bron', tekst: 'Alleen voor de voorzitter (X)', zichtbaarheid: 'voorzitter' });
    const ty = await startDraad(y!.ctx, { doelId: 'zorgen', soort: 'bron', tekst: 'Alleen voor de voorzitter (Y)', zichtbaarheid: 'voorzitter' });
    exchange(chair!, x!, y!);
    expect(await textOf(chair!, tx)).toBe('Alleen voor de voorzitter (X)');
    expect(await textOf(chair!, ty)).toBe('Alleen voor de voorzitter (Y)');
    expect(await textOf(x!, tx)).toBe('Alleen voor de voorzitter (X)');
    expect(await textOf(x!, ty)).toBeNull();
    // The chair answers; the author reads the answer, the other expert does not.
    await reageer(chair!.ctx, tx, 'Dank, ik vraag het PV op.');
    exchange(chair!, x!, y!);
    const atX = (await readDraden(x!.ctx, x!.viewer)).find((d) => d.id === tx);
    expect(atX?.reacties.map((r) => r.tekst)).toEqual(['Dank, ik vraag het PV op.']);

    // Sealed threads and the key map keep the case valid, and it exports and imports again (sealed).
    expect(validateCase(chair!.doc).filter((p) => p.soort === 'fout')).toEqual([]);
    const json = exportCase(chair!.doc);
    expect(JSON.stringify(json)).not.toContain('Alleen voor de voorzitter');
    expect(importCase(new Y.Doc(), json, 'dn-ingrid').ok).toBe(true);
  });

  it('a sealed text moved to another thread does not open', async () => {
    const list: DeviceInfo[] = [];
    const [a] = await peers([POL('dn-joost')], () => list);
    const t1 = await startDraad(a!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Een', zichtbaarheid: 'eigen_organisatie' });
    const t2 = await startDraad(a!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Twee', zichtbaarheid: 'eigen_organisatie' });
    a!.ctx.model.annotaties.update(t2, { tekst: a!.ctx.model.annotaties.get(t1)!.tekst });
    expect(await textOf(a!, t2)).toBeNull();
    expect(await textOf(a!, t1)).toBe('Een');
  });
});

/** The thread's text and its replies' texts as `p`'s keys open them (a client ignoring the visibility rule). */
async function openedBy(p: Peer, id: string): Promise<{ tekst: string | null | undefined; reacties: Array<string | null> | undefined }> {
  const bronOrgId = p.ctx.model.annotaties.get(id)?.bronOrgId ?? p.viewer.orgId;
  const draad = (await readDraden(p.ctx, { ...p.viewer, orgId: bronOrgId, rollen: ['voorzitter'] })).find((d) => d.id === id);
  return { tekst: draad?.tekst, reacties: draad?.reacties.map((r) => r.tekst) };
}

/** The same device after its deelnemer moved to organisation `orgId`: a new keyring that claims it. */
function movedTo(p: Peer, orgId: string, devices: () => DeviceInfo[]): Peer {
  const viewer = { ...p.viewer, orgId };
  const keyring = new AnnotatieKeyring({
    crypto,
    doc: p.doc,
    device: p.device,
    devices,
    self: { orgId, voorzitter: false },
    origin: localOrigin(viewer.deelnemerId),
  });
  keyring.register();
  return { ...p, viewer, keyring, ctx: { model: openCase(p.doc, defaultContext({ deelnemerId: viewer.deelnemerId, orgId })), crypto, keyring } };
}

const replyEntries = (p: Peer, reactieId: string): string[] =>
  [...annotatieSleutelMap(p.doc).keys()].filter((k) => k.startsWith(`reactie:${reactieId}>`)).sort();

const CHAIR: Viewer = { deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter'] };

describe('replies after an audience rotated', () => {
  it('a reply written after a removal has its own key: the remaining members and the author read it, the removed device does not', async () => {
    let list: DeviceInfo[] = [];
    const [a, b, c] = await peers([POL('dn-joost'), POL('dn-a'), POL('dn-b')], () => list);
    list = [info(a!), info(b!), info(c!)];
    for (const p of [a!, b!, c!]) p.keyring.register();
    exchange(a!, b!, c!);
    const t = await startDraad(a!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Intern: eerdere melding', zichtbaarheid: 'eigen_organisatie' });
    await a!.keyring.grantPending();
    exchange(a!, b!, c!);
    // Before any rotation a reply is sealed with the thread key, as in documents written before reply keys existed.
    const before = await reageer(b!.ctx, t, 'Klopt, in maart');
    expect(replyEntries(b!, before)).toEqual([]);

    // c is removed; a (a member) rotates; b, who has not seen the rotation yet, still uses the thread key.
    list = [info(a!), info(b!)];
    expect(await a!.keyring.rotateForLeavers()).toEqual(['org:org-politie']);
    exchange(a!, b!);
    const after = await reageer(b!.ctx, t, 'Vader is opnieuw aangehouden');
    const current = b!.keyring.currentKeyId('org:org-politie')!;
    expect(replyEntries(b!, after)).toEqual(
      [`reactie:${after}>dev:${a!.device.id}`, `reactie:${after}>dev:${b!.device.id}`, `reactie:${after}>pub:${current}`].sort(),
    );

    // c later obtains the whole document: it keeps the thread and the earlier reply, not the later one.
    exchange(a!, b!, c!);
    expect(await openedBy(c!, t)).toEqual({ tekst: 'Intern: eerdere melding', reacties: ['Klopt, in maart', null] });
    for (const p of [a!, b!])
      expect(await openedBy(p, t)).toEqual({ tekst: 'Intern: eerdere melding', reacties: ['Klopt, in maart', 'Vader is opnieuw aangehouden'] });
    // A member who reads through the audience key only (no copy for its device, a fresh keyring) reads it too.
    const fresh = {
      ...a!,
      keyring: new AnnotatieKeyring({
        crypto,
        doc: a!.doc,
        device: a!.device,
        devices: () => list,
        self: { orgId: 'org-politie', voorzitter: false },
        origin: null,
      }),
    };
    annotatieSleutelMap(a!.doc).delete(`reactie:${after}>dev:${a!.device.id}`);
    expect(await openedBy({ ...fresh, ctx: { ...a!.ctx, keyring: fresh.keyring } }, t)).toEqual({
      tekst: 'Intern: eerdere melding',
      reacties: ['Klopt, in maart', 'Vader is opnieuw aangehouden'],
    });
  });

  it("an expert's voorzitter thread: the chair's later answers reach the expert, not a removed chair device", async () => {
    let list: DeviceInfo[] = [];
    const [chair, tablet, x] = await peers([CHAIR, CHAIR, POL('dn-joost')], () => list);
    list = [info(chair!, 'admin'), info(tablet!, 'admin'), info(x!)];
    await chair!.keyring.ensureAudienceKey('voorzitter');
    await chair!.keyring.grantPending();
    exchange(chair!, tablet!, x!);
    const t = await startDraad(x!.ctx, { doelId: 'zorgen', soort: 'bron', tekst: 'PV ligt bij de officier', zichtbaarheid: 'voorzitter' });
    exchange(chair!, tablet!, x!);
    expect((await openedBy(tablet!, t)).tekst).toBe('PV ligt bij de officier');

    list = [info(chair!, 'admin'), info(x!)];
    expect(await chair!.keyring.rotateForLeavers()).toEqual(['voorzitter']);
    await reageer(chair!.ctx, t, 'Ik vraag het op');
    exchange(chair!, tablet!, x!);
    expect((await openedBy(x!, t)).reacties).toEqual(['Ik vraag het op']);
    expect((await openedBy(tablet!, t)).reacties).toEqual([null]);
    // The author answers too: its reply reaches the chair through the new audience key.
    await reageer(x!.ctx, t, 'Dank');
    exchange(chair!, tablet!, x!);
    expect((await openedBy(chair!, t)).reacties).toEqual(['Ik vraag het op', 'Dank']);
    expect((await openedBy(tablet!, t)).reacties).toEqual([null, null]);
  });

  it("a removed author's thread: later replies are closed to its device although no audience rotated", async () => {
    let list: DeviceInfo[] = [];
    const [chair, x] = await peers([CHAIR, POL('dn-joost')], () => list);
    list = [info(chair!, 'admin'), info(x!)];
    await chair!.keyring.ensureAudienceKey('voorzitter');
    exchange(chair!, x!);
    const t = await startDraad(x!.ctx, { doelId: 'zorgen', soort: 'bron', tekst: 'PV ligt bij de officier', zichtbaarheid: 'voorzitter' });
    exchange(chair!, x!);
    const first = await reageer(chair!.ctx, t, 'Dank');
    expect(replyEntries(chair!, first)).toEqual([]);

    list = [info(chair!, 'admin')];
    expect(await chair!.keyring.rotateForLeavers()).toEqual([]);
    const second = await reageer(chair!.ctx, t, 'Na de verwijdering');
    expect(replyEntries(chair!, second).some((k) => k.endsWith(x!.device.id))).toBe(false);
    exchange(chair!, x!);
    expect((await openedBy(x!, t)).reacties).toEqual(['Dank', null]);
    expect((await openedBy(chair!, t)).reacties).toEqual(['Dank', 'Na de verwijdering']);
  });

  it("a reply's wrapped key moved to another reply does not open it", async () => {
    let list: DeviceInfo[] = [];
    const [a, b, c] = await peers([POL('dn-joost'), POL('dn-a'), POL('dn-b')], () => list);
    list = [info(a!), info(b!), info(c!)];
    for (const p of [a!, b!, c!]) p.keyring.register();
    exchange(a!, b!, c!);
    const t = await startDraad(a!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Intern', zichtbaarheid: 'eigen_organisatie' });
    await a!.keyring.grantPending();
    list = [info(a!), info(b!)];
    await a!.keyring.rotateForLeavers();
    const r1 = await reageer(a!.ctx, t, 'Een');
    const r2 = await reageer(a!.ctx, t, 'Twee');
    exchange(a!, b!);
    const map = annotatieSleutelMap(b!.doc);
    for (const name of replyEntries(b!, r1)) map.set(name.replace(r1, r2), map.get(name)!);
    expect(await b!.keyring.replyKey(t, r2)).toBeUndefined();
    expect((await openedBy(b!, t)).reacties).toEqual(['Een', null]);
  });
});

describe('leaving an audience without being removed', () => {
  it('a device whose claim names another organisation makes a member rotate; it reads older threads, not newer ones', async () => {
    let list: DeviceInfo[] = [];
    const [a, b, c0] = await peers([POL('dn-joost'), POL('dn-a'), POL('dn-b')], () => list);
    list = [info(a!), info(b!), info(c0!)];
    for (const p of [a!, b!, c0!]) p.keyring.register();
    exchange(a!, b!, c0!);
    const before = await startDraad(a!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Eerder', zichtbaarheid: 'eigen_organisatie' });
    await a!.keyring.grantPending();
    exchange(a!, b!, c0!);
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);

    const c = movedTo(c0!, 'org-ggz', () => list);
    // Until the new claim arrives nobody knows c left: nothing rotates.
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
    exchange(a!, b!, c);
    expect(await c.keyring.rotateForLeavers()).toEqual([]);
    expect(await a!.keyring.rotateForLeavers()).toEqual(['org:org-politie']);
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
    exchange(a!, b!, c);
    // b's grant pass gives the new epoch to no one: c claims another organisation now.
    expect(await b!.keyring.grantPending()).toBe(0);
    expect(await b!.keyring.rotateForLeavers()).toEqual([]);

    const after = await startDraad(b!.ctx, { doelId: 'zorgen', soort: 'vraag', tekst: 'Later', zichtbaarheid: 'eigen_organisatie' });
    await reageer(b!.ctx, before, 'Later antwoord');
    exchange(a!, b!, c);
    expect(await openedBy(c, before)).toEqual({ tekst: 'Eerder', reacties: [null] });
    expect((await openedBy(c, after)).tekst).toBeNull();
    expect(await openedBy(a!, after)).toEqual({ tekst: 'Later', reacties: [] });
    expect(await openedBy(a!, before)).toEqual({ tekst: 'Eerder', reacties: ['Later antwoord'] });
  });

  it('no rotation for a holder whose claim has not arrived, one awaiting approval, or without the relay list', async () => {
    let list: DeviceInfo[] = [];
    const [a, b, d] = await peers([POL('dn-joost'), POL('dn-a'), POL('dn-b')], () => list);
    list = [info(a!), info(b!), info(d!)];
    for (const p of [a!, b!, d!]) p.keyring.register();
    exchange(a!, b!, d!);
    await a!.keyring.ensureAudienceKey('org:org-politie');
    exchange(a!, b!, d!);
    // On b's copy d's claim is missing (not arrived yet): d is not known to have left.
    annotatieSleutelMap(b!.doc).delete(`lid:${d!.device.id}`);
    expect(await b!.keyring.rotateForLeavers()).toEqual([]);
    // d listed as awaiting approval: joining, not leaving.
    list = [info(a!), info(b!), { ...info(d!), status: 'pending' }];
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
    // A list without this device (not the relay's yet) or no list: nothing rotates.
    list = [info(b!)];
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
    list = [];
    expect(await a!.keyring.rotateForLeavers()).toEqual([]);
  });

  it("a holder of the chair's key that the relay lists without the admin role makes an admin device rotate", async () => {
    let list: DeviceInfo[] = [];
    const [chair, other] = await peers([CHAIR, CHAIR], () => list);
    list = [info(chair!, 'admin'), info(other!, 'admin')];
    await chair!.keyring.ensureAudienceKey('voorzitter');
    exchange(chair!, other!);
    list = [info(chair!, 'admin'), info(other!, 'member')];
    expect(await chair!.keyring.rotateForLeavers()).toEqual(['voorzitter']);
    expect(await chair!.keyring.rotateForLeavers()).toEqual([]);
    exchange(chair!, other!);
    // The other device (a chair in the case, a member at the relay) does not rotate back.
    expect(await other!.keyring.rotateForLeavers()).toEqual([]);
  });
});
