import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { systemTimers } from '../../platform/timers.js';
import { Presence } from './presence.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A presence whose sends land in a peer's awareness, counted. */
function pair(throttleMs: number) {
  const peer = new Awareness(new Y.Doc());
  const sent: Uint8Array[] = [];
  const doc = new Y.Doc();
  const presence = new Presence(doc, {
    send: async (update) => {
      sent.push(update);
      applyAwarenessUpdate(peer, update, 'remote');
    },
    remoteOrigin: 'remote',
    timers: systemTimers(),
    throttleMs,
  });
  const caretOf = (): unknown => (peer.getStates().get(doc.clientID) as { caret?: unknown } | undefined)?.caret;
  return { presence, sent, caretOf };
}

describe('presence of a typist', () => {
  it('sends the first caret move at once, then at most once per window, and always the last one', () => {
    vi.useFakeTimers();
    const { presence, sent, caretOf } = pair(200);
    presence.awareness.setLocalStateField('caret', 1);
    expect(sent).toHaveLength(1);
    expect(caretOf()).toBe(1);
    // Twelve keys in 120 ms: nothing more goes out until the window has passed, then the last caret.
    for (let key = 2; key <= 13; key++) {
      vi.advanceTimersByTime(10);
      presence.awareness.setLocalStateField('caret', key);
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(sent).toHaveLength(2);
    expect(caretOf()).toBe(13);
    // Quiet, then a click elsewhere: at once again.
    vi.advanceTimersByTime(1000);
    presence.awareness.setLocalStateField('caret', 99);
    expect(sent).toHaveLength(3);
    expect(caretOf()).toBe(99);
  });

  it('leaving goes out at once, whatever the window', async () => {
    vi.useFakeTimers();
    const { presence, sent } = pair(200);
    presence.awareness.setLocalStateField('caret', 1);
    presence.awareness.setLocalStateField('caret', 2);
    expect(sent).toHaveLength(1);
    await presence.leave();
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });
});
