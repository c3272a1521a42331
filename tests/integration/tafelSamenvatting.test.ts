/**
 * The summary Mijn tafel reads, as a device keeps it: a case whose list entry has none (an older
 * entry, a case kept only here) gets it from its local copy in the background, without connecting,
 * as the user of that device may see it; once it has one, nothing is redone.
 */
import { describe, expect, it } from 'vitest';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../shared/model/index.js';
import { rememberDeelnemer } from '../../renderer/session/caseIdentity.js';
import { CaseNewsChecker, type CaseNews } from '../../renderer/session/caseNews.js';
import { makeSyncDevice, sameDeviceAgain } from '../helpers/syncHarness.js';

describe('the summary of a case in the case list', () => {
  it('is made in the background from the local copy for an entry without one, for this device’s user', async () => {
    const device = makeSyncDevice('Lotte');
    const session = await device.client.createLocalCase({ title: 'Gezin K.' });
    expect(importCase(session.doc, demoCaseJson(), 'dn-lotte').ok).toBe(true);
    const model = openCase(session.doc, defaultContext({ deelnemerId: 'dn-lotte', orgId: 'org-vt' }));
    model.annotaties.add({ doelId: 'krachten', soort: 'bezwaar', tekst: 'Alleen voor de voorzitter', zichtbaarheid: 'voorzitter' });
    model.annotaties.add({ doelId: 'krachten', soort: 'vraag', tekst: 'Voor iedereen', zichtbaarheid: 'alle_deelnemers' });
    await rememberDeelnemer(device.vault, session.room, 'dn-joost');
    await session.destroy();

    const again = sameDeviceAgain(device);
    const [before] = await again.client.listCases();
    expect(before!.entry).not.toBeNull();
    expect(before!.entry!.tafel).toBeUndefined();

    const reports: Array<[string, CaseNews]> = [];
    const checker = new CaseNewsChecker(again.client, again.vault, (room, news) => reports.push([room, news]));
    await checker.check([before!]);
    expect(reports).toEqual([[session.room, { opmerkingen: 0, onderdelen: 0, lijstBijgewerkt: true }]]);
    const [after] = await again.client.listCases();
    const tafel = after!.entry!.tafel!;
    // Made for Joost (the deelnemer this device is in the case), who is not the chair.
    expect(tafel).toMatchObject({ ikId: 'dn-joost', voorzitter: false });
    expect(tafel.annotaties.map((a) => a.soort)).toEqual(['vraag']);
    expect(JSON.stringify(tafel)).not.toContain('Alleen voor de voorzitter');
    expect(tafel.actiepunten.length).toBeGreaterThan(0);
    // The entry is the case's own (its title), and the last change stays: nothing changed in the case.
    expect(after!.title).toBe('Gezin K. (fictief)');
    expect(after!.lastChange).toBe(before!.lastChange);

    // With a summary in place, the next run leaves the case alone.
    await checker.check([after!]);
    expect(reports).toHaveLength(1);
    await checker.stop();
  });
});
