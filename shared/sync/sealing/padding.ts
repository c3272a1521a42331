/**
 * Plaintext padding (docs/sync-protocol.md, "Envelope"): sizes round up to buckets of 256 B,
 * 1 KiB, 4 KiB, 16 KiB, then multiples of 16 KiB, so the relay cannot count keystrokes. The
 * header's `plaintext length` says where the zeros start.
 */

const BUCKETS = [256, 1024, 4096, 16384] as const;
const STEP = 16384;

/** The padded size for a plaintext of `length` bytes. */
export function paddedLength(length: number): number {
  for (const b of BUCKETS) if (length <= b) return b;
  return Math.ceil(length / STEP) * STEP;
}

/** `plaintext` followed by zeros up to its bucket. */
export function pad(plaintext: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(paddedLength(plaintext.length));
  out.set(plaintext, 0);
  return out;
}
