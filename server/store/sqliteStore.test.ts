// The SQLite store: the shared store contract, plus what only a file shows — its permissions,
// migrations, and that an erased room's ciphertext is gone from the file and its WAL.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeEnvelopeHeader, encodeSignedPart } from '../../shared/protocol/frames.js';
import { fromBase64Url, toBase64Url, type DeviceId, type RoomId } from '../../shared/protocol/ids.js';
import { deviceFields, relayStoreContract } from '../../tests/helpers/relayStoreContract.js';
import type { RelayStore } from './relayStore.js';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from './sqliteSchema.js';
import { SqliteRelayStore } from './sqliteStore.js';

const dirs: string[] = [];
const files = new WeakMap<RelayStore, string>();
const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-store-'));
  dirs.push(dir);
  return path.join(dir, 'relay.db');
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

relayStoreContract('SQLite', {
  concurrentHandles: false,
  async open() {
    const file = tempFile();
    const s = SqliteRelayStore.open(file);
    files.set(s, file);
    return s;
  },
  async reopen(s) {
    const file = files.get(s)!;
    await s.close();
    const again = SqliteRelayStore.open(file);
    files.set(again, file);
    return again;
  },
});

describe('SqliteRelayStore', () => {
  it('creates its file owner-only, in WAL mode', async () => {
    const file = path.join(path.dirname(tempFile()), 'sub', 'relay.db');
    const s = SqliteRelayStore.open(file);
    await s.close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });

  it('migrates a version-3 database and refuses one written by a newer relay', async () => {
    const file = tempFile();
    const old = new Database(file);
    // What a relay of schema version 3 left behind (the script it ran), with a room in it.
    old.exec(SQLITE_MIGRATIONS.find((m) => m.version === 3)!.sql);
    old.exec("INSERT INTO rooms VALUES ('r', 'k', 1, 1, 0, 0)");
    old.pragma('user_version = 3');
    old.close();
    const s = SqliteRelayStore.open(file);
    expect((await s.getRoom('r' as RoomId))?.accessKeyId).toBe('k');
    expect(await s.tombstone('r' as RoomId)).toBeUndefined(); // the version-4 table exists, with version 5's column
    await s.close();
    const newer = new Database(file);
    newer.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    newer.close();
    expect(() => SqliteRelayStore.open(file)).toThrow(/schema version 6, this relay knows up to 5/);
  });

  it('leaves no byte of an erased room’s ciphertext or raw room id in the database file or its WAL', async () => {
    const file = tempFile();
    const s = SqliteRelayStore.open(file);
    const room = toBase64Url(randomBytes(16)) as RoomId;
    const admin = toBase64Url(randomBytes(16)) as DeviceId;
    await s.createRoom({ id: room, accessKeyId: 'k', createdAt: 1 }, deviceFields(admin), 10, 'genesis');
    const secret = randomBytes(48); // stands for a frame's ciphertext
    const envelope = (msgId: number, kind: 'update' | 'snapshot' = 'update', baseSeq = 0) =>
      encodeEnvelope(
        encodeSignedPart(
          encodeEnvelopeHeader({ kind, room, epoch: 1, sender: admin, msgId, baseSeq, plaintextLength: 32 }),
          randomBytes(12),
          Buffer.concat([secret, randomBytes(msgId % 7)]),
        ),
        randomBytes(64),
      );
    // Large frames too (overflow pages), and a compaction that frees pages before the erasure.
    for (let i = 1; i <= 40; i++)
      await s.appendUpdates([
        { room, sender: admin, msgId: i, epoch: 1, envelope: i % 5 === 0 ? new Uint8Array(Buffer.concat([envelope(i), randomBytes(9000)])) : envelope(i) },
      ]);
    await s.putSnapshot({ room, baseSeq: 10, sender: admin, msgId: 100, epoch: 1, envelope: envelope(100, 'snapshot', 10) });
    await s.putSnapshot({ room, baseSeq: 30, sender: admin, msgId: 101, epoch: 1, envelope: envelope(101, 'snapshot', 30) });
    const rawRoom = Buffer.from(fromBase64Url(room)!);
    const bytesOnDisk = () => Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytesOnDisk().includes(secret)).toBe(true); // the scan can see it while it is there
    expect(await s.eraseRoom(room, Date.now())).toBe(true);
    const after = bytesOnDisk();
    expect(after.includes(secret)).toBe(false);
    expect(after.includes(rawRoom)).toBe(false);
    await s.close();
    expect(bytesOnDisk().includes(secret)).toBe(false);
  });
});
