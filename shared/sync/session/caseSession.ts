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
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DeviceId, RoomId } from '../../protocol/ids.js';
import { REMOTE_ORIGIN } from '../../model/origins.js';
import { encodeEphemeral, type Envelope, type Frame } from '../../protocol/frames.js';
import type { DeviceInfo, RelayMessage, RequestMessage } from '../../protocol/messages.js';
import { canWrite } from '../../protocol/roles.js';
import type { DeviceKeys } from '../../crypto/index.js';
import { AppliedSeqs } from '../local/appliedSeqs.js';
import { CaseKeyring } from '../keys/keyring.js';
import { loadLocalCase } from '../local/localLoad.js';
import { loginMessage, syncErrorFor, type LoginPlan } from '../link/login.js';
import { Outbox } from '../outbox/outbox.js';
import { Presence } from '../presence/presence.js';
import { RelayLink, type RequestAnswer } from '../link/relayLink.js';
import { guardedStore } from '../local/guardedStore.js';
import { SessionCipher } from '../sealing/sessionCipher.js';
import { acceptInvitePackage, receiveWrappedKey, wrapCaseKey, type EpochKey, type SessionKeyContext } from '../keys/sessionKeys.js';
import type { CaseSessionDeps, CaseSessionOptions } from './sessionOptions.js';
import { SessionStatus } from './sessionStatus.js';
import { Snapshots } from './snapshots.js';
import type { SyncErrorKind } from './status.js';

export type { CaseSessionDeps, CaseSessionOptions } from './sessionOptions.js';
export type { LoginPlan } from '../link/login.js';

/** One open case: `doc`, `awareness`, status events, and (for the chair) administration. */
export class CaseSession extends SessionStatus {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly room: RoomId;
  /** @internal */ readonly keyring: CaseKeyring;
  /** @internal */ readonly link: RelayLink;
  /** @internal */ relayEpoch = 0;
  devices: readonly DeviceInfo[] = [];

  private login: LoginPlan;
  private readonly seqs: AppliedSeqs;
  private readonly presence: Presence;
  private readonly outbox: Outbox;
  private readonly cipher: SessionCipher;
  private readonly snapshots: Snapshots;
  private gapRestarts = 0;
  private destroyed = false;
  private closing: Promise<void> | undefined;

  private constructor(
    readonly deps: CaseSessionDeps,
    readonly options: CaseSessionOptions,
    readonly device: DeviceKeys,
  ) {
    super(options.connect === false || options.relayUrl === null ? 'local-only' : 'connecting');
    this.room = options.room;
    this.login = options.login;
    this.doc = new Y.Doc();
    this.presence = new Presence(this.doc, { send: (update) => this.sendPresence(update), remoteOrigin: REMOTE_ORIGIN, timers: deps.timers });
    this.awareness = this.presence.awareness;
    this.seqs = new AppliedSeqs(deps.store, options.room, 0);
    this.keyring = new CaseKeyring(deps.crypto);
    this.cipher = new SessionCipher(deps.crypto, this.keyring, options.room, device.id);
    this.snapshots = new Snapshots({
      doc: this.doc,
      room: options.room,
      store: deps.store,
      cipher: this.cipher,
      seqs: this.seqs,
      localEvery: options.localSnapshotEvery ?? 500,
      relayEpoch: () => this.relayEpoch,
      canWrite: () => this.role !== undefined && canWrite(this.role),
      send: (frame) => this.link.send(frame),
    });
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
      problem: (kind, error) => (kind === 'too-large' ? this.emitStatus() : this.reportFailure(error)),
      recovered: () => this.problemOver('local-store-failed'),
    });
    this.link = new RelayLink(deps.sockets, deps.timers, () => options.relayUrl ?? '', {
      login: (nonce) => loginMessage(deps.crypto, device, deps.label, this.room, this.login, this.seqs.applied, nonce),
      onMessage: (m) => this.onMessage(m),
      onFrame: (f) => this.onFrame(f),
      onDisconnect: (code, _reason, lastError) => this.onDisconnect(code, lastError),
      onMalformed: () => this.reportTamper({ kind: 'update' }),
      onInternalError: (error) => this.reportFailure(error),
    });
  }

  /** Opens a case: loads keys and the local store, applies them, and connects (unless told not to). */
  static async open(unguarded: CaseSessionDeps, options: CaseSessionOptions): Promise<CaseSession> {
    const deps = { ...unguarded, store: guardedStore(unguarded.store) };
    const device = await deps.keys.deviceKeys();
    const session = new CaseSession(deps, options, device);
    for (const [epoch, key] of await deps.keys.caseKeys(options.room)) session.keyring.add(epoch, key);
    const record = await deps.store.getCase(options.room);
    session.role = record?.role ?? undefined;
    await session.loadLocal();
    session.doc.on('update', (update: Uint8Array, origin: unknown) => session.onLocalUpdate(update, origin));
    if (session.state !== 'local-only') session.connect();
    session.emitStatus();
    return session;
  }

  protected pendingChanges(): number {
    return this.outbox.pendingChanges;
  }

  protected heldChanges(): number {
    return this.outbox.heldCount;
  }

  /** True for a case kept only on this device (no relay to talk to). */
  get isLocalCase(): boolean {
    return this.options.relayUrl === null;
  }

  /** Starts (or resumes) talking to the relay; a local case stays 'local-only'. */
  connect(): void {
    if (this.closing !== undefined || this.state === 'error' || this.isLocalCase) return;
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
      try {
        await this.flush();
        await this.presence.leave();
        await this.flush(); // what was typed while leaving
      } finally {
        this.destroyed = true;
        this.link.stop();
        this.doc.destroy();
        super.destroy();
      }
    })();
    return this.closing;
  }

  // ---- local state -------------------------------------------------------------------------

  private async loadLocal(): Promise<void> {
    const local = await loadLocalCase(this.deps.store, this.room, this.cipher);
    this.seqs.applied = local.lastSeq;
    for (const report of local.tampered) this.reportTamper(report);
    if (local.snapshotUpdate !== undefined) Y.applyUpdateV2(this.doc, local.snapshotUpdate, REMOTE_ORIGIN);
    for (const seq of local.frameSeqs) this.seqs.remember(seq);
    this.outbox.restore(local.queue);
    this.doc.transact(() => {
      for (const u of local.updates) Y.applyUpdate(this.doc, u, REMOTE_ORIGIN);
    }, REMOTE_ORIGIN);
    this.snapshots.framesSinceLocal = local.frameSeqs.length;
  }

  // ---- outbound ----------------------------------------------------------------------------

  private onLocalUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === REMOTE_ORIGIN || this.destroyed) return;
    // An observer's edits would be refused by the relay (and close the connection): the UI
    // keeps its editors read-only; anything that slips through stays local.
    if (this.role !== undefined && !canWrite(this.role)) return;
    this.outbox.add(update);
  }

  /** Highest seq applied without gaps. */
  get appliedSeq(): number {
    return this.seqs.applied;
  }

  private async sendPresence(update: Uint8Array): Promise<void> {
    if (!this.loggedIn || this.pendingApproval) return;
    const envelope = await this.cipher.seal('awareness', this.relayEpoch, 0, 0, update);
    if (envelope !== undefined) this.link.send(encodeEphemeral(envelope) as Uint8Array<ArrayBuffer>);
  }

  /** Seals and submits a snapshot (answering please-compact, or after a key rotation). @internal */
  submitSnapshot(): Promise<boolean> {
    return this.snapshots.submit();
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
        this.presence.keepOnly(new Set(message.devices.filter((d) => d.online).map((d) => d.id)));
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
    this.welcomed();
  }

  private async onInvitePackage(sealed: string): Promise<void> {
    if (this.login.type !== 'redeem') return;
    const accepted = await acceptInvitePackage(this.keyContext(), this.login, sealed);
    if (accepted === undefined) return this.fail('invite-invalid');
    this.login = { type: 'hello' };
    // Keep our own wrapped copies at the relay too, so a reinstalled vault can fetch them.
    if (accepted.keys.length > 0) this.inBackground(this.whenWelcomed().then(() => this.putOwnKeys(accepted.keys)));
  }

  private async putOwnKeys(keys: readonly EpochKey[]): Promise<void> {
    for (const { epoch, key } of keys) {
      if (this.pendingApproval || epoch > this.relayEpoch) continue;
      const wrapped = await this.wrapFor(this.device.id, this.device.boxPublicSpki, epoch, key);
      await this.request({ type: 'put-keys', epoch, entries: [{ deviceId: this.device.id, wrapped }] });
    }
  }

  /** Wraps a case key for one device. @internal */
  wrapFor(deviceId: DeviceId, boxPublicSpki: Uint8Array, epoch: number, key: Uint8Array): Promise<string> {
    return wrapCaseKey(this.deps.crypto, this.room, deviceId, boxPublicSpki, epoch, key);
  }

  private async onKeys(epoch: number, wrapped: string): Promise<void> {
    if (!(await receiveWrappedKey(this.keyContext(), epoch, wrapped))) return this.reportTamper({ kind: 'key' });
    this.outbox.pumpInBackground();
  }

  private keyContext(): SessionKeyContext {
    return { crypto: this.deps.crypto, keys: this.deps.keys, store: this.deps.store, room: this.room, device: this.device, keyring: this.keyring };
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
    this.inBackground(this.presence.send());
    this.outbox.pumpInBackground();
  }

  private async onAck(msgId: number, seq: number): Promise<void> {
    if (this.snapshots.answered(msgId)) return;
    if (!(await this.outbox.acknowledged(msgId, seq))) return;
    this.snapshots.framesSinceLocal++;
    if (await this.seqs.mark(seq)) this.gapRestarts = 0;
    this.updateSyncedState();
  }

  private onRelayError(message: Extract<RelayMessage, { type: 'error' }>): void {
    if (message.msgId === undefined) return;
    if (this.snapshots.answered(message.msgId)) return;
    this.outbox.refused(message.msgId, message.code, message.retry);
  }

  private async onFrame(frame: Frame): Promise<void> {
    if (frame.type === 'submit') return;
    const envelope = frame.envelope;
    if (frame.type === 'ephemeral') {
      const plain = await this.cipher.open(envelope);
      if (plain === undefined || !this.presence.receive(plain, envelope.header.sender))
        this.reportTamper({ kind: 'awareness', sender: envelope.header.sender });
      return;
    }
    const seq = frame.seq;
    if (envelope.header.kind === 'snapshot') return this.onSnapshot(seq, envelope);
    if (this.seqs.has(seq)) return;
    if (!this.keyring.has(envelope.header.epoch)) return; // cannot read yet: re-fetched on the next login
    const plain = await this.cipher.open(envelope);
    if (plain === undefined) {
      this.reportTamper({ kind: 'update', seq, sender: envelope.header.sender });
    } else {
      try {
        Y.applyUpdate(this.doc, plain, REMOTE_ORIGIN);
      } catch {
        this.reportTamper({ kind: 'update', seq, sender: envelope.header.sender });
      }
      await this.deps.store.appendFrames(this.room, [{ seq, envelope: envelope.bytes.slice() }]);
      this.snapshots.framesSinceLocal++;
    }
    // A tampered frame is skipped for good (the same bytes would come again); it was reported.
    const missing = this.seqs.missingBefore(seq);
    if (await this.seqs.mark(seq)) this.gapRestarts = 0;
    if (missing > this.outbox.inFlightCount && this.caughtUp && this.gapRestarts < 3) {
      this.gapRestarts++;
      this.link.restart();
    }
    await this.snapshots.maybeLocal();
  }

  private async onSnapshot(seq: number, envelope: Envelope): Promise<void> {
    if (seq <= this.seqs.applied) return;
    if (!(await this.snapshots.receive(seq, envelope))) return this.reportTamper({ kind: 'snapshot', seq, sender: envelope.header.sender });
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
    this.link.stop();
    this.stopWith(kind);
  }

  /** Sends a request to the relay. @internal */
  request(message: RequestMessage): Promise<RequestAnswer> {
    return this.link.request(message);
  }
}
