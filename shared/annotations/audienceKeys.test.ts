import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateDeviceKeyMaterial, importDeviceKeys, type DeviceKeys } from '../crypto/index.js';
import { defaultContext, demoCaseJson, exportCase, importCase, localOrigin, openCase, validateCase, type Viewer } from '../model/index.js';
import { toBase64Url } from '../protocol/ids.js';
import type { DeviceInfo } from '../protocol/messages.js';
import { AnnotationKeyring } from './audienceKeys.js';
import { leesDraden, reageer, startDraad, type AnnotationContext } from './threads.js';

const crypto = globalThis.crypto;

interface Peer {
  readonly doc: Y.Doc;
  readonly device: DeviceKeys;
  readonly viewer: Viewer;
  keyring: AnnotationKeyring;
  ctx: AnnotationContext;
}

function info(p: Peer, role: DeviceInfo['role'] = 'member'): DeviceInfo {
  return { id: p.device.id, role, label: { name: p.viewer.deelnemerId, organisation: '' }, signPublicKey: toBase64Url(p.device.signPublicSpki), boxPublicKey: toBase64Url(p.device.boxPublicSpki), status: 'active', online: true };
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
    const keyring = new AnnotationKeyring({ crypto, doc, device, devices, self: { orgId: viewer.orgId, voorzitter: viewer.rollen.includes('voorzitter') }, origin: localOrigin(viewer.deelnemerId) });
    const model = openCase(doc, defaultContext({ deelnemerId: viewer.deelnemerId, orgId: viewer.orgId }));
    out.push({ doc, device, viewer, keyring, ctx: { model, crypto, keyring } });
  }
  return out;
}

function exchange(...ps: Peer[]): void {
  for (const a of ps) for (const b of ps) if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
}

async function textOf(p: Peer, id: string): Promise<string | null | undefined> {
  return (await leesDraden(p.ctx, { ...p.viewer, rollen: ['voorzitter'], orgId: p.viewer.orgId })).find((d) => d.id === id)?.tekst;
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
    expect(await a!.keyring.rotateForRemoved()).toEqual([]);
    const saved = list;
    list = [];
    expect(await a!.keyring.rotateForRemoved()).toEqual([]);
    // b is removed: its organisation's member rotates; the chair, no member of it, rotates nothing.
    list = saved.filter((d) => d.id !== b!.device.id);
    expect(await chair!.keyring.rotateForRemoved()).toEqual([]);
    expect(await a!.keyring.rotateForRemoved()).toEqual(['org:org-politie']);
    expect(await a!.keyring.rotateForRemoved()).toEqual([]);
  });

  it('two members who made the first key offline at the same time both read each other\'s threads after merging', async () => {
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
    const [chair, x, y] = await peers([{ deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter'] }, POL('dn-joost'), { deelnemerId: 'dn-fatima', orgId: 'org-ggz', rollen: ['expert'] }], () => list);
    list = [info(chair!, 'admin'), info(x!), info(y!)];
    await expect(startDraad(x!.ctx, { doelId: 'zorgen', soort: 'bron', tekst: 'te vroeg', zichtbaarheid: 'voorzitter' })).rejects.toThrow('geen_publiekssleutel');
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
    const atX = (await leesDraden(x!.ctx, x!.viewer)).find((d) => d.id === tx);
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
