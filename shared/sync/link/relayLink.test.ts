import { describe, expect, it } from 'vitest';
import type { SocketEvents, SocketPort } from '../../platform/socketPort.js';
import type { TimerPort } from '../../platform/timers.js';
import { RelayLink } from './relayLink.js';

/** Sockets that fail (or are closed) on demand, and timers that only record. */
function harness(randoms: number[]) {
  const opened: SocketEvents[] = [];
  const delays: number[] = [];
  let pending: (() => void) | undefined;
  const sockets: SocketPort = {
    connect: (_url, events) => {
      opened.push(events);
      return { send: () => {}, close: (code = 1000) => events.close(code, '') };
    },
  };
  const timers: TimerPort = {
    setTimeout: (fn, ms) => {
      delays.push(ms);
      pending = fn;
      return delays.length;
    },
    clearTimeout: () => {},
    random: () => randoms.shift() ?? 0.5,
  };
  const disconnects: number[] = [];
  const link = new RelayLink(sockets, timers, () => 'ws://relay', {
    login: async () =>
      ({ type: 'hello', v: 1, room: 'AAAAAAAAAAAAAAAAAAAAAA', deviceId: 'AAAAAAAAAAAAAAAAAAAAAA', since: 0, signature: 'A'.repeat(86) }) as never,
    onMessage: async () => {},
    onFrame: async () => {},
    onDisconnect: (code) => disconnects.push(code),
    onMalformed: () => {},
    onInternalError: () => {},
  });
  return { link, opened, delays, disconnects, fire: () => pending?.() };
}

describe('RelayLink reconnects', () => {
  it('with full-jitter exponential backoff, capped, while the relay is away', () => {
    const h = harness([0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.1]);
    h.link.start();
    for (let i = 0; i < 9; i++) {
      h.opened.at(-1)!.close(1006, '');
      h.fire();
    }
    expect(h.delays.slice(0, 3)).toEqual([247, 495, 990]);
    expect(Math.max(...h.delays)).toBeLessThan(10_000);
    expect(h.delays[8]).toBe(1000);
    expect(h.opened.length).toBe(10);
  });

  it('stops on codes that need the user (removed, invite used or expired)', async () => {
    for (const code of [4401, 4403, 4404, 4408, 4426]) {
      const h = harness([]);
      h.link.start();
      h.opened[0]!.close(code, '');
      expect(h.delays).toEqual([]);
      await Promise.resolve();
      await Promise.resolve();
      expect(h.disconnects).toEqual([code]);
    }
  });

  it('comes back at once after a resync request', () => {
    const h = harness([]);
    h.link.start();
    h.opened[0]!.open();
    h.link.restart();
    expect(h.delays).toEqual([0]);
  });
});
