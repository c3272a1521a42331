/**
 * Co-editing through the real relay: random edits from several clients converge; offline work
 * merges; a killed client loses nothing it had queued; compaction keeps late joiners whole;
 * tampered frames are reported and never applied; the relay's files hold no typed plaintext.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { FrameType, HEADER_BYTES, decodeFrame } from '../../shared/protocol/frames.js';
import { createInvite } from '../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { SecurityAlarm } from '../../shared/sync/integrity/alarms.js';
import { startTestRelay, TEST_ACCESS_KEY, type TestRelay } from '../helpers/startRelay.js';
import { docState, eventually, makeSyncDevice, statusReached, type TestDeviceSetup } from '../helpers/syncHarness.js';

let relay: TestRelay;
beforeEach(async () => {
  relay = await startTestRelay({ limits: { compactAfter: 60 } });
});
afterEach(async () => {
  await relay.stop();
});

/** A seeded PRNG (mulberry32) so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function room(n: number): Promise<{ devices: TestDeviceSetup[]; sessions: CaseSession[] }> {
  const chair = makeSyncDevice('Voorzitter');
  const first = await chair.client.createCase({ relayUrl: relay.wsUrl, accessKey: TEST_ACCESS_KEY, title: 'Gezin Kwartel' });
  const devices = [chair];
  const sessions = [first];
  for (let i = 1; i < n; i++) {
    const invite = await createInvite(first, { role: 'member', requireApproval: false });
    const d = makeSyncDevice(`Expert ${i}`);
    devices.push(d);
    sessions.push(await d.client.joinByInvite(invite.webLink));
  }
  await Promise.all(sessions.map((s) => statusReached(s, (st) => st.state === 'synced', 'synced')));
  return { devices, sessions };
}

async function allConverged(sessions: CaseSession[]): Promise<void> {
  await Promise.all(sessions.map((s) => s.flush()));
  try {
    await eventually(
      () => sessions.every((s) => s.status.state === 'synced') && new Set(sessions.map((s) => docState(s.doc))).size === 1,
      'convergence',
      20_000,
    );
  } catch (error) {
    for (const s of sessions) console.log(JSON.stringify(s.status), s.appliedSeq, docState(s.doc).slice(0, 300));
    throw error;
  }
}

function randomEdit(doc: Y.Doc, rnd: () => number, tag: string): void {
  const text = doc.getText('t');
  const r = rnd();
  if (r < 0.55 || text.length === 0) text.insert(Math.floor(rnd() * (text.length + 1)), `${tag}${Math.floor(rnd() * 1000)} `);
  else if (r < 0.75) text.delete(Math.floor(rnd() * text.length), Math.min(3, text.length));
  else doc.getMap('m').set(`k${Math.floor(rnd() * 12)}`, `${tag}:${Math.floor(rnd() * 1000)}`);
}

describe('co-editing', () => {
  it.each([2, 6, 10])('%i clients with random Y.Text and Y.Map edits converge', async (n) => {
    const seed = Number(process.env['SYNC_SEED'] ?? 20261129) + n;
    const rnd = prng(seed);
    const { sessions } = await room(n);
    for (let round = 0; round < 12; round++) {
      for (const [i, s] of sessions.entries()) if (rnd() < 0.7) randomEdit(s.doc, rnd, `c${i}`);
      await new Promise((r) => setTimeout(r, Math.floor(rnd() * 30)));
    }
    await allConverged(sessions);
    expect(sessions[0]!.doc.getText('t').length + sessions[0]!.doc.getMap('m').size).toBeGreaterThan(0);
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('offline work on the same section merges with the others; nothing is lost', async () => {
    const { sessions } = await room(2);
    const [a, b] = sessions as [CaseSession, CaseSession];
    a.doc.getText('t').insert(0, 'Veiligheidsplan: ');
    await allConverged(sessions);

    a.disconnect();
    a.doc.getText('t').insert(17, 'moeder belt dagelijks. ');
    b.doc.getText('t').insert(17, 'school meldt verzuim. ');
    await a.flush();
    expect(a.status.state).toBe('local-only');
    expect(a.status.pendingChanges).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    a.connect();
    await allConverged(sessions);
    const text = a.doc.getText('t').toString();
    expect(text).toContain('moeder belt dagelijks.');
    expect(text).toContain('school meldt verzuim.');
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('a killed client loses nothing it had queued: a new client on the same store sends it', async () => {
    const { devices, sessions } = await room(2);
    const [a, b] = sessions as [CaseSession, CaseSession];
    a.disconnect();
    for (let i = 0; i < 20; i++) a.doc.getMap('m').set(`offline-${i}`, i);
    await a.flush();
    expect(a.status.pendingChanges).toBeGreaterThan(0);
    // "Kill": abandon the session without destroy(); its queue is only in the local store.
    const device = devices[0]!;
    const revived = await makeSyncDevice('Voorzitter', { store: device.store, vault: device.vault }).client.openCase(a.room);
    expect(revived.doc.getMap('m').get('offline-19')).toBe(19);
    await eventually(() => b.doc.getMap('m').get('offline-19') === 19 && b.doc.getMap('m').size >= 20, 'queued edits reach the other client');
    await statusReached(revived, (s) => s.state === 'synced' && s.pendingChanges === 0, 'revived synced');

    // Killed while online, with updates sent but not yet acknowledged: nothing is lost, nothing doubled.
    for (let i = 0; i < 50; i++) {
      revived.doc.getText('t').insert(0, `r${i};`);
      if (i % 10 === 9) await revived.flush();
    }
    revived.link.stop(1006);
    const again = await makeSyncDevice('Voorzitter', { store: device.store, vault: device.vault }).client.openCase(a.room);
    await eventually(
      () => b.doc.getText('t').toString() === again.doc.getText('t').toString() && again.status.state === 'synced',
      'in-flight edits arrive once',
    );
    expect(b.doc.getText('t').toString().match(/r\d+;/g)?.length).toBe(50);
    await Promise.all([again.destroy(), b.destroy()]);
  });

  it('after compaction a new client gets the full state from snapshot + tail', async () => {
    const { sessions } = await room(2);
    const [a, b] = sessions as [CaseSession, CaseSession];
    for (let i = 0; i < 200; i++) {
      (i % 2 === 0 ? a : b).doc.getText('t').insert(0, `${i};`);
      await (i % 2 === 0 ? a : b).flush();
    }
    await allConverged(sessions);
    const invite = await createInvite(a, { role: 'member', requireApproval: false });
    const late = makeSyncDevice('Laatkomer');
    const c = await late.client.joinByInvite(invite.webLink);
    await statusReached(c, (s) => s.state === 'synced', 'late joiner synced');
    expect(docState(c.doc)).toBe(docState(a.doc));
    const kinds = late.sockets.received.map((f) => decodeFrame(f)).flatMap((f) => (f.ok && f.value.type === 'deliver' ? [f.value.envelope.header.kind] : []));
    expect(kinds[0]).toBe('snapshot');
    expect(kinds.length).toBeLessThan(200);
    await Promise.all([a.destroy(), b.destroy(), c.destroy()]);
  });

  it('a flipped ciphertext byte is reported and not applied', async () => {
    const { devices, sessions } = await room(2);
    const [a, b] = sessions as [CaseSession, CaseSession];
    const reports: SecurityAlarm[] = [];
    b.on('alarm', (r) => reports.push(r));
    devices[1]!.sockets.tamper = (frame) => {
      if (frame[0] === FrameType.deliver) frame[frame.length - 80]! ^= 0x01;
      return frame;
    };
    a.doc.getText('t').insert(0, 'GEMANIPULEERD');
    await a.flush();
    // Any changed byte breaks the sender's signature, which is checked before anything is opened.
    await eventually(() => reports.some((r) => r.kind === 'forged-frame' && r.device === a.device.id), 'tamper reported');
    expect(b.doc.getText('t').toString()).not.toContain('GEMANIPULEERD');
    expect(b.status.alarms).toBeGreaterThan(0);

    // A changed header byte (the AAD) fails the same way.
    devices[1]!.sockets.tamper = (frame) => {
      if (frame[0] === FrameType.deliver) frame[9 + HEADER_BYTES - 5]! ^= 0x01;
      return frame;
    };
    const before = reports.length;
    a.doc.getMap('m').set('x', 'GEMANIPULEERD-2');
    await a.flush();
    await eventually(() => reports.length > before, 'header tamper reported');
    expect(b.doc.getMap('m').get('x')).toBeUndefined();
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it('a missing frame (seq gap) is noticed and fetched again', async () => {
    const { devices, sessions } = await room(2);
    const [a, b] = sessions as [CaseSession, CaseSession];
    let dropped = 0;
    devices[1]!.sockets.tamper = (frame) => {
      if (frame[0] === FrameType.deliver && dropped === 0) {
        dropped++;
        return null;
      }
      return frame;
    };
    a.doc.getText('t').insert(0, 'eerste ');
    await a.flush();
    await eventually(() => dropped === 1, 'one frame dropped');
    a.doc.getText('t').insert(0, 'tweede ');
    await a.flush();
    await eventually(() => b.doc.getText('t').toString() === 'tweede eerste ', 'the dropped frame arrives after a re-login');
    await statusReached(b, (s) => s.state === 'synced' && s.alarms === 0, 'b synced');
    expect(b.appliedSeq).toBe(a.appliedSeq);
    await Promise.all(sessions.map((s) => s.destroy()));
  });

  it("the relay's database, WAL and logs hold none of the typed plaintext", async () => {
    const { devices, sessions } = await room(3);
    const [a, b, c] = sessions as [CaseSession, CaseSession, CaseSession];
    a.doc.getText('t').insert(0, 'Gezin Kwartel: vader Joost Kwartel, kinderen Ilse en Bram. ');
    b.doc.getMap('m').set('hypothese', 'Spanning rond schulden bij Kwartelstraat 12');
    c.awareness.setLocalStateField('user', { name: 'Expert 2', caret: 'Zorgmelding Kwartel' });
    await allConverged(sessions);
    await Promise.all(sessions.map((s) => s.destroy()));
    const secrets = ['Gezin Kwartel', 'Joost Kwartel', 'Kwartelstraat', 'Zorgmelding', 'Kwartel'];
    const caseKey = (await devices[0]!.client.keys.caseKeys(a.room)).get(1)!;
    const files = fs.readdirSync(relay.dataDir).map((f) => path.join(relay.dataDir, f));
    expect(files.some((f) => f.endsWith('relay.db'))).toBe(true);
    const blobs = [...files.map((f) => fs.readFileSync(f)), Buffer.from(relay.logLines.join('\n'))];
    for (const blob of blobs) {
      for (const s of secrets) {
        expect(blob.includes(Buffer.from(s, 'utf8'))).toBe(false);
        expect(blob.includes(Buffer.from(s, 'utf16le'))).toBe(false);
      }
      expect(blob.includes(Buffer.from(caseKey))).toBe(false);
      expect(blob.includes(Buffer.from(Buffer.from(caseKey).toString('base64url')))).toBe(false);
    }
  });
});
