/**
 * Restricted annotation threads through the real relay: a voorzitter-only thread written by an
 * expert is readable by the chair and by its author, and its plaintext is nowhere in another
 * expert's client data (the Y.Doc, and the case reopened from the expert's local store); an
 * eigen-organisatie thread reaches a colleague who joins later (granted by the author's device)
 * and stays closed to other organisations.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AnnotatieKeyring, autoGrant, readDraden, reageer, startDraad, type AnnotatieContext } from '../../shared/annotaties/index.js';
import { annotatieSleutelMap, demoCaseJson, importCase, localOrigin, openCase, defaultContext, type Viewer } from '../../shared/model/index.js';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
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

const SECRET_FOR_CHAIR = 'Proces-verbaal PV-2025-0412 ligt bij de officier van justitie';
const SECRET_REPLY = 'Aangifte door melder M-7731, naam bekend bij politie';
const OWN_ORG_NOTE = 'Intern: collega Pieter kent de vader van eerder contact';

interface Participant {
  readonly device: TestDeviceSetup;
  readonly session: CaseSession;
  readonly viewer: Viewer;
  readonly ctx: AnnotatieContext;
  readonly keyring: AnnotatieKeyring;
  stop(): void;
}

function participate(device: TestDeviceSetup, session: CaseSession, viewer: Viewer): Participant {
  const model = openCase(session.doc, defaultContext({ deelnemerId: viewer.deelnemerId, orgId: viewer.orgId }));
  const keyring = new AnnotatieKeyring({
    crypto: globalThis.crypto,
    doc: session.doc,
    device: session.device,
    devices: () => session.devices,
    self: { orgId: viewer.orgId, voorzitter: viewer.rollen.includes('voorzitter') },
    origin: localOrigin(viewer.deelnemerId),
  });
  keyring.register();
  const errors: unknown[] = [];
  const stop = autoGrant(keyring, session.doc, session, (e) => errors.push(e));
  return {
    device,
    session,
    viewer,
    keyring,
    ctx: { model, crypto: globalThis.crypto, keyring },
    stop: () => {
      stop();
      expect(errors).toEqual([]);
    },
  };
}

const INGRID: Viewer = { deelnemerId: 'dn-ingrid', orgId: 'org-vt', rollen: ['voorzitter'] };
const JOOST: Viewer = { deelnemerId: 'dn-joost', orgId: 'org-politie', rollen: ['expert'] };
const FATIMA: Viewer = { deelnemerId: 'dn-fatima', orgId: 'org-ggz', rollen: ['expert'] };

async function join(chair: CaseSession, name: string, organisation: string) {
  const invite = await createInvite(chair, { role: 'member', requireApproval: false });
  const device = makeSyncDevice(name, { organisation });
  const session = await device.client.joinByInvite(invite.webLink);
  await statusReached(session, (s) => s.state === 'synced', `${name} synced`);
  return { device, session };
}

/** Everything a client holds of the case in readable form: its document's content and its raw update. */
function clientData(doc: Y.Doc): string {
  return JSON.stringify(doc.toJSON()) + Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');
}

async function reopenedFromStore(device: TestDeviceSetup, room: CaseSession['room']): Promise<Y.Doc> {
  const again = sameDeviceAgain(device);
  const session = await again.client.openCase(room, { connect: false });
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(session.doc));
  await session.destroy();
  return copy;
}

describe('restricted annotation threads', () => {
  it('a voorzitter-only thread is readable by the chair and its author, not by another expert, also not from its local store', async () => {
    const chairDevice = makeSyncDevice('Ingrid', { organisation: 'Veilig Thuis' });
    const chairSession = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    await chairSession.whenSynced();
    expect(importCase(chairSession.doc, demoCaseJson(), 'dn-ingrid').ok).toBe(true);
    const chair = participate(chairDevice, chairSession, INGRID);
    await chair.keyring.ensureAudienceKey('voorzitter');

    const j = await join(chairSession, 'Joost', 'Politie');
    const f = await join(chairSession, 'Fatima', 'GGZ');
    const joost = participate(j.device, j.session, JOOST);
    const fatima = participate(f.device, f.session, FATIMA);
    await eventually(() => joost.keyring.currentKeyId('voorzitter') !== undefined, 'expert has the chair audience public key');

    const threadId = await startDraad(joost.ctx, { doelId: 'zorgen', soort: 'bron', tekst: SECRET_FOR_CHAIR, zichtbaarheid: 'voorzitter' });
    await reageer(joost.ctx, threadId, SECRET_REPLY);

    // The chair reads thread and reply.
    await eventually(
      async () => (await readDraden(chair.ctx, INGRID, 'zorgen')).some((d) => d.id === threadId && d.reacties.length === 1),
      'chair has the thread',
    );
    const atChair = (await readDraden(chair.ctx, INGRID, 'zorgen')).find((d) => d.id === threadId);
    expect(atChair?.tekst).toBe(SECRET_FOR_CHAIR);
    expect(atChair?.reacties[0]?.tekst).toBe(SECRET_REPLY);
    // The author reads their own thread.
    expect((await readDraden(joost.ctx, JOOST, 'zorgen')).find((d) => d.id === threadId)?.tekst).toBe(SECRET_FOR_CHAIR);

    // Fatima's client has the thread's entity (it syncs) but no key and no plaintext anywhere.
    await eventually(() => fatima.ctx.model.reacties.list().some((r) => r.annotatieId === threadId), 'expert 2 received the (sealed) thread');
    expect(await fatima.keyring.threadKey(threadId)).toBeUndefined();
    expect((await readDraden(fatima.ctx, FATIMA, 'zorgen')).some((d) => d.id === threadId)).toBe(false);
    // Even a tampered client that ignores the visibility rule reads null, not the text.
    const ignoringRule: Viewer = { ...FATIMA, rollen: ['voorzitter'] };
    const forced = (await readDraden(fatima.ctx, ignoringRule, 'zorgen')).find((d) => d.id === threadId);
    expect(forced?.tekst).toBeNull();
    expect(forced?.reacties[0]?.tekst).toBeNull();
    for (const data of [clientData(f.session.doc), clientData(await reopenedFromStore(f.device, f.session.room))]) {
      expect(data).not.toContain('PV-2025-0412');
      expect(data).not.toContain('M-7731');
    }
    // Also the chair's document holds it sealed only (opened on demand, in memory); the relay logs nothing of it.
    expect(clientData(chairSession.doc)).not.toContain('PV-2025-0412');
    expect(JSON.stringify(relay.logLines)).not.toContain('PV-2025-0412');

    for (const p of [chair, joost, fatima]) p.stop();
    await Promise.all([chairSession, j.session, f.session].map((s) => s.destroy()));

    // The chair's device after a restart, offline, from its own local store and vault: still reads it.
    const again = sameDeviceAgain(chairDevice);
    const reopened = await again.client.openCase(chairSession.room, { connect: false });
    const chairAgain = participate(again, reopened, INGRID);
    const afterRestart = (await readDraden(chairAgain.ctx, INGRID, 'zorgen')).find((d) => d.id === threadId);
    expect(afterRestart?.tekst).toBe(SECRET_FOR_CHAIR);
    expect(afterRestart?.reacties[0]?.tekst).toBe(SECRET_REPLY);
    chairAgain.stop();
    await reopened.destroy();
  });

  it('an eigen-organisatie thread reaches a colleague who joins later, never another organisation', async () => {
    const chairDevice = makeSyncDevice('Ingrid', { organisation: 'Veilig Thuis' });
    const chairSession = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    await chairSession.whenSynced();
    expect(importCase(chairSession.doc, demoCaseJson(), 'dn-ingrid').ok).toBe(true);
    const chair = participate(chairDevice, chairSession, INGRID);
    const j = await join(chairSession, 'Joost', 'Politie');
    const joost = participate(j.device, j.session, JOOST);

    const threadId = await startDraad(joost.ctx, { doelId: 'zorgen', soort: 'aanvulling', tekst: OWN_ORG_NOTE, zichtbaarheid: 'eigen_organisatie' });
    const keyMap = annotatieSleutelMap(chairSession.doc);
    await eventually(() => [...keyMap.keys()].some((k) => k.startsWith(`draad:${threadId}>`)), 'thread key material reached the chair');
    expect((await readDraden(chair.ctx, { ...INGRID, orgId: 'org-politie' }, 'zorgen')).find((d) => d.id === threadId)?.tekst).toBeNull();

    // A colleague of Joost's organisation joins later; Joost's device grants the key while both are online.
    const p = await join(chairSession, 'Pieter', 'Politie');
    const pieterViewer: Viewer = { deelnemerId: 'dn-pieter', orgId: 'org-politie', rollen: ['expert'] };
    const pieter = participate(p.device, p.session, pieterViewer);
    await eventually(
      async () => (await readDraden(pieter.ctx, pieterViewer, 'zorgen')).find((d) => d.id === threadId)?.tekst === OWN_ORG_NOTE,
      'colleague reads the thread',
      20_000,
    );

    // The colleague's reply is sealed for the organisation and read by the author.
    const replyId = await reageer(pieter.ctx, threadId, 'Klopt, ik bel hem morgen.');
    await eventually(
      async () =>
        (await readDraden(joost.ctx, JOOST, 'zorgen'))
          .find((d) => d.id === threadId)
          ?.reacties.some((r) => r.id === replyId && r.tekst === 'Klopt, ik bel hem morgen.') === true,
      'author reads the reply',
    );
    expect(clientData(chairSession.doc)).not.toContain('collega Pieter');
    expect(clientData(chairSession.doc)).not.toContain('ik bel hem');

    for (const x of [chair, joost, pieter]) x.stop();
    await Promise.all([chairSession, j.session, p.session].map((s) => s.destroy()));
  });
});
