/**
 * Presence (who is in the case, their carets) through y-protocols Awareness, sealed like
 * everything else: this device's state goes out as an `awareness` envelope (EPHEMERAL, never
 * stored) when it changes, every 15 s (Awareness renews it), and when the room's device list
 * changes; remote states are applied as they come and cleared when the connection drops.
 */
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** What presence needs from its session. */
export interface PresenceContext {
  /** Seals and sends an awareness update (if connected and holding the current key). */
  send(update: Uint8Array): Promise<void>;
  /** The transaction origin of remote changes (not sent back). */
  readonly remoteOrigin: symbol;
}

/** Presence of one case session. */
export class Presence {
  readonly awareness: Awareness;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ctx: PresenceContext,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === ctx.remoteOrigin) return;
      const id = doc.clientID;
      if (added.includes(id) || updated.includes(id) || removed.includes(id)) void this.send();
    });
  }

  /** Sends this device's current state. */
  send(): Promise<void> {
    return this.ctx.send(encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
  }

  /** Applies a remote awareness update; false if it does not decode. */
  receive(update: Uint8Array): boolean {
    try {
      applyAwarenessUpdate(this.awareness, update, this.ctx.remoteOrigin);
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets everyone else (we are offline: we cannot know who is still there). */
  clearRemote(): void {
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this.ctx.remoteOrigin);
  }

  /** Marks this device as gone (sent by the caller before closing) and stops the timers. */
  async leave(): Promise<void> {
    removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    await this.send();
    this.awareness.destroy();
  }
}
