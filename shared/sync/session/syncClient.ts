/**
 * The sync client of one device: the renderer's entry point to encrypted sync. It creates cases
 * (the case key is made here, on the chair's device), on a relay or only on this device, joins
 * cases by invite link, opens cases from the local store, publishes a local case to a relay,
 * and keeps the encrypted case list.
 *
 *   const sync = new SyncClient({ crypto, sockets, store, vault, label });
 *   const session = await sync.createCase({ relayUrl, accessKey, title: 'Gezin K.' });
 *   session.doc; session.awareness; session.on('status', ...)
 */
import { newSymmetricKey, randomBytes, sha256 } from '../../crypto/index.js';
import type { HostVault } from '../../host/hostApi.js';
import { parseRelayUrl } from '../../host/relayUrl.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import type { SocketPort } from '../../platform/socketPort.js';
import { systemTimers, type TimerPort } from '../../platform/timers.js';
import { fromBase64Url, roomIdFromBytes, toBase64Url, type DeviceId, type RoomId } from '../../protocol/ids.js';
import type { SecurityAlarm } from '../integrity/alarms.js';
import { epochCommitment } from '../keys/epochCommitment.js';
import { devicePublic, nextContent, parseEntry, signEntry, type EraseReason } from '../membership/logEntry.js';
import { completeEpoch, grantMissedEpochs, rekeyIfDue } from '../membership/rotation.js';
import type { DeviceLabel } from '../../protocol/messages.js';
import type { Role } from '../../protocol/roles.js';
import { openCaseIndexEntry, openNotice, sealCaseIndexEntry, sealNotice, type CaseIndexEntry, type CaseNotice } from '../local/caseIndex.js';
import { CaseSession, type CaseSessionDeps, type CaseSessionOptions, type LoginPlan } from './caseSession.js';
import { parseInviteLink } from '../membership/inviteLink.js';
import { KeyStore } from '../keys/keyStore.js';
import type { LocalCaseStore } from '../local/localCaseStore.js';
import { safetyCode } from '../membership/safetyCode.js';

/** What the sync client runs on. */
export interface SyncClientDeps {
  /** WebCrypto: `crypto` in the renderer, `globalThis.crypto` in Node. */
  readonly crypto: CryptoPort;
  /** WebSockets: `webSocketPort(WebSocket)`. */
  readonly sockets: SocketPort;
  readonly store: LocalCaseStore;
  /** The host's vault (HostApi.vault); must be unlocked before keys are used. */
  readonly vault: HostVault;
  /** How this person appears to others in a case and in the access log. */
  readonly label: DeviceLabel;
  readonly timers?: TimerPort;
  /** How long creating or sharing a case waits for the relay before giving up (ms). Default 20 000. */
  readonly createTimeoutMs?: number;
  /** The clock; default Date.now. */
  readonly now?: () => number;
  /** Whether a plain `ws://` relay outside this machine may be used (a closed network the operator named). Default never. */
  readonly allowUnprotected?: (relayUrl: string) => boolean | Promise<boolean>;
  /** How long held-back updates may stay missing before the alarm (default 20 s; tests shorten it). */
  readonly withheldGraceMs?: number;
  /**
   * The host's own vault entries for one case (e.g. the renderer's deelnemer id and export log), so
   * that a case removed from or erased on this device leaves nothing of it in the vault either.
   */
  readonly roomVaultNames?: (room: RoomId) => readonly string[];
  /** When a device refused as 'removed' asks again for the signed removal (ms after each refusal). */
  readonly removalChecksMs?: readonly number[];
  /** Told after a case was deleted from this device (removed, erased): the UI closes it and says so. */
  readonly caseRemoved?: (room: RoomId, reason: 'removed' | 'erased') => void;
}

/** A notice on the start screen: a case that was deleted from this device, and why. */
export interface NoticeSummary extends CaseNotice {
  readonly id: string;
}

/**
 * A case in the local list, with what the start screen shows. The live sync state (synced,
 * offline with changes ...) exists only for an open case (`session.status`); here `sharing` says
 * where the case lives.
 */
export interface CaseSummary {
  readonly room: RoomId;
  /** The relay's WebSocket URL, or null for a case kept only on this device. */
  readonly relayUrl: string | null;
  /** 'local-only': only on this device (not published); 'shared': through `relayUrl`. */
  readonly sharing: 'local-only' | 'shared';
  readonly role: Role | null;
  /** From the index entry ('' / 0 if it was never written or did not open). */
  readonly title: string;
  readonly status: string;
  readonly fase?: string;
  readonly lastChange: number;
  /** null if the entry was never written or did not open. */
  readonly entry: CaseIndexEntry | null;
  /** Security alarms of this case the user has not seen yet (see `markAlarmsSeen`). */
  readonly unseenAlarms: number;
}

/** What a new case is called and where it stands (the local, encrypted case list). */
export interface NewCaseOptions {
  readonly title: string;
  readonly status?: string;
  readonly fase?: string;
}

/** Options for opening a case. */
export interface OpenCaseOptions {
  /** false: work from the local store only; call `session.connect()` later. Default true. */
  readonly connect?: boolean;
}

/** The device's entry point to encrypted sync. */
export class SyncClient {
  readonly keys: KeyStore;
  private readonly sessionDeps: CaseSessionDeps;

  constructor(private readonly deps: SyncClientDeps) {
    this.keys = new KeyStore(deps.vault, deps.crypto);
    this.sessionDeps = {
      crypto: deps.crypto,
      sockets: deps.sockets,
      timers: deps.timers ?? systemTimers(),
      store: deps.store,
      keys: this.keys,
      label: deps.label,
      ...(deps.now === undefined ? {} : { now: deps.now }),
      ...(deps.allowUnprotected === undefined ? {} : { allowUnprotected: deps.allowUnprotected }),
      ...(deps.withheldGraceMs === undefined ? {} : { withheldGraceMs: deps.withheldGraceMs }),
      ...(deps.removalChecksMs === undefined ? {} : { removalChecksMs: deps.removalChecksMs }),
      forget: (room, reason, erasedFor) => this.removeFromDevice(room, reason, erasedFor),
    };
  }

  /** This device's id (its key pairs are made on first use). */
  async deviceId(): Promise<DeviceId> {
    return (await this.keys.deviceKeys()).id;
  }

  /**
   * Creates a case on a relay (the operator's access key allows it): a fresh room id, and the
   * case key for epoch 1 made on this device, kept in the vault and wrapped for this device at
   * the relay. Resolves once the relay has welcomed the chair.
   */
  async createCase(options: NewCaseOptions & { relayUrl: string; accessKey: string }): Promise<CaseSession> {
    const relayUrl = relayUrlOf(options.relayUrl);
    const room = await this.makeCase(relayUrl, options);
    try {
      return await this.createRoom(room, relayUrl, options.accessKey);
    } catch (error) {
      // The relay did not take the case: leave nothing half-made on this device.
      await this.deps.store.deleteCase(room);
      throw error;
    }
  }

  /**
   * Creates a case kept only on this device ('local-only'): the case key is made here and kept
   * in the vault, the content is sealed in the local store exactly as a shared case's, and it
   * is listed by `listCases()` (relayUrl null) and reopened by `openCase(room)`.
   */
  async createLocalCase(options: NewCaseOptions): Promise<CaseSession> {
    const room = await this.makeCase(null, options);
    return this.open({ room, relayUrl: null, login: { type: 'hello' } });
  }

  /**
   * Shares a local case: creates its room on a relay (the operator's access key allows it) and
   * sends everything written so far (the queued updates, all sealed under the case key). Close
   * the case's local session first; this returns the shared session, welcomed by the relay.
   * On failure the case stays local, nothing lost.
   */
  async publishCase(room: RoomId, options: { relayUrl: string; accessKey: string }): Promise<CaseSession> {
    const relayUrl = relayUrlOf(options.relayUrl);
    await this.ensureGenesis(room);
    const record = await this.deps.store.getCase(room);
    if (record === undefined) throw new Error('sync: unknown case');
    if (record.relay !== null) throw new Error('sync: case is shared already');
    await this.deps.store.putCase({ ...record, relay: relayUrl });
    try {
      return await this.createRoom(room, relayUrl, options.accessKey);
    } catch (error) {
      await this.deps.store.putCase(record);
      throw error;
    }
  }

  /**
   * A fresh room id and epoch-1 case key (in the vault), the membership log's genesis (signed here:
   * this device is the case's first admin, and the genesis commits to the epoch-1 key), and the
   * case's record and index entry.
   */
  private async makeCase(relayUrl: string | null, options: NewCaseOptions): Promise<RoomId> {
    const room = roomIdFromBytes(randomBytes(this.deps.crypto, 16));
    await this.keys.putCaseKeys(room, [{ epoch: 1, key: newSymmetricKey(this.deps.crypto) }]);
    await this.deps.store.putCase({ room, relay: relayUrl, membership: 'member', role: 'admin', index: null });
    await this.ensureGenesis(room);
    await this.setCaseIndex(room, {
      title: options.title,
      status: options.status ?? '',
      ...(options.fase === undefined ? {} : { fase: options.fase }),
      lastChange: Date.now(),
    });
    return room;
  }

  /**
   * Writes the genesis of a case made on this device, if it has none yet (a case made before signed
   * membership and kept only here gets one when it is opened or shared).
   */
  private async ensureGenesis(room: RoomId): Promise<void> {
    const record = await this.deps.store.getCase(room);
    if (record === undefined || (await this.deps.store.loadLog(room)).length > 0) return;
    const key = (await this.keys.caseKeys(room)).get(1);
    if (key === undefined || record.role !== 'admin') return;
    const device = await this.keys.deviceKeys();
    const body = {
      type: 'genesis' as const,
      device: await devicePublic(this.deps.crypto, device),
      label: this.deps.label,
      commitment: await epochCommitment(this.deps.crypto, room, 1, key),
    };
    const text = await signEntry(this.deps.crypto, device, nextContent(room, 0, '', device.id, body, (this.deps.now ?? Date.now)()));
    await this.deps.store.appendLog(room, 0, [text]);
    await this.deps.store.putCase({ ...record, genesis: (await parseEntry(this.deps.crypto, text))!.hash });
  }

  /** Logs in with create-room and wraps this device's case keys at the relay; resolves once welcomed. */
  private async createRoom(room: RoomId, relayUrl: string, accessKey: string): Promise<CaseSession> {
    const [genesis] = await this.deps.store.loadLog(room);
    if (genesis === undefined) throw new Error('sync: case has no genesis');
    const session = await this.open({ room, relayUrl, login: { type: 'create-room', accessKey, genesis } });
    try {
      await this.welcomedWithin(session, this.deps.createTimeoutMs ?? 20_000);
      const me = session.device;
      for (const { epoch, key } of session.keyring.entries()) {
        await session.request({ type: 'put-keys', epoch, entries: [{ deviceId: me.id, wrapped: await session.wrapFor(me.id, me.boxPublicSpki, epoch, key) }] });
      }
    } catch (error) {
      await session.destroy();
      throw error;
    }
    return session;
  }

  /**
   * The relay's welcome, or `sync: unreachable` after `ms`: an address that never answers (a typo
   * in the host, a relay that is down, a network that blocks it) must not keep the maker waiting.
   */
  private welcomedWithin(session: CaseSession, ms: number): Promise<void> {
    const timers = this.sessionDeps.timers;
    return new Promise((resolve, reject) => {
      const timer = timers.setTimeout(() => reject(new Error('sync: unreachable')), ms);
      session.whenWelcomed().then(
        () => (timers.clearTimeout(timer), resolve()),
        (error: unknown) => (timers.clearTimeout(timer), reject(error instanceof Error ? error : new Error('sync: failed'))),
      );
    });
  }

  /**
   * Joins a case by invite link (either form). The session redeems the invite: the relay burns
   * it and hands over the sealed package; its status says what happened ('syncing', then
   * 'synced'; 'awaiting-approval' until the chair admits this device; or 'error' with
   * invite-used / invite-expired / invite-invalid). Throws a TypeError for a malformed link.
   */
  async joinByInvite(link: string, options: OpenCaseOptions = {}): Promise<CaseSession> {
    const invite = parseInviteLink(link);
    if (invite === null) throw new TypeError('not an invite link');
    const existing = await this.deps.store.getCase(invite.room);
    if (existing?.membership === 'member') return this.openCase(invite.room, options);
    const secret = fromBase64Url(invite.secret)!;
    await this.keys.putPendingInvite(invite.room, { token: invite.token, secret });
    await this.deps.store.putCase({ room: invite.room, relay: invite.relayUrl, membership: 'redeeming', role: null, index: existing?.index ?? null });
    return this.openCase(invite.room, options);
  }

  /** Opens a case this device has (created, joined, or is joining). */
  async openCase(room: RoomId, options: OpenCaseOptions = {}): Promise<CaseSession> {
    let record = await this.deps.store.getCase(room);
    if (record === undefined) throw new Error('sync: unknown case');
    if (record.relay === null && (record.genesis ?? null) === null) {
      await this.ensureGenesis(room);
      record = (await this.deps.store.getCase(room))!;
    }
    let login: LoginPlan = { type: 'hello' };
    if (record.membership === 'redeeming') {
      const pending = await this.keys.pendingInvite(room);
      if (pending === undefined) throw new Error('sync: invite secret missing');
      login = { type: 'redeem', token: pending.token, secret: pending.secret };
    }
    return this.open({ room, relayUrl: record.relay, login, ...(options.connect === undefined ? {} : { connect: options.connect }) });
  }

  /**
   * Opens a session. On the chair's device, each time it is caught up, an epoch whose keys never
   * reached the relay is completed, and the case moves to a new key epoch when the current one has
   * served 30 days; whenever membership changes, a newcomer gets the keys of epochs started after its
   * invite was made (rotation.ts).
   */
  private async open(options: CaseSessionOptions): Promise<CaseSession> {
    const session = await CaseSession.open(this.sessionDeps, options);
    session.on('synced', () =>
      session.background(
        completeEpoch(session)
          .then(() => rekeyIfDue(session))
          .then(() => grantMissedEpochs(session)),
      ),
    );
    session.on('devices', () => {
      if (session.status.state === 'synced' || session.status.state === 'syncing') session.background(grantMissedEpochs(session));
    });
    return session;
  }

  /**
   * The safety code a newcomer reads to the chair (while 'awaiting-approval'), computed from the
   * invite secret and both devices' keys; undefined before the invite package was opened.
   */
  async safetyCode(room: RoomId): Promise<string | undefined> {
    const pending = await this.keys.pendingInvite(room);
    const sign = pending?.inviter === undefined ? undefined : fromBase64Url(pending.inviter.sign);
    const box = pending?.inviter === undefined ? undefined : fromBase64Url(pending.inviter.box);
    if (pending === undefined || sign === undefined || box === undefined) return undefined;
    const tokenHash = toBase64Url(await sha256(this.deps.crypto, fromBase64Url(pending.token)!));
    const me = await this.keys.deviceKeys();
    return safetyCode(this.deps.crypto, pending.secret, tokenHash, { sign, box }, { sign: me.signPublicSpki, box: me.boxPublicSpki, label: this.deps.label });
  }

  /** The security alarms of a case the user has not seen yet, oldest first. */
  async unseenAlarms(room: RoomId): Promise<SecurityAlarm[]> {
    const record = await this.deps.store.getCase(room);
    const seenAt = record?.alarmsSeenAt ?? 0;
    return (await this.deps.store.listAlarms(room)).filter((a) => a.at > seenAt);
  }

  /** The user has seen the alarms of a case up to now (`at`). */
  async markAlarmsSeen(room: RoomId, at = Date.now()): Promise<void> {
    const record = await this.deps.store.getCase(room);
    if (record !== undefined) await this.deps.store.putCase({ ...record, alarmsSeenAt: Math.max(at, record.alarmsSeenAt ?? 0) });
  }

  /** The local case list, decrypted, most recently changed first. */
  async listCases(): Promise<CaseSummary[]> {
    const indexKey = await this.keys.indexKey();
    const out: CaseSummary[] = [];
    const alarms = await this.deps.store.listAlarms();
    for (const record of await this.deps.store.listCases()) {
      const entry = (record.index === null ? undefined : await openCaseIndexEntry(this.deps.crypto, indexKey, record.room, record.index)) ?? null;
      out.push({
        room: record.room,
        relayUrl: record.relay,
        sharing: record.relay === null ? 'local-only' : 'shared',
        role: record.role,
        title: entry?.title ?? '',
        status: entry?.status ?? '',
        ...(entry?.fase === undefined ? {} : { fase: entry.fase }),
        lastChange: entry?.lastChange ?? 0,
        entry,
        unseenAlarms: alarms.filter((a) => a.room === record.room && a.at > (record.alarmsSeenAt ?? 0)).length,
      });
    }
    return out.sort((a, b) => b.lastChange - a.lastChange);
  }

  /** Writes a case's entry in the local (encrypted) case list. */
  async setCaseIndex(room: RoomId, entry: CaseIndexEntry): Promise<void> {
    const record = await this.deps.store.getCase(room);
    if (record === undefined) throw new Error('sync: unknown case');
    const sealed = await sealCaseIndexEntry(this.deps.crypto, await this.keys.indexKey(), room, entry);
    await this.deps.store.putCase({ ...record, index: sealed });
  }

  /** Forgets a case on this device (its local data; keys stay in the vault for recovery). */
  async forgetCase(room: RoomId): Promise<void> {
    await this.deps.store.deleteCase(room);
  }

  /**
   * Deletes a case from this device for good: its local copy (record, snapshot, frames, queue,
   * log, alarms), every key and secret of it in the vault, and the host's own entries of it; then
   * leaves a notice (title, why, when; sealed, no room id) for the start screen. Sessions call this
   * once the case's removal or erasure is verified; a case kept only here is erased with it.
   */
  async removeFromDevice(room: RoomId, reason: 'removed' | 'erased', erasedFor?: EraseReason): Promise<void> {
    const record = await this.deps.store.getCase(room);
    const indexKey = await this.keys.indexKey();
    const entry = record?.index === undefined || record.index === null ? undefined : await openCaseIndexEntry(this.deps.crypto, indexKey, room, record.index);
    await this.deps.store.deleteCase(room);
    await this.keys.forgetRoom(room, this.deps.roomVaultNames?.(room) ?? []);
    if (record === undefined) return;
    const id = toBase64Url(randomBytes(this.deps.crypto, 16));
    const notice: CaseNotice = { title: entry?.title ?? '', reason, at: (this.deps.now ?? Date.now)(), ...(erasedFor === undefined ? {} : { erasedFor }) };
    await this.deps.store.putNotice({ id, sealed: await sealNotice(this.deps.crypto, indexKey, id, notice) });
    this.deps.caseRemoved?.(room, reason);
  }

  /** The notices of cases deleted from this device, newest first. */
  async listNotices(): Promise<NoticeSummary[]> {
    const indexKey = await this.keys.indexKey();
    const out: NoticeSummary[] = [];
    for (const stored of await this.deps.store.listNotices()) {
      const notice = await openNotice(this.deps.crypto, indexKey, stored.id, stored.sealed);
      if (notice !== undefined) out.push({ id: stored.id, ...notice });
    }
    return out.sort((a, b) => b.at - a.at);
  }

  /** The user read a notice: it goes. */
  async dismissNotice(id: string): Promise<void> {
    await this.deps.store.deleteNotice(id);
  }
}

/** The relay's WebSocket URL from what the user or settings gave; TypeError if it is none. */
function relayUrlOf(input: string): string {
  const relay = parseRelayUrl(input);
  if (relay === null) throw new TypeError('not a relay URL');
  return relay.url;
}
