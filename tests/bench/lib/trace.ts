/**
 * Trace-driven Yjs workload: every writer replays a slice of a real editing trace
 * (josephg/editing-traces, default automerge-paper) as Y.Text edits on its own Y.Doc and keeps
 * the real V1 updates it produces. The same streams are sent to every server, in order and from
 * the start of a fresh room (a Yjs update depends on the writer's earlier ones).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** The traces kept in the repository (tests/bench/traces, CC BY 4.0); BENCH_TRACES_DIR names another place. */
export const TRACES_DIR = process.env.BENCH_TRACES_DIR ?? path.resolve(import.meta.dirname, '../traces');

type Patch = [number, number, string];
interface SequentialTrace {
  readonly startContent: string;
  readonly endContent: string;
  readonly txns: ReadonlyArray<{ readonly patches: readonly Patch[] }>;
}

export function loadTrace(name: string, dir = TRACES_DIR): SequentialTrace {
  const file = path.join(dir, `${name}.json.gz`);
  const trace = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as SequentialTrace;
  if (!Array.isArray(trace.txns) || trace.txns.length === 0) throw new Error(`${file}: not a sequential trace`);
  return trace;
}

/** Applies one trace transaction, positions clamped to the writer's own (shorter) text. */
function applyTxn(text: Y.Text, patches: readonly Patch[]): void {
  for (const [pos, del, ins] of patches) {
    const at = Math.min(pos, text.length);
    const n = Math.min(del, text.length - at);
    if (n > 0) text.delete(at, n);
    if (ins.length > 0) text.insert(at, ins);
  }
}

interface WriterState {
  readonly doc: Y.Doc;
  readonly text: Y.Text;
  readonly updates: Uint8Array[];
  next: number;
}

/** Lazily generated update streams, one per writer, cached for reuse across servers. */
export class TraceWorkload {
  private readonly writers = new Map<number, WriterState>();
  generated = 0;
  generateMs = 0;

  constructor(
    private readonly trace: SequentialTrace,
    /** Writer w starts at transaction w × stride, so writers type different parts of the text. */
    private readonly stride = 2_609,
  ) {}

  /** Yjs client id of writer `w` (stable, so latency keys can be mapped back). */
  static clientId(writer: number): number {
    return writer + 1;
  }

  private state(writer: number): WriterState {
    let s = this.writers.get(writer);
    if (s === undefined) {
      const doc = new Y.Doc();
      doc.clientID = TraceWorkload.clientId(writer);
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      s = { doc, text: doc.getText('t'), updates, next: (writer * this.stride) % this.trace.txns.length };
      this.writers.set(writer, s);
    }
    return s;
  }

  /** Writer `w`'s first `count` updates (generated on demand; bounded by count). */
  updates(writer: number, count: number): readonly Uint8Array[] {
    const s = this.state(writer);
    const started = performance.now();
    const before = s.updates.length;
    // A transaction that changes something yields exactly one update; deletes on the writer's
    // (shorter) text may change nothing, so allow a pass over the whole trace on top.
    for (let guard = 0; s.updates.length < count && guard < count * 4 + this.trace.txns.length; guard++) {
      const txn = this.trace.txns[s.next % this.trace.txns.length]!;
      s.next++;
      s.doc.transact(() => applyTxn(s.text, txn.patches));
    }
    this.generated += s.updates.length - before;
    this.generateMs += performance.now() - started;
    return s.updates;
  }

  /** Writer `w`'s document text so far (for checks). */
  text(writer: number): string {
    return this.state(writer).text.toString();
  }
}

/**
 * The latency key of a Yjs V1 update: the first struct's (client, clock), or for a delete-only
 * update its first deleted range. Servers re-encode updates before broadcasting them, so the
 * bytes may differ; these fields do not.
 */
export function yjsUpdateKey(decoder: decoding.Decoder): string {
  const groups = decoding.readVarUint(decoder);
  if (groups > 0) {
    decoding.readVarUint(decoder); // structs in the group
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    return `${client}:${clock}`;
  }
  const clients = decoding.readVarUint(decoder);
  if (clients === 0) return 'empty';
  const client = decoding.readVarUint(decoder);
  decoding.readVarUint(decoder); // ranges
  const clock = decoding.readVarUint(decoder);
  const len = decoding.readVarUint(decoder);
  return `${client}:d${clock}:${len}`;
}

export function keyOfUpdate(update: Uint8Array): string {
  return yjsUpdateKey(decoding.createDecoder(update));
}
