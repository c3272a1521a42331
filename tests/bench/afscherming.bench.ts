/**
 * Opening the demo case with its restricted values sealed, against today's (plaintext) demo case,
 * on the chair's device: a fresh Y.Doc from the stored update, `openCase` and a full read
 * (`exportCase` for the chair), and — for the sealed case — its sealing registered and every value
 * the chair may see opened (audience key unwrapped, value key unwrapped, AES-GCM). Interleaved
 * runs, median. Goal (issue 20): within 1.2× of today. `npm run bench` prints it after the model's rows.
 */
import * as Y from 'yjs';
import { AnnotatieKeyring } from '../../shared/annotaties/index.js';
import { WaardenAfscherming, zichtLeden } from '../../shared/afscherming/index.js';
import { demoCaseJson, exportCase, importCase, localOrigin, openCase, defaultContext, type Viewer } from '../../shared/model/index.js';
import type { DeviceInfo } from '../../shared/protocol/messages.js';
import { apparaat, logInfo, settle, type Wie } from '../helpers/afschermingPeers.js';

const RUNS = 31;
const INGRID: Wie = {
  deelnemerId: 'dn-ingrid',
  orgId: 'org-vt',
  rollen: ['voorzitter'],
  label: { name: 'Ingrid (fictief)', organisation: 'Veilig Thuis Voorbeeldregio' },
};
const LOTTE: Wie = {
  deelnemerId: 'dn-lotte',
  orgId: 'org-lokaalteam',
  rollen: ['casusregisseur'],
  label: { name: 'Lotte (fictief)', organisation: 'Wijkteam Centrum' },
};
const viewer: Viewer = { deelnemerId: INGRID.deelnemerId, orgId: INGRID.orgId, rollen: INGRID.rollen };

const plain = new Y.Doc();
if (!importCase(plain, demoCaseJson(), 'dn-ingrid').ok) throw new Error('demo import');
const plainUpdate = Y.encodeStateAsUpdate(plain);

// The same case after the chair's and the casusregisseur's devices sealed every value they are in the audience of.
const log = { list: [] as DeviceInfo[] };
const ingrid = await apparaat(plain, INGRID, () => log.list);
const lotte = await apparaat(plain, LOTTE, () => log.list);
log.list = [logInfo(ingrid, INGRID.label, 'admin'), logInfo(lotte, LOTTE.label)];
ingrid.afscherming.plan();
lotte.afscherming.plan();
await settle(ingrid, lotte);
const sealedUpdate = Y.encodeStateAsUpdate(ingrid.doc);
ingrid.stop();
lotte.stop();

function openPlain(): number {
  const t0 = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, plainUpdate);
  exportCase(doc, { viewer });
  return performance.now() - t0;
}

async function openSealed(waitForValues: boolean): Promise<number> {
  const t0 = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, sealedUpdate);
  const model = openCase(doc, defaultContext({ deelnemerId: viewer.deelnemerId, orgId: viewer.orgId }));
  const devices = () => log.list;
  const keyring = new AnnotatieKeyring({
    crypto: globalThis.crypto,
    doc,
    device: ingrid.device,
    devices,
    self: { orgId: viewer.orgId, voorzitter: true },
    origin: localOrigin(viewer.deelnemerId),
    zicht: zichtLeden({ model, viewer, devices }),
  });
  const afscherming = new WaardenAfscherming({
    crypto: globalThis.crypto,
    doc,
    keyring,
    origin: localOrigin(viewer.deelnemerId),
    onError: (e) => {
      throw e;
    },
  });
  const stop = afscherming.start();
  if (waitForValues) await afscherming.klaar();
  const json = exportCase(doc, { viewer });
  const ms = performance.now() - t0;
  if (waitForValues && json.personen.find((p) => p.id === 'p-sanne')?.adres?.waarde !== 'Geheim opvangadres (fictief)')
    throw new Error('sealed address not opened');
  if (!waitForValues) await afscherming.klaar();
  stop();
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (let i = 0; i < 3; i++) {
  openPlain();
  await openSealed(true);
  await openSealed(false);
}
const today: number[] = [];
const shown: number[] = [];
const opened: number[] = [];
for (let i = 0; i < RUNS; i++) {
  today.push(openPlain());
  shown.push(await openSealed(false));
  opened.push(await openSealed(true));
}
const rows: Array<[string, number]> = [
  ['today: open + read the demo case (plaintext values)', median(today)],
  ['sealed: open + read, values shown once opened', median(shown)],
  ['sealed: open + read + every value the chair may see opened', median(opened)],
];
console.log('');
console.log(
  `opening the demo case on the chair's device (ms, median of ${RUNS}; sizes: today ${plainUpdate.byteLength} B, sealed ${sealedUpdate.byteLength} B)`,
);
for (const [name, ms] of rows) console.log(`${name.padEnd(62)} ${ms.toFixed(2).padStart(7)}  ${(ms / median(today)).toFixed(2)}x`);
console.log(`goal: within 1.2x of today`);
console.log(
  JSON.stringify({
    bench: 'afscherming',
    runs: RUNS,
    todayMs: +median(today).toFixed(2),
    sealedShownMs: +median(shown).toFixed(2),
    sealedOpenedMs: +median(opened).toFixed(2),
    ratioShown: +(median(shown) / median(today)).toFixed(3),
    ratioOpened: +(median(opened) / median(today)).toFixed(3),
    sizeToday: plainUpdate.byteLength,
    sizeSealed: sealedUpdate.byteLength,
    node: process.version,
  }),
);
