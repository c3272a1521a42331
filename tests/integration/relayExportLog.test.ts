// Every export is recorded in the case's access log: reported by the exporting device with ids only.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ACCESS_KEY, startTestRelay, type TestRelay } from '../helpers/startRelay.js';
import { TestClient, makeDevice, newInviteToken, newRoomId } from '../helpers/relayClient.js';
import type { Role, RoomId } from '../../shared/protocol/index.js';

let relay: TestRelay | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await relay?.stop();
  relay = undefined;
});

async function roomWithMember(r: TestRelay, role: Role): Promise<{ room: RoomId; admin: TestClient; member: TestClient }> {
  const room = newRoomId();
  const admin = await TestClient.connect(r.wsUrl, await makeDevice('Voorzitter', 'Veilig Thuis'), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
  clients.push(admin);
  const t = newInviteToken();
  expect(
    await admin.request({ type: 'create-invite', tokenHash: t.tokenHash, role, expiresAt: Date.now() + 60_000, package: 'c2VhbGVk', requireApproval: false }),
  ).toMatchObject({ type: 'ok' });
  const member = await TestClient.connect(r.wsUrl, await makeDevice('Expert', 'Jeugdbescherming'), { type: 'redeem', room, token: t.token });
  clients.push(member);
  return { room, admin, member };
}

describe('export events in the access log', () => {
  it('a member and an observer log exports; the chair reads them back with who and which role', async () => {
    const r = (relay = await startTestRelay());
    const { admin, member } = await roomWithMember(r, 'member');
    expect(await member.request({ type: 'log-export', detail: 'plan:pdf:v-12ab:org-reclassering-7' })).toMatchObject({ type: 'ok' });
    const answer = await admin.request({ type: 'get-access-log' });
    if (answer.type !== 'access-log') throw new Error(`unexpected ${answer.type}`);
    const exportEntry = answer.entries.find((e) => e.event === 'export');
    expect(exportEntry).toMatchObject({
      deviceId: member.device.id,
      name: 'Expert',
      organisation: 'Jeugdbescherming',
      role: 'member',
      detail: 'plan:pdf:v-12ab:org-reclassering-7',
    });
  });

  it('allows observers to log what they exported', async () => {
    const r = (relay = await startTestRelay());
    const { member: observer } = await roomWithMember(r, 'observer');
    expect(await observer.request({ type: 'log-export', detail: 'verslag:markdown:v1:org1' })).toMatchObject({ type: 'ok' });
  });

  it('takes the export of a working version with proposals (no version id: "werkversie")', async () => {
    const r = (relay = await startTestRelay());
    const { admin, member } = await roomWithMember(r, 'member');
    expect(await member.request({ type: 'log-export', detail: 'werkversie:docx:werkversie:org-politie' })).toMatchObject({ type: 'ok' });
    const answer = await admin.request({ type: 'get-access-log' });
    if (answer.type !== 'access-log') throw new Error(`unexpected ${answer.type}`);
    expect(answer.entries.find((e) => e.event === 'export')?.detail).toBe('werkversie:docx:werkversie:org-politie');
  });

  it('refuses content-like or overlong detail and stores nothing; no names reach the SQLite file', async () => {
    const r = (relay = await startTestRelay());
    const room = newRoomId();
    const admin = await TestClient.connect(r.wsUrl, await makeDevice('Voorzitter', 'Veilig Thuis'), { type: 'create-room', room, accessKey: TEST_ACCESS_KEY });
    clients.push(admin);
    for (const detail of ['plan:pdf:Plan voor Reclassering Jansen:org1', `plan:pdf:${'a'.repeat(200)}:org1`, 'brief:pdf:v1:org1']) {
      const t = newInviteToken();
      await admin.request({
        type: 'create-invite',
        tokenHash: t.tokenHash,
        role: 'member',
        expiresAt: Date.now() + 60_000,
        package: 'c2VhbGVk',
        requireApproval: false,
      });
      const member = await TestClient.connect(r.wsUrl, await makeDevice('Expert', 'Jeugdbescherming'), { type: 'redeem', room, token: t.token });
      clients.push(member);
      await member.request({ type: 'log-export', detail }).catch(() => undefined);
      expect((await member.closed).code).toBe(4400);
    }
    const answer = await admin.request({ type: 'get-access-log' });
    if (answer.type !== 'access-log') throw new Error(`unexpected ${answer.type}`);
    expect(answer.entries.filter((e) => e.event === 'export')).toEqual([]);
    const files = fs.readdirSync(r.dataDir).map((f) => fs.readFileSync(path.join(r.dataDir, f)).toString('latin1'));
    expect(files.some((f) => f.includes('Jansen') || f.includes('Reclassering'))).toBe(false);
  });
});
