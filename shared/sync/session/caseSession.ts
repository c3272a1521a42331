/**
 * The sync provider of one case: a Y.Doc and a y-protocols Awareness kept in step with the relay
 * through sealed, signed envelopes, with every local edit kept in the local store until the relay
 * has committed it. Tiptap's Collaboration and CollaborationCaret take `doc` and `awareness`.
 *
 * The relay is an untrusted courier: who is a member, which key is current and who wrote what come
 * from the signed membership log (membership/) and the checks of the inbound gate, never from the
 * relay's word (docs/threat-model.md). Inbound (in order, see RelayLink): welcome → log → keys →
 * catch-up (snapshot, then frames by seq) → caught-up → live frames. Outbound: local Yjs updates
 * are batched (~40 ms), placed in this session's stream, sealed and signed under the log's current
 * epoch, queued in the store, then sent; acks move them to the frames.
 * Why not y-websocket's WebsocketProvider: see docs/sync-client.md.
 */
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DeviceKeys } from '../../crypto/index.js';
import { roomSocketUrl, transportProtection } from '../../host/relayUrl.js';
import { REMOTE_ORIGIN } from '../../model/origins.js';
import type { DeviceId, RoomId } from '../../protocol/ids.js';
import type { DeviceInfo, RequestMessage } from '../../protocol/messages.js';
import { canWrite } from '../../protocol/roles.js';
import type { AlarmKind } from '../integrity/alarms.js';
import { IntegrityWatch } from '../integrity/integrityWatch.js';
import { OwnStream, StreamTable } from '../integrity/streams.js';
import { KeyGate, wrapCaseKey } from '../keys/keyGate.js';
import { CaseKeyring } from '../keys/keyring.js';
import { loginMessage, type LoginPlan } from '../link/login.js';
import { RelayLink, type RequestAnswer } from '../link/relayLink.js';
import { AppliedSeqs } from '../local/appliedSeqs.js';
import { gatedStore, guardedStore } from '../local/guardedStore.js';
import { LogSync } from '../membership/logSync.js';
import { MemberKeys } from '../membership/memberKeys.js';
import { memberList } from '../membership/memberList.js';
import type { MembershipLog } from '../membership/membershipLog.js';
import type { EraseReason } from '../membership/logEntry.js';
import { Outbox } from '../outbox/outbox.js';
import { Presence } from '../presence/presence.js';
import { encodeWithJson } from '../sealing/innerPayload.js';
import { SessionCipher } from '../sealing/sessionCipher.js';
import { SessionInbound } from './inbound.js';
import type { CaseSessionDeps, CaseSessionOptions } from './sessionOptions.js';
import { SessionStatus } from './sessionStatus.js';
import { Snapshots } from './snapshots.js';
import type { SyncErrorKind } from './status.js';
import { Joining } from './joining.js';
import { loadKeys, restoreLocal } from './restore.js';
import { encodeEphemeral } from '../../protocol/frames.js';

export type { CaseSessionDeps, CaseSessionOptions } from './sessionOptions.js';
export type { LoginPlan } from '../link/login.js';

/** One open case: `doc`, `awareness`, status events, and (for the chair) administration. */
export class CaseSession extends SessionStatus {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly room: RoomId;
  /** @internal */ readonly keyring: CaseKeyring;
  /** @internal */ readonly link: RelayLink;
  /** @internal */ readonly logSync: LogSync;
  /** @internal */ readonly keyGate: KeyGate;
  /** @internal */ readonly streams: StreamTable;
  /** @internal */ readonly watch: IntegrityWatch;
  /** The epoch the relay last named (a claim; the log decides). @internal */
  relayEpoch = 0;
  /** The relay's device list (for who is online; membership comes from the log). @internal */
  relayDevices: readonly DeviceInfo[] = [];

  /** @internal */ login: LoginPlan;
  /** @internal */ readonly seqs: AppliedSeqs;
  /** @internal */ readonly presence: Presence;
  /** @internal */ readonly outbox: Outbox;
  /** @internal */ readonly cipher: SessionCipher;
  /** @internal */ readonly snapshots: Snapshots;
  /** @internal */ readonly memberKeys: MemberKeys;
  /** @internal */ joining: Joining | undefined;
  /** Keys this (admin) device wrapped for devices that joined after an epoch started: device/epoch. @internal */
  readonly grantedKeys = new Set<string>();
  /** @internal */ readonly ownStream: OwnStream;
  private readonly inbound: SessionInbound;
  private destroyed = false;
  private closing: Promise<void> | undefined;
  /** Set once the case's removal or erasure was verified: the case is being (or was) deleted from this device. */
  private goneFor: 'removed' | 'erased' | undefined;
  private leaving: Promise<void> | undefined;
  private removalChecks = 0;

  private constructor(
    readonly deps: CaseSessionDeps,
    readonly options: CaseSessionOptions,
    readonly device: DeviceKeys,
    genesis: string | undefined,
  ) {
    super(options.connect === false || options.relayUrl === null ? 'local-only' : 'connecting');
    this.room = options.room;
    this.login = options.login;
    this.doc = new Y.Doc();
    const now = deps.now ?? Date.now;
    this.presence = new Presence(this.doc, { send: (update) => this.sendPresence(update), remoteOrigin: REMOTE_ORIGIN, timers: deps.timers });
    this.awareness = this.presence.awareness;
    this.seqs = new AppliedSeqs(deps.store, options.room, 0);
    this.keyring = new CaseKeyring(deps.crypto);
    this.cipher = new SessionCipher(deps.crypto, this.keyring, options.room, device);
    this.streams = new StreamTable(now);
    this.ownStream = new OwnStream(deps.crypto);
    this.logSync = new LogSync(
      {
        crypto: deps.crypto,
        room: options.room,
        store: deps.store,
        device,
        request: (m) => this.request(m),
        alarm: (kind) => this.alarm(kind),
        changed: () => this.inbound.membershipChanged(),
        now,
      },
      genesis,
    );
    this.memberKeys = new MemberKeys(deps.crypto, () => this.log);
    this.keyGate = new KeyGate({
      crypto: deps.crypto,
      room: options.room,
      device,
      keyring: this.keyring,
      keys: deps.keys,
      log: () => this.log,
      refreshLog: () => this.logSync.refresh(),
      alarm: (kind) => this.alarm(kind),
      accepted: (epoch) => {
        this.outbox.resume();
        this.inbound.keyArrived(epoch);
      },
    });
    this.watch = new IntegrityWatch({
      timers: deps.timers,
      self: device.id,
      streams: this.streams,
      log: () => this.log,
      alarm: (kind, from) => this.alarm(kind, from === undefined ? {} : { device: from }),
      fetchLog: () => this.inBackground(this.logSync.refresh()),
      relayEpoch: () => this.relayEpoch,
      ...(deps.withheldGraceMs === undefined ? {} : { graceMs: deps.withheldGraceMs }),
      now,
    });
    this.watch.beginStream(this.ownStream.id);
    this.snapshots = new Snapshots({
      doc: this.doc,
      room: options.room,
      store: deps.store,
      cipher: this.cipher,
      seqs: this.seqs,
      streams: this.streams,
      localEvery: options.localSnapshotEvery ?? 500,
      sealEpoch: () => this.sealEpoch(),
      canWrite: () => this.mayWrite(),
      send: (frame) => this.link.send(frame),
    });
    this.outbox = new Outbox({
      crypto: deps.crypto,
      store: deps.store,
      timers: deps.timers,
      room: options.room,
      cipher: this.cipher,
      stream: this.ownStream,
      batchMs: options.batchMs ?? 40,
      sealEpoch: () => this.sealEpoch(),
      canSend: () => this.loggedIn && !this.pendingApproval && this.caughtUp && this.mayWrite(),
      send: (frame) => this.link.send(frame),
      changed: () => this.updateSyncedState(),
      problem: (kind, error) => (kind === 'too-large' ? this.emitStatus() : this.reportFailure(error)),
      recovered: () => this.problemOver('local-store-failed'),
    });
    this.inbound = new SessionInbound(this);
    this.link = new RelayLink(deps.sockets, deps.timers, () => roomSocketUrl(options.relayUrl ?? '', this.room), {
      login: (nonce) => loginMessage(deps.crypto, device, deps.label, this.room, this.login, { seq: this.seqs.applied, log: this.log.length }, nonce),
      onMessage: (m) => this.inbound.onMessage(m),
      onFrame: (f) => this.inbound.onFrame(f),
      onFrameArrived: (f) => this.inbound.onFrameArrived(f),
      onDisconnect: (code, _reason, lastError) => this.inbound.onDisconnect(code, lastError),
      onMalformed: () => this.alarm('tampered'),
      onInternalError: (error) => this.reportFailure(error),
    });
    if (options.login.type === 'redeem') {
      this.joining = new Joining(
        {
          crypto: deps.crypto,
          room: this.room,
          device,
          label: deps.label,
          store: deps.store,
          keys: deps.keys,
          logSync: this.logSync,
          keyGate: this.keyGate,
          streams: this.streams,
        },
        options.login,
      );
    }
  }

  /** Opens a case: loads keys, the membership log and the local store, applies them, and connects (unless told not to). */
  static async open(unguarded: CaseSessionDeps, options: CaseSessionOptions): Promise<CaseSession> {
    // Once the case is gone (removed, erased), nothing in flight may write a byte of it back.
    let gone = (): boolean => false;
    const deps = { ...unguarded, store: gatedStore(guardedStore(unguarded.store), () => gone()) };
    const device = await deps.keys.deviceKeys();
    const record = await deps.store.getCase(options.room);
    const session = new CaseSession(deps, options, device, record?.genesis ?? undefined);
    gone = () => session.goneFor !== undefined;
    session.role = record?.role ?? undefined;
    await session.logSync.loadLocal();
    await loadKeys(session);
    await restoreLocal(session);
    session.doc.on('update', (update: Uint8Array, origin: unknown) => session.onLocalUpdate(update, origin));
    if (session.state !== 'local-only') session.connect();
    session.emitStatus();
    // A case whose erasure or this device's removal is already in the log it holds (deleting was interrupted).
    session.checkGone();
    return session;
  }

  /** Why the case left this device, once that is verified ('removed', 'erased'). */
  get gone(): 'removed' | 'erased' | undefined {
    return this.goneFor;
  }

  /**
   * Checks the verified log: erased, or this device removed? Then the case leaves the device: the
   * session stops, nothing more is written, and the case's keys and local copy are deleted
   * (`deps.forget`), before the UI hears `gone`. @internal
   */
  checkGone(): void {
    if (this.goneFor !== undefined) return;
    if (this.log.erased !== undefined) return this.background(this.leave('erased'));
    if (this.log.length > 0 && this.log.isRemoved(this.device.id)) return this.background(this.leave('removed'));
  }

  /** Deletes the case from this device now (a case kept only here that its chair erases). @internal */
  leave(reason: 'removed' | 'erased', erasedFor: EraseReason | undefined = this.log.erased?.reden): Promise<void> {
    this.leaving ??= (async () => {
      this.goneFor = reason;
      this.destroyed = true;
      this.link.stop();
      this.watch.stop();
      this.outbox.disconnected();
      this.stopWith(reason);
      await this.deps.forget?.(this.room, reason, erasedFor);
      this.emit('gone', [reason]);
    })();
    return this.leaving;
  }

  /**
   * The relay refused this device as removed. That alone deletes nothing (a relay could say it of
   * anyone): the session asks again a few times, and the relay hands a removed device the log up to
   * the chair's signed removal entry, which `checkGone` verifies. @internal
   */
  refusedAsRemoved(): void {
    this.fail('removed');
    this.checkGone();
    const delays = this.deps.removalChecksMs ?? [2_000, 10_000, 60_000];
    const delay = delays[this.removalChecks++];
    if (this.goneFor !== undefined || delay === undefined || this.isLocalCase) return;
    this.deps.timers.setTimeout(() => {
      if (this.goneFor === undefined && !this.destroyed) this.link.start();
    }, delay);
  }

  /** The verified membership log. */
  get log(): MembershipLog {
    return this.logSync.log;
  }

  /**
   * The case's members (from the verified log), online as the relay says. The same array until
   * either changes (React's useSyncExternalStore needs a stable snapshot).
   */
  get devices(): readonly DeviceInfo[] {
    const cache = this.deviceCache;
    if (cache !== undefined && cache.logLength === this.log.length && cache.relay === this.relayDevices) return cache.list;
    const list = memberList(this.log, this.relayDevices);
    this.deviceCache = { logLength: this.log.length, relay: this.relayDevices, list };
    return list;
  }

  private deviceCache: { readonly logLength: number; readonly relay: readonly DeviceInfo[]; readonly list: readonly DeviceInfo[] } | undefined;

  protected pendingChanges(): number {
    return this.outbox.pendingChanges;
  }

  protected heldChanges(): number {
    return this.outbox.heldCount;
  }

  protected override notYetMember(): boolean {
    return this.joining !== undefined && !this.log.members.has(this.device.id);
  }

  /** True for a case kept only on this device (no relay to talk to). */
  get isLocalCase(): boolean {
    return this.options.relayUrl === null;
  }

  /**
   * Starts (or resumes) talking to the relay; a local case stays 'local-only'. A plain `ws://`
   * relay outside this machine is used only when the host allows it (a closed network the
   * operator named); otherwise the session stops with 'insecure-transport'.
   */
  connect(): void {
    if (this.closing !== undefined || this.state === 'error' || this.isLocalCase) return;
    this.state = 'connecting';
    this.emitStatus();
    const url = this.options.relayUrl ?? '';
    if (transportProtection(url) !== 'unprotected') return this.link.start();
    const allowed = this.deps.allowUnprotected?.(url) ?? false;
    void Promise.resolve(allowed).then(
      (ok) => {
        if (this.state !== 'connecting') return;
        if (ok) this.link.start();
        else this.fail('insecure-transport');
      },
      () => this.fail('insecure-transport'),
    );
  }

  /** Stops talking to the relay; edits go on being queued locally. */
  disconnect(): void {
    this.loggedIn = false;
    this.caughtUp = false;
    this.link.stop();
    this.watch.stop();
    this.state = 'local-only';
    this.emitStatus();
  }

  /** True while a local edit is only in memory, not yet sealed into the local store. */
  get hasUnsavedEdits(): boolean {
    return this.outbox.unsaved;
  }

  /**
   * Seals the current batch now and waits until every local edit so far is in the local store
   * (call it when the window is hidden or about to close: the batch timer may never fire).
   */
  flush(): Promise<void> {
    return this.outbox.flush();
  }

  /**
   * Leaves the case (again: the same promise): first every pending edit goes to the local store
   * (so a reload finds it), then the others hear that this device left, then everything closes.
   */
  override destroy(): Promise<void> {
    this.closing ??= (async () => {
      if (this.leaving !== undefined) {
        // The case already left the device: nothing to flush or announce.
        await this.leaving.catch(() => undefined);
        this.doc.destroy();
        super.destroy();
        return;
      }
      try {
        await this.flush();
        await this.presence.leave();
        await this.flush(); // what was typed while leaving
      } finally {
        this.destroyed = true;
        this.watch.stop();
        this.link.stop();
        this.doc.destroy();
        super.destroy();
      }
    })();
    return this.closing;
  }

  // ---- local state -------------------------------------------------------------------------

  // ---- what the log decides ------------------------------------------------------------------

  /**
   * The epoch to seal under: the log's current one if this device holds its key (a case without a
   * log: the newest key). None while a removed device may hold the current key: between a removal
   * and the chair's new epoch, edits wait (sealed later under the new key), presence pauses.
   */
  sealEpoch(): number | undefined {
    const current = this.log.length === 0 ? this.keyring.latestEpoch : this.log.currentEpoch;
    if (this.log.heldByRemoved(current)) return undefined;
    return this.keyring.has(current) ? current : undefined;
  }

  /** True if the log says this device may change the document now. */
  mayWrite(): boolean {
    if (this.log.length === 0) return this.role !== undefined && canWrite(this.role);
    const me = this.log.members.get(this.device.id);
    return me?.status === 'active' && canWrite(me.role);
  }

  /** Raises a security alarm: announced, kept in the local store, never silent. @internal */
  alarm(kind: AlarmKind, detail: { device?: DeviceId; seq?: number } = {}): void {
    const alarm = { kind, at: (this.deps.now ?? Date.now)(), room: this.room, ...detail };
    this.announceAlarm(alarm);
    this.inBackground(this.deps.store.addAlarm(alarm));
  }

  // ---- outbound ----------------------------------------------------------------------------

  private onLocalUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === REMOTE_ORIGIN || this.destroyed) return;
    // An observer's edits would be refused by every member (and the relay closes the connection):
    // the UI keeps its editors read-only; anything that slips through stays local.
    if (this.role !== undefined && !canWrite(this.role)) return;
    this.outbox.add(update);
  }

  /** Highest seq applied without gaps. */
  get appliedSeq(): number {
    return this.seqs.applied;
  }

  private async sendPresence(update: Uint8Array): Promise<void> {
    // Peers know this device only once its join is in the log (else its presence would look forged).
    if (!this.loggedIn || this.pendingApproval || this.log.members.get(this.device.id)?.status !== 'active') return;
    const epoch = this.sealEpoch();
    if (epoch === undefined) return;
    const envelope = await this.cipher.seal('awareness', epoch, 0, 0, encodeWithJson(this.watch.announcement(), update));
    if (envelope !== undefined) this.link.send(encodeEphemeral(envelope) as Uint8Array<ArrayBuffer>);
  }

  /** Seals and submits a snapshot (answering please-compact, or after a key rotation). @internal */
  submitSnapshot(): Promise<boolean> {
    return this.snapshots.submit();
  }

  /** Wraps a case key for one device's box key. @internal */
  wrapFor(deviceId: DeviceId, boxPublicSpki: Uint8Array, epoch: number, key: Uint8Array): Promise<string> {
    return wrapCaseKey(this.deps.crypto, this.room, deviceId, boxPublicSpki, epoch, key);
  }

  /** Resolves once every frame up to `seq` is applied (or the connection drops). @internal */
  async appliedUpTo(seq: number, timeoutMs = 10_000): Promise<boolean> {
    const deadline = (this.deps.now ?? Date.now)() + timeoutMs;
    while (this.seqs.applied < seq) {
      if (!this.loggedIn || (this.deps.now ?? Date.now)() > deadline) return false;
      await new Promise<void>((resolve) => this.deps.timers.setTimeout(() => resolve(), 20));
    }
    return true;
  }

  // ---- what SessionInbound reaches -------------------------------------------------------------

  /** @internal */ get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** @internal */ setLoggedIn(loggedIn: boolean, caughtUp: boolean, pending?: boolean): void {
    this.loggedIn = loggedIn;
    this.caughtUp = caughtUp;
    if (pending !== undefined) this.pendingApproval = pending;
  }

  /** @internal */ get isPending(): boolean {
    return this.pendingApproval;
  }

  /** @internal */ setState(state: 'syncing' | 'awaiting-approval' | 'connecting'): void {
    if (this.state === 'local-only' || this.state === 'error') return;
    this.state = state;
    this.emitStatus();
  }

  /** @internal */ isStopped(): boolean {
    return this.state === 'local-only' || this.state === 'error';
  }

  /** @internal */ refreshStatus(): void {
    this.updateSyncedState();
  }

  /** @internal */ welcomedNow(): void {
    this.welcomed();
  }

  /** @internal */ fail(kind: SyncErrorKind): void {
    this.link.stop();
    this.watch.stop();
    this.stopWith(kind);
  }

  /** @internal */ background(work: Promise<unknown>): void {
    this.inBackground(work);
  }

  /** @internal */ emitEvent(name: 'devices' | 'synced'): void {
    if (name === 'devices') this.emit('devices', [this.devices]);
    else this.emit('synced', []);
  }

  /** Sends a request to the relay. @internal */
  request(message: RequestMessage): Promise<RequestAnswer> {
    return this.link.request(message);
  }
}
