import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, isDeviceId, isRoomId, toBase64Url } from './ids.js';

describe('base64url ids', () => {
  it('round-trips any bytes and matches Node’s encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('accepts only canonical 16-byte ids', () => {
    const id = toBase64Url(new Uint8Array(16).fill(7));
    expect(isRoomId(id)).toBe(true);
    expect(isDeviceId(id)).toBe(true);
    expect(isRoomId(id.slice(1))).toBe(false); // too short
    expect(isRoomId(`${id}A`)).toBe(false); // too long
    expect(isRoomId(`${id.slice(0, 21)}=`)).toBe(false); // not base64url
    expect(isRoomId(`${id.slice(0, 21)}+`)).toBe(false); // standard base64 alphabet
    // Same 16 bytes, but the unused low bits of the last character are set: not canonical.
    const last = id.at(-1)!;
    const sibling = id.slice(0, 21) + (last === 'w' ? 'x' : 'B');
    expect(isRoomId(sibling)).toBe(false);
  });

  it('refuses impossible lengths and foreign characters', () => {
    expect(fromBase64Url('A')).toBeUndefined();
    expect(fromBase64Url('ab$d')).toBeUndefined();
    expect(fromBase64Url('')).toEqual(new Uint8Array(0));
  });
});
