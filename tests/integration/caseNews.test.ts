/**
 * The start screen's "nieuw sinds je laatste bezoek" for a closed case, through the real relay:
 * the expert's device catches the case up in the background and counts exactly what the chair
 * did since the expert's last visit that the expert may read; what arrived is stored locally.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { saveBezoek, bezoekNu } from '../../shared/annotaties/index.js';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../shared/model/index.js';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
import { rememberDeelnemer } from '../../renderer/session/caseIdentity.js';
import { CaseNewsChecker, type CaseNews } from '../../renderer/session/caseNews.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { eventually, makeSyncDevice, sameDeviceAgain, statusReached } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

describe('news of a closed case on the start screen', () => {
  it('counts what others did since the last visit that this user may read', async () => {
    const chairDevice = makeSyncDevice('Ingrid', { organisation: 'Veilig Thuis' });
    const chairSession = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin K.' });
    await chairSession.whenSynced();
    expect(importCase(chairSession.doc, demoCaseJson(), 'dn-ingrid').ok).toBe(true);
    const invite = await createInvite(chairSession, { role: 'member', requireApproval: false });
    const expert = makeSyncDevice('Joost', { organisation: 'Politie' });
    const visit = await expert.client.joinByInvite(invite.webLink);
    await statusReached(visit, (s) => s.state === 'synced', 'expert synced');
    await eventually(
      () => visit.doc.share.size > 3 && openCase(visit.doc, defaultContext({ deelnemerId: 'dn-joost', orgId: 'org-politie' })).deelnemers.has('dn-joost'),
      'expert has the case',
    );
    // The expert looked at the case and closed it (what the workspace does).
    await rememberDeelnemer(expert.vault, visit.room, 'dn-joost');
    await saveBezoek(expert.vault, visit.room, bezoekNu(visit.doc, [], new Date().toISOString()));
    await visit.destroy();

    // Meanwhile the chair: a thread for everyone, one for the chair only, a reply, and text in two sections.
    const chair = openCase(chairSession.doc, defaultContext({ deelnemerId: 'dn-ingrid', orgId: 'org-vt' }));
    const voorIedereen = chair.annotaties.add({
      doelId: 'krachten',
      soort: 'vraag',
      tekst: 'Wie uit het netwerk kan helpen?',
      zichtbaarheid: 'alle_deelnemers',
    });
    const alleenVoorzitter = chair.annotaties.add({ doelId: 'zorgen', soort: 'bron', tekst: 'Notitie voor mezelf', zichtbaarheid: 'voorzitter' });
    chair.reacties.add({ annotatieId: alleenVoorzitter, tekst: 'Nog na te vragen' });
    chair.reacties.add({ annotatieId: voorIedereen, tekst: 'Oma misschien.' });
    chair.analyse.sectieTekst('krachten').insert(0, 'Oma helpt. ');
    chair.gebeurtenissen.add({ datum: '2026-11-20', datumPrecisie: 'dag', type: 'overig', titel: 'Melding school', bronType: 'derde' });
    chair.meta.update({ titel: 'Gezin K. (spoed)' });
    await chairSession.whenSynced();

    const reports: Array<[string, CaseNews]> = [];
    const again = sameDeviceAgain(expert);
    const checker = new CaseNewsChecker(again.client, again.vault, (room, news) => reports.push([room, news]));
    const [before] = await again.client.listCases();
    await checker.check([before!]);

    // One thread and one reply the expert may read (not the chair's own thread and its reply);
    // three parts changed: the analysis (text and thread), the timeline and the overview (the title).
    expect(reports).toEqual([[visit.room, { opmerkingen: 2, onderdelen: 3, lijstBijgewerkt: true }]]);
    // The case list shows the case as it now is.
    const [after] = await again.client.listCases();
    expect(after?.title).toBe('Gezin K. (spoed)');
    expect(after!.lastChange).toBeGreaterThan(before!.lastChange);

    // Caught up, a second check finds nothing that changes the list.
    await checker.check([after!]);
    expect(reports[1]?.[1].lijstBijgewerkt).toBe(false);

    // What arrived is on the expert's device, for reading offline.
    await checker.stop();
    const offline = await sameDeviceAgain(expert).client.openCase(visit.room, { connect: false });
    expect(openCase(offline.doc, defaultContext({ deelnemerId: 'dn-joost', orgId: 'org-politie' })).annotaties.has(voorIedereen)).toBe(true);
    await offline.destroy();
    await chairSession.destroy();
  });

  it('reports nothing for a case without a visit; a check waiting for an unreachable relay ends at once when a case is opened', async () => {
    const chairDevice = makeSyncDevice('Ingrid');
    const chairSession = await chairDevice.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin L.' });
    await chairSession.whenSynced();
    await chairSession.destroy();
    const reports: string[] = [];
    const cases = await chairDevice.client.listCases();
    await new CaseNewsChecker(chairDevice.client, chairDevice.vault, (room) => reports.push(room)).check(cases);
    expect(reports).toEqual([]);

    // With a visit, on a relay that is gone, the check would wait a minute for the case to catch up.
    await rememberDeelnemer(chairDevice.vault, chairSession.room, 'dn-ingrid');
    await saveBezoek(chairDevice.vault, chairSession.room, bezoekNu(new Y.Doc(), [], new Date().toISOString()));
    await relay.stop();
    const waiting = new CaseNewsChecker(chairDevice.client, chairDevice.vault, (room) => reports.push(room), 60_000);
    const checking = waiting.check(cases);
    await eventually(() => waiting.busy, 'a case is being caught up');
    await waiting.stop();
    await checking;
    expect(reports).toEqual([]);
    // Its session is closed: the case opens from this device's store.
    const opened = await chairDevice.client.openCase(chairSession.room, { connect: false });
    await opened.destroy();
    relay = await startTestRelay();
  });
});
