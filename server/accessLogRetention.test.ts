import { describe, expect, it } from 'vitest';
import type { RoomId } from '../shared/protocol/ids.js';
import { AccessLogRetention } from './accessLogRetention.js';
import { silentLogger } from './log.js';
import { SqliteRelayStore } from './store/sqliteStore.js';

const DAY = 24 * 60 * 60 * 1000;
const room = 'AAAAAAAAAAAAAAAAAAAAAA' as RoomId;

describe('access log retention', () => {
  it("deletes an erased room's access log once its term after the erasure has passed, not before", async () => {
    const store = SqliteRelayStore.open(':memory:');
    const device = { id: 'BBBBBBBBBBBBBBBBBBBBBB' as never, signPublicKey: 's', boxPublicKey: 'b', name: 'N', organisation: 'O', addedAt: 1 };
    await store.createRoom({ id: room, accessKeyId: 'k', createdAt: 1 }, device, 10, 'genesis');
    await store.appendAccessLog({ room, at: 2, deviceId: null, name: '', organisation: '', role: null, event: 'connect', address: '::1', detail: '' });
    const erasedAt = 1_000 * DAY;
    await store.eraseRoom(room, erasedAt, 'entry');
    let now = erasedAt + 30 * DAY;
    const retention = new AccessLogRetention(store, 31, silentLogger, () => now);
    expect(await retention.purge()).toBe(0);
    expect(await store.readAccessLog(room, undefined, 10)).toHaveLength(1);
    now = erasedAt + 31 * DAY + 1;
    expect(await retention.purge()).toBe(1);
    expect(await store.readAccessLog(room, undefined, 10)).toEqual([]);
    expect((await store.tombstone(room))?.entry).toBe('entry');
    await store.close();
  });
});
