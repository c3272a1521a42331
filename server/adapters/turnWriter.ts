/**
 * One socket write per receiver per event-loop turn. A fan-out sends many messages in one turn
 * to the same socket (acks, DELIVERs of a group commit, a catch-up); ws would frame each one and
 * hand the socket two chunks per message. Here every message is framed once — a DELIVER fanned
 * out to 99 receivers is one Buffer, framed once for all — and the frames due to one socket in a
 * turn go out as one buffer in one write at the end of the turn (docs/benchmarks.md, "Where the
 * time goes").
 *
 * Server-to-client WebSocket frames are unmasked and, with compression off, need nothing from
 * ws's state, so writing them to the upgraded socket (the one the 'upgrade' event hands over)
 * beside ws is safe; whatever ws writes itself (pongs, the close frame) goes after a flush.
 */
import type { Duplex } from 'node:stream';

/** Framed copies of binary messages, by the message's identity: a fanned-out DELIVER is framed once. */
const framedOnce = new WeakMap<Uint8Array, Buffer>();

/** A complete, unfragmented, unmasked WebSocket frame: text for a string, binary otherwise. */
export function frameMessage(data: string | Uint8Array): Buffer {
  if (typeof data !== 'string') {
    const cached = framedOnce.get(data);
    if (cached !== undefined) return cached;
  }
  const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const n = payload.byteLength;
  const headerLength = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + n);
  frame[0] = 0x80 | (typeof data === 'string' ? 0x1 : 0x2);
  if (n < 126) frame[1] = n;
  else if (n < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(n), 2);
  }
  frame.set(payload, headerLength);
  if (typeof data !== 'string') framedOnce.set(data, frame);
  return frame;
}

/** Collects the frames due to one socket in this turn and writes them in one go at its end. */
export class TurnWriter {
  private chunks: Buffer[] = [];
  private bytes = 0;
  private scheduled = false;

  constructor(private readonly socket: Duplex) {}

  /** Bytes queued for this turn, not yet handed to the socket. */
  get pendingBytes(): number {
    return this.bytes;
  }

  send(data: string | Uint8Array): void {
    const frame = frameMessage(data);
    this.chunks.push(frame);
    this.bytes += frame.length;
    if (!this.scheduled) {
      this.scheduled = true;
      process.nextTick(() => this.flush());
    }
  }

  /** Writes what is queued (at the end of the turn, and before anything ws writes itself). */
  flush(): void {
    this.scheduled = false;
    if (this.chunks.length === 0) return;
    const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.bytes);
    this.chunks = [];
    this.bytes = 0;
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(data);
  }
}
