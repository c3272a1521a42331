import { describe, expect, it } from 'vitest';
import { toBase64Url, type RoomId } from './ids.js';
import { MAX_CONTROL_MESSAGE_CHARS, PROTOCOL_VERSION, encodeMessage, loginSignedBytes, parseClientMessage, parseRelayMessage } from './messages.js';

const id = (fill: number, n = 16) => toBase64Url(new Uint8Array(n).fill(fill));
const device = { id: id(2), signPublicKey: id(3, 91), boxPublicKey: id(4, 91), label: { name: 'J. de Vries', organisation: 'Veilig Thuis' } };

describe('client messages', () => {
  it('accept every well-formed message', () => {
    const good = [
      { type: 'create-room', v: 2, room: id(1), accessKey: 'k', device, genesis: '{"signed":"{}","sig":""}', signature: id(5, 64) },
      { type: 'hello', v: 2, room: id(1), deviceId: id(2), since: 0, logSince: 3, signature: id(5, 64) },
      { type: 'redeem', v: 1, room: id(1), token: id(6), device, signature: id(5, 64) },
      { type: 'put-keys', epoch: 2, entries: [{ deviceId: id(2), wrapped: id(7, 120) }] },
      { type: 'create-invite', id: 'r1', tokenHash: id(8, 32), role: 'member', expiresAt: 1_900_000_000_000, package: id(9, 300), requireApproval: false },
      { type: 'revoke-invite', tokenHash: id(8, 32) },
      { type: 'list-invites' },
      { type: 'remove-device', deviceId: id(2) },
      { type: 'approve-device', deviceId: id(2) },
      { type: 'set-role', deviceId: id(2), role: 'observer' },
      { type: 'append-log', index: 4, entry: '{"signed":"{}","sig":""}' },
      { type: 'get-log', since: 2 },
      { type: 'get-access-log', limit: 10 },
    ];
    for (const m of good) {
      const r = parseClientMessage(JSON.stringify(m));
      expect(r.ok, JSON.stringify(m)).toBe(true);
    }
  });

  it.each([
    ['not JSON', '{type:'],
    ['JSON but not an object', '42'],
    ['unknown type', JSON.stringify({ type: 'drop-table' })],
    ['relay message sent by a client', JSON.stringify({ type: 'ack', msgId: 1, seq: 1 })],
    ['room id not canonical', JSON.stringify({ type: 'hello', v: 1, room: 'abc', deviceId: id(2), since: 0, logSince: 0, signature: id(5, 64) })],
    ['negative since', JSON.stringify({ type: 'hello', v: 1, room: id(1), deviceId: id(2), since: -1, logSince: 0, signature: id(5, 64) })],
    ['fractional since', JSON.stringify({ type: 'hello', v: 1, room: id(1), deviceId: id(2), since: 1.5, logSince: 0, signature: id(5, 64) })],
    ['short signature', JSON.stringify({ type: 'hello', v: 1, room: id(1), deviceId: id(2), since: 0, logSince: 0, signature: id(5, 63) })],
    ['unknown role', JSON.stringify({ type: 'create-invite', tokenHash: id(8, 32), role: 'owner', expiresAt: 1, package: id(9), requireApproval: false })],
    [
      'empty name',
      JSON.stringify({ type: 'redeem', v: 1, room: id(1), token: id(6), device: { ...device, label: { name: ' ', organisation: '' } }, signature: id(5, 64) }),
    ],
    ['empty put-keys', JSON.stringify({ type: 'put-keys', epoch: 2, entries: [] })],
  ])('refuse %s with 4400, without echoing values', (_name, text) => {
    const r = parseClientMessage(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.close.code).toBe(4400);
    expect(r.error.message).not.toContain('Vries');
  });

  it('refuse oversize messages with 4413 before parsing', () => {
    const r = parseClientMessage(' '.repeat(MAX_CONTROL_MESSAGE_CHARS + 1));
    expect(!r.ok && r.error.close.code).toBe(4413);
  });

  it('never echo a token or name in the error', () => {
    const secret = id(6);
    const r = parseClientMessage(JSON.stringify({ type: 'redeem', v: 1, room: id(1), token: secret, device: { ...device, id: 'x' }, signature: id(5, 64) }));
    expect(!r.ok && r.error.message).not.toContain(secret);
    expect(!r.ok && r.error.message).not.toContain('Vries');
  });
});

describe('relay messages', () => {
  it('round-trip through encodeMessage', () => {
    const msgs = [
      { type: 'challenge', v: PROTOCOL_VERSION, nonce: id(1, 32) },
      { type: 'ack', msgId: 3, seq: 9 },
      { type: 'caught-up', head: 9 },
      { type: 'error', code: 4409, reason: 'conflict', message: 'stale snapshot', retry: true, msgId: 3 },
      { type: 'please-compact', upTo: 500 },
    ] as const;
    for (const m of msgs) {
      const r = parseRelayMessage(encodeMessage(m));
      expect(r.ok && r.value).toEqual(m);
    }
  });
});

describe('login signature payload', () => {
  it('is nonce ‖ room ‖ type', () => {
    const bytes = loginSignedBytes(id(1, 32), id(2) as RoomId, 'hello');
    expect(bytes.length).toBe(32 + 16 + 5);
    expect(bytes[0]).toBe(1);
    expect(bytes[32]).toBe(2);
    expect(String.fromCharCode(...bytes.subarray(48))).toBe('hello');
  });
});
