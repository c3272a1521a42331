/**
 * Case model benchmark (`npm run bench`): replays the automerge-paper editing trace (~260k
 * keystrokes, Joseph Gentle / Martin Kleppmann, CC BY 4.0) into an analysis section through the
 * model's API, and the same trace into a bare Y.Text as the plain-Yjs baseline. Prints replay
 * time, encoded size (V1 and V2), and the time to load the encoded document into a fresh Y.Doc,
 * with model/baseline ratios. Figures, not a test: nothing here fails on a slow machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import * as Y from 'yjs';
import { createCase, openCase, type ModelContext } from '../../shared/model/index.js';
import { TRACES_DIR } from './lib/trace.js';

const TRACE = path.join(TRACES_DIR, 'automerge-paper.json.gz');
const SECTIE = 'feiten-en-gebeurtenissen';
const ROUNDS = 2;
const LOADS = 31;

interface Trace {
  startContent: string;
  endContent: string;
  txns: Array<{ patches: Array<[number, number, string]> }>;
}
type Patch = readonly [pos: number, del: number, ins: string];

/** Patches with positions in UTF-16 units (Yjs counts those; the trace counts code points). */
function toUtf16(trace: Trace): { patches: Patch[]; converted: boolean } {
  const patches: Patch[] = trace.txns.flatMap((t) => t.patches.map((p) => [p[0], p[1], p[2]] as const));
  const astral = /[\u{10000}-\u{10FFFF}]/u;
  if (!astral.test(trace.startContent) && !patches.some((p) => astral.test(p[2]))) return { patches, converted: false };
  // Slow path, only for traces with characters outside the BMP: track the text as code points.
  const text = Array.from(trace.startContent);
  const out: Patch[] = patches.map(([pos, del, ins]) => {
    const before = text.slice(0, pos).join('').length;
    const deleted = text.slice(pos, pos + del).join('').length;
    text.splice(pos, del, ...Array.from(ins));
    return [before, deleted, ins];
  });
  return { patches: out, converted: true };
}

interface Target {
  insert(index: number, text: string): void;
  delete(index: number, length: number): void;
  toString(): string;
}

function replay(target: Target, patches: readonly Patch[]): number {
  const t0 = performance.now();
  for (const [pos, del, ins] of patches) {
    if (del > 0) target.delete(pos, del);
    if (ins !== '') target.insert(pos, ins);
  }
  return performance.now() - t0;
}

const ctx: ModelContext = { actor: { deelnemerId: 'dn-bench', orgId: 'org-bench' }, now: () => '2025-01-01T00:00:00.000Z', newId: () => 'casus-bench' };

function baselineRun(patches: readonly Patch[], start: string): { doc: Y.Doc; ms: number; text: string } {
  const doc = new Y.Doc();
  const text = doc.getText('text');
  if (start) text.insert(0, start);
  const ms = replay(text, patches);
  return { doc, ms, text: text.toString() };
}

function modelRun(patches: readonly Patch[], start: string): { doc: Y.Doc; ms: number; text: string } {
  const doc = new Y.Doc();
  const model = createCase(doc, ctx, {
    titel: 'Benchmark (fictief)',
    regio: 'Bench',
    grondslag: { type: 'overig' },
    aanbrengerOrgId: 'org-bench',
    organisaties: [{ id: 'org-bench', naam: 'Bench', type: 'Overig' }],
    maker: { naam: 'Bench', rollen: [] },
    fictief: true,
  });
  const editor = model.analyse.sectieTekst(SECTIE);
  if (start) editor.insert(0, start);
  const ms = replay(editor, patches);
  return { doc, ms, text: editor.toString() };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median and slowest of `LOADS` interleaved loads per variant, after two untimed warm-up rounds. */
function loadTimes(variants: ReadonlyArray<{ update: Uint8Array; v2: boolean; open?: (doc: Y.Doc) => string }>): Array<{ median: number; max: number }> {
  const times: number[][] = variants.map(() => []);
  for (let i = 0; i < LOADS + 2; i++) {
    variants.forEach((v, k) => {
      const t0 = performance.now();
      const doc = new Y.Doc();
      if (v.v2) Y.applyUpdateV2(doc, v.update);
      else Y.applyUpdate(doc, v.update);
      v.open?.(doc);
      if (i >= 2) times[k]!.push(performance.now() - t0);
      doc.destroy();
    });
  }
  return times.map((t) => ({ median: median(t), max: Math.max(...t) }));
}

const trace = JSON.parse(zlib.gunzipSync(fs.readFileSync(TRACE)).toString('utf8')) as Trace;
const { patches, converted } = toUtf16(trace);
console.log(
  `automerge-paper: ${patches.length} patches, final text ${trace.endContent.length} characters${converted ? ' (positions converted to UTF-16)' : ' (BMP only: code points = UTF-16 units)'}`,
);

let base = { ms: Infinity, doc: new Y.Doc(), text: '' };
let model = { ms: Infinity, doc: new Y.Doc(), text: '' };
// Alternate and keep the best round of each, so JIT warm-up favours neither side.
for (let round = 0; round < ROUNDS; round++) {
  const b = baselineRun(patches, trace.startContent);
  if (b.text !== trace.endContent) throw new Error('baseline replay does not reproduce endContent');
  if (b.ms < base.ms) base = b;
  const m = modelRun(patches, trace.startContent);
  if (m.text !== trace.endContent) throw new Error('model replay does not reproduce endContent');
  if (m.ms < model.ms) model = m;
}
console.log('final text equals endContent: baseline yes, model yes');

const baseV1 = Y.encodeStateAsUpdate(base.doc);
const baseV2 = Y.encodeStateAsUpdateV2(base.doc);
const modelV1 = Y.encodeStateAsUpdate(model.doc);
const modelV2 = Y.encodeStateAsUpdateV2(model.doc);
const openBaseline = (doc: Y.Doc): string => doc.getText('text').toString();
const openModel = (doc: Y.Doc): string => openCase(doc, ctx).analyse.sectieTekst(SECTIE).toString();

{
  const check = new Y.Doc();
  Y.applyUpdateV2(check, modelV2);
  if (openModel(check) !== trace.endContent) throw new Error('loaded model document does not hold endContent');
}
const [bV1, mV1, bV2, mV2, mOpen] = loadTimes([
  { update: baseV1, v2: false, open: openBaseline },
  { update: modelV1, v2: false },
  { update: baseV2, v2: true, open: openBaseline },
  { update: modelV2, v2: true },
  { update: modelV2, v2: true, open: openModel },
]) as [
  { median: number; max: number },
  { median: number; max: number },
  { median: number; max: number },
  { median: number; max: number },
  { median: number; max: number },
];
const load = { baseV1: bV1.median, baseV2: bV2.median, modelV1: mV1.median, modelV2: mV2.median };

const ratio = (a: number, b: number): string => (a / b).toFixed(3);
const rows: Array<[string, string, string, string]> = [
  ['replay (ms, best of ' + ROUNDS + ')', base.ms.toFixed(0), model.ms.toFixed(0), ratio(model.ms, base.ms)],
  ['encoded size V1 (bytes)', String(baseV1.byteLength), String(modelV1.byteLength), ratio(modelV1.byteLength, baseV1.byteLength)],
  ['encoded size V2 (bytes)', String(baseV2.byteLength), String(modelV2.byteLength), ratio(modelV2.byteLength, baseV2.byteLength)],
  ['load V1 into fresh Y.Doc (ms, median of ' + LOADS + ')', load.baseV1.toFixed(1), load.modelV1.toFixed(1), ratio(load.modelV1, load.baseV1)],
  ['load V2 into fresh Y.Doc (ms, median of ' + LOADS + ')', load.baseV2.toFixed(1), load.modelV2.toFixed(1), ratio(load.modelV2, load.baseV2)],
  ['slowest load V2 (ms)', bV2.max.toFixed(1), mV2.max.toFixed(1), ratio(mV2.max, bV2.max)],
  ['load V2 + openCase + read section (ms, median)', bV2.median.toFixed(1), mOpen.median.toFixed(1), ratio(mOpen.median, bV2.median)],
];
const header: [string, string, string, string] = ['figure', 'plain Y.Text', 'case model', 'model / plain'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log('');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log('');
console.log(`goals: model within 1.2x of plain Yjs; load of the 260k-edit document < 150 ms`);
console.log(
  JSON.stringify({
    bench: 'caseModel',
    trace: 'automerge-paper',
    patches: patches.length,
    finalChars: trace.endContent.length,
    baseline: {
      replayMs: +base.ms.toFixed(1),
      sizeV1: baseV1.byteLength,
      sizeV2: baseV2.byteLength,
      loadV1Ms: +load.baseV1.toFixed(1),
      loadV2Ms: +load.baseV2.toFixed(1),
      slowestLoadV2Ms: +bV2.max.toFixed(1),
    },
    model: {
      replayMs: +model.ms.toFixed(1),
      sizeV1: modelV1.byteLength,
      sizeV2: modelV2.byteLength,
      loadV1Ms: +load.modelV1.toFixed(1),
      loadV2Ms: +load.modelV2.toFixed(1),
      slowestLoadV2Ms: +mV2.max.toFixed(1),
      loadV2OpenReadMs: +mOpen.median.toFixed(1),
    },
    ratio: {
      replay: +(model.ms / base.ms).toFixed(3),
      sizeV1: +(modelV1.byteLength / baseV1.byteLength).toFixed(3),
      sizeV2: +(modelV2.byteLength / baseV2.byteLength).toFixed(3),
      loadV1: +(load.modelV1 / load.baseV1).toFixed(3),
      loadV2: +(load.modelV2 / load.baseV2).toFixed(3),
    },
    node: process.version,
  }),
);
