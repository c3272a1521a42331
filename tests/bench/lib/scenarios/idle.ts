/**
 * Memory per idle room: K rooms, each opened by one client that writes the same small document
 * (the first E trace edits, as one update) and then stays connected and idle. Server memory is
 * read after two full GCs before and after; the delta over K includes the one connection.
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { newRoomId } from '../../../helpers/relayClient.js';
import { encodeSubmit } from '../../../../shared/protocol/index.js';
import { HocuspocusThinClient } from '../clients/hocuspocus.js';
import type { DevicePool } from '../clients/tafel.js';
import { TafelConnection } from '../clients/tafelConnection.js';
import { inBatches } from '../clients/types.js';
import { YwsThinClient, openSocket } from '../clients/yws.js';
import { sealNode } from '../envelope.js';
import type { BenchOptions } from '../options.js';
import { BENCH_ACCESS_KEY } from '../servers/tafelServer.js';
import type { IdleResult } from '../results.js';
import type { ServerProcess } from '../servers.js';
import type { ServerName } from '../servers/protocol.js';
import { fmt, sleep, waitUntil } from '../stats.js';
import type { TraceWorkload } from '../trace.js';

/** One update holding a document of `edits` trace edits (writer `writer`'s stream). */
export function contentUpdate(workload: TraceWorkload, writer: number, edits: number): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const u of workload.updates(writer, edits).slice(0, edits)) Y.applyUpdate(doc, u);
  });
  return Y.encodeStateAsUpdate(doc);
}

const IDLE_WRITER = 200_000;

export async function runIdleRooms(
  name: ServerName,
  server: ServerProcess,
  workload: TraceWorkload,
  devices: DevicePool,
  opts: BenchOptions,
  log: (line: string) => void,
): Promise<IdleResult> {
  const content = contentUpdate(workload, IDLE_WRITER, opts.idleContentEdits);
  const indexes = Array.from({ length: opts.idleRooms }, (_, i) => i);
  const close: Array<() => void> = [];
  /** Opens one more idle connection to room i. */
  let second: (i: number) => Promise<void>;
  await sleep(200);
  const before = await server.mem(true);

  if (name === 'y-websocket') {
    await inBatches(indexes, 50, async (i) => {
      const c = new YwsThinClient(await openSocket(`${server.url}/idle-${i}`), IDLE_WRITER, () => {});
      c.sendUpdate(content);
      // The reference server echoes an applied update to its sender.
      if (!(await waitUntil(() => c.echoes > 0, 10_000))) throw new Error('content not applied');
      close.push(() => c.close());
    });
    second = async (i) => {
      const c = new YwsThinClient(await openSocket(`${server.url}/idle-${i}`), IDLE_WRITER + 1, () => {});
      close.push(() => c.close());
    };
  } else if (name === 'hocuspocus') {
    await inBatches(indexes, 50, async (i) => {
      const c = new HocuspocusThinClient(await openSocket(server.url), `idle-${i}`, IDLE_WRITER, () => {});
      await c.authenticated;
      c.sendUpdate(content);
      if (!(await waitUntil(() => c.applied > 0, 10_000))) throw new Error('content not applied');
      close.push(() => c.close());
    });
    second = async (i) => {
      const c = new HocuspocusThinClient(await openSocket(server.url), `idle-${i}`, IDLE_WRITER + 1, () => {});
      await c.authenticated;
      close.push(() => c.close());
    };
  } else {
    const device = await devices.get(IDLE_WRITER);
    const key = new Uint8Array(randomBytes(32));
    const rooms = indexes.map(() => newRoomId());
    await inBatches(indexes, 50, async (i) => {
      const room = rooms[i]!;
      const c = await TafelConnection.open(server.url, device, { type: 'create-room', room, accessKey: BENCH_ACCESS_KEY });
      c.send(encodeSubmit(sealNode(key, { kind: 'update', room, epoch: 1, sender: device.id, msgId: 1, baseSeq: 0 }, content)));
      if (!(await waitUntil(() => c.acked > 0, 10_000))) throw new Error('content not acked');
      close.push(() => c.terminate());
    });
    // The same device again, as a second tab would: one more connection, no new room.
    second = async (i) => {
      const c = await TafelConnection.open(server.url, device, { type: 'hello', room: rooms[i]!, since: 1 });
      close.push(() => c.terminate());
    };
  }

  await sleep(1_000);
  const after = await server.mem(true);
  await inBatches(indexes, 50, (i) => second(i));
  await sleep(1_000);
  const withSecond = await server.mem(true);
  const k = opts.idleRooms;
  const heapPerRoom = (after.heapUsed - before.heapUsed) / k;
  const rssPerRoom = (after.rss - before.rss) / k;
  const heapPerExtraConnection = (withSecond.heapUsed - after.heapUsed) / k;
  const rssPerExtraConnection = (withSecond.rss - after.rss) / k;
  const result: IdleResult = {
    rooms: k,
    contentBytes: content.length,
    rssPerRoom,
    heapPerRoom,
    externalPerRoom: (after.external - before.external) / k,
    rssBefore: before.rss,
    rssAfter: after.rss,
    rssPerExtraConnection,
    heapPerExtraConnection,
    heapPerRoomWithoutConnection: heapPerRoom - heapPerExtraConnection,
    rssPerRoomWithoutConnection: rssPerRoom - rssPerExtraConnection,
  };
  log(
    `  idle: ${k} rooms (${content.length} B content each): RSS ${fmt(result.rssPerRoom / 1024, 1)} KiB/room, heap ${fmt(result.heapPerRoom / 1024, 1)} KiB/room; one more connection per room: RSS ${fmt(rssPerExtraConnection / 1024, 1)} KiB, heap ${fmt(heapPerExtraConnection / 1024, 1)} KiB`,
  );
  for (const c of close) c();
  await sleep(500);
  return result;
}
