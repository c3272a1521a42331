/**
 * What one relay node tells the others, and what it asks of the room across nodes. One node on
 * SQLite uses LocalCluster (nothing to tell, counts its own connections); nodes sharing a
 * PostgreSQL database use PgCluster (LISTEN/NOTIFY and a table of live connections; why in
 * docs/relay.md, "Several nodes").
 *
 * Events carry ids, numbers and ciphertext the relay forwards anyway; never content.
 */
import type { DeviceId, RoomId } from '../../shared/protocol/ids.js';
import type { Role } from '../../shared/protocol/roles.js';

/** Something that happened to a room on one node which the room's connections on other nodes must see. */
export type RoomEvent =
  /** Membership log entries were appended from index `from` on (nodes read them from the store). */
  | { readonly kind: 'log'; readonly room: RoomId; readonly from: number }
  | { readonly kind: 'epoch'; readonly room: RoomId; readonly epoch: number }
  /** Wrapped keys put for a device (its connections on every node get them). */
  | { readonly kind: 'keys'; readonly room: RoomId; readonly device: DeviceId; readonly epoch: number; readonly wrapped: string }
  | { readonly kind: 'removed'; readonly room: RoomId; readonly device: DeviceId }
  /** The room was erased: its connections hear the chair's signed erase entry (ids, reason, day; no content) and are closed. */
  | { readonly kind: 'erased'; readonly room: RoomId; readonly from: number; readonly entry: string }
  | { readonly kind: 'role'; readonly room: RoomId; readonly device: DeviceId; readonly role: Role }
  | { readonly kind: 'approved'; readonly room: RoomId; readonly device: DeviceId }
  /** Someone connected or left, or the member list changed: send `peers` again. */
  | { readonly kind: 'peers'; readonly room: RoomId }
  | { readonly kind: 'snapshot'; readonly room: RoomId; readonly baseSeq: number }
  /** An EPHEMERAL frame (awareness) to forward, as received. */
  | { readonly kind: 'ephemeral'; readonly room: RoomId; readonly frame: Uint8Array };

/** Frames another node committed: seqs `from`..`to` of a room, with their envelopes when they fit the message. */
export interface RemoteFrames {
  readonly room: RoomId;
  readonly from: number;
  readonly to: number;
  readonly envelopes: readonly Uint8Array[] | undefined;
}

/** What a cluster calls on its relay node. */
export interface ClusterListener {
  event(event: RoomEvent): void;
  frames(frames: RemoteFrames): void;
  /**
   * Events may have been missed: re-read what live rooms need (heads; with `peers`, after a lost
   * listening connection, also who is there).
   */
  resync(peers?: boolean): void;
}

export interface Cluster {
  /** This node's id in the cluster (random per start). */
  readonly nodeId: string;
  /** Starts listening; events of other nodes go to `listener`. */
  start(listener: ClusterListener): Promise<void>;
  /** Tells the other nodes (best effort: a node that misses it resyncs from the store). */
  publish(event: RoomEvent): void;
  /** Registers a live connection of `device` in `room`; false if the room has `limit` connections on all nodes together. */
  enter(room: RoomId, conn: number, device: DeviceId, limit: number): Promise<boolean>;
  leave(room: RoomId, conn: number): Promise<void>;
  /** Devices with a live connection in the room on any node (`local`: this node's). */
  online(room: RoomId, local: Iterable<DeviceId>): Promise<Set<DeviceId>>;
  /** Claims the right to ask for a snapshot at `head` (one node asks); the local rule already said it is due. */
  claimCompaction(room: RoomId, head: number, now: number, reaskMs: number, minGrowth: number): Promise<boolean>;
  close(): Promise<void>;
}

/** One node alone: nothing to tell anyone, the room's connections are all here. */
export class LocalCluster implements Cluster {
  readonly nodeId = 'local';
  private readonly rooms = new Map<RoomId, Set<number>>();

  async start(): Promise<void> {}

  publish(): void {}

  async enter(room: RoomId, conn: number, _device: DeviceId, limit: number): Promise<boolean> {
    let conns = this.rooms.get(room);
    if (conns === undefined) this.rooms.set(room, (conns = new Set()));
    if (conns.size >= limit) return false;
    conns.add(conn);
    return true;
  }

  async leave(room: RoomId, conn: number): Promise<void> {
    const conns = this.rooms.get(room);
    conns?.delete(conn);
    if (conns?.size === 0) this.rooms.delete(room);
  }

  async online(_room: RoomId, local: Iterable<DeviceId>): Promise<Set<DeviceId>> {
    return new Set(local);
  }

  async claimCompaction(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}
