/**
 * Mijn tafel with 200 cases on a device (`npx tsx tests/bench/mijnTafel.bench.ts`): 200 local
 * cases the size of the demo case (plus a few actiepunten each) in a real SyncClient with the
 * in-memory store and WebCrypto, each with its sealed list entry and summary. Prints what opening
 * the view costs (decrypting the 200 list entries, then the lines, filters and sorting, and the
 * region's figures), what one summary costs when a case closes, and — for comparison — opening
 * every case document instead. Figures, not a test: nothing here fails on a slow machine.
 */
import { performance } from 'node:perf_hooks';
import { defaultContext, demoCaseJson, importCase, openCase } from '../../shared/model/index.js';
import { filterRegels, GEEN_FILTER, sorteerRegels, tafelRegels } from '../../shared/tafel/mijnTafel.js';
import { regioCijfers } from '../../shared/tafel/regioCijfers.js';
import { samenvattingVan } from '../../shared/tafel/samenvatting.js';
import { makeSyncDevice } from '../helpers/syncHarness.js';

const CASES = Number(process.env['BENCH_CASES'] ?? 200);
const VIEW_OPENS = 15;
const VANDAAG = '2026-12-07';

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const device = makeSyncDevice('Voorzitter');
  const rooms = [];
  const summaryTimes: number[] = [];
  const json = demoCaseJson();
  process.stdout.write(`making ${CASES} demo-sized cases `);
  for (let i = 0; i < CASES; i++) {
    const session = await device.client.createLocalCase({ title: `Gezin ${i}` });
    const casus = { ...(json['casus'] as Record<string, unknown>), id: `casus-${i}`, titel: `Gezin ${i}.`, fictief: false };
    if (!importCase(session.doc, { ...json, casus }, 'dn-lotte').ok) throw new Error('import failed');
    const model = openCase(session.doc, defaultContext({ deelnemerId: 'dn-lotte', orgId: 'org-vt' }));
    for (let a = 0; a < 5; a++)
      model.actiepunten.add({ omschrijving: `Actiepunt ${a}`, deadline: `2026-12-0${1 + a}`, eigenaarDeelnemerId: 'dn-lotte', eigenaarOrgId: 'org-vt' });
    // What closing a case costs for its list entry: the summary, then sealing it.
    const t0 = performance.now();
    const tafel = samenvattingVan(model, VANDAAG);
    await device.client.setCaseIndex(session.room, { title: `Gezin ${i}.`, status: tafel.fase, lastChange: Date.now(), tafel });
    summaryTimes.push(performance.now() - t0);
    rooms.push(session.room);
    await session.destroy();
    if (i % 20 === 19) process.stdout.write('.');
  }
  process.stdout.write('\n');

  // Opening the view: what the start screen does with the list it already reads.
  const listTimes: number[] = [];
  const viewTimes: number[] = [];
  const figureTimes: number[] = [];
  let lines = 0;
  for (let r = 0; r < VIEW_OPENS; r++) {
    const t0 = performance.now();
    const cases = await device.client.listCases();
    const t1 = performance.now();
    const regels = sorteerRegels(
      filterRegels(
        tafelRegels(
          cases.map((c) => ({ room: c.room, title: c.title, samenvatting: c.entry?.tafel ?? null })),
          VANDAAG,
          'rol',
        ),
        GEEN_FILTER,
      ),
      'actiepunten',
    );
    const t2 = performance.now();
    regioCijfers(
      cases.flatMap((c) => (c.entry?.tafel === undefined ? [] : [c.entry.tafel])),
      { van: '2025-01-01', tot: '2025-12-31' },
    );
    const t3 = performance.now();
    lines = regels.length;
    listTimes.push(t1 - t0);
    viewTimes.push(t2 - t1);
    figureTimes.push(t3 - t2);
  }

  // For comparison: opening every case document to read the same (what the summary avoids).
  const t0 = performance.now();
  for (const room of rooms) {
    const session = await device.client.openCase(room, { connect: false });
    samenvattingVan(openCase(session.doc, defaultContext({ deelnemerId: 'dn-lotte', orgId: 'org-vt' })), VANDAAG);
    await session.destroy();
  }
  const allDocs = performance.now() - t0;

  console.log(`Mijn tafel with ${CASES} cases (${lines} lines), median of ${VIEW_OPENS} opens:`);
  console.log(`  decrypt the case list (200 sealed entries with summaries): ${ms(median(listTimes))}`);
  console.log(`  lines, filters and sorting:                                ${ms(median(viewTimes))}`);
  console.log(`  the region's figures:                                      ${ms(median(figureTimes))}`);
  console.log(`  opening the view in total:                                 ${ms(median(listTimes) + median(viewTimes))}`);
  console.log(`one case's summary and sealed entry (when it closes), median: ${ms(median(summaryTimes))}`);
  console.log(`for comparison, opening all ${CASES} case documents instead:    ${ms(allDocs)}`);
  const entryBytes = JSON.stringify((await device.client.listCases())[0]?.entry ?? {}).length;
  console.log(`one list entry with its summary: ${entryBytes} bytes of JSON before sealing`);
}

await main();
