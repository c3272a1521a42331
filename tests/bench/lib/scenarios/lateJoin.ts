/**
 * Late join: one writer stores E edits (one record per edit) and stays connected; then a new
 * client connects and the clock runs until its Y.Doc holds the same text.
 * - y-websocket: a real WebsocketProvider (y-websocket 3.1.0) until `sync` → true.
 * - Hocuspocus: a real HocuspocusProvider (3.4.4) until `synced`.
 * - Tafel, real client: see realClient.ts (`openCase` → 'synced').
 * - Tafel, thin client: a member device that has seen nothing logs in with `hello {since: 0}`; the clock stops
 *   when every DELIVER frame (latest snapshot + tail) is opened with WebCrypto and applied.
 *   The writer answers `please-compact` with real snapshots (shared/sync/sealing/snapshotCodec), as the
 *   compaction policy expects.
 */
import { randomBytes } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { encodeSubmit, toBase64Url } from '../../../../shared/protocol/index.js';
import { decodeSnapshot, encodeSnapshot } from '../../../../shared/sync/sealing/snapshotCodec.js';
import { newInviteToken, newRoomId } from '../../../helpers/relayClient.js';
import { HocuspocusThinClient } from '../clients/hocuspocus.js';
import type { DevicePool } from '../clients/tafel.js';
import { TafelConnection } from '../clients/tafelConnection.js';
import { YwsThinClient, openSocket } from '../clients/yws.js';
import { importCaseKey, openRecord, sealNode } from '../envelope.js';
import type { BenchOptions } from '../options.js';
import { BENCH_ACCESS_KEY } from '../servers/tafelServer.js';
import type { LateJoinResult } from '../results.js';
import type { ServerProcess } from '../servers.js';
import type { ServerName } from '../servers/protocol.js';
import { fmt, sleep, waitUntil } from '../stats.js';
import type { TraceWorkload } from '../trace.js';
import { realClientLateJoin } from './realClient.js';

const LATE_WRITER = 300_000;

/** A ws WebSocket that counts what it receives (for the providers' polyfill option). */
function countingWebSocket(counter: { frames: number; bytes: number }): typeof globalThis.WebSocket {
  return class CountingWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { perMessageDeflate: false });
      this.on('message', (data: Buffer | ArrayBuffer) => {
        counter.frames++;
        counter.bytes += data.byteLength;
      });
    }
  } as unknown as typeof globalThis.WebSocket;
}

/** Sends in chunks, waiting for the socket to drain, so the server is not handed 10k frames in one go. */
async function sendAll(updates: readonly Uint8Array[], send: (u: Uint8Array) => void, buffered: () => number): Promise<void> {
  for (let i = 0; i < updates.length; i++) {
    send(updates[i]!);
    if (i % 200 === 199) await waitUntil(() => buffered() === 0, 10_000, 1);
  }
}

export async function runLateJoin(
  name: ServerName,
  server: ServerProcess,
  workload: TraceWorkload,
  devices: DevicePool,
  opts: BenchOptions,
  log: (line: string) => void,
): Promise<LateJoinResult[]> {
  const edits = opts.lateJoinEdits;
  const updates = workload.updates(LATE_WRITER, edits).slice(0, edits);
  const expected = workload.text(LATE_WRITER);
  const results =
    name === 'tafel'
      ? [await tafelLateJoin(server, updates, expected, devices), await realClientLateJoin(server, updates, expected)]
      : [await providerLateJoin(name, server, updates, expected)];
  for (const r of results)
    log(
      `  late join after ${edits} edits (${r.client}): ${fmt(r.syncMs, 1)} ms, ${r.framesReceived} frames, ${fmt(r.bytesReceived / 1024, 0)} KiB, text equal: ${r.contentMatches}`,
    );
  return results;
}

async function providerLateJoin(name: ServerName, server: ServerProcess, updates: readonly Uint8Array[], expected: string): Promise<LateJoinResult> {
  const room = `latejoin-${Date.now()}`;
  let closeWriter: () => void;
  if (name === 'y-websocket') {
    const w = new YwsThinClient(await openSocket(`${server.url}/${room}`), LATE_WRITER, () => {});
    await sendAll(
      updates,
      (u) => w.sendUpdate(u),
      () => w.bufferedAmount,
    );
    if (!(await waitUntil(() => w.echoes >= updates.length, 60_000))) throw new Error(`server applied ${w.echoes}/${updates.length}`);
    closeWriter = () => w.close();
  } else {
    const w = new HocuspocusThinClient(await openSocket(server.url), room, LATE_WRITER, () => {});
    await w.authenticated;
    await sendAll(
      updates,
      (u) => w.sendUpdate(u),
      () => w.bufferedAmount,
    );
    if (!(await waitUntil(() => w.applied >= updates.length, 60_000))) throw new Error(`server applied ${w.applied}/${updates.length}`);
    closeWriter = () => w.close();
  }
  await sleep(300);
  const counter = { frames: 0, bytes: 0 };
  const doc = new Y.Doc();
  const started = performance.now();
  let syncedAt = 0;
  let destroy: () => void;
  if (name === 'y-websocket') {
    const provider = new WebsocketProvider(server.url, room, doc, { WebSocketPolyfill: countingWebSocket(counter), disableBc: true });
    provider.on('sync', (synced: boolean) => {
      if (synced && syncedAt === 0) syncedAt = performance.now();
    });
    destroy = () => provider.destroy();
  } else {
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: countingWebSocket(counter) });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc });
    provider.attach();
    provider.on('synced', () => {
      if (syncedAt === 0) syncedAt = performance.now();
    });
    destroy = () => {
      provider.destroy();
      socket.destroy();
    };
  }
  const ok = await waitUntil(() => syncedAt > 0, 60_000, 1);
  const text = doc.getText('t').toString();
  destroy();
  closeWriter();
  if (!ok) throw new Error('late joiner never synced');
  return {
    edits: updates.length,
    syncMs: syncedAt - started,
    framesReceived: counter.frames,
    bytesReceived: counter.bytes,
    contentMatches: text === expected,
    client: name === 'y-websocket' ? 'WebsocketProvider 3.1.0' : 'HocuspocusProvider 3.4.4',
  };
}

async function tafelLateJoin(server: ServerProcess, updates: readonly Uint8Array[], expected: string, devices: DevicePool): Promise<LateJoinResult> {
  const rawKey = new Uint8Array(randomBytes(32));
  const key = await importCaseKey(rawKey);
  const [writerDevice, lateDevice] = await Promise.all([devices.get(LATE_WRITER), devices.get(LATE_WRITER + 1)]);
  const room = newRoomId();
  const writer = await TafelConnection.open(server.url, writerDevice, { type: 'create-room', room, accessKey: BENCH_ACCESS_KEY });
  const { token, tokenHash } = newInviteToken();
  const answer = await writer.request({
    type: 'create-invite',
    tokenHash,
    role: 'member',
    expiresAt: Date.now() + 86_400_000,
    package: toBase64Url(randomBytes(64)),
    requireApproval: false,
  });
  if (answer.type !== 'ok') throw new Error('create-invite refused');
  // The late joiner becomes a member before the edits, then goes away having seen nothing.
  const first = await TafelConnection.open(server.url, lateDevice, { type: 'redeem', room, token });
  first.terminate();

  // The writer: records sealed with the real envelope format; snapshots on request.
  const envelopes = updates.map((u, i) =>
    encodeSubmit(sealNode(rawKey, { kind: 'update', room, epoch: 1, sender: writerDevice.id, msgId: i + 1, baseSeq: 0 }, u)),
  );
  const ackedSeqs = new Set<number>();
  let contiguous = 0;
  const snapDoc = new Y.Doc();
  let snapApplied = 0;
  let snapshots = 0;
  let snapMsgId = 1_000_000;
  let snapshotPending = false;
  let updatesAcked = 0;
  writer.onAck = (m) => {
    if (m.msgId >= 1_000_000) {
      snapshotPending = false;
      snapshots++;
      return;
    }
    updatesAcked++;
    ackedSeqs.add(m.seq);
    while (ackedSeqs.has(contiguous + 1)) contiguous++;
  };
  writer.onError = (m) => {
    // A refused snapshot (stale, 4409) is simply not stored; the relay asks again later.
    if ((m.msgId ?? 0) >= 1_000_000) snapshotPending = false;
  };
  writer.onPleaseCompact = () => {
    if (snapshotPending || contiguous === 0) return;
    snapshotPending = true;
    // In a fresh room with one writer, seq n is the writer's n-th update.
    Y.transact(snapDoc, () => {
      for (; snapApplied < contiguous; snapApplied++) Y.applyUpdate(snapDoc, updates[snapApplied]!);
    });
    writer.send(
      encodeSubmit(
        sealNode(rawKey, { kind: 'snapshot', room, epoch: 1, sender: writerDevice.id, msgId: snapMsgId++, baseSeq: contiguous }, encodeSnapshot(snapDoc)),
      ),
    );
  };
  for (let i = 0; i < envelopes.length; i++) {
    // At most 200 unacknowledged records in flight, as a client's send queue would keep.
    if (i - updatesAcked >= 200) await waitUntil(() => i - updatesAcked < 200, 30_000, 1);
    writer.send(envelopes[i]!);
  }
  if (!(await waitUntil(() => contiguous >= updates.length && !snapshotPending, 60_000))) throw new Error(`acked ${contiguous}/${updates.length}`);
  await sleep(300);

  // The late join.
  const counter = { frames: 0, bytes: 0 };
  const opened: Array<Promise<{ kind: number; plaintext: Uint8Array }>> = [];
  const started = performance.now();
  const late = TafelConnection.begin(server.url, lateDevice, { type: 'hello', room, since: 0 });
  late.onDeliver = (frame) => {
    counter.frames++;
    counter.bytes += frame.length;
    const kind = frame[10]!;
    opened.push(openRecord(key, frame.subarray(9)).then((plaintext) => ({ kind, plaintext })));
  };
  await late.ready;
  const doc = new Y.Doc();
  const records = await Promise.all(opened);
  Y.transact(doc, () => {
    for (const { kind, plaintext } of records) {
      if (kind === 2) {
        const snapshot = decodeSnapshot(plaintext);
        if (snapshot === undefined) throw new Error('bad snapshot');
        Y.applyUpdateV2(doc, snapshot.update);
      } else Y.applyUpdate(doc, plaintext);
    }
  });
  const syncMs = performance.now() - started;
  const text = doc.getText('t').toString();
  late.terminate();
  writer.terminate();
  return {
    edits: updates.length,
    syncMs,
    framesReceived: counter.frames,
    bytesReceived: counter.bytes,
    contentMatches: text === expected,
    client: 'thin Tafel client (WebCrypto open + Yjs apply)',
    snapshots,
  };
}
