/**
 * The device's own export log survives a restart, and a report that was on its way when the app
 * stopped (or that the relay did not take) reaches the relay's access log when the case is next
 * in sync — against a real relay on loopback.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportLogRegel, type AgreedVersion } from '../../shared/export/index.js';
import type { HostApi } from '../../shared/host/hostApi.js';
import { readAccessLog } from '../../shared/sync/membership/caseAdmin.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../../tests/helpers/startRelay.js';
import { eventually, makeSyncDevice } from '../../tests/helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay();
});
afterEach(async () => {
  await relay.stop();
});

const versie = { id: 'versie-1', vingerafdruk: 'sha256:abc' } as AgreedVersion;
const regel = (op: string) =>
  exportLogRegel({ op, door: 'dn-joost', namensOrgId: 'org-politie', soort: 'plan', formaat: 'docx', ontvangerOrgId: 'org-politie', versie });

/** The renderer's modules as after a restart: nothing in memory, the same vault. */
async function freshApp(host: Pick<HostApi, 'vault'>) {
  vi.resetModules();
  const store = await import('../store/index.js');
  store.useDeviceSession.setState({ host: host as HostApi });
  return import('./deviceExportLog.js');
}

describe('the export log of this device', () => {
  it('keeps its exports over a restart; one still on its way is sent again and lands in the access log', async () => {
    const device = makeSyncDevice('Joost', { organisation: 'Politie' });
    const session = await device.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin E.' });
    await session.whenSynced();
    const host = { vault: device.vault };

    // Before the restart: one export made offline-only (no session), one the app wrote down as being sent.
    const first = await freshApp(host);
    first.recordExport(session.room, regel('2026-11-29T09:00:00.000Z'), null);
    await eventually(async () => (await device.vault.get(`tafel:exportlog:${session.room}`)).ok, 'stored');
    const stored = JSON.parse(
      new TextDecoder().decode(((await device.vault.get(`tafel:exportlog:${session.room}`)) as { value: Uint8Array }).value),
    ) as unknown[];
    await device.vault.put(
      `tafel:exportlog:${session.room}`,
      new TextEncoder().encode(JSON.stringify([...stored, { regel: regel('2026-11-29T09:05:00.000Z'), relay: 'bezig' }])),
    );

    // After the restart the list is there, and the interrupted report goes out once the case is in sync.
    const again = await freshApp(host);
    await again.reportPendingExports(session.room, session);
    await eventually(async () => (await readAccessLog(session)).some((e) => e.event === 'export'), 'access log has the export');
    const exports = (await readAccessLog(session)).filter((e) => e.event === 'export');
    expect(exports.map((e) => e.detail)).toEqual(['plan:docx:versie-1:org-politie']);
    expect((await again.loadExportLog(session.room)).map((i) => [i.regel.op, i.relay])).toEqual([
      ['2026-11-29T09:00:00.000Z', 'lokaal'],
      ['2026-11-29T09:05:00.000Z', 'gemeld'],
    ]);

    // A damaged stored record is left out, the rest still reads.
    await device.vault.put(
      `tafel:exportlog:${session.room}`,
      new TextEncoder().encode(JSON.stringify([{ regel: { gebeurtenis: 'export', op: 'gisteren' }, relay: 'gemeld' }, ...stored])),
    );
    const third = await freshApp(host);
    expect((await third.loadExportLog(session.room)).map((i) => i.regel.op)).toEqual(['2026-11-29T09:00:00.000Z']);
    await session.destroy();
  });
});
