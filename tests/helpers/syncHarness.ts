/**
 * Real sync clients for integration tests: `SyncClient`s with Node's WebCrypto, real `ws`
 * WebSockets, an in-memory vault per device and a local store (memory by default). The socket
 * port can be pointed at another relay address (a relay restarted on a new port).
 */
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import type { HostVault } from '../../shared/host/hostApi.js';
import { webSocketPort, type SocketPort } from '../../shared/platform/socketPort.js';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { LocalCaseStore } from '../../shared/sync/local/localCaseStore.js';
import { MemoryCaseStore } from '../../shared/sync/local/memoryCaseStore.js';
import type { SecurityAlarm } from '../../shared/sync/integrity/alarms.js';
import type { SyncStatus } from '../../shared/sync/session/status.js';
import { SyncClient } from '../../shared/sync/session/syncClient.js';

/** A HostVault in memory (what the host's vault would keep, without the at-rest protection). */
export class MemoryVault implements HostVault {
  readonly entries = new Map<string, Uint8Array>();
  async isUnlocked() {
    return true;
  }
  async unlock() {
    return { ok: true as const, value: undefined };
  }
  async get(name: string) {
    return { ok: true as const, value: this.entries.get(name)?.slice() ?? null };
  }
  async put(name: string, value: Uint8Array) {
    this.entries.set(name, value.slice());
    return { ok: true as const, value: undefined };
  }
  async delete(name: string) {
    this.entries.delete(name);
    return { ok: true as const, value: undefined };
  }
}

/** A socket port whose target can be changed (every URL is rewritten to `target`). */
export class RedirectingSockets implements SocketPort {
  private readonly inner = webSocketPort(WebSocket);
  /** Every binary frame received, as the relay sent it (for tests that inspect ciphertext). */
  readonly received: Uint8Array[] = [];
  /** Changes inbound binary frames before the client sees them (a tampering relay or network); null drops the frame. */
  tamper: ((frame: Uint8Array) => Uint8Array | null) | undefined;
  constructor(public target: string | undefined = undefined) {}
  connect(url: string, events: Parameters<SocketPort['connect']>[1]) {
    return this.inner.connect(this.target ?? url, {
      ...events,
      binary: (data) => {
        this.received.push(data.slice());
        const frame = this.tamper === undefined ? data : this.tamper(data.slice());
        if (frame !== null) events.binary(frame);
      },
    });
  }
}

export interface TestDeviceSetup {
  readonly name: string;
  readonly client: SyncClient;
  readonly vault: MemoryVault;
  readonly store: LocalCaseStore;
  readonly sockets: RedirectingSockets;
}

/** A device: its own vault, local store and sync client. */
export function makeSyncDevice(
  name: string,
  options: {
    store?: LocalCaseStore;
    vault?: MemoryVault;
    sockets?: RedirectingSockets;
    organisation?: string;
    withheldGraceMs?: number;
    now?: () => number;
    removalChecksMs?: readonly number[];
    allowUnprotected?: (relayUrl: string) => Promise<boolean>;
  } = {},
): TestDeviceSetup {
  const vault = options.vault ?? new MemoryVault();
  const store = options.store ?? new MemoryCaseStore();
  const sockets = options.sockets ?? new RedirectingSockets();
  const client = new SyncClient({
    crypto: globalThis.crypto,
    sockets,
    store,
    vault,
    label: { name, organisation: options.organisation ?? 'Veilig Thuis' },
    ...(options.withheldGraceMs === undefined ? {} : { withheldGraceMs: options.withheldGraceMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.removalChecksMs === undefined ? {} : { removalChecksMs: options.removalChecksMs }),
    ...(options.allowUnprotected === undefined ? {} : { allowUnprotected: options.allowUnprotected }),
  });
  return { name, client, vault, store, sockets };
}

/** Waits until `check` is true, polling; throws with `what` after the timeout. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timeout: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits for a session status matching `pred`. */
export function statusReached(session: CaseSession, pred: (s: SyncStatus) => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  return eventually(() => pred(session.status), `${what} (last: ${JSON.stringify(session.status)})`, timeoutMs);
}

/** A canonical JSON view of a document's shared types used in the tests. */
export function docState(doc: Y.Doc): string {
  const map = doc.getMap('m').toJSON();
  return JSON.stringify({
    text: doc.getText('t').toString(),
    map: Object.keys(map)
      .sort()
      .map((k) => [k, map[k]]),
  });
}

/** Someone who joins a shared room (see `sharedRoom`). */
export interface Joiner {
  readonly name: string;
  readonly role?: 'member' | 'observer' | 'admin';
  readonly organisation?: string;
}

/**
 * A case on `relayUrl` with a chair and the given people, joined by invite (no approval), all
 * synced and in the chair's membership log. `withheldGraceMs` shortens the integrity watch's grace.
 */
export async function sharedRoom(
  relayUrl: string,
  accessKey: string,
  joiners: readonly Joiner[],
  options: { withheldGraceMs?: number } = {},
): Promise<{ devices: TestDeviceSetup[]; sessions: CaseSession[] }> {
  const grace = options.withheldGraceMs === undefined ? {} : { withheldGraceMs: options.withheldGraceMs };
  const chair = makeSyncDevice('Voorzitter', grace);
  const first = await chair.client.createCase({ relayUrl, accessKey, title: 'Gezin Kwartel' });
  const devices = [chair];
  const sessions = [first];
  for (const j of joiners) {
    const invite = await createInvite(first, { role: j.role ?? 'member', requireApproval: false });
    const d = makeSyncDevice(j.name, { ...grace, ...(j.organisation === undefined ? {} : { organisation: j.organisation }) });
    devices.push(d);
    sessions.push(await d.client.joinByInvite(invite.webLink));
  }
  await Promise.all(sessions.map((s) => statusReached(s, (st) => st.state === 'synced', 'synced')));
  await eventually(() => sessions.every((s) => first.log.members.get(s.device.id)?.status === 'active'), 'everyone in the chair’s log');
  return { devices, sessions };
}

/** A case on `relayUrl` with a chair and n−1 experts (joined by invite), all synced. */
export function openSharedRoom(relayUrl: string, accessKey: string, n: number): Promise<{ devices: TestDeviceSetup[]; sessions: CaseSession[] }> {
  return sharedRoom(
    relayUrl,
    accessKey,
    Array.from({ length: n - 1 }, (_, i) => ({ name: `Expert ${i + 1}` })),
  );
}

/** Flushes every session and waits until all hold the same document and are synced. */
export async function converged(sessions: readonly CaseSession[], what = 'converged'): Promise<void> {
  await Promise.all(sessions.map((s) => s.flush()));
  await eventually(() => new Set(sessions.map((s) => docState(s.doc))).size === 1 && sessions.every((s) => s.status.state === 'synced'), what, 20_000);
}

/** The security alarms a session raises from now on. */
export function alarmsOf(session: CaseSession): SecurityAlarm[] {
  const out: SecurityAlarm[] = [];
  session.on('alarm', (a) => out.push(a));
  return out;
}

/** The same device again after a restart: a new SyncClient on its vault and local store. */
export function sameDeviceAgain(device: TestDeviceSetup): TestDeviceSetup {
  return makeSyncDevice(device.name, { store: device.store, vault: device.vault });
}
