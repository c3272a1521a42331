/**
 * Removing a device from the case also closes its annotation audiences to it: through the real
 * relay, after the chair removes a device, the audience keys it held are rotated (the chair's own
 * audience by the chair's device, an organisation's by a member of that organisation, also one
 * that was offline during the removal), so a thread written afterwards for that audience — and a
 * reply written afterwards in a thread started before — does not open with the removed device's
 * keys, even on a copy of the later document, while the remaining members and the thread's author
 * read old and new. A device whose organisation claim changes is closed out the same way without
 * being removed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  AnnotatieKeyring,
  autoGrant,
  readDraden,
  reageer,
  startDraad,
  type AnnotatieContext,
  type Publiek,
  type Zichtbaarheid,
} from '../../shared/annotaties/index.js';
import type { DeviceKeys } from '../../shared/crypto/index.js';
import { defaultContext, demoCaseJson, importCase, localOrigin, openCase, type Viewer } from '../../shared/model/index.js';
import type { Role } from '../../shared/protocol/roles.js';
import { createInvite, removeDevice } from '../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { eventually, makeSyncDevice, sameDeviceAgain, statusReached, type TestDeviceSetup } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

interface Participant {
  readonly session: CaseSession;
  readonly viewer: Viewer;
  readonly ctx: AnnotatieContext;
  readonly keyring: AnnotatieKeyring;
  stop(): void;
}

function keyringOn(doc: Y.Doc, device: DeviceKeys, viewer: Viewer, devices: () => CaseSession['devices']): AnnotatieKeyring {
  const self = { orgId: viewer.orgId, voorzitter: viewer.rollen.includes('voorzitter') };
  return new AnnotatieKeyring({ crypto: globalThis.crypto, doc, device, devices, self, origin: localOrigin(viewer.deelnemerId) });
}

function contextOn(doc: Y.Doc, viewer: Viewer, keyring: AnnotatieKeyring): AnnotatieContext {
  return { model: openCase(doc, defaultContext({ deelnemerId: viewer.deelnemerId, orgId: viewer.orgId })), crypto: globalThis.crypto, keyring };
}

function participate(session: CaseSession, viewer: Viewer): Participant {
  const keyring = keyringOn(session.doc, session.device, viewer, () => session.devices);
  keyring.register();
  const errors: unknown[] = [];
  const stop = autoGrant(keyring, session.doc, session, (e) => errors.push(e));
  return {
    session,
    viewer,
    keyring,
    ctx: contextOn(session.doc, viewer, keyring),
    stop: () => {
      stop();
      expect(errors).toEqual([]);
    },
  };
}

async function joinDevice(
  chair: CaseSession,
  name: string,
  organisation: string,
  role: Role = 'member',
): Promise<{ device: TestDeviceSetup; session: CaseSession }> {
  const invite = await createInvite(chair, { role, requireApproval: false });
  const device = makeSyncDevice(name, { organisation });
  const session = await device.client.joinByInvite(invite.webLink);
  await statusReached(session, (s) => s.state === 'synced', `${name} synced`);
  return { device, session };
}

async function join(chair: CaseSession, name: string, organisation: string, role: Role = 'member'): Promise<CaseSession> {
  return (await joinDevice(chair, name, organisation, role)).session;
}

async function openChair(viewer: Viewer): Promise<Participant> {
  const session = await makeSyncDevice('Ingrid', { organisation: 'Veilig Thuis' }).client.createCase({
    relayUrl: relay.wsUrl,
    accessKey: TEST_ACCESS_KEY,
    title: 'Gezin K.',
  });
  await session.whenSynced();
  expect(importCase(session.doc, demoCaseJson(), viewer.deelnemerId).ok).toBe(true);
  const chair = participate(session, viewer);
  await chair.keyring.ensureAudienceKey('voorzitter');
  return chair;
}

async function textFor(p: Participant, id: string): Promise<string | null | undefined> {
  return (await readDraden(p.ctx, p.viewer, 'zorgen')).find((d) => d.id === id)?.tekst;
}

async function write(p: Participant, tekst: string, zichtbaarheid: Zichtbaarheid): Promise<string> {
  return startDraad(p.ctx, { doelId: 'zorgen', soort: 'vraag', tekst, zichtbaarheid });
}

/** What a removed device kept: its own keys and its last copy of the document. */
interface Kept {
  readonly device: DeviceKeys;
  readonly viewer: Viewer;
  readonly update: Uint8Array;
}

function keep(p: Participant): Kept {
  return { device: p.session.device, viewer: p.viewer, update: Y.encodeStateAsUpdate(p.session.doc) };
}

interface Opened {
  readonly tekst: string | null | undefined;
  readonly reacties: ReadonlyArray<string | null> | undefined;
}

/** What the removed device's kept keys open on its old copy plus a later document it somehow obtained: each thread and its replies. */
async function openWithKept(kept: Kept, later: Y.Doc, ids: readonly string[]): Promise<Opened[]> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, kept.update);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(later));
  const keyring = keyringOn(doc, kept.device, kept.viewer, () => []);
  expect(await keyring.grantPending()).toBe(0);
  const ctx = contextOn(doc, kept.viewer, keyring);
  const out: Opened[] = [];
  for (const id of ids) {
    // As a client ignoring the visibility rule (chair, of the thread's organisation): only the keys decide.
    const orgId = ctx.model.annotaties.get(id)?.bronOrgId ?? kept.viewer.orgId;
    const draad = (await readDraden(ctx, { ...kept.viewer, orgId, rollen: ['voorzitter'] }, 'zorgen')).find((d) => d.id === id);
    out.push({ tekst: draad?.tekst, reacties: draad?.reacties.map((r) => r.tekst) });
  }
  return out;
}

async function readWithKept(kept: Kept, later: Y.Doc, ids: readonly string[]): Promise<Array<string | null | undefined>> {
  return (await openWithKept(kept, later, ids)).map((o) => o.tekst);
}

async function repliesFor(p: Participant, id: string): Promise<ReadonlyArray<string | null> | undefined> {
  return (await readDraden(p.ctx, p.viewer, 'zorgen')).find((d) => d.id === id)?.reacties.map((r) => r.tekst);
}

const rotated = (p: Participant, publiek: Publiek, before: string | undefined) => () => {
  const now = p.keyring.currentKeyId(publiek);
  return now !== undefined && now !== before;
};

const INGRID: Viewer = { deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter'] };
const JOOST: Viewer = { deelnemerId: 'dn-joost', orgId: 'org-politie', rollen: ['expert'] };
const PIETER: Viewer = { deelnemerId: 'dn-pieter', orgId: 'org-politie', rollen: ['expert'] };
const ANOUK: Viewer = { deelnemerId: 'dn-anouk', orgId: 'org-politie', rollen: ['expert'] };

describe('annotation audiences after a device is removed', () => {
  it('an organisation audience is rotated by a colleague: the removed device cannot open later threads, the others read old and new', async () => {
    const chair = await openChair(INGRID);
    const joost = participate(await join(chair.session, 'Joost', 'Politie'), JOOST);
    const anouk = participate(await join(chair.session, 'Anouk', 'Politie'), ANOUK);
    const pieter = participate(await join(chair.session, 'Pieter', 'Politie'), PIETER);

    const before = await write(joost, 'Intern: eerdere melding bij de wijkagent', 'eigen_organisatie');
    await eventually(async () => typeof (await textFor(pieter, before)) === 'string', 'Pieter was granted the organisation key');
    await eventually(async () => typeof (await textFor(anouk, before)) === 'string', 'Anouk was granted the organisation key');
    const oldKey = joost.keyring.currentKeyId('org:org-politie');
    const kept = keep(pieter);
    pieter.stop();

    await removeDevice(chair.session, pieter.session.device.id);
    await eventually(rotated(joost, 'org:org-politie', oldKey), 'organisation key rotated');
    await eventually(rotated(anouk, 'org:org-politie', oldKey), 'Anouk sees the new organisation key');
    // The chair is no member of the organisation: it rotated nothing of it (and holds none of it).
    expect(joost.keyring.currentKeyId('org:org-politie')?.endsWith(chair.session.device.id)).toBe(false);

    const after = await write(anouk, 'Intern: vader is opnieuw aangehouden', 'eigen_organisatie');
    await eventually(
      async () => (await textFor(joost, after)) === 'Intern: vader is opnieuw aangehouden',
      'Joost reads the new thread through the new key',
      20_000,
    );
    expect(await textFor(joost, before)).toBe('Intern: eerdere melding bij de wijkagent');
    expect(await textFor(anouk, before)).toBe('Intern: eerdere melding bij de wijkagent');
    // A reply in the thread started before the removal: the author and the colleague read it.
    await reageer(anouk.ctx, before, 'Intern: melding is in maart gedaan');
    await eventually(async () => (await repliesFor(joost, before))?.[0] === 'Intern: melding is in maart gedaan', 'Joost reads the later reply in his thread');

    expect(await openWithKept(kept, anouk.session.doc, [before, after])).toEqual([
      { tekst: 'Intern: eerdere melding bij de wijkagent', reacties: [null] },
      { tekst: null, reacties: [] },
    ]);

    for (const p of [chair, joost, anouk]) p.stop();
    await Promise.all([chair, joost, anouk, pieter].map((p) => p.session.destroy()));
  });

  it("the chair's audience is rotated by the chair's device when another admin device is removed", async () => {
    const chair = await openChair(INGRID);
    const tablet = participate(await join(chair.session, 'Ingrid (tablet)', 'Veilig Thuis', 'admin'), INGRID);
    const joost = participate(await join(chair.session, 'Joost', 'Politie'), JOOST);
    await eventually(() => joost.keyring.currentKeyId('voorzitter') !== undefined, 'expert has the chair audience public key');

    const before = await write(joost, 'Alleen voor de voorzitter: PV ligt bij de officier', 'voorzitter');
    await eventually(
      async () => (await textFor(tablet, before)) === 'Alleen voor de voorzitter: PV ligt bij de officier',
      'the second admin device reads it',
      20_000,
    );
    const oldKey = chair.keyring.currentKeyId('voorzitter');
    const kept = keep(tablet);
    tablet.stop();

    await removeDevice(chair.session, tablet.session.device.id);
    await eventually(rotated(chair, 'voorzitter', oldKey), 'chair audience key rotated');
    await eventually(rotated(joost, 'voorzitter', oldKey), 'expert seals to the new chair key');

    const after = await write(joost, 'Alleen voor de voorzitter: melder wil anoniem blijven', 'voorzitter');
    await eventually(async () => (await textFor(chair, after)) === 'Alleen voor de voorzitter: melder wil anoniem blijven', 'chair reads the new thread');
    expect(await textFor(chair, before)).toBe('Alleen voor de voorzitter: PV ligt bij de officier');
    // The chair answers in the expert's thread started before the removal: the expert (its author,
    // no member of the chair's audience) reads it, and so does the chair's device.
    await reageer(chair.ctx, before, 'Ik vraag het PV op bij de officier');
    await eventually(async () => (await repliesFor(joost, before))?.[0] === 'Ik vraag het PV op bij de officier', "the author reads the chair's later answer");
    expect(await repliesFor(chair, before)).toEqual(['Ik vraag het PV op bij de officier']);

    expect(await openWithKept(kept, joost.session.doc, [before, after])).toEqual([
      { tekst: 'Alleen voor de voorzitter: PV ligt bij de officier', reacties: [null] },
      { tekst: null, reacties: [] },
    ]);

    for (const p of [chair, joost]) p.stop();
    await Promise.all([chair, joost, tablet].map((p) => p.session.destroy()));
  });

  it('a device whose organisation changes is closed out of its former organisation without being removed', async () => {
    const chair = await openChair(INGRID);
    const joost = participate(await join(chair.session, 'Joost', 'Politie'), JOOST);
    const pieter = participate(await join(chair.session, 'Pieter', 'Politie'), PIETER);
    const before = await write(joost, 'Intern: eerdere melding bij de wijkagent', 'eigen_organisatie');
    await eventually(async () => typeof (await textFor(pieter, before)) === 'string', 'Pieter was granted the organisation key');
    const oldKey = joost.keyring.currentKeyId('org:org-politie');

    // Pieter now works for another organisation: his device claims it (as the app does when his deelnemer's organisation changes).
    pieter.stop();
    const moved = participate(pieter.session, { ...PIETER, orgId: 'org-ggz' });
    await eventually(rotated(joost, 'org:org-politie', oldKey), 'Joost rotates the organisation key after the claim changed');
    expect(await moved.keyring.rotateForLeavers()).toEqual([]);

    const after = await write(joost, 'Intern: vader is opnieuw aangehouden', 'eigen_organisatie');
    const reply = await reageer(joost.ctx, before, 'Intern: melding is in maart gedaan');
    await eventually(
      () => moved.ctx.model.reacties.get(reply) !== undefined && moved.ctx.model.annotaties.get(after) !== undefined,
      "the new thread and reply reach Pieter's device",
    );
    expect(await openWithKept(keep(moved), joost.session.doc, [before, after])).toEqual([
      { tekst: 'Intern: eerdere melding bij de wijkagent', reacties: [null] },
      { tekst: null, reacties: [] },
    ]);
    expect(await textFor(joost, after)).toBe('Intern: vader is opnieuw aangehouden');

    for (const p of [chair, joost, moved]) p.stop();
    await Promise.all([chair, joost, moved].map((p) => p.session.destroy()));
  });

  it('an organisation member that was offline during the removal rotates when it comes back online', async () => {
    const chair = await openChair(INGRID);
    const j = await joinDevice(chair.session, 'Joost', 'Politie');
    const joost = participate(j.session, JOOST);
    const pieter = participate(await join(chair.session, 'Pieter', 'Politie'), PIETER);
    const before = await write(joost, 'Intern: eerdere melding bij de wijkagent', 'eigen_organisatie');
    await eventually(async () => typeof (await textFor(pieter, before)) === 'string', 'Pieter was granted the organisation key');
    const oldKey = joost.keyring.currentKeyId('org:org-politie');
    const kept = keep(pieter);
    pieter.stop();
    joost.stop();
    await j.session.destroy();

    await removeDevice(chair.session, pieter.session.device.id);
    // Joost's device comes back: its welcome lists the devices without Pieter's, so it rotates.
    const again = await sameDeviceAgain(j.device).client.openCase(j.session.room);
    await statusReached(again, (s) => s.state === 'synced', 'Joost synced again');
    const back = participate(again, JOOST);
    await eventually(rotated(back, 'org:org-politie', oldKey), 'organisation key rotated by the returning member');
    await eventually(rotated(chair, 'org:org-politie', oldKey), 'the chair has the new public key');

    const after = await write(back, 'Intern: vader is opnieuw aangehouden', 'eigen_organisatie');
    expect(await textFor(back, before)).toBe('Intern: eerdere melding bij de wijkagent');
    expect(await readWithKept(kept, again.doc, [before, after])).toEqual(['Intern: eerdere melding bij de wijkagent', null]);

    for (const p of [chair, back]) p.stop();
    await Promise.all([chair.session, again, pieter.session].map((s) => s.destroy()));
  });
});
