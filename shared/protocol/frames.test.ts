import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ENVELOPE_OVERHEAD,
  HEADER_BYTES,
  MAX_PADDED_PLAINTEXT,
  decodeEnvelope,
  decodeFrame,
  encodeDeliver,
  encodeEnvelope,
  encodeEnvelopeHeader,
  encodeEphemeral,
  encodeSignedPart,
  encodeSubmit,
  type EnvelopeHeader,
  type EnvelopeKind,
} from './frames.js';
import { toBase64Url, type DeviceId, type RoomId } from './ids.js';

const room = toBase64Url(new Uint8Array(16).fill(1)) as RoomId;
const sender = toBase64Url(new Uint8Array(16).fill(2)) as DeviceId;

function header(kind: EnvelopeKind, over: Partial<EnvelopeHeader> = {}): EnvelopeHeader {
  return { kind, room, epoch: 3, sender, msgId: 42, baseSeq: kind === 'snapshot' ? 17 : 0, plaintextLength: 5, ...over };
}

function envelope(kind: EnvelopeKind, bodyBytes = 32, over: Partial<EnvelopeHeader> = {}): Uint8Array {
  const ciphertext = new Uint8Array(bodyBytes).map((_, i) => i * 7);
  return encodeEnvelope(encodeSignedPart(encodeEnvelopeHeader(header(kind, over)), new Uint8Array(12).fill(9), ciphertext), new Uint8Array(64).fill(4));
}

describe('envelope codec', () => {
  it('round-trips every header field, with the header bytes as associated data', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<EnvelopeKind>('update', 'snapshot', 'awareness'),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.nat({ max: 0xffff_ffff }),
        fc.nat({ max: 0xffff_ffff }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.uint8Array({ minLength: 16, maxLength: 300 }),
        (kind, r, s, epoch, msgId, base, ciphertext) => {
          const h: EnvelopeHeader = {
            kind,
            room: toBase64Url(r) as RoomId,
            sender: toBase64Url(s) as DeviceId,
            epoch,
            msgId,
            baseSeq: kind === 'snapshot' ? base : 0,
            plaintextLength: ciphertext.length - 16,
          };
          const headerBytes = encodeEnvelopeHeader(h);
          const bytes = encodeEnvelope(encodeSignedPart(headerBytes, new Uint8Array(12).fill(1), ciphertext), new Uint8Array(64).fill(3));
          const decoded = decodeEnvelope(bytes);
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          expect(decoded.value.header).toEqual(h);
          expect(decoded.value.headerBytes).toEqual(headerBytes);
          expect(decoded.value.ciphertext).toEqual(ciphertext);
          expect(decoded.value.headerBytes.length).toBe(HEADER_BYTES);
          expect(decoded.value.signature).toEqual(new Uint8Array(64).fill(3));
          expect(decoded.value.signedBytes).toEqual(bytes.subarray(0, bytes.length - 64));
        },
      ),
    );
  });

  it('frames carry the envelope unchanged', () => {
    const upd = envelope('update');
    const sub = decodeFrame(encodeSubmit(upd));
    expect(sub.ok && sub.value.type === 'submit' && sub.value.envelope.bytes).toEqual(upd);
    const del = decodeFrame(encodeDeliver(9_007_199_254_740_991, upd));
    expect(del.ok && del.value.type === 'deliver' && del.value.seq).toBe(Number.MAX_SAFE_INTEGER);
    const aw = envelope('awareness');
    const eph = decodeFrame(encodeEphemeral(aw));
    expect(eph.ok && eph.value.type).toBe('ephemeral');
  });
});

describe('malformed input never throws and names its reason', () => {
  const cases: Array<[string, Uint8Array, string, number]> = [
    ['empty frame', new Uint8Array(0), 'truncated', 4400],
    ['unknown frame type', Uint8Array.of(0x09, 1, 1), 'unknown-frame-type', 4400],
    ['submit without envelope', Uint8Array.of(0x01), 'truncated', 4400],
    ['truncated header', encodeSubmit(envelope('update')).subarray(0, 30), 'truncated', 4400],
    ['no tag', encodeSubmit(envelope('update')).subarray(0, 1 + ENVELOPE_OVERHEAD - 1), 'truncated', 4400],
    [
      'wrong version',
      (() => {
        const f = encodeSubmit(envelope('update'));
        f[1] = 3;
        return f;
      })(),
      'unsupported-version',
      4426,
    ],
    [
      'unknown kind',
      (() => {
        const f = encodeSubmit(envelope('update'));
        f[2] = 7;
        return f;
      })(),
      'unknown-kind',
      4400,
    ],
    ['awareness in SUBMIT', encodeSubmit(envelope('awareness')), 'kind-not-allowed', 4400],
    ['update in EPHEMERAL', encodeEphemeral(envelope('update')), 'kind-not-allowed', 4400],
    ['awareness in DELIVER', encodeDeliver(1, envelope('awareness')), 'kind-not-allowed', 4400],
    ['DELIVER without seq', Uint8Array.of(0x02, 0, 0), 'truncated', 4400],
    ['update with a base seq', encodeSubmit(envelope('update', 32, { baseSeq: 3 })), 'bad-field', 4400],
    [
      'snapshot with base seq 0',
      (() => {
        const f = encodeSubmit(envelope('snapshot'));
        f.fill(0, 1 + 42, 1 + 50);
        return f;
      })(),
      'bad-field',
      4400,
    ],
    ['plaintext longer than ciphertext', encodeSubmit(envelope('update', 32, { plaintextLength: 17 })), 'bad-field', 4400],
    ['update over 256 KiB', encodeSubmit(envelope('update', MAX_PADDED_PLAINTEXT.update + 17)), 'too-large', 4413],
    ['awareness over its limit', encodeEphemeral(envelope('awareness', MAX_PADDED_PLAINTEXT.awareness + 17)), 'too-large', 4413],
  ];
  it.each(cases)('%s', (_name, bytes, reason, code) => {
    const result = decodeFrame(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe(reason);
    expect(result.error.close.code).toBe(code);
  });

  it('an unsigned version-1 envelope is refused as an unsupported version (4426), not read', () => {
    const v1 = envelope('update');
    v1[0] = 1;
    const decoded = decodeFrame(encodeSubmit(v1));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect([decoded.error.reason, decoded.error.close.code]).toEqual(['unsupported-version', 4426]);
  });

  it('base seq beyond 2^53 is refused, not rounded', () => {
    const f = encodeSubmit(envelope('snapshot'));
    f.fill(0xff, 1 + 42, 1 + 50);
    const r = decodeFrame(f);
    expect(!r.ok && r.error.reason).toBe('bad-field');
  });

  it('random bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(() => decodeFrame(bytes)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('mutated valid frames never throw and never decode to another room silently', () => {
    const valid = encodeSubmit(envelope('update', 64));
    fc.assert(
      fc.property(fc.nat({ max: valid.length - 1 }), fc.nat({ max: 255 }), (at, value) => {
        const copy = valid.slice();
        copy[at] = value;
        const r = decodeFrame(copy);
        if (r.ok && r.value.type === 'submit') {
          const changedRoom = at >= 3 && at < 19 && value !== valid[at];
          expect(r.value.envelope.header.room === room).toBe(!changedRoom);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
