/**
 * The sync provider of one case: a Y.Doc and a y-protocols Awareness kept in step with the
 * relay through sealed envelopes, with every local edit kept in the local store until the relay
 * has committed it. Tiptap's Collaboration and CollaborationCaret take `doc` and `awareness`.
 *
 * Inbound (in order, see RelayLink): welcome → keys → catch-up (snapshot, then frames by seq) →
 * caught-up → live frames. Outbound: local Yjs updates are batched (~40 ms), merged, padded,
 * sealed under the current epoch, queued in the store, then sent; acks move them to the frames.
 * Why not y-websocket's WebsocketProvider: see docs/sync-client.md.
 */
import { ObservableV2 } from 'lib0/observable';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { fromBase64Url, toBase64Url, type DeviceId, type RoomId } from '../protocol/ids.js';
import { decodeEnvelope, encodeEphemeral, encodeSubmit, type Envelope, type EnvelopeKind, type Frame } from '../protocol/frames.js';
import type { DeviceInfo, DeviceLabel, RelayMessage, RequestMessage } from '../protocol/messages.js';
import { canWrite, type Role } from '../protocol/roles.js';
import { sha256, unwrapKeyForDevice, wrapKeyForDevice, type DeviceKeys } from '../crypto/index.js';
import type { CryptoKeyHandle, CryptoPort } from '../platform/cryptoPort.js';
import type { SocketPort } from '../platform/socketPort.js';
import type { TimerPort } from '../platform/timers.js';
import { openInvitePackage } from './invitePackage.js';
import { caseKeyContext } from './keyContext.js';
import { AppliedSeqs } from './appliedSeqs.js';
import { CaseKeyring } from './keyring.js';
import type { KeyStore } from './keyStore.js';
import type { LocalCaseStore } from './localCaseStore.js';
import { loginMessage, syncErrorFor, type LoginPlan } from './login.js';
import { Outbox } from './outbox.js';
import { Presence } from './presence.js';
import { RelayLink, type RequestAnswer } from './relayLink.js';
import { decodeSnapshot, encodeSnapshot } from './snapshotCodec.js';
import { openEnvelope, sealEnvelope } from './envelopeCrypto.js';
import type { CaseSessionEvents, SyncErrorKind, SyncState, SyncStatus, TamperReport } from './status.js';

/** Platform and storage a session runs on. */
export interface CaseSessionDeps {
  readonly crypto: CryptoPort;
  readonly sockets: SocketPort;
  readonly timers: TimerPort;
  readonly store: LocalCaseStore;
  readonly keys: KeyStore;
  /** How this person appears to the room and in the access log. */
  readonly label: DeviceLabel;
}

export type { LoginPlan } from './login.js';

/** Options of one case session. */
export interface CaseSessionOptions {
  readonly room: RoomId;
  /** The relay's WebSocket URL (ws:// or wss://). */
  readonly relayUrl: string;
  readonly login: LoginPlan;
  /** false: open from the local store only ('local-only'); `connect()` later. Default true. */
  readonly connect?: boolean;
  /** Batch window for local updates (ms). Default 40. */
  readonly batchMs?: number;
  /** Write a local snapshot after this many stored frames. Default 500. */
  readonly localSnapshotEvery?: number;
}

/** Transaction origin of everything this session applies (so it is not sent back). */
export const REMOTE_ORIGIN: unique symbol = Symbol('tafel-sync-remote');

/** One open case: `doc`, `awareness`, status events, and (for the chair) administration. */
export class CaseSession extends ObservableV2<CaseSessionEvents> {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly room: RoomId;
  /** @internal */ readonly keyring: CaseKeyring;
  /** @internal */ readonly link: RelayLink;
  /** @internal */ relayEpoch = 0;
  role: Role | undefined;
  devices: readonly DeviceInfo[] = [];

  private login: LoginPlan;
  private state: SyncState;
  private error: SyncErrorKind | undefined;
  private tamperedCount = 0;
  private loggedIn = false;
  private pendingApproval = false;
  private caughtUp = false;
  private lastStatus = '';
  private readonly seqs: AppliedSeqs;
  private readonly presence: Presence;
  private readonly outbox: Outbox;
  private readonly snapshotMsgIds = new Set<number>();
  private framesSinceLocalSnapshot = 0;
  private gapRestarts = 0;
  private destroyed = false;
  private syncedWaiters: Array<() => void> = [];
  private welcomeWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  private constructor(
    readonly deps: CaseSessionDeps,
    readonly options: CaseSessionOptions,
    readonly device: DeviceKeys,
  ) {
    super();
    this.room = options.room;
    this.login = options.login;
    this.doc = new Y.Doc();
    this.presence = new Presence(this.doc, { send: (update) => this.sendPresence(update), remoteOrigin: REMOTE_ORIGIN });
    this.awareness = this.presence.awareness;
    this.seqs = new AppliedSeqs(deps.store, options.room, 0);
    this.keyring = new CaseKeyring(deps.crypto);
    this.outbox = new Outbox({
      crypto: deps.crypto,
      store: deps.store,
      timers: deps.timers,
      room: options.room,
      sender: device.id,
      keyring: this.keyring,
      batchMs: options.batchMs ?? 40,
      relayEpoch: () => this.relayEpoch,
      canSend: () => this.loggedIn && !this.pendingApproval && this.caughtUp && this.role !== undefined && canWrite(this.role),
      send: (frame) => this.link.send(frame),
      changed: () => this.updateSyncedState(),
    });
    this.state = options.connect === false ? 'local-only' : 'connecting';
    this.link = new RelayLink(deps.sockets, deps.timers, () => options.relayUrl, {
      login: (nonce) => loginMessage(deps.crypto, device, deps.label, this.room, this.login, this.seqs.applied, nonce),
      onMessage: (m) => this.onMessage(m),
      onFrame: (f) => this.onFrame(f),
      onDisconnect: (code, _reason, lastError) => this.onDisconnect(code, lastError),
      onMalformed: () => this.reportTamper({ kind: 'update' }),
      onInternalError: () => this.emitStatus(),
    });
  }

  /** Opens a case: loads keys and the local store, applies them, and connects (unless told not to). */
  static async open(deps: CaseSessionDeps, options: CaseSessionOptions): Promise<CaseSession> {
    const device = await deps.keys.deviceKeys();
    const session = new CaseSession(deps, options, device);
    for (const [epoch, key] of await deps.keys.caseKeys(options.room)) session.keyring.add(epoch, key);
    const record = await deps.store.getCase(options.room);
    session.role = record?.role ?? undefined;
    await session.loadLocal();
    session.doc.on('update', (update: Uint8Array, origin: unknown) => session.onLocalUpdate(update, origin));
    if (options.connect !== false) session.connect();
    session.emitStatus();
    return session;
  }

  /** The current status. */
  get status(): SyncStatus {
    const pendingChanges = this.outbox.pendingChanges;
    return {
      state: !this.loggedIn && this.state === 'connecting' && pendingChanges > 0 ? 'offline-with-pending-changes' : this.state,
      ...(this.error === undefined ? {} : { error: this.error }),
      pendingChanges,
      ...(this.role === undefined ? {} : { role: this.role }),
      tampered: this.tamperedCount,
    };
  }

  /** Starts (or resumes) talking to the relay. */
  connect(): void {
    if (this.destroyed || this.state === 'error') return;
    this.state = 'connecting';
    this.link.start();
    this.emitStatus();
  }

  /** Stops talking to the relay; edits go on being queued locally. */
  disconnect(): void {
    this.loggedIn = false;
    this.caughtUp = false;
    this.link.stop();
    this.state = 'local-only';
    this.emitStatus();
  }

  /** Resolves the next time the session is caught up with the relay and has nothing unsent. */
  whenSynced(): Promise<void> {
    if (this.state === 'synced') return Promise.resolve();
    return new Promise((resolve) => this.syncedWaiters.push(resolve));
  }

  /** Resolves after the relay's welcome (rejects if the session stops with an error first). */
  whenWelcomed(): Promise<void> {
    if (this.loggedIn) return Promise.resolve();
    if (this.state === 'error') return Promise.reject(new Error(`sync: ${this.error ?? 'error'}`));
    return new Promise((resolve, reject) => this.welcomeWaiters.push({ resolve, reject }));
  }

  /** Seals the current batch now and waits until every local edit so far is in the local store. */
  flush(): Promise<void> {
    return this.outbox.flush();
  }

  /** Leaves the case: tells the others (presence), flushes edits to the store, closes. */
  override async destroy(): Promise<void> {
    if (this.destroyed) return;
    await this.flush();
    await this.presence.leave();
    this.destroyed = true;
    this.link.stop();
    this.doc.destroy();
    super.destroy();
  }

  // ---- local state -------------------------------------------------------------------------

  private async loadLocal(): Promise<void> {
    const local = await this.deps.store.load(this.room);
    this.seqs.applied = local.lastSeq;
    const updates: Uint8Array[] = [];
    if (local.snapshot !== null) {
      const plain = await this.openStored(local.snapshot.envelope);
      const snap = plain === undefined ? undefined : decodeSnapshot(plain);
      if (snap === undefined) this.reportTamper({ kind: 'snapshot', seq: local.snapshot.baseSeq });
      else Y.applyUpdateV2(this.doc, snap.update, REMOTE_ORIGIN);
    }
    for (const f of local.frames) {
      const plain = await this.openStored(f.envelope);
      if (plain === undefined) this.reportTamper({ kind: 'update', seq: f.seq });
      else updates.push(plain);
      this.seqs.remember(f.seq);
    }
    for (const q of local.queue) {
      const plain = await this.openStored(q.envelope);
      if (plain !== undefined) updates.push(plain);
    }
    this.outbox.restore(local.queue);
    this.doc.transact(() => {
      for (const u of updates) Y.applyUpdate(this.doc, u, REMOTE_ORIGIN);
    }, REMOTE_ORIGIN);
    this.framesSinceLocalSnapshot = local.frames.length;
  }

  private async openStored(bytes: Uint8Array): Promise<Uint8Array | undefined> {
    const env = decodeEnvelope(bytes);
    if (!env.ok) return undefined;
    return this.open(env.value);
  }

  /** Opens an envelope with the key of its epoch; `undefined` if tampered or no key. */
  private async open(envelope: Envelope): Promise<Uint8Array | undefined> {
    if (envelope.header.room !== this.room) return undefined;
    const key = this.keyring.key(envelope.header.epoch);
    if (key === undefined) return undefined;
    return openEnvelope(this.deps.crypto, await key, envelope);
  }

  // ---- outbound ----------------------------------------------------------------------------

  private onLocalUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === REMOTE_ORIGIN || this.destroyed) return;
    // An observer's edits would be refused by the relay (and close the connection): the UI
    // keeps its editors read-only; anything that slips through stays local.
    if (this.role !== undefined && !canWrite(this.role)) return;
    this.outbox.add(update);
  }

  private seal(key: CryptoKeyHandle, kind: EnvelopeKind, epoch: number, msgId: number, baseSeq: number, plaintext: Uint8Array) {
    return sealEnvelope(this.deps.crypto, key, { kind, room: this.room, epoch, sender: this.device.id, msgId, baseSeq }, plaintext);
  }

  /** Highest seq applied without gaps. */
  get appliedSeq(): number {
    return this.seqs.applied;
  }

  private async sendPresence(update: Uint8Array): Promise<void> {
    if (!this.loggedIn || this.pendingApproval) return;
    const key = this.keyring.key(this.relayEpoch);
    if (key === undefined) return;
    const envelope = await this.seal(await key, 'awareness', this.relayEpoch, 0, 0, update);
    this.link.send(encodeEphemeral(envelope) as Uint8Array<ArrayBuffer>);
  }

  /**
   * Seals and submits a snapshot of the document covering every update up to the highest
   * contiguous seq applied (answering please-compact, or after a key rotation). Also keeps it
   * as the local snapshot.
   * @internal
   */
  async submitSnapshot(): Promise<boolean> {
    const epoch = this.relayEpoch;
    const key = this.keyring.key(epoch);
    if (key === undefined || this.seqs.applied < 1 || this.role === undefined || !canWrite(this.role)) return false;
    const baseSeq = this.seqs.applied;
    const msgId = await this.deps.store.nextMsgId(this.room);
    const envelope = await this.seal(await key, 'snapshot', epoch, msgId, baseSeq, encodeSnapshot(this.doc));
    this.snapshotMsgIds.add(msgId);
    await this.deps.store.putSnapshot(this.room, { baseSeq, envelope });
    this.framesSinceLocalSnapshot = 0;
    return this.link.send(encodeSubmit(envelope) as Uint8Array<ArrayBuffer>);
  }

  private async maybeLocalSnapshot(): Promise<void> {
    if (this.framesSinceLocalSnapshot < (this.options.localSnapshotEvery ?? 500) || this.seqs.applied < 1) return;
    const epoch = this.keyring.latestEpoch;
    const key = this.keyring.key(epoch);
    if (key === undefined) return;
    // msg id 0: a local snapshot is never sent (the relay only takes snapshots it asked for).
    const envelope = await this.seal(await key, 'snapshot', epoch, 0, this.seqs.applied, encodeSnapshot(this.doc));
    await this.deps.store.putSnapshot(this.room, { baseSeq: this.seqs.applied, envelope });
    this.framesSinceLocalSnapshot = 0;
  }

  // ---- inbound -----------------------------------------------------------------------------

  private async onMessage(message: RelayMessage): Promise<void> {
    switch (message.type) {
      case 'welcome':
        return this.onWelcome(message);
      case 'invite-package':
        return this.onInvitePackage(message.package);
      case 'keys':
        return this.onKeys(message.epoch, message.wrapped);
      case 'epoch':
        this.relayEpoch = message.epoch;
        return;
      case 'caught-up':
        return this.onCaughtUp(message.head);
      case 'ack':
        return this.onAck(message.msgId, message.seq);
      case 'peers':
        this.devices = message.devices;
        this.emit('devices', [message.devices]);
        return this.presence.send();
      case 'please-compact':
        await this.submitSnapshot();
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

  private async onWelcome(message: Extract<RelayMessage, { type: 'welcome' }>): Promise<void> {
    this.loggedIn = true;
    this.caughtUp = false;
    this.role = message.role;
    this.relayEpoch = message.epoch;
    this.devices = message.devices;
    this.pendingApproval = message.pending;
    if (this.login.type === 'create-room') this.login = { type: 'hello' };
    this.state = message.pending ? 'awaiting-approval' : 'syncing';
    const record = await this.deps.store.getCase(this.room);
    if (record !== undefined && (record.role !== message.role || record.membership !== 'member')) {
      await this.deps.store.putCase({ ...record, role: message.role, membership: 'member' });
    }
    if (!message.pending && (await this.deps.keys.pendingInvite(this.room)) !== undefined) await this.deps.keys.deletePendingInvite(this.room);
    this.emit('devices', [message.devices]);
    this.emitStatus();
    for (const w of this.welcomeWaiters.splice(0)) w.resolve();
  }

  private async onInvitePackage(sealed: string): Promise<void> {
    if (this.login.type !== 'redeem') return;
    const { token, secret } = this.login;
    const tokenHash = toBase64Url(await sha256(this.deps.crypto, fromBase64Url(token)!));
    const content = await openInvitePackage(this.deps.crypto, secret, this.room, tokenHash, sealed);
    if (content === undefined) return this.fail('invite-invalid');
    this.login = { type: 'hello' };
    await this.deps.keys.putPendingInvite(this.room, { token, secret, inviterSignPublicKey: content.inviter.signPublicKey });
    if (content.keys.length > 0) {
      for (const k of content.keys) this.keyring.add(k.epoch, k.key);
      await this.deps.keys.putCaseKeys(this.room, content.keys);
    }
    const record = await this.deps.store.getCase(this.room);
    if (record !== undefined) await this.deps.store.putCase({ ...record, membership: 'member', role: content.role });
    // Keep our own wrapped copies at the relay too, so a reinstalled vault can fetch them.
    if (content.keys.length > 0) {
      void this.whenWelcomed()
        .then(() => this.putOwnKeys(content.keys))
        .catch(() => undefined);
    }
  }

  private async putOwnKeys(keys: ReadonlyArray<{ epoch: number; key: Uint8Array }>): Promise<void> {
    for (const { epoch, key } of keys) {
      if (this.pendingApproval || epoch > this.relayEpoch) continue;
      const wrapped = await this.wrapFor(this.device.id, this.device.boxPublicSpki, epoch, key);
      await this.request({ type: 'put-keys', epoch, entries: [{ deviceId: this.device.id, wrapped }] }).catch(() => undefined);
    }
  }

  /** Wraps a case key for one device. @internal */
  async wrapFor(deviceId: DeviceId, boxPublicSpki: Uint8Array, epoch: number, key: Uint8Array): Promise<string> {
    return toBase64Url(await wrapKeyForDevice(this.deps.crypto, key, boxPublicSpki, caseKeyContext(this.room, epoch, deviceId)));
  }

  private async onKeys(epoch: number, wrapped: string): Promise<void> {
    const bytes = fromBase64Url(wrapped);
    const key = bytes === undefined ? undefined : await unwrapKeyForDevice(this.deps.crypto, bytes, this.device.boxPrivate, caseKeyContext(this.room, epoch, this.device.id));
    if (key === undefined) return this.reportTamper({ kind: 'key' });
    if (!this.keyring.has(epoch)) {
      this.keyring.add(epoch, key);
      await this.deps.keys.putCaseKeys(this.room, [{ epoch, key }]);
    }
    void this.outbox.pump();
  }

  private onCaughtUp(head: number): void {
    this.caughtUp = true;
    if (this.seqs.applied < head && this.outbox.inFlightCount === 0 && this.gapRestarts < 3) {
      // Something between since and head did not arrive or did not open: ask again.
      this.gapRestarts++;
      this.link.restart();
      return;
    }
    this.link.connectionHealthy();
    this.updateSyncedState();
    this.emit('synced', []);
    void this.presence.send();
    void this.outbox.pump();
  }

  private async onAck(msgId: number, seq: number): Promise<void> {
    if (this.snapshotMsgIds.delete(msgId)) return;
    if (!(await this.outbox.acknowledged(msgId, seq))) return;
    this.framesSinceLocalSnapshot++;
    if (await this.seqs.mark(seq)) this.gapRestarts = 0;
    this.updateSyncedState();
  }

  private onRelayError(message: Extract<RelayMessage, { type: 'error' }>): void {
    if (message.msgId === undefined) return;
    if (this.snapshotMsgIds.delete(message.msgId)) return;
    this.outbox.refused(message.msgId, message.code, message.retry);
  }

  private async onFrame(frame: Frame): Promise<void> {
    if (frame.type === 'submit') return;
    const envelope = frame.envelope;
    if (frame.type === 'ephemeral') {
      const plain = await this.open(envelope);
      if (plain === undefined || !this.presence.receive(plain)) this.reportTamper({ kind: 'awareness', sender: envelope.header.sender });
      return;
    }
    const seq = frame.seq;
    if (envelope.header.kind === 'snapshot') return this.onSnapshot(seq, envelope);
    if (this.seqs.has(seq)) return;
    if (!this.keyring.has(envelope.header.epoch)) return; // cannot read yet: re-fetched on the next login
    const plain = await this.open(envelope);
    if (plain === undefined) {
      this.reportTamper({ kind: 'update', seq, sender: envelope.header.sender });
    } else {
      try {
        Y.applyUpdate(this.doc, plain, REMOTE_ORIGIN);
      } catch {
        this.reportTamper({ kind: 'update', seq, sender: envelope.header.sender });
      }
      await this.deps.store.appendFrames(this.room, [{ seq, envelope: envelope.bytes.slice() }]);
      this.framesSinceLocalSnapshot++;
    }
    // A tampered frame is skipped for good (the same bytes would come again); it was reported.
    const missing = this.seqs.missingBefore(seq);
    if (await this.seqs.mark(seq)) this.gapRestarts = 0;
    if (missing > this.outbox.inFlightCount && this.caughtUp && this.gapRestarts < 3) {
      this.gapRestarts++;
      this.link.restart();
    }
    await this.maybeLocalSnapshot();
  }

  private async onSnapshot(seq: number, envelope: Envelope): Promise<void> {
    if (seq <= this.seqs.applied) return;
    const plain = await this.open(envelope);
    const snap = plain === undefined ? undefined : decodeSnapshot(plain);
    if (snap === undefined) return this.reportTamper({ kind: 'snapshot', seq, sender: envelope.header.sender });
    Y.applyUpdateV2(this.doc, snap.update, REMOTE_ORIGIN);
    await this.deps.store.putSnapshot(this.room, { baseSeq: seq, envelope: envelope.bytes.slice() });
    this.framesSinceLocalSnapshot = 0;
    await this.seqs.jumpTo(seq);
    this.gapRestarts = 0;
  }

  private onDisconnect(code: number, lastError: RelayMessage | undefined): void {
    this.loggedIn = false;
    this.caughtUp = false;
    this.outbox.disconnected();
    this.presence.clearRemote();
    const errorCode = lastError?.type === 'error' && lastError.id === undefined && lastError.msgId === undefined ? lastError.code : code;
    const kind = syncErrorFor(errorCode, this.login.type === 'redeem');
    if (kind !== undefined) return this.fail(kind);
    if (this.state !== 'local-only' && this.state !== 'error') this.state = 'connecting';
    this.emitStatus();
  }

  private fail(kind: SyncErrorKind): void {
    this.state = 'error';
    this.error = kind;
    this.link.stop();
    for (const w of this.welcomeWaiters.splice(0)) w.reject(new Error(`sync: ${kind}`));
    this.emitStatus();
  }

  private reportTamper(report: TamperReport): void {
    this.tamperedCount++;
    this.emit('tampered', [report]);
    this.emitStatus();
  }

  private updateSyncedState(): void {
    if (!this.loggedIn || this.pendingApproval || !this.caughtUp || this.state === 'local-only' || this.state === 'error') return this.emitStatus();
    this.state = this.outbox.pendingChanges === 0 ? 'synced' : 'syncing';
    this.emitStatus();
  }

  private emitStatus(): void {
    const status = this.status;
    const text = JSON.stringify(status);
    if (status.state === 'synced') for (const w of this.syncedWaiters.splice(0)) w();
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    this.emit('status', [status]);
  }

  /** Sends a request to the relay. @internal */
  request(message: RequestMessage): Promise<RequestAnswer> {
    return this.link.request(message);
  }
}
