/**
 * Two relay nodes behind a real HAProxy, real sync clients connected through it:
 * - kill -9 of one node while the clients stream 1,000 updates: every acknowledged update is
 *   kept, the clients fail over through HAProxy to the other node and converge;
 * - a PostgreSQL restart under load: the nodes report 503 on /healthz and refuse writes with
 *   "retry", recover by themselves, and nothing acknowledged is lost.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
import type { LocalCaseStore } from '../../shared/sync/local/localCaseStore.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import { startRelayCluster, type RelayCluster } from '../helpers/relayCluster.js';
import { TEST_ACCESS_KEY } from '../helpers/startRelay.js';
import { docState, eventually, makeSyncDevice, statusReached } from '../helpers/syncHarness.js';

let cluster: RelayCluster | undefined;
afterEach(async () => {
  stores.length = 0;
  await cluster?.stop();
  cluster = undefined;
});

/** A case with a chair and two experts, all connected through HAProxy (round robin spreads them over both nodes). */
const stores: LocalCaseStore[] = [];

async function caseThroughHaproxy(c: RelayCluster): Promise<CaseSession[]> {
  const relayUrl = c.haproxy.wsUrl;
  const device = (name: string) => {
    const d = makeSyncDevice(name);
    stores.push(d.store);
    return d;
  };
  const chair = await device('Voorzitter').client.createCase({ relayUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
  const sessions = [chair];
  for (const name of ['Expert A', 'Expert B']) {
    const invite = await createInvite(chair, { role: 'member', requireApproval: false });
    sessions.push(await device(name).client.joinByInvite(invite.webLink));
  }
  await Promise.all(sessions.map((s) => statusReached(s, (st) => st.state === 'synced', 'synced')));
  return sessions;
}

/** Waits for every session synced with one state; on a timeout says where each one stood, and what the nodes logged last. */
async function converged(c: RelayCluster, sessions: readonly CaseSession[], what: string): Promise<void> {
  try {
    await eventually(() => sessions.every((s) => s.status.state === 'synced') && new Set(sessions.map((s) => docState(s.doc))).size === 1, what, 90_000);
  } catch (error) {
    for (const s of sessions) console.log(JSON.stringify(s.status), s.doc.getMap('m').size);
    for (const d of stores) console.log(JSON.stringify(await d.listAlarms()));
    for (const [i, n] of c.nodes.entries()) {
      if (process.env.TAFEL_DEBUG_DIR !== undefined) fs.writeFileSync(`${process.env.TAFEL_DEBUG_DIR}/node${i}.log`, n.output());
      console.log(n.output().split('\n').slice(-30).join('\n'));
    }
    throw error;
  }
}

/** Keys of the shared map each session had acknowledged (nothing pending) at this moment. */
function acknowledged(sessions: readonly CaseSession[]): Set<string> {
  const keys = new Set<string>();
  for (const s of sessions) if (s.status.pendingChanges === 0) for (const k of s.doc.getMap('m').keys()) keys.add(k);
  return keys;
}

async function health(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/healthz`)).status;
  } catch {
    return 0;
  }
}

describe('relay nodes behind HAProxy', () => {
  it('lose nothing acknowledged when one node is killed mid-stream; clients fail over and converge', { timeout: 180_000 }, async () => {
    cluster = await startRelayCluster();
    const sessions = await caseThroughHaproxy(cluster);
    const total = 1000;
    let acked = new Set<string>();
    let killed = false;
    const streaming = (async () => {
      for (let i = 0; i < total; i++) {
        const s = sessions[i % sessions.length]!;
        s.doc.getMap('m').set(`u${i}`, i);
        if (i % 5 === 4) await s.flush();
        if (i === 400) {
          // What the relays acknowledged so far (the first 400), then more in flight when the node dies.
          await Promise.all(sessions.map((x) => x.flush()));
          await eventually(() => sessions.every((x) => x.status.pendingChanges === 0), 'first 400 acknowledged');
          acked = acknowledged(sessions);
          for (let k = 0; k < 30; k++) sessions[k % sessions.length]!.doc.getMap('m').set(`w${k}`, k);
          await Promise.all(sessions.map((x) => x.flush()));
          cluster!.nodes[0]!.child.kill('SIGKILL');
          await cluster!.nodes[0]!.exited;
          killed = true;
        }
        if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
      }
      await Promise.all(sessions.map((s) => s.flush()));
    })();
    await eventually(() => killed, 'node A killed');
    await streaming;
    await converged(cluster, sessions, 'convergence on node B');
    const map = sessions[0]!.doc.getMap('m');
    for (let i = 0; i < total; i++) expect(map.get(`u${i}`)).toBe(i);
    for (let k = 0; k < 30; k++) expect(map.get(`w${k}`)).toBe(k);
    expect(acked.size).toBeGreaterThanOrEqual(400);
    for (const key of acked) expect(map.has(key)).toBe(true);
    // A device joining now rebuilds everything from the surviving node alone.
    const invite = await createInvite(sessions[0]!, { role: 'observer', requireApproval: false });
    const fresh = await makeSyncDevice('Laatkomer').client.joinByInvite(invite.webLink);
    await statusReached(fresh, (s) => s.state === 'synced', 'fresh device synced');
    await eventually(() => docState(fresh.doc) === docState(sessions[0]!.doc), 'fresh device has everything');
    await Promise.all([...sessions, fresh].map((s) => s.destroy()));
  });

  it('report 503 while PostgreSQL restarts, refuse writes with retry, recover, and lose nothing acknowledged', { timeout: 180_000 }, async () => {
    cluster = await startRelayCluster();
    const c = cluster;
    const sessions = await caseThroughHaproxy(c);
    let acked = new Set<string>();
    let i = 0;
    let writing = true;
    const load = (async () => {
      while (writing) {
        const s = sessions[i % sessions.length]!;
        s.doc.getMap('m').set(`u${i}`, i);
        i++;
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    await eventually(() => i > 100, 'load running');
    await eventually(() => (acked = acknowledged(sessions)).size > 50, 'acknowledged writes');
    const statuses: number[] = [];
    const watch = setInterval(() => void health(c.nodes[0]!.url).then((s) => statuses.push(s)), 100);
    // Down for 3 s: long enough for both nodes' probes to notice.
    await c.postgres.restart(3_000);
    await eventually(async () => (await health(c.nodes[0]!.url)) === 200 && (await health(c.nodes[1]!.url)) === 200, 'both nodes healthy again', 30_000);
    clearInterval(watch);
    expect(statuses).toContain(503);
    const last = i;
    await eventually(() => i > last + 100, 'writing again');
    writing = false;
    await load;
    await Promise.all(sessions.map((s) => s.flush()));
    await converged(c, sessions, 'convergence after the restart');
    const map = sessions[0]!.doc.getMap('m');
    for (let k = 0; k < i; k++) expect(map.get(`u${k}`)).toBe(k);
    for (const key of acked) expect(map.has(key)).toBe(true);
    const logs = c.nodes.map((n) => n.output()).join('\n');
    expect(logs).toContain('store-unwritable');
    expect(logs).toContain('store-writable');
    await Promise.all(sessions.map((s) => s.destroy()));
  });
});
