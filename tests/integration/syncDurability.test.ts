/**
 * kill -9 of the relay while clients stream 1,000 updates: after a restart on the same data
 * directory, every acknowledged update is there, unacknowledged ones are resent from the
 * clients' persistent queues, and all clients converge with nothing lost.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { spawnRelay, type RelayProcess } from '../helpers/relayProcess.js';
import { TEST_ACCESS_KEY } from '../helpers/startRelay.js';
import { docState, eventually, makeSyncDevice, statusReached, type TestDeviceSetup } from '../helpers/syncHarness.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-sync-kill-'));
let relay: RelayProcess | undefined;

afterEach(async () => {
  if (relay !== undefined && relay.child.exitCode === null) {
    relay.child.kill('SIGTERM');
    await relay.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('relay killed mid-stream', () => {
  it('loses no acknowledged update and no queued one; all clients converge', { timeout: 60_000 }, async () => {
    relay = await spawnRelay(dataDir, TEST_ACCESS_KEY);
    const devices: TestDeviceSetup[] = [makeSyncDevice('Voorzitter'), makeSyncDevice('Expert A'), makeSyncDevice('Expert B')];
    for (const d of devices) d.sockets.target = relay.wsUrl;
    const chair = await devices[0]!.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
    const sessions: CaseSession[] = [chair];
    for (const d of devices.slice(1)) {
      const invite = await createInvite(chair, { role: 'member', requireApproval: false });
      sessions.push(await d.client.joinByInvite(invite.webLink));
    }
    await Promise.all(sessions.map((s) => statusReached(s, (st) => st.state === 'synced', 'synced')));

    const acked: Array<Set<string>> = sessions.map(() => new Set());
    const total = 1000;
    let killed = false;
    const streaming = (async () => {
      for (let i = 0; i < total; i++) {
        const who = i % sessions.length;
        const s = sessions[who]!;
        s.doc.getMap('m').set(`u${i}`, i);
        if (i % 5 === 4) await s.flush();
        if (i === 400) {
          // Remember what the relay had acknowledged when it dies.
          for (const [k, x] of sessions.entries()) if (x.status.pendingChanges === 0) for (const key of x.doc.getMap('m').keys()) acked[k]!.add(key);
          relay!.child.kill('SIGKILL');
          await relay!.exited;
          killed = true;
        }
        if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
      }
      await Promise.all(sessions.map((s) => s.flush()));
    })();
    await eventually(() => killed, 'relay killed');
    // Clients keep working offline while the relay is down.
    await eventually(() => sessions.some((s) => s.status.state === 'offline-with-pending-changes'), 'offline with pending changes');
    relay = await spawnRelay(dataDir, TEST_ACCESS_KEY);
    for (const d of devices) d.sockets.target = relay.wsUrl;
    await streaming;

    await eventually(
      () => sessions.every((s) => s.status.state === 'synced') && new Set(sessions.map((s) => docState(s.doc))).size === 1,
      'convergence after restart',
      40_000,
    );
    const map = sessions[0]!.doc.getMap('m');
    for (let i = 0; i < total; i++) expect(map.get(`u${i}`)).toBe(i);
    for (const set of acked) for (const key of set) expect(map.has(key)).toBe(true);

    // A fresh device that joins now rebuilds everything from the relay alone.
    const invite = await createInvite(chair, { role: 'observer', requireApproval: false });
    const late = makeSyncDevice('Laatkomer', { sockets: devices[0]!.sockets });
    const fresh = await late.client.joinByInvite(invite.webLink);
    await statusReached(fresh, (s) => s.state === 'synced', 'fresh device synced');
    expect(docState(fresh.doc)).toBe(docState(sessions[0]!.doc));
    await Promise.all([...sessions, fresh].map((s) => s.destroy()));
  });
});
