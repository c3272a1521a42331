/**
 * What a case session does with everything the relay sends, strictly in order (RelayLink queues
 * it): the welcome, the membership log, keys, catch-up and live frames, acks and refusals. Frames
 * pass the inbound gate first (inboundGate.ts); what the relay merely claims (its epoch, its device
 * list) is compared with the verified log, and a contradiction is an alarm, never followed.
 */
import * as Y from 'yjs';
import { CloseCodes } from '../../protocol/closeCodes.js';
import { REMOTE_ORIGIN } from '../../model/origins.js';
import type { Envelope, Frame } from '../../protocol/frames.js';
import type { DeviceId, RoomId } from '../../protocol/ids.js';
import type { DeviceInfo, RelayMessage } from '../../protocol/messages.js';
import type { Role } from '../../protocol/roles.js';
import type { AlarmKind } from '../integrity/alarms.js';
import { ANNOUNCE_WITHIN_MS } from '../integrity/heads.js';
import type { IntegrityWatch } from '../integrity/integrityWatch.js';
import type { StreamTable } from '../integrity/streams.js';
import type { KeyGate } from '../keys/keyGate.js';
import { syncErrorFor, type LoginPlan } from '../link/login.js';
import type { RelayLink } from '../link/relayLink.js';
import type { AppliedSeqs } from '../local/appliedSeqs.js';
import type { LogSync } from '../membership/logSync.js';
import type { MemberKeys } from '../membership/memberKeys.js';
import type { MembershipLog } from '../membership/membershipLog.js';
import type { Outbox } from '../outbox/outbox.js';
import type { Presence } from '../presence/presence.js';
import type { SessionCipher } from '../sealing/sessionCipher.js';
import { admit, startChecks, type GateContext, type GateResult } from './inboundGate.js';
import type { Joining } from './joining.js';
import type { CaseSessionDeps } from './sessionOptions.js';
import type { Snapshots } from './snapshots.js';
import type { SyncErrorKind } from './status.js';

/** The parts of its session the inbound half works with (the CaseSession itself). */
export interface InboundHost {
  readonly deps: CaseSessionDeps;
  readonly room: RoomId;
  readonly doc: Y.Doc;
  role: Role | undefined;
  login: LoginPlan;
  relayEpoch: number;
  relayDevices: readonly DeviceInfo[];
  readonly joining: Joining | undefined;
  readonly log: MembershipLog;
  readonly logSync: LogSync;
  readonly keyGate: KeyGate;
  readonly memberKeys: MemberKeys;
  readonly cipher: SessionCipher;
  readonly streams: StreamTable;
  readonly watch: IntegrityWatch;
  readonly presence: Presence;
  readonly outbox: Outbox;
  readonly seqs: AppliedSeqs;
  readonly snapshots: Snapshots;
  readonly link: RelayLink;
  readonly isPending: boolean;
  alarm(kind: AlarmKind, detail?: { device?: DeviceId; seq?: number }): void;
  fail(kind: SyncErrorKind): void;
  setLoggedIn(loggedIn: boolean, caughtUp: boolean, pending?: boolean): void;
  setState(state: 'syncing' | 'awaiting-approval' | 'connecting'): void;
  isStopped(): boolean;
  refreshStatus(): void;
  welcomedNow(): void;
  background(work: Promise<unknown>): void;
  emitEvent(name: 'devices' | 'synced'): void;
  submitSnapshot(): Promise<boolean>;
  readonly gone: 'removed' | 'erased' | undefined;
  checkGone(): void;
  refusedAsRemoved(): void;
}

/** The inbound half of a case session. */
export class SessionInbound {
  private gapRestarts = 0;
  /** The highest epoch this relay named in this session. */
  private highestRelayEpoch = 0;
  /** Epochs of frames skipped because their key had not arrived: fetched again once it does. */
  private readonly skippedForKey = new Set<number>();
  private readonly gate: GateContext;

  constructor(private readonly s: InboundHost) {
    this.gate = { crypto: s.deps.crypto, log: () => s.log, keys: s.memberKeys, cipher: s.cipher, streams: s.streams, early: new WeakMap() };
  }

  async onMessage(message: RelayMessage): Promise<void> {
    const s = this.s;
    switch (message.type) {
      case 'welcome':
        return this.onWelcome(message);
      case 'invite-package':
        return this.onInvitePackage(message.package);
      case 'log':
        return s.logSync.receive(message.from, message.entries);
      case 'erased':
        return this.onErased(message.from, message.entries);
      case 'keys':
        return s.keyGate.offerWrapped(message.epoch, message.wrapped);
      case 'epoch':
        s.relayEpoch = message.epoch;
        return this.checkRelayEpoch();
      case 'caught-up':
        return this.onCaughtUp(message.head);
      case 'ack':
        return this.onAck(message.msgId, message.seq);
      case 'peers':
        s.relayDevices = message.devices;
        s.presence.keepOnly(new Set(message.devices.filter((d) => d.online).map((d) => d.id)));
        s.emitEvent('devices');
        return s.presence.send();
      case 'please-compact':
        await s.submitSnapshot();
        return;
      case 'error':
        return this.onRelayError(message);
      case 'challenge':
      case 'ok':
      case 'invites':
      case 'access-log':
        return;
      default: {
        const never: never = message;
        return never;
      }
    }
  }

  /**
   * New membership entries were verified: keys waiting for them are checked now (before the next
   * message: frames under those keys follow), the device list changed, a join may go on.
   */
  async membershipChanged(): Promise<void> {
    const s = this.s;
    // Erased, or this device removed: the case leaves the device (nothing below matters then).
    s.checkGone();
    if (s.gone !== undefined) return;
    await s.keyGate.recheck();
    s.emitEvent('devices');
    s.presence.refreshWithin(ANNOUNCE_WITHIN_MS);
    this.checkRelayEpoch();
    if (s.joining !== undefined) s.background(this.continueJoin());
    s.outbox.resume();
  }

  private async continueJoin(): Promise<void> {
    const s = this.s;
    const outcome = await s.joining?.afterLog();
    if (outcome === 'joined') {
      s.outbox.resume();
      s.refreshStatus();
    } else if (outcome !== undefined && outcome !== 'waiting') s.fail(outcome);
  }

  /**
   * The relay's epoch is a claim. It never goes back at an honest relay: one that names a lower
   * epoch than before is downgrading (alarm at once). Above the log's, the log is behind (fetch
   * it). Below the log's is normal for the moment between the chair's epoch entry and its keys;
   * the integrity watch raises the alarm if it lasts.
   */
  private checkRelayEpoch(): void {
    const s = this.s;
    if (s.relayEpoch === 0) return;
    if (s.relayEpoch < this.highestRelayEpoch) s.alarm('epoch-downgrade');
    this.highestRelayEpoch = Math.max(this.highestRelayEpoch, s.relayEpoch);
    if (s.log.length > 0 && s.relayEpoch > s.log.currentEpoch) s.background(s.logSync.refresh());
  }

  private async onWelcome(message: Extract<RelayMessage, { type: 'welcome' }>): Promise<void> {
    const s = this.s;
    // A room of protocol 1 has no membership log: nothing in it can be checked. Its content on this
    // device stays readable (sealed again in today's format); it cannot be synced any more.
    if (message.logLength === 0 && s.log.length === 0 && s.login.type === 'hello') return s.fail('legacy-case');
    s.setLoggedIn(true, false, message.pending);
    s.role = message.role;
    s.relayEpoch = message.epoch;
    s.relayDevices = message.devices;
    if (s.login.type === 'create-room') s.login = { type: 'hello' };
    s.setState(message.pending ? 'awaiting-approval' : 'syncing');
    const record = await s.deps.store.getCase(s.room);
    if (record !== undefined && record.role !== message.role) await s.deps.store.putCase({ ...record, role: message.role });
    if (!message.pending && s.joining === undefined && (await s.deps.keys.pendingInvite(s.room)) !== undefined) await s.deps.keys.deletePendingInvite(s.room);
    s.emitEvent('devices');
    s.refreshStatus();
    s.welcomedNow();
    // A join interrupted after the package (a dropped connection) goes on with the log this device has.
    if (s.joining !== undefined) s.background(this.continueJoin());
  }

  /**
   * The relay says the room was erased and hands the log up to the chair's erase entry. Only the
   * verified entry deletes anything (membershipChanged → checkGone); a claim without one is an
   * alarm, and the case stays on this device.
   */
  private async onErased(from: number, entries: readonly string[]): Promise<void> {
    const s = this.s;
    if (from <= s.log.length) {
      await s.logSync.receive(from, entries);
    } else if (entries.length === 1) {
      // The tombstone keeps only the erase entry: checked against this device's own log as it stands.
      const outcome = await s.log.acceptErasure(entries[0]!);
      if (outcome !== true) s.alarm(outcome === 'fork' ? 'fork' : 'log-refused');
      else s.checkGone();
    }
    if (s.log.erased === undefined) this.erasureUnproven();
  }

  private erasureUnproven(): void {
    const s = this.s;
    if (this.unproven) return;
    this.unproven = true;
    s.alarm('erase-unproven');
    s.fail('erase-unproven');
  }

  private unproven = false;

  private async onInvitePackage(sealed: string): Promise<void> {
    const s = this.s;
    if (s.joining === undefined) return;
    const failure = await s.joining.onPackage(sealed);
    if (failure !== undefined) return s.fail(failure);
    // The device is registered now: a reconnect logs in as a member (the join entry follows the log).
    s.login = { type: 'hello' };
  }

  private onCaughtUp(head: number): void {
    const s = this.s;
    s.setLoggedIn(true, true);
    if (s.seqs.applied < head && s.outbox.inFlightCount === 0 && this.skippedForKey.size === 0 && this.gapRestarts < 3) {
      // Something between since and head did not arrive or did not open: ask again.
      this.gapRestarts++;
      s.link.restart();
      return;
    }
    if (s.joining?.waitingForLog === true) {
      // The relay caught this device up without the log the invite named: ask once more, then stop.
      s.background(s.logSync.refresh().then(() => (s.joining?.waitingForLog === true ? s.fail('untrusted-relay') : undefined)));
    }
    if (s.joining !== undefined && !s.isPending && !s.joining.historyComplete()) s.alarm('withheld');
    s.link.connectionHealthy();
    s.watch.start();
    s.refreshStatus();
    s.emitEvent('synced');
    s.background(s.presence.send());
    s.outbox.pumpInBackground();
  }

  private async onAck(msgId: number, seq: number): Promise<void> {
    const s = this.s;
    if (s.snapshots.answered(msgId)) return;
    const own = await s.outbox.acknowledged(msgId, seq);
    if (own === false) return;
    if (own !== true) {
      s.watch.ownAcked(own.position, own.digest);
      s.presence.refreshWithin(ANNOUNCE_WITHIN_MS);
    }
    s.snapshots.framesSinceLocal++;
    if (await s.seqs.mark(seq)) this.gapRestarts = 0;
    s.refreshStatus();
  }

  private onRelayError(message: Extract<RelayMessage, { type: 'error' }>): void {
    const s = this.s;
    if (message.msgId === undefined) return;
    if (s.snapshots.answered(message.msgId)) return;
    s.outbox.refused(message.msgId, message.code, message.retry);
  }

  /** Runs the gate; if it needs the log (unknown sender or epoch), fetches it once and asks again. */
  private async admitted(envelope: Envelope): Promise<GateResult> {
    const first = await admit(this.gate, envelope);
    if (first.ok || !('retry' in first) || first.retry !== 'log') return first;
    await this.s.logSync.refresh();
    const second = await admit(this.gate, envelope);
    return !second.ok && 'retry' in second && second.retry === 'log' ? { ok: false, alarm: 'forged-frame' } : second;
  }

  /** Starts checking a frame as it arrives (see inboundGate.ts `startChecks`). */
  onFrameArrived(frame: Frame): void {
    if (frame.type !== 'submit' && !(frame.type === 'deliver' && this.s.seqs.has(frame.seq))) startChecks(this.gate, frame.envelope);
  }

  /** A case key was taken: frames skipped for want of it are fetched again (a fresh login from the applied seq). */
  keyArrived(epoch: number): void {
    if (this.skippedForKey.delete(epoch)) this.s.link.restart();
  }

  async onFrame(frame: Frame): Promise<void> {
    const s = this.s;
    if (frame.type === 'submit') return;
    const envelope = frame.envelope;
    const sender = envelope.header.sender;
    if (frame.type === 'ephemeral') {
      const result = await this.admitted(envelope);
      if (!result.ok) {
        if ('alarm' in result) s.alarm(result.alarm, { device: sender });
        return;
      }
      if (result.value.kind !== 'awareness' || !s.presence.receive(result.value.awareness, sender)) return s.alarm('tampered', { device: sender });
      s.watch.compare(sender, result.value.heads);
      return;
    }
    const seq = frame.seq;
    if (envelope.header.kind === 'snapshot') return this.onSnapshot(seq, envelope);
    if (s.seqs.has(seq)) return;
    const result = await this.admitted(envelope);
    if (!result.ok && 'retry' in result) {
      // No key for its epoch yet: fetched again once it arrives.
      this.skippedForKey.add(envelope.header.epoch);
      return;
    }
    if (!result.ok) {
      // Refused for good (the same bytes would come again): reported, skipped, nothing applied.
      s.alarm(result.alarm, { device: sender, seq });
    } else if (result.value.kind === 'update') {
      if (!result.value.repeat) {
        try {
          Y.applyUpdate(s.doc, result.value.update, REMOTE_ORIGIN);
        } catch {
          s.alarm('tampered', { device: sender, seq });
        }
      }
      await s.deps.store.appendFrames(s.room, [{ seq, envelope: envelope.bytes.slice() }]);
      s.snapshots.framesSinceLocal++;
    }
    const missing = s.seqs.missingBefore(seq);
    if (await s.seqs.mark(seq)) this.gapRestarts = 0;
    // Frames skipped for want of a key are not a gap: they are fetched again when the key comes.
    if (missing > s.outbox.inFlightCount && this.skippedForKey.size === 0 && !s.isStopped() && this.gapRestarts < 3) {
      this.gapRestarts++;
      s.link.restart();
    }
    await s.snapshots.maybeLocal();
  }

  private async onSnapshot(seq: number, envelope: Envelope): Promise<void> {
    const s = this.s;
    if (seq <= s.seqs.applied) return;
    const result = await this.admitted(envelope);
    if (!result.ok) {
      if ('alarm' in result) s.alarm(result.alarm, { device: envelope.header.sender, seq });
      else this.skippedForKey.add(envelope.header.epoch);
      return;
    }
    if (result.value.kind !== 'snapshot' || !(await s.snapshots.receive(seq, envelope, result.value.snapshot, result.value.streams))) {
      return s.alarm('tampered', { device: envelope.header.sender, seq });
    }
    this.gapRestarts = 0;
  }

  onDisconnect(code: number, lastError: RelayMessage | undefined): void {
    const s = this.s;
    s.setLoggedIn(false, false);
    s.outbox.disconnected();
    s.presence.clearRemote();
    s.watch.stop();
    const errorCode = lastError?.type === 'error' && lastError.id === undefined && lastError.msgId === undefined ? lastError.code : code;
    if (s.gone !== undefined) return;
    if (errorCode === CloseCodes.gone.code) {
      // Closed as erased: deleting follows only from the verified erase entry (onErased).
      if (s.log.erased === undefined) this.erasureUnproven();
      return;
    }
    const kind = syncErrorFor(errorCode, s.login.type === 'redeem');
    if (kind === 'removed') return s.refusedAsRemoved();
    if (kind !== undefined) return s.fail(kind);
    s.setState('connecting');
  }
}
