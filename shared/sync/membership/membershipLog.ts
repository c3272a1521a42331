/**
 * A case's membership, as this device verified it from the signed, hash-chained log: devices and
 * their keys, roles and status, invites, and the case-key epochs with their commitments and the
 * devices entitled to each key. Entries are applied one by one, in order; each must extend the
 * chain (index and `prev`), carry a valid signature of a device whose role at that point allows
 * it, and make sense (no phantom devices, epochs only go up). A refused entry changes nothing and
 * says why; whoever feeds the log reports it (docs/threat-model.md, "Membership log").
 *
 * Concurrent admin actions: the relay appends by compare-and-swap on the index, so the first entry
 * it takes at an index wins and the other author re-reads the log and decides again; two valid
 * entries for one index (a relay showing different logs to different members) are a fork.
 */
import { deviceIdFromSpki } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, type DeviceId, type RoomId } from '../../protocol/ids.js';
import { canAdminister, canWrite, type Role } from '../../protocol/roles.js';
import {
  parseEntry,
  verifyBoxKey,
  verifyEntrySignature,
  verifyJoinCosignature,
  type DevicePublic,
  type EntryBody,
  type LogEntry,
  type MemberLabel,
  type StreamHead,
} from './logEntry.js';

/** Why an entry was refused. */
export type LogRefusal =
  /** Not an entry at all. */
  | 'malformed'
  /** Another room's entry. */
  | 'wrong-room'
  /** Not the next index, or does not name the previous entry's hash. */
  | 'bad-chain'
  /** A different entry than the one this device already holds at that index. */
  | 'fork'
  /** A signature (or the box-key binding) does not verify. */
  | 'bad-signature'
  /** The author may not write this entry, or it contradicts the log (unknown device, epoch not next…). */
  | 'not-allowed'
  /** The genesis is not the one this device learned outside the relay (from the invite or by creating the case). */
  | 'wrong-genesis';

/** A device as the log knows it. */
export interface Member {
  readonly pub: DevicePublic;
  readonly label: MemberLabel;
  role: Role;
  status: 'pending' | 'active' | 'removed';
  /** Log index at which the device became active (approved, or joined without approval). */
  activeFrom: number | undefined;
  /** The invite it joined through (undefined for the creator). */
  readonly invite: string | undefined;
  /**
   * Set when the device lost the right to write (removed, or made observer): its streams' last
   * frames as the admin had them. Its frames beyond these are refused by every member.
   */
  writeEnded: readonly StreamHead[] | undefined;
  /** The admin who added it (the inviter) or undefined for the creator. */
  readonly addedBy: DeviceId | undefined;
}

/** An invite as the log knows it. */
export interface InviteRecord {
  readonly tokenHash: string;
  readonly role: Role;
  readonly requireApproval: boolean;
  readonly inviteKey: string;
  readonly expiresAt: number;
  readonly by: DeviceId;
  /** Its index in the log: the invite package holds the keys of the epochs started before it. */
  readonly index: number;
  revoked: boolean;
  usedBy: DeviceId | undefined;
}

/** A case-key epoch as the log knows it. */
export interface EpochRecord {
  readonly epoch: number;
  readonly commitment: string;
  /** The devices it was wrapped for when it started. */
  readonly devices: ReadonlySet<DeviceId>;
  readonly index: number;
  readonly at: number;
  readonly by: DeviceId;
}

/** The erasure of the case as the log records it. */
export interface ErasureRecord {
  readonly index: number;
  readonly by: DeviceId;
  readonly reden: Extract<EntryBody, { type: 'erase' }>['reden'];
  readonly datum: string;
  readonly at: number;
}

/** Outcome of applying one entry. */
export type AppendOutcome = { readonly ok: true; readonly entry: LogEntry; readonly duplicate: boolean } | { readonly ok: false; readonly reason: LogRefusal };

/** The verified membership of one case. */
export class MembershipLog {
  private readonly entries: LogEntry[] = [];
  readonly members = new Map<DeviceId, Member>();
  readonly invites = new Map<string, InviteRecord>();
  readonly epochs = new Map<number, EpochRecord>();
  private epochNow = 0;
  /** Set once the chair's `erase` entry is applied: the case is gone, and the log takes nothing after it. */
  erased: ErasureRecord | undefined;

  /**
   * @param genesisHash the hash of entry 0 as learned outside the relay (invite package, or made
   *   here); undefined while it is unknown, in which case the first genesis seen is pinned.
   */
  constructor(
    private readonly crypto: CryptoPort,
    readonly room: RoomId,
    private genesisHash: string | undefined,
  ) {}

  get length(): number {
    return this.entries.length;
  }

  /** Hash of the last entry ('' for an empty log). */
  get headHash(): string {
    return this.entries.at(-1)?.hash ?? '';
  }

  /** The pinned genesis hash, once known. */
  get genesis(): string | undefined {
    return this.genesisHash;
  }

  /**
   * Pins the genesis learned outside the relay (the invite package). False if another one is
   * pinned or already applied: the relay served a different case's history.
   */
  pin(genesisHash: string): boolean {
    if (this.genesisHash !== undefined) return this.genesisHash === genesisHash;
    if (this.entries.length > 0 && this.entries[0]!.hash !== genesisHash) return false;
    this.genesisHash = genesisHash;
    return true;
  }

  /** The highest epoch the log has started (0 before the genesis). */
  get currentEpoch(): number {
    return this.epochNow;
  }

  /** The wire texts of every entry, in order (what the local store keeps). */
  texts(): string[] {
    return this.entries.map((e) => e.text);
  }

  entry(index: number): LogEntry | undefined {
    return this.entries[index];
  }

  /**
   * Applies an entry received at `index` (or, for entries this device holds already, checks it is
   * the same one: a different valid-looking entry at a held index is a fork).
   */
  async append(text: string, index = this.entries.length): Promise<AppendOutcome> {
    const held = this.entries[index];
    if (held !== undefined) return held.text === text ? { ok: true, entry: held, duplicate: true } : { ok: false, reason: 'fork' };
    if (index !== this.entries.length) return { ok: false, reason: 'bad-chain' };
    const entry = await parseEntry(this.crypto, text);
    if (entry === undefined) return { ok: false, reason: 'malformed' };
    const refusal = await this.check(entry);
    if (refusal !== undefined) return { ok: false, reason: refusal };
    this.apply(entry);
    return { ok: true, entry, duplicate: false };
  }

  private async check(entry: LogEntry): Promise<LogRefusal | undefined> {
    const c = entry.content;
    if (c.room !== this.room) return 'wrong-room';
    if (c.index !== this.entries.length || c.prev !== this.headHash) return 'bad-chain';
    // An erased case takes no further entry: the erasure is the log's last word.
    if (this.erased !== undefined) return 'not-allowed';
    const body = c.body;
    if (body.type === 'genesis') return this.checkGenesis(entry, body);
    if (this.entries.length === 0) return 'bad-chain';
    if (body.type === 'join') return this.checkJoin(entry, body);
    const author = this.members.get(c.by);
    if (author === undefined || author.status !== 'active' || !canAdminister(author.role)) return 'not-allowed';
    if (!(await verifyEntrySignature(this.crypto, entry, fromBase64Url(author.pub.sign)!))) return 'bad-signature';
    return this.checkAdminEntry(c.by, body);
  }

  private async checkGenesis(entry: LogEntry, body: Extract<EntryBody, { type: 'genesis' }>): Promise<LogRefusal | undefined> {
    if (this.entries.length !== 0) return 'bad-chain';
    if (this.genesisHash !== undefined && this.genesisHash !== entry.hash) return 'wrong-genesis';
    if (entry.content.by !== body.device.id) return 'not-allowed';
    if (!(await this.validDevice(body.device))) return 'bad-signature';
    if (!(await verifyEntrySignature(this.crypto, entry, fromBase64Url(body.device.sign)!))) return 'bad-signature';
    return undefined;
  }

  private async checkJoin(entry: LogEntry, body: Extract<EntryBody, { type: 'join' }>): Promise<LogRefusal | undefined> {
    const invite = this.invites.get(body.invite);
    if (invite === undefined || invite.revoked || invite.usedBy !== undefined) return 'not-allowed';
    if (entry.content.by !== body.device.id || this.members.has(body.device.id)) return 'not-allowed';
    if (!(await this.validDevice(body.device))) return 'bad-signature';
    if (!(await verifyEntrySignature(this.crypto, entry, fromBase64Url(body.device.sign)!))) return 'bad-signature';
    if (!(await verifyJoinCosignature(this.crypto, entry, fromBase64Url(invite.inviteKey)!))) return 'bad-signature';
    return undefined;
  }

  private checkAdminEntry(by: DeviceId, body: Exclude<EntryBody, { type: 'genesis' | 'join' }>): LogRefusal | undefined {
    switch (body.type) {
      case 'invite':
        return this.invites.has(body.tokenHash) ? 'not-allowed' : undefined;
      case 'revoke-invite': {
        const invite = this.invites.get(body.tokenHash);
        return invite === undefined || invite.revoked || invite.usedBy !== undefined ? 'not-allowed' : undefined;
      }
      case 'approve':
        return this.members.get(body.device)?.status === 'pending' ? undefined : 'not-allowed';
      case 'remove': {
        const target = this.members.get(body.device);
        return target === undefined || target.status === 'removed' || body.device === by ? 'not-allowed' : undefined;
      }
      case 'role': {
        const target = this.members.get(body.device);
        return target === undefined || target.status === 'removed' || body.device === by || target.role === body.role ? 'not-allowed' : undefined;
      }
      case 'erase':
        // Admin only (checked above, with the author's signature).
        return undefined;
      case 'epoch': {
        if (body.epoch !== this.epochNow + 1) return 'not-allowed';
        const set = new Set(body.devices);
        if (set.size !== body.devices.length || !set.has(by)) return 'not-allowed';
        for (const d of set) if (this.members.get(d)?.status !== 'active') return 'not-allowed';
        return undefined;
      }
      default: {
        const never: never = body;
        return never;
      }
    }
  }

  private apply(entry: LogEntry): void {
    const c = entry.content;
    const index = c.index;
    const body = c.body;
    switch (body.type) {
      case 'genesis':
        this.genesisHash ??= entry.hash;
        this.members.set(body.device.id, newMember(body.device, body.label, 'admin', 'active', index, undefined, undefined));
        this.startEpoch({ epoch: 1, commitment: body.commitment, devices: new Set([body.device.id]), index, at: c.at, by: c.by });
        break;
      case 'invite':
        this.invites.set(body.tokenHash, { ...body, by: c.by, index, revoked: false, usedBy: undefined });
        break;
      case 'revoke-invite':
        this.invites.get(body.tokenHash)!.revoked = true;
        break;
      case 'join': {
        const invite = this.invites.get(body.invite)!;
        invite.usedBy = body.device.id;
        const status = invite.requireApproval ? 'pending' : 'active';
        this.members.set(
          body.device.id,
          newMember(body.device, body.label, invite.role, status, status === 'active' ? index : undefined, invite.tokenHash, invite.by),
        );
        break;
      }
      case 'approve': {
        const m = this.members.get(body.device)!;
        m.status = 'active';
        m.activeFrom = index;
        break;
      }
      case 'remove': {
        const m = this.members.get(body.device)!;
        m.status = 'removed';
        m.writeEnded ??= body.heads;
        break;
      }
      case 'role': {
        const m = this.members.get(body.device)!;
        if (canWrite(m.role) && !canWrite(body.role)) m.writeEnded = body.heads;
        else if (canWrite(body.role)) m.writeEnded = undefined;
        m.role = body.role;
        break;
      }
      case 'epoch':
        this.startEpoch({ epoch: body.epoch, commitment: body.commitment, devices: new Set(body.devices), index, at: c.at, by: c.by });
        break;
      case 'erase':
        this.erased = { index, by: c.by, reden: body.reden, datum: body.datum, at: c.at };
        break;
      default: {
        const never: never = body;
        return never;
      }
    }
    this.entries.push(entry);
  }

  private startEpoch(record: EpochRecord): void {
    this.epochs.set(record.epoch, record);
    this.epochNow = record.epoch;
  }

  private async validDevice(pub: DevicePublic): Promise<boolean> {
    const sign = fromBase64Url(pub.sign);
    if (sign === undefined || fromBase64Url(pub.box) === undefined) return false;
    if ((await deviceIdFromSpki(this.crypto, sign)) !== pub.id) return false;
    return verifyBoxKey(this.crypto, pub);
  }

  // ---- questions the rest of sync asks ------------------------------------------------------

  /** True if `device` is an active admin now. */
  isAdmin(device: DeviceId): boolean {
    const m = this.members.get(device);
    return m?.status === 'active' && canAdminister(m.role);
  }

  /**
   * Checks an `erase` entry this device cannot append in order (the relay keeps only the erase
   * entry once a room is erased, so a device that missed entries before it gets that one alone):
   * this room's, an `erase`, signed by a device that is an active admin in this log, at or after
   * this log's end (at its end it must name this log's last hash; at a held index it must be the held
   * entry). Marks the log erased and resolves true, or resolves the refusal.
   */
  async acceptErasure(text: string): Promise<true | LogRefusal> {
    const entry = await parseEntry(this.crypto, text);
    if (entry === undefined) return 'malformed';
    const c = entry.content;
    if (c.room !== this.room) return 'wrong-room';
    if (c.body.type !== 'erase') return 'not-allowed';
    const held = this.entries[c.index];
    if (held !== undefined) return held.text === text ? true : 'fork';
    if (c.index === this.entries.length && c.prev !== this.headHash) return 'bad-chain';
    const author = this.members.get(c.by);
    if (author === undefined || author.status !== 'active' || !canAdminister(author.role)) return 'not-allowed';
    if (!(await verifyEntrySignature(this.crypto, entry, fromBase64Url(author.pub.sign)!))) return 'bad-signature';
    this.erased ??= { index: c.index, by: c.by, reden: c.body.reden, datum: c.body.datum, at: c.at };
    return true;
  }

  /** True if the log records `device`'s removal (signed by an admin). */
  isRemoved(device: DeviceId): boolean {
    return this.members.get(device)?.status === 'removed';
  }

  /** Active members now (the devices an honest member wraps new keys for). */
  activeMembers(): Member[] {
    return [...this.members.values()].filter((m) => m.status === 'active');
  }

  /**
   * True if `device` may hold the key of `epoch`: it was in the set the epoch was wrapped for, or
   * it became active later (a newcomer receives the keys of every epoch so far, to read the case's
   * history); never a removed device for an epoch started after its removal.
   */
  mayHoldKey(device: DeviceId, epoch: number): boolean {
    const record = this.epochs.get(epoch);
    const m = this.members.get(device);
    if (record === undefined || m === undefined) return false;
    if (record.devices.has(device)) return true;
    return m.activeFrom !== undefined && m.activeFrom > record.index;
  }

  /**
   * True if a device that may hold the key of `epoch` has since been removed: nothing new is sealed
   * under that key (the removed device could read it); the chair's next epoch replaces it.
   */
  heldByRemoved(epoch: number): boolean {
    if (!this.epochs.has(epoch)) return false;
    for (const [id, m] of this.members) if (m.status === 'removed' && this.mayHoldKey(id, epoch)) return true;
    return false;
  }

  /** The epoch whose commitment is `commitment`, checked against the key's own epoch number. */
  commitmentOf(epoch: number): string | undefined {
    return this.epochs.get(epoch)?.commitment;
  }
}

function newMember(
  pub: DevicePublic,
  label: MemberLabel,
  role: Role,
  status: Member['status'],
  activeFrom: number | undefined,
  invite: string | undefined,
  addedBy: DeviceId | undefined,
): Member {
  return { pub, label, role, status, activeFrom, invite, writeEnded: undefined, addedBy };
}
