import { describe, expect, it } from 'vitest';
import type { DeviceId } from '../../../shared/protocol/ids.js';
import type { AccessLogEntry } from '../../../shared/protocol/messages.js';
import { logRows } from './logRows.js';

const entry = (at: number, name: string, event: AccessLogEntry['event']): AccessLogEntry => ({
  at,
  deviceId: name as DeviceId,
  name,
  organisation: '',
  role: 'member',
  event,
  address: '127.0.0.1',
  detail: '',
});

describe('logRows', () => {
  it('shows each connection as one row with its end, interleaved devices kept apart, nothing dropped', () => {
    const newestFirst = [
      entry(90, 'b', 'export'),
      entry(80, 'a', 'connect'),
      entry(70, 'b', 'disconnect'),
      entry(60, 'a', 'disconnect'),
      entry(50, 'b', 'connect'),
      entry(40, 'a', 'disconnect'),
      entry(30, 'a', 'connect'),
    ];
    // a: 30–40 is one connection; the disconnect at 60 has no open connect (a reconnect raced the
    // old socket's close) and stays a row; a's connect at 80 is still open. b: 50–70.
    const rows = logRows(newestFirst).map((r) => [r.entry.at, r.entry.deviceId, r.entry.event, r.until]);
    expect(rows).toEqual([
      [90, 'b', 'export', null],
      [80, 'a', 'connect', null],
      [60, 'a', 'disconnect', null],
      [50, 'b', 'connect', 70],
      [30, 'a', 'connect', 40],
    ]);
  });
});
