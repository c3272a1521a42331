/**
 * Presence (who is in the case, their carets) through y-protocols Awareness, sealed like
 * everything else: this device's state goes out as an `awareness` envelope (EPHEMERAL, never
 * stored) when it changes, every 15 s (Awareness renews it), and when the room's device list
 * changes; remote states are applied as they come and cleared when the connection drops, and
 * a device's states are dropped as soon as the relay says it went offline (without waiting for
 * Awareness's 30 s timeout, e.g. when its network or app died without saying goodbye).
 *
 * Local changes go out at once, then at most once per `throttleMs` (the last state always goes):
 * a typist's caret moves with every key, but the text update already carries it along (a caret is
 * a relative position), so each peer decrypts and redraws a caret a few times a second instead of
 * with every keystroke — that work competed with showing the text itself.
 */
import * as decoding from 'lib0/decoding';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TimerPort } from '../../platform/timers.js';

/** What presence needs from its session. */
export interface PresenceContext {
  /** Seals and sends an awareness update (if connected and holding the current key). */
  send(update: Uint8Array): Promise<void>;
  /** The transaction origin of remote changes (not sent back). */
  readonly remoteOrigin: unknown;
  readonly timers: TimerPort;
  /** Shortest time between two sends of local changes (ms). Default 200. */
  readonly throttleMs?: number;
}

/** Presence of one case session. */
export class Presence {
  readonly awareness: Awareness;
  /** Awareness client ids seen from each sending device. */
  private readonly clientsOf = new Map<string, Set<number>>();
  private lastSent = Number.NEGATIVE_INFINITY;
  private pending: unknown;
  private left = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ctx: PresenceContext,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === ctx.remoteOrigin) return;
      const id = doc.clientID;
      if (added.includes(id) || updated.includes(id) || removed.includes(id)) this.sendSoon();
    });
  }

  /** Sends the local state now, or when `throttleMs` has passed since the last send. */
  private sendSoon(): void {
    if (this.pending !== undefined || this.left) return;
    const wait = this.lastSent + (this.ctx.throttleMs ?? 200) - Date.now();
    if (wait <= 0) void this.send();
    else
      this.pending = this.ctx.timers.setTimeout(() => {
        this.pending = undefined;
        void this.send();
      }, wait);
  }

  /**
   * Sends the state again within `withinMs` (unless a send is due sooner): what this device holds
   * changed (its heads, see integrity/heads.ts), and peers compare it within a grace period.
   */
  refreshWithin(withinMs: number): void {
    if (this.pending !== undefined || this.left) return;
    const wait = Math.max(0, this.lastSent + withinMs - Date.now());
    this.pending = this.ctx.timers.setTimeout(() => {
      this.pending = undefined;
      void this.send();
    }, wait);
  }

  /** Sends this device's current state. */
  send(): Promise<void> {
    if (this.pending !== undefined) this.ctx.timers.clearTimeout(this.pending);
    this.pending = undefined;
    this.lastSent = Date.now();
    return this.ctx.send(encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
  }

  /** Applies a remote awareness update from device `sender`; false if it does not decode. */
  receive(update: Uint8Array, sender: string): boolean {
    try {
      const ids = clientIdsOf(update);
      applyAwarenessUpdate(this.awareness, update, this.ctx.remoteOrigin);
      let known = this.clientsOf.get(sender);
      if (known === undefined) this.clientsOf.set(sender, (known = new Set()));
      for (const id of ids) if (id !== this.doc.clientID) known.add(id);
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the states of every device not in `online` (the relay's device list said so). */
  keepOnly(online: ReadonlySet<string>): void {
    for (const [device, ids] of this.clientsOf) {
      if (online.has(device)) continue;
      this.clientsOf.delete(device);
      removeAwarenessStates(
        this.awareness,
        [...ids].filter((id) => this.awareness.getStates().has(id)),
        this.ctx.remoteOrigin,
      );
    }
  }

  /** Forgets everyone else (we are offline: we cannot know who is still there). */
  clearRemote(): void {
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this.ctx.remoteOrigin);
    this.clientsOf.clear();
  }

  /** Marks this device as gone (sent by the caller before closing) and stops the timers. */
  async leave(): Promise<void> {
    this.left = true;
    removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    await this.send();
    this.awareness.destroy();
  }
}

/** The client ids an awareness update speaks for (y-protocols' layout: count, then id, clock, state). */
function clientIdsOf(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const ids: number[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}
