/**
 * A device joining a case through an invite link: the relay hands over the invite package (sealed
 * with the link's secret), then the membership log. The package names the log's genesis and how
 * far the log reached when the invite was made; only a log that chains back to that genesis and
 * reaches that far is taken. Then the device writes its own join entry, signed by itself and
 * co-signed with the invite's key, so every member learns its keys from the log and not from the
 * relay. Case keys in the package are taken only once their epochs' commitments are in the log.
 * After the first catch-up, the streams the inviter had seen must be there: a stale snapshot or a
 * truncated history is noticed.
 */
import { sha256 } from '../../crypto/index.js';
import type { CryptoPort } from '../../platform/cryptoPort.js';
import { fromBase64Url, toBase64Url, type DeviceId } from '../../protocol/ids.js';
import type { DeviceLabel } from '../../protocol/messages.js';
import type { StreamTable } from '../integrity/streams.js';
import type { KeyGate } from '../keys/keyGate.js';
import type { KeyStore } from '../keys/keyStore.js';
import type { LoginPlan } from '../link/login.js';
import type { LocalCaseStore } from '../local/localCaseStore.js';
import { openInvitePackage, type InvitePackageContent } from '../membership/invitePackage.js';
import { devicePublic } from '../membership/logEntry.js';
import type { LogSync } from '../membership/logSync.js';
import type { DeviceKeys } from '../../crypto/index.js';
import type { RoomId } from '../../protocol/ids.js';

/** What joining needs from its session. */
export interface JoinContext {
  readonly crypto: CryptoPort;
  readonly room: RoomId;
  readonly device: DeviceKeys;
  readonly label: DeviceLabel;
  readonly store: LocalCaseStore;
  readonly keys: KeyStore;
  readonly logSync: LogSync;
  readonly keyGate: KeyGate;
  readonly streams: StreamTable;
}

/** Why a join cannot go on. */
export type JoinFailure = 'invite-invalid' | 'untrusted-relay';

/** The joining of one device (one redeem). */
export class Joining {
  private content: InvitePackageContent | undefined;
  private tokenHash: string | undefined;
  private historyChecked = false;

  constructor(
    private readonly ctx: JoinContext,
    private readonly plan: Extract<LoginPlan, { type: 'redeem' }>,
  ) {}

  /** The invite package arrived: opens it, pins the genesis, keeps what the safety code needs, offers the keys. */
  async onPackage(sealed: string): Promise<JoinFailure | undefined> {
    const { ctx } = this;
    this.tokenHash = toBase64Url(await sha256(ctx.crypto, fromBase64Url(this.plan.token)!));
    const content = await openInvitePackage(ctx.crypto, this.plan.secret, ctx.room, this.tokenHash, sealed);
    if (content === undefined) return 'invite-invalid';
    if (!ctx.logSync.log.pin(content.genesis)) return 'untrusted-relay';
    this.content = content;
    await ctx.keys.putPendingInvite(ctx.room, {
      token: this.plan.token,
      secret: this.plan.secret,
      inviter: { sign: content.inviter.signPublicKey, box: content.inviter.boxPublicKey },
    });
    const record = await ctx.store.getCase(ctx.room);
    if (record !== undefined) await ctx.store.putCase({ ...record, genesis: content.genesis, role: content.role });
    for (const k of content.keys) await ctx.keyGate.offer(k.epoch, k.key, true);
    return undefined;
  }

  /**
   * The log changed: once it reaches the package's head, writes this device's join entry (if it
   * is not in yet). Resolves 'joined' when this device is in the log, 'waiting' while the log is
   * still short, or a failure.
   */
  async afterLog(): Promise<'joined' | 'waiting' | JoinFailure> {
    const { ctx, content } = this;
    if (content === undefined || this.tokenHash === undefined) return 'waiting';
    const log = ctx.logSync.log;
    if (log.members.has(ctx.device.id)) return this.joined();
    const head = log.entry(content.logHead.length - 1);
    if (head === undefined) return 'waiting';
    if (head.hash !== content.logHead.hash) return 'untrusted-relay';
    const tokenHash = this.tokenHash;
    const invitePrivate = await ctx.crypto.subtle.importKey(
      'pkcs8',
      content.invitePrivateKey as Uint8Array<ArrayBuffer>,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['sign'],
    );
    const pub = await devicePublic(ctx.crypto, ctx.device);
    await ctx.logSync.append(
      (l) => (l.members.has(ctx.device.id) ? undefined : { type: 'join', invite: tokenHash, device: pub, label: ctx.label }),
      invitePrivate,
    );
    return this.joined();
  }

  private async joined(): Promise<'joined'> {
    const record = await this.ctx.store.getCase(this.ctx.room);
    if (record !== undefined && record.membership !== 'member') await this.ctx.store.putCase({ ...record, membership: 'member' });
    return 'joined';
  }

  /** True while the log has not reached the head the invite package named (the join is waiting for it). */
  get waitingForLog(): boolean {
    const content = this.content;
    return content !== undefined && this.ctx.logSync.log.length < content.logHead.length;
  }

  /** After the first catch-up: false if a stream the inviter had seen is not (yet) here — a truncated history. */
  historyComplete(): boolean {
    if (this.content === undefined || this.historyChecked) return true;
    this.historyChecked = true;
    return this.content.streams.every((s) => this.ctx.streams.has(s.device as DeviceId, s.stream, s.counter));
  }
}
