/**
 * Tafel's real sync client (shared/sync: SyncClient → CaseSession, WebCrypto, real `ws`) in the
 * late-join and reconnect-storm scenarios. Devices get an in-memory vault and case store, as the
 * integration tests use (tests/helpers/syncHarness.ts).
 */
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  webSocketPort,
  type SocketEvents,
  type SocketHandle,
  type SocketPort,
  type WebSocketConstructorShape,
} from '../../../../shared/platform/socketPort.js';
import { createInvite } from '../../../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../../../shared/sync/session/caseSession.js';
import { MemoryCaseStore } from '../../../../shared/sync/local/memoryCaseStore.js';
import { SyncClient } from '../../../../shared/sync/session/syncClient.js';
import { MemoryVault } from '../../../helpers/syncHarness.js';
import { inBatches } from '../clients/types.js';
import { nullAeadCrypto } from '../nullAead.js';
import { BENCH_ACCESS_KEY } from '../servers/tafelServer.js';
import type { ServerProcess } from '../servers.js';
import { waitUntil } from '../stats.js';
import type { LateJoinResult, StormClient } from '../results.js';

/** Counts what a device's sockets receive and when they open (wraps the real WebSocket port). */
class CountingSockets implements SocketPort {
  private readonly inner = webSocketPort(WebSocket as unknown as WebSocketConstructorShape);
  frames = 0;
  bytes = 0;
  lastOpenAt = 0;
  connect(url: string, events: SocketEvents): SocketHandle {
    return this.inner.connect(url, {
      ...events,
      open: () => {
        this.lastOpenAt = performance.now();
        events.open();
      },
      binary: (data) => {
        this.frames++;
        this.bytes += data.byteLength;
        events.binary(data);
      },
    });
  }
}

export interface RealDevice {
  readonly client: SyncClient;
  readonly sockets: CountingSockets;
}

/**
 * A device running the real client: its own vault, local store and WebSocket port.
 * `encrypt: false` is the benchmark-only switch (lib/nullAead.ts): every device of the room must use it.
 */
export function realDevice(name: string, options: { encrypt?: boolean } = {}): RealDevice {
  const sockets = new CountingSockets();
  const crypto = options.encrypt === false ? nullAeadCrypto(globalThis.crypto) : globalThis.crypto;
  const client = new SyncClient({ crypto, sockets, store: new MemoryCaseStore(), vault: new MemoryVault(), label: { name, organisation: 'Benchmark' } });
  return { client, sockets };
}

function synced(session: CaseSession, timeoutMs = 60_000): Promise<boolean> {
  return waitUntil(() => session.status.state === 'synced' && session.status.pendingChanges === 0, timeoutMs, 2);
}

/**
 * Late join through the real client: the chair's session writes E edits, one record each
 * (`flush()` after every edit, so the relay stores E records and asks the chair for snapshots
 * per its compaction policy); a member that joined before and went offline opens the case
 * again. Clock: `openCase` (keys from the vault, local store, connect, login) → 'synced' with
 * every frame decrypted and applied.
 */
export async function realClientLateJoin(server: ServerProcess, updates: readonly Uint8Array[], expected: string): Promise<LateJoinResult> {
  const chair = realDevice('Voorzitter');
  const session = await chair.client.createCase({ relayUrl: server.url, accessKey: BENCH_ACCESS_KEY, title: 'Benchmark' });
  if (!(await synced(session))) throw new Error('chair not synced');
  const invite = await createInvite(session, { role: 'member', requireApproval: false });
  const late = realDevice('Laatkomer');
  const first = await late.client.joinByInvite(invite.webLink);
  if (!(await synced(first))) throw new Error('member not synced');
  const room = first.room;
  await first.destroy();

  for (const u of updates) {
    Y.applyUpdate(session.doc, u);
    await session.flush();
  }
  if (!(await synced(session, 120_000))) throw new Error(`chair did not store every edit: ${JSON.stringify(session.status)}`);

  const before = { frames: late.sockets.frames, bytes: late.sockets.bytes };
  const started = performance.now();
  const again = await late.client.openCase(room);
  const ok = await synced(again, 60_000);
  const syncMs = performance.now() - started;
  const frames = late.sockets.frames - before.frames;
  const bytes = late.sockets.bytes - before.bytes;
  const text = again.doc.getText('t').toString();
  await Promise.all([again.destroy(), session.destroy()]);
  if (!ok) throw new Error('late joiner never synced');
  return {
    edits: updates.length,
    syncMs,
    framesReceived: frames,
    bytesReceived: bytes,
    contentMatches: text === expected,
    client: 'real Tafel client (SyncClient.openCase → synced)',
  };
}

/** Storm clients: R rooms of C real sessions each; each room's chair writes a small document. */
export async function realClientStormSetup(server: ServerProcess, rooms: number, perRoom: number, content: Uint8Array): Promise<StormClient[]> {
  const perRoomClients = await inBatches(
    Array.from({ length: rooms }, (_, r) => r),
    5,
    async (r) => {
      const chair = realDevice(`Voorzitter ${r}`);
      const session = await chair.client.createCase({ relayUrl: server.url, accessKey: BENCH_ACCESS_KEY, title: `Storm ${r}` });
      Y.applyUpdate(session.doc, content);
      const sessions = [session];
      const devices = [chair];
      for (let i = 1; i < perRoom; i++) {
        const invite = await createInvite(session, { role: 'member', requireApproval: false });
        const d = realDevice(`Expert ${r}.${i}`);
        devices.push(d);
        sessions.push(await d.client.joinByInvite(invite.webLink));
      }
      if (!(await waitUntil(() => sessions.every((s) => s.status.state === 'synced' && s.doc.getText('t').length > 0), 60_000, 10)))
        throw new Error('storm room did not sync');
      return sessions.map((s, i) => {
        const sockets = devices[i]!.sockets;
        // After the kill: connected = the device's socket opened again; synced = back to 'synced'.
        let lost = false;
        const c: StormClient = {
          connectedAt: 0,
          syncedAt: 0,
          arm: () => {
            lost = false;
          },
          destroy: () => void s.destroy(),
        };
        s.on('status', (status) => {
          if (status.state !== 'synced') lost = true;
          else if (lost && c.syncedAt === 0) {
            c.syncedAt = performance.now();
            c.connectedAt = sockets.lastOpenAt;
          }
        });
        return c;
      });
    },
  );
  return perRoomClients.flat();
}
